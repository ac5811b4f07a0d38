package ${package}.impl.shell;

import java.util.List;

import ${package}.api.${Module}Record;
import ${package}.api.${Module}Service;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.mosaiccrm.kernel.api.paging.PageRequest;

/** Completes the ids of customers that have records, the most recent first. */
@Service
public class CustomerIdCompleter implements Completer {

    @Reference
    ${Module}Service records;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        records.list(null, PageRequest.first(50)).items().stream().map(${Module}Record::customerId).distinct()
                .forEach(ids.getStrings()::add);
        return ids.complete(session, commandLine, candidates);
    }
}
