package org.mosaiccrm.kernel.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.ModuleStatus;

@Command(scope = "crm", name = "modules", description = "Lists the installed CRM modules with their version and state (ACTIVE, UNLICENSED, EXPIRED, WAITING, FAILED), then what to fix although they run (a refused configuration).")
@Service
public class ModulesCommand implements Action {

    @Reference
    ModuleRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Title");
        table.column("Version");
        table.column("State");
        table.column("Reason");
        for (ModuleStatus module : registry.modules()) {
            table.addRow().addContent(module.name(), module.title(), module.version(), module.state(),
                    module.reason() == null ? "" : module.reason());
        }
        table.print(System.out);
        for (ModuleStatus module : registry.modules()) {
            module.warnings().forEach(warning -> System.out.println("Warning: " + module.name() + ": " + warning));
        }
        return null;
    }
}
