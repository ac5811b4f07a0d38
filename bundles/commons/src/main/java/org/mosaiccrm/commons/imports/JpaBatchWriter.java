package org.mosaiccrm.commons.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.imports.ImportTally.Outcome;
import org.mosaiccrm.commons.imports.ImportTally.RowResult;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.kernel.api.problem.ProblemException;

/**
 * Stores imported rows a batch per JTA transaction: a row the rules refuse is reported and the batch
 * goes on (every check must come before the row's first write); a batch the database refuses is
 * rolled back and replayed row by row, so that the good rows still go in and only the bad one is
 * reported. A dry run checks every row all the way and rolls the batch back.
 *
 * @param <T> what a row becomes
 */
public final class JpaBatchWriter<T> implements ImportTally.BatchWriter<T> {

    /** Stores one validated row in the batch's transaction. */
    @FunctionalInterface
    public interface RowStore<T> {
        Outcome store(EntityManager em, T valid);
    }

    private final JpaTemplate jpa;
    private final UnaryOperator<T> validation;
    private final RowStore<T> store;
    private final int batchSize;

    /**
     * @param validation the row, checked and normalized; throws a {@link ProblemException} to refuse it
     */
    public JpaBatchWriter(JpaTemplate jpa, UnaryOperator<T> validation, RowStore<T> store, int batchSize) {
        this.jpa = jpa;
        this.validation = validation;
        this.store = store;
        this.batchSize = batchSize;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    @Override
    public List<RowResult> write(List<T> rows, boolean dryRun) {
        List<RowResult> results = new ArrayList<>(rows.size());
        List<T> valid = new ArrayList<>(rows.size());
        for (T row : rows) {
            try {
                valid.add(validation.apply(row));
                results.add(null);
            } catch (ProblemException e) {
                valid.add(null);
                results.add(RowResult.failed(e));
            }
        }
        try {
            JpaTransactions.required(jpa, em -> {
                for (int i = 0; i < valid.size(); i++) {
                    if (valid.get(i) != null) {
                        try {
                            results.set(i, RowResult.of(store.store(em, valid.get(i))));
                        } catch (ProblemException e) {
                            results.set(i, RowResult.failed(e));
                        }
                        // the row is flushed: keep the persistence context small, or every later query's
                        // auto-flush compares all the batch's entities (deferred change detection), O(n²)
                        em.flush();
                        em.clear();
                    }
                }
                if (dryRun) {
                    throw new DryRunRollback();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (!isDryRunRollback(e)) {
                return replayed(rows, dryRun, e);
            }
        }
        return results;
    }

    private List<RowResult> replayed(List<T> rows, boolean dryRun, RuntimeException failure) {
        if (rows.size() == 1) {
            return List.of(RowResult.failed(failure));
        }
        List<RowResult> results = new ArrayList<>(rows.size());
        for (T row : rows) {
            results.addAll(write(List.of(row), dryRun));
        }
        return results;
    }

    private static boolean isDryRunRollback(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DryRunRollback) {
                return true;
            }
        }
        return false;
    }

    /** Thrown to roll a dry-run batch back once every row has been checked all the way. */
    private static final class DryRunRollback extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DryRunRollback() {
            super(null, null, false, false);
        }
    }
}
