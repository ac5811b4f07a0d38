package org.mosaiccrm.contacts.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.security.PortalAccounts;
import org.mosaiccrm.kernel.api.security.UserDirectory;

@Command(scope = "crm", name = "portal-bind", description = "Binds a portal user (role crm-customer) to the one existing customer whose data it may see; without an id, unbinds it (it then sees no customer data).")
@Service
public class PortalBindCommand implements Action {

    @Argument(index = 0, name = "user", description = "The portal user's login name.", required = true)
    String user;

    @Argument(index = 1, name = "customerId", description = "The customer's id; leave out to unbind.")
    String customerId;

    // optional: without the database the command still answers, with the reason
    @Reference(optional = true)
    PortalAccounts accounts;

    @Reference(optional = true)
    ContactService contacts;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Reference(optional = true)
    UserDirectory users;

    @Override
    public Object execute() throws Exception {
        if (accounts == null) {
            throw new CommandException("Portal accounts are unavailable: the database is not reachable (see crm:health).");
        }
        // only a portal user is confined to one customer: binding staff would promise a restriction that is not there
        if (users != null && !users.rolesOf(user).contains(CrmRoles.CUSTOMER)) {
            throw new CommandException(users.isUser(user)
                    ? user + " is not a portal user (role " + CrmRoles.CUSTOMER + "): its roles " + users.rolesOf(user)
                            + " decide what it sees; nothing was changed."
                    : "No user " + user + " can log in; add it with the role " + CrmRoles.CUSTOMER + " first (jaas:user-add, "
                            + "jaas:role-add, jaas:update), then bind it.");
        }
        try {
            if (customerId != null) {
                // only a customer that exists, and that the binding administrator may see
                CommandRefusals.require(contacts, "contacts", registry).get(customerId.trim());
            }
            if (customerId == null) {
                accounts.unbind(user);
                System.out.println(user + " is bound to no customer now: as a portal user it sees no customer data.");
            } else {
                accounts.bind(user, customerId.trim());
                System.out.println(user + " now sees customer " + customerId.trim() + " only.");
            }
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not bound", e);
        }
        return null;
    }
}
