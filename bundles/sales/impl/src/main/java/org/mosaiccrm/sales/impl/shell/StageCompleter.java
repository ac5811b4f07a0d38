package org.mosaiccrm.sales.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.api.Stage;

/** Completes the stages in force (the configured open ones, won, lost). */
@Service
public class StageCompleter implements Completer {

    @Reference(optional = true)
    OpportunityService opportunities;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        OpportunityService service = opportunities;
        StringsCompleter stages = new StringsCompleter(service == null ? List.of() : service.stages().stream().map(Stage::name).toList());
        return stages.complete(session, commandLine, candidates);
    }
}
