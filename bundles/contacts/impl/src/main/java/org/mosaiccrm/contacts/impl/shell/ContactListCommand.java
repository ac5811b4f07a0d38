package org.mosaiccrm.contacts.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "contact-list", description = "Lists customers, sorted by name: all, or those matching a name prefix, e-mail or phone.")
@Service
public class ContactListCommand implements Action {

    @Option(name = "--name", description = "Display-name prefix, any case.")
    String name;

    @Option(name = "--email", description = "E-mail address.")
    String email;

    @Option(name = "--phone", description = "Phone number in any format.")
    String phone;

    @Option(name = "--offset", description = "Skip this many customers.")
    int offset = 0;

    @Option(name = "--limit", description = "How many to show (default 50, at most 500).")
    int limit = 50;

    @Reference(optional = true)
    ContactService contacts;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ContactService contacts = CommandRefusals.require(this.contacts, "contacts", registry);
        try {
            Page<Customer> page = contacts.search(CustomerQuery.byName(name).withEmail(email).withPhone(phone),
                    new PageRequest(Math.max(0, offset), Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
            ShellTable table = new ShellTable();
            table.column("Id");
            table.column("Name");
            table.column("Kind");
            table.column("Status");
            table.column("Contact");
            for (Customer customer : page.items()) {
                table.addRow().addContent(customer.id(), customer.displayName(), customer.kind(), customer.status(),
                        customer.contactPoints().stream().findFirst().map(ContactPoint::value).orElse(""));
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " customers");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not listed", e);
        }
        return null;
    }
}
