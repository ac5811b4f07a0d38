package org.mosaiccrm.contacts.impl;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.impl.ImportTally.Outcome;
import org.mosaiccrm.contacts.impl.ImportTally.RowResult;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ProblemException;

/**
 * Stores imported rows a batch per transaction: a row the rules refuse is reported and the batch
 * goes on (every check comes before the row's first write); a batch the database refuses is rolled
 * back and replayed row by row, so that the good rows still go in and only the bad one is reported.
 * Matching and duplicate checks see the rows stored earlier in the same batch.
 */
final class ImportWriter implements ImportTally.BatchWriter {

    private final CustomerRules rules;
    private final CustomerStore store;
    private final CustomerMapping mapping;
    private final int batchSize;

    ImportWriter(CustomerRules rules, CustomerStore store, CustomerMapping mapping, int batchSize) {
        this.rules = rules;
        this.store = store;
        this.mapping = mapping;
        this.batchSize = batchSize;
    }

    @Override
    public int batchSize() {
        return batchSize;
    }

    @Override
    public List<RowResult> write(List<CustomerDraft> rows, boolean dryRun) {
        List<RowResult> results = new ArrayList<>(rows.size());
        List<CustomerDraft> valid = new ArrayList<>(rows.size());
        for (CustomerDraft row : rows) {
            try {
                valid.add(rules.validated(row));
                results.add(null);
            } catch (ProblemException e) {
                valid.add(null);
                results.add(RowResult.failed(e));
            }
        }
        try {
            store.inTransaction(em -> {
                for (int i = 0; i < valid.size(); i++) {
                    if (valid.get(i) != null) {
                        try {
                            results.set(i, RowResult.of(writeRow(em, valid.get(i))));
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

    private List<RowResult> replayed(List<CustomerDraft> rows, boolean dryRun, RuntimeException failure) {
        if (rows.size() == 1) {
            return List.of(RowResult.failed(failure));
        }
        List<RowResult> results = new ArrayList<>(rows.size());
        for (CustomerDraft row : rows) {
            results.addAll(write(List.of(row), dryRun));
        }
        return results;
    }

    /** Updates the customer the row matches, else creates one unless it looks like another. */
    private Outcome writeRow(EntityManager em, CustomerDraft valid) {
        CustomerEntity existing = ImportMatching.match(em, valid);
        if (existing == null) {
            CustomerStore.refuseDuplicate(em, valid);
            store.insert(em, valid, AuditAction.IMPORT);
            return Outcome.CREATED;
        }
        CustomerDraft stored = mapping.toDraft(existing);
        CustomerDraft overlaid = ImportMatching.overlay(stored, valid);
        List<FieldChange> changes = FieldChange.between(mapping.snapshot(stored), mapping.snapshot(overlaid));
        if (changes.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        store.apply(em, existing, overlaid);
        store.audit(existing.id, AuditAction.IMPORT, changes);
        return Outcome.UPDATED;
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
