package org.mosaiccrm.service.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.service.api.ServiceDesk;

@Command(scope = "crm", name = "ticket-scan", description = "Runs the SLA and routing scan now (it also runs by itself every scanIntervalSeconds).")
@Service
public class TicketScanCommand implements Action {

    @Reference(optional = true)
    ServiceDesk desk;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        ServiceDesk.SlaScan scan = CommandRefusals.require(this.desk, "service", registry).scanSla();
        System.out.println(scan.warned() + " SLA warnings, " + scan.breached() + " breaches, " + scan.rerouted()
                + " tickets routed, in " + scan.millis() + " ms");
        return null;
    }
}
