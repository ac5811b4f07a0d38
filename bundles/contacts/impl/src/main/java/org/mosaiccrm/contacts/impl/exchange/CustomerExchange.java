package org.mosaiccrm.contacts.impl.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;

import org.mosaiccrm.commons.imports.ImportLock;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.contacts.api.Interaction;
import org.mosaiccrm.contacts.impl.customers.CustomerMapping;
import org.mosaiccrm.contacts.impl.customers.CustomerRules;
import org.mosaiccrm.contacts.impl.customers.CustomerStore;
import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.paging.Pages;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/**
 * Customers in and out of files — CSV, vCards and the transfer format — for one configuration of the module
 * (its custom fields, its rules). Imports of every format take turns through one {@link ImportLock}.
 */
public final class CustomerExchange {

    private final ImportLock importLock;
    private final ImportedCustomers imports;
    private final CustomerRules rules;
    private final CustomerStore store;
    private final CustomerMapping mapping;
    private final BiFunction<CustomerQuery, PageRequest, Page<Customer>> search;
    private final BiFunction<String, PageRequest, Page<Interaction>> interactions;

    /**
     * @param search       the customers a caller may see
     * @param interactions a customer's interactions, newest first
     */
    public CustomerExchange(ImportLock importLock, ImportedCustomers imports, CustomerRules rules, CustomerStore store,
                            CustomerMapping mapping, BiFunction<CustomerQuery, PageRequest, Page<Customer>> search,
                            BiFunction<String, PageRequest, Page<Interaction>> interactions) {
        this.importLock = importLock;
        this.imports = imports;
        this.rules = rules;
        this.store = store;
        this.mapping = mapping;
        this.search = search;
        this.interactions = interactions;
    }

    public ImportReport importCsv(Reader csv, ImportOptions options, ImportProgress progress) {
        try (ImportLock.Held running = importLock.acquire()) {
            return CsvImport.run(csv, options == null ? new ImportOptions(false, null) : options, imports.tally(options, progress),
                    customFieldNames());
        }
    }

    public long exportCsv(CustomerQuery query, Writer out, LongConsumer progress) throws IOException {
        return CsvExport.write(out, page -> search.apply(query, page), List.copyOf(customFieldNames()), progress);
    }

    public long exportVCards(CustomerQuery query, boolean version3, Writer out) throws IOException {
        return VCards.write(out, version3, page -> search.apply(query, page));
    }

    public ImportReport importVCards(Reader cards, ImportOptions options, ImportProgress progress) {
        try (ImportLock.Held running = importLock.acquire()) {
            return VCards.read(cards, imports.tally(options, progress));
        } catch (IOException e) {
            throw new ValidationException("body", "cannot be read as vCards: " + e.getMessage());
        }
    }

    public long exportTransfer(CustomerQuery query, Writer out, LongConsumer progress) throws IOException {
        return CustomerTransfer.write(out, page -> search.apply(query, page), this::allInteractions, progress);
    }

    public ImportReport importTransfer(Reader in, ImportOptions options, ImportProgress progress) {
        try (ImportLock.Held running = importLock.acquire()) {
            return CustomerTransfer.read(in, options != null && options.dryRun(), new TransferredCustomers(rules, store, mapping),
                    progress == null ? ImportProgress.NONE : progress);
        }
    }

    /** Oldest first, as they happened. */
    private List<Interaction> allInteractions(String customerId) {
        List<Interaction> all = new ArrayList<>();
        Pages.forEach(page -> interactions.apply(customerId, page), all::add);
        java.util.Collections.reverse(all);
        return all;
    }

    /** The deployment's custom fields, in the configuration's order. */
    public Set<String> customFieldNames() {
        Set<String> names = new LinkedHashSet<>();
        rules.customFields().definitions().forEach(definition -> names.add(definition.name()));
        return names;
    }
}
