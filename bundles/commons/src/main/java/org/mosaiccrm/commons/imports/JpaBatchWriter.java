package org.mosaiccrm.commons.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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

    /** Stores validated rows in the batch's transaction. */
    @FunctionalInterface
    public interface RowStore<T> {

        /**
         * Before the batch's rows, e.g. to look up in one query what each row would look up alone.
         * A store that does so answers {@code false} to {@link #flushEachRow()} and writes at {@link #endBatch}.
         */
        default void beginBatch(EntityManager em, List<T> validRows) {
        }

        Outcome store(EntityManager em, T valid);

        /** After the batch's rows, before the commit. */
        default void endBatch(EntityManager em) {
        }

        /**
         * Whether each row is flushed and the persistence context cleared after it: needed when a row
         * queries what earlier rows wrote, else every query's auto-flush compares the whole batch (O(n²)).
         */
        default boolean flushEachRow() {
            return true;
        }
    }

    private final JpaTemplate jpa;
    private final UnaryOperator<T> validation;
    private final Supplier<? extends RowStore<T>> stores;
    private final int batchSize;

    /**
     * @param validation the row, checked and normalized; throws a {@link ProblemException} to refuse it
     * @param stores     a store for each batch transaction (it may keep what it looked up for the batch)
     */
    public JpaBatchWriter(JpaTemplate jpa, UnaryOperator<T> validation, Supplier<? extends RowStore<T>> stores, int batchSize) {
        this.jpa = jpa;
        this.validation = validation;
        this.stores = stores;
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
            RowStore<T> store = stores.get();
            JpaTransactions.required(jpa, em -> {
                store.beginBatch(em, valid.stream().filter(java.util.Objects::nonNull).toList());
                for (int i = 0; i < valid.size(); i++) {
                    if (valid.get(i) != null) {
                        try {
                            results.set(i, RowResult.of(store.store(em, valid.get(i))));
                        } catch (ProblemException e) {
                            results.set(i, RowResult.failed(e));
                        }
                        if (store.flushEachRow()) {
                            em.flush();
                            em.clear();
                        }
                    }
                }
                store.endBatch(em);
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
