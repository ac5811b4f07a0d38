package org.mosaiccrm.contacts.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.NamedIdCompleter;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.kernel.api.paging.PageRequest;

/** Completes customer ids, the 50 first by name, each shown with the customer's name. */
@Service
public class CustomerIdCompleter extends NamedIdCompleter<Customer> {

    @Reference(optional = true)
    ContactService contacts;

    @Override
    protected List<Customer> records() {
        ContactService service = contacts;
        return service == null ? List.of() : service.search(CustomerQuery.byName(null), PageRequest.first(50)).items();
    }

    @Override
    protected String id(Customer customer) {
        return customer.id();
    }

    @Override
    protected String describe(Customer customer) {
        return customer.displayName();
    }
}
