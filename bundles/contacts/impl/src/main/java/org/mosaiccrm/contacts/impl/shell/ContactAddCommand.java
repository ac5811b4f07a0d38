package org.mosaiccrm.contacts.impl.shell;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "contact-add", description = "Adds a customer: a person (--first/--last) or an organization (--company).")
@Service
public class ContactAddCommand implements Action {

    @Option(name = "--first", description = "A person's first name.")
    String firstName;

    @Option(name = "--last", description = "A person's last name.")
    String lastName;

    @Option(name = "--company", description = "An organization's name (makes the customer an organization).")
    String company;

    @Option(name = "--email", description = "E-mail address.")
    String email;

    @Option(name = "--phone", description = "Phone number in any format.")
    String phone;

    @Option(name = "--allow-duplicate", description = "Add it even when a customer with the same e-mail or phone exists.")
    boolean allowDuplicate;

    @Reference(optional = true)
    ContactService contacts;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ContactService contacts = CommandRefusals.require(this.contacts, "contacts", registry);
        List<ContactPoint> points = new ArrayList<>();
        if (email != null) {
            points.add(new ContactPoint(ContactPointType.EMAIL, email, null, true));
        }
        if (phone != null) {
            points.add(new ContactPoint(ContactPointType.PHONE, phone, null, true));
        }
        CustomerKind kind = company != null ? CustomerKind.ORGANIZATION : CustomerKind.PERSON;
        try {
            Customer customer = contacts.create(CustomerDraft.builder(kind).firstName(firstName).lastName(lastName)
                    .companyName(company).contactPoints(points).build(), allowDuplicate);
            System.out.println("Added " + customer.displayName() + ": " + customer.id());
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not added", e);
        }
        return null;
    }
}
