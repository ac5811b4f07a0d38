package org.mosaiccrm.kernel.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.kernel.api.security.PortalAccounts;

@Command(scope = "crm", name = "portal-bind", description = "Binds a portal user (role crm-customer) to the one customer whose data it may see; without an id, unbinds it.")
@Service
public class PortalBindCommand implements Action {

    @Argument(index = 0, name = "user", description = "The portal user's login name.", required = true)
    String user;

    @Argument(index = 1, name = "customerId", description = "The customer's id; leave out to unbind.")
    String customerId;

    // optional: see AuditCommand
    @Reference(optional = true)
    PortalAccounts accounts;

    @Override
    public Object execute() {
        if (accounts == null) {
            System.out.println("Portal accounts are unavailable: the database is not reachable (see crm:health).");
            return null;
        }
        try {
            if (customerId == null) {
                accounts.unbind(user);
                System.out.println(user + " is bound to no customer: it sees nothing.");
            } else {
                accounts.bind(user, customerId);
                System.out.println(user + " now sees customer " + customerId + " only.");
            }
        } catch (ProblemException e) {
            System.out.println(e.detail());
        }
        return null;
    }
}
