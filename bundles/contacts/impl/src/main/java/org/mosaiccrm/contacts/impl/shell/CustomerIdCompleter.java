package org.mosaiccrm.contacts.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.kernel.api.paging.PageRequest;

/** Completes customer ids, the first 50 by name. */
@Service
public class CustomerIdCompleter implements Completer {

    @Reference
    ContactService contacts;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        contacts.search(CustomerQuery.byName(null), PageRequest.first(50)).items()
                .forEach(customer -> ids.getStrings().add(customer.id()));
        return ids.complete(session, commandLine, candidates);
    }
}
