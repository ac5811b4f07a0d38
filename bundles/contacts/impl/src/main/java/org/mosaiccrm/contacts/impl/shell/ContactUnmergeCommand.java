package org.mosaiccrm.contacts.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Merge;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "contact-unmerge", description = "Undoes a merge: both customers come back exactly as they were.")
@Service
public class ContactUnmergeCommand implements Action {

    @Argument(index = 0, name = "mergeId", description = "The merge's id, as crm:contact-merge printed it.", required = true)
    String mergeId;

    @Reference(optional = true)
    ContactService contacts;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ContactService contacts = CommandRefusals.require(this.contacts, "contacts", registry);
        try {
            Merge merge = contacts.unmerge(mergeId);
            System.out.println("Unmerged: " + merge.mergedId() + " and " + merge.survivorId() + " are separate again.");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not unmerged", e);
        }
        return null;
    }
}
