package org.mosaiccrm.kernel.impl.shell;

import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.mosaiccrm.kernel.impl.demo.DemoDataLoader;

@Command(scope = "crm", name = "demo-data", description = "Loads the demo data set (French and English customers, leads...) into the modules that hold no data yet.")
@Service
public class DemoDataCommand implements Action {

    @Argument(name = "module", description = "Only this module's part (default: every running module's)")
    String module;

    @Reference
    DemoDataLoader loader;

    @Override
    public Object execute() throws CommandException {
        List<DemoDataLoader.Outcome> outcomes = loader.loadNow(Optional.ofNullable(module));
        if (outcomes.isEmpty()) {
            throw new CommandException(module == null ? "No running module brings demo data."
                    : "Module '" + module + "' is not running or brings no demo data.");
        }
        outcomes.forEach(o -> System.out.println(o.module() + ": " + o.summary()));
        if (outcomes.stream().noneMatch(DemoDataLoader.Outcome::loaded)) {
            throw new CommandException("Nothing loaded: demo data only goes into modules that hold no data.");
        }
        return null;
    }
}
