package org.mosaiccrm.inventory.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.inventory.impl.reports.SalesRollupDesk;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "sales-rollup", description = "Recounts the monthly sales figures the sales reports read, from every order (after a change of zone, or to check them).")
@Service
public class SalesRollupCommand implements Action {

    @Option(name = "--rebuild", description = "Rebuild them now (required: this is the only thing the command does).", required = true)
    boolean rebuild;

    @Reference(optional = true)
    SalesRollupDesk rollup;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Override
    public Object execute() throws Exception {
        SalesRollupDesk desk = CommandRefusals.require(rollup, "inventory", registry);
        try {
            long started = System.nanoTime();
            int cells = desk.rebuild();
            System.out.println("Rebuilt the sales figures: " + cells + " month × location × product × channel cells in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not rebuilt", e);
        }
        return null;
    }
}
