package org.mosaiccrm.contacts.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Merge;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "contact-merge", description = "Merges a duplicate into the customer that survives: its contact points and interactions move over; crm:contact-unmerge undoes it.")
@Service
public class ContactMergeCommand implements Action {

    @Argument(index = 0, name = "survivor", description = "The customer that stays.", required = true)
    @Completion(CustomerIdCompleter.class)
    String survivor;

    @Argument(index = 1, name = "duplicate", description = "The customer merged into it.", required = true)
    @Completion(CustomerIdCompleter.class)
    String duplicate;

    @Reference(optional = true)
    ContactService contacts;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ContactService contacts = CommandRefusals.require(this.contacts, "contacts", registry);
        try {
            Merge merge = contacts.merge(survivor, duplicate);
            System.out.println("Merged " + merge.mergedId() + " into " + merge.survivorId() + ". To undo: crm:contact-unmerge " + merge.id());
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not merged", e);
        }
        return null;
    }
}
