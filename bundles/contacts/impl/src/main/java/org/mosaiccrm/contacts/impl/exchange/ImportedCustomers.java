package org.mosaiccrm.contacts.impl.exchange;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.contacts.impl.customers.CustomerMapping;
import org.mosaiccrm.contacts.impl.customers.CustomerRules;
import org.mosaiccrm.contacts.impl.customers.CustomerStore;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.commons.imports.ImportTally;
import org.mosaiccrm.commons.imports.JpaBatchWriter;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.kernel.api.imports.RowProblem;
import org.mosaiccrm.kernel.api.imports.ImportProgress;

/**
 * Imports of customers: the shared machinery (commons.imports) batches, replays and counts; each
 * batch is an {@link ImportBatch}, which says what a row does to the customers.
 */
public final class ImportedCustomers {

    private final JpaBatchWriter<CustomerDraft> writer;

    public ImportedCustomers(JpaTemplate jpa, CustomerRules rules, CustomerStore store, CustomerMapping mapping, int batchSize) {
        this.writer = new JpaBatchWriter<>(jpa, row -> {
            CustomerDraft valid = rules.validated(row);
            rules.requireKnownOwner(valid.owner());
            return valid;
        }, () -> new ImportBatch(store, mapping), batchSize);
    }

    /** A tally for one import, writing through this module's rules. */
    public ImportTally<CustomerDraft> tally(ImportOptions options, ImportProgress progress) {
        ImportProgress told = progress == null ? ImportProgress.NONE : progress;
        return new ImportTally<>(options != null && options.dryRun(), told::rowsDone, writer);
    }

}
