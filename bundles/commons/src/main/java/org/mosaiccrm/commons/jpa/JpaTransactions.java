package org.mosaiccrm.commons.jpa;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.mosaiccrm.kernel.api.problem.ProblemException;

/** Work in a JTA transaction (joined when one runs), with the modules' problems coming out as themselves. */
public final class JpaTransactions {

    private JpaTransactions() {
    }

    /**
     * Runs {@code work} in the current JTA transaction or a new one. Aries and the transaction
     * manager wrap what the work throws; a {@link ProblemException} (a 4xx for the client) is
     * unwrapped so that REST and the console report it as such, and the transaction is rolled back.
     */
    public static <R> R required(JpaTemplate jpa, EmFunction<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ProblemException problem) {
                    throw problem;
                }
            }
            throw e;
        }
    }

    /**
     * {@link #required} in a transaction of its own, run once more when it lost a race to insert the same key (two
     * requests creating one row at the same instant): the second run finds the row the other wrote. Only for work
     * that starts its own transaction: a joined one is already marked for rollback.
     */
    public static <R> R requiredOnceMoreOnDuplicateKey(JpaTemplate jpa, EmFunction<R> work) {
        try {
            return required(jpa, work);
        } catch (RuntimeException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            return required(jpa, work);
        }
    }

    /** A unique or primary key refused the row (SQLState 23505 on PostgreSQL and Derby). */
    public static boolean duplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
