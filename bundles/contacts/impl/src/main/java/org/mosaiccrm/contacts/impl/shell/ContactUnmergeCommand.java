package org.mosaiccrm.contacts.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Merge;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "contact-unmerge", description = "Undoes a merge: both customers come back exactly as they were.")
@Service
public class ContactUnmergeCommand implements Action {

    @Argument(index = 0, name = "mergeId", description = "The merge's id, as crm:contact-merge printed it.", required = true)
    String mergeId;

    @Reference
    ContactService contacts;

    @Override
    public Object execute() {
        try {
            Merge merge = contacts.unmerge(mergeId);
            System.out.println("Unmerged: " + merge.mergedId() + " and " + merge.survivorId() + " are separate again.");
        } catch (ProblemException e) {
            System.out.println("Not unmerged: " + e.detail());
        }
        return null;
    }
}
