package org.mosaiccrm.contacts.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.CustomerView;
import org.mosaiccrm.contacts.api.Interaction;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "contact-show", description = "Shows a customer's 360° view: profile, contact points, recent interactions and the other modules' sections.")
@Service
public class ContactShowCommand implements Action {

    @Argument(index = 0, name = "id", description = "The customer's id (Tab completes).", required = true)
    @Completion(CustomerIdCompleter.class)
    String id;

    @Reference(optional = true)
    ContactService contacts;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ContactService contacts = CommandRefusals.require(this.contacts, "contacts", registry);
        try {
            CustomerView view = contacts.view(id);
            var c = view.customer();
            System.out.println(c.displayName() + "  (" + c.kind() + ", " + c.status() + ", version " + c.version() + ")");
            if (c.owner() != null) {
                System.out.println("Owner:        " + c.owner());
            }
            if (c.tier() != null) {
                System.out.println("Tier:         " + c.tier());
            }
            for (ContactPoint point : c.contactPoints()) {
                System.out.println(String.format("%-13s %s%s%s", point.type() + ":", point.value(),
                        point.label() == null ? "" : " (" + point.label() + ")", point.primary() ? " *" : ""));
            }
            if (!c.tags().isEmpty()) {
                System.out.println("Tags:         " + String.join(", ", c.tags()));
            }
            System.out.println("Interactions:");
            for (Interaction interaction : view.interactions()) {
                System.out.println("  " + interaction.at() + "  " + interaction.channel() + " " + interaction.direction()
                        + "  " + (interaction.subject() == null ? "" : interaction.subject()));
            }
            view.sections().forEach((name, section) -> System.out.println(name + ": "
                    + (section.available() ? section.data() : "unavailable (" + section.reason() + ")")));
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not shown", e);
        }
        return null;
    }
}
