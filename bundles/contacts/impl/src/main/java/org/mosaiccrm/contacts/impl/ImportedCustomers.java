package org.mosaiccrm.contacts.impl;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.imports.ImportCounts;
import org.mosaiccrm.commons.imports.ImportTally;
import org.mosaiccrm.commons.imports.ImportTally.Outcome;
import org.mosaiccrm.commons.imports.JpaBatchWriter;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.contacts.api.ImportProblem;
import org.mosaiccrm.contacts.api.ImportProgress;
import org.mosaiccrm.contacts.api.ImportReport;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.FieldChange;

/**
 * What an imported row does to the customers: updates the one it matches, else creates one unless
 * it looks like another. Batching, replay and counting are the shared machinery's (commons.imports).
 */
final class ImportedCustomers {

    private final CustomerStore store;
    private final CustomerMapping mapping;
    private final JpaBatchWriter<CustomerDraft> writer;

    ImportedCustomers(JpaTemplate jpa, CustomerRules rules, CustomerStore store, CustomerMapping mapping, int batchSize) {
        this.store = store;
        this.mapping = mapping;
        this.writer = new JpaBatchWriter<>(jpa, rules::validated, this::store, batchSize);
    }

    /** A tally for one import, writing through this module's rules. */
    ImportTally<CustomerDraft> tally(ImportOptions options, ImportProgress progress) {
        ImportProgress told = progress == null ? ImportProgress.NONE : progress;
        return new ImportTally<>(options != null && options.dryRun(), told::rowsDone, writer);
    }

    static ImportReport report(ImportCounts counts) {
        return new ImportReport(counts.dryRun(), counts.rows(), counts.created(), counts.updated(), counts.unchanged(),
                counts.failed(), counts.problems().stream().map(p -> new ImportProblem(p.line(), p.field(), p.message())).toList(),
                counts.ignoredColumns());
    }

    private Outcome store(EntityManager em, CustomerDraft valid) {
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
}
