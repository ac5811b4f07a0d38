package org.mosaiccrm.contacts.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.DuplicateCandidate;
import org.mosaiccrm.contacts.api.DuplicateGroup;
import org.mosaiccrm.kernel.api.ModuleRegistry;

@Command(scope = "crm", name = "contact-duplicates", description = "Lists groups of customers sharing an e-mail address or phone number, to merge with crm:contact-merge.")
@Service
public class ContactDuplicatesCommand implements Action {

    @Option(name = "--limit", description = "How many groups (default 50).")
    int limit = 50;

    @Reference(optional = true)
    ContactService contacts;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ContactService contacts = CommandRefusals.require(this.contacts, "contacts", registry);
        var groups = contacts.duplicates(limit);
        for (DuplicateGroup group : groups) {
            System.out.println(group.reason() + ":");
            for (DuplicateCandidate customer : group.customers()) {
                System.out.println("  " + customer.id() + "  " + customer.displayName());
            }
        }
        System.out.println(groups.size() + " groups");
        return null;
    }
}
