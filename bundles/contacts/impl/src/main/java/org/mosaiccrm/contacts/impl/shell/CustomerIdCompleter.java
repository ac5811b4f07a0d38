package org.mosaiccrm.contacts.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.kernel.api.paging.PageRequest;

/**
 * Completes customer ids, the 50 first by name, each shown with the customer's name: an id alone says
 * nothing to the person choosing. Offers nothing (rather than hiding the command) while contacts is dormant.
 */
@Service
public class CustomerIdCompleter implements Completer {

    @Reference(optional = true)
    ContactService contacts;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        customers().forEach(customer -> ids.getStrings().add(customer.id()));
        return ids.complete(session, commandLine, candidates);
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        customers().forEach(customer -> candidates.add(new Candidate(customer.id(), customer.id(), null,
                customer.displayName(), null, null, true)));
    }

    private List<Customer> customers() {
        ContactService service = contacts;
        return service == null ? List.of() : service.search(CustomerQuery.byName(null), PageRequest.first(50)).items();
    }
}
