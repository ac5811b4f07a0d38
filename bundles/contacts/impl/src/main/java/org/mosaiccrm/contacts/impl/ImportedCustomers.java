package org.mosaiccrm.contacts.impl;

import java.util.List;


import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.imports.ImportCounts;
import org.mosaiccrm.commons.imports.ImportTally;
import org.mosaiccrm.commons.imports.JpaBatchWriter;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.contacts.api.ImportProblem;
import org.mosaiccrm.contacts.api.ImportProgress;
import org.mosaiccrm.contacts.api.ImportReport;

/**
 * Imports of customers: the shared machinery (commons.imports) batches, replays and counts; each
 * batch is an {@link ImportBatch}, which says what a row does to the customers.
 */
final class ImportedCustomers {

    private final JpaBatchWriter<CustomerDraft> writer;

    ImportedCustomers(JpaTemplate jpa, CustomerRules rules, CustomerStore store, CustomerMapping mapping, int batchSize) {
        this.writer = new JpaBatchWriter<>(jpa, rules::validated, () -> new ImportBatch(store, mapping), batchSize);
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
}
