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
}
