package org.mosaiccrm.leads.impl.shell;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.api.LeadQuery;
import org.mosaiccrm.leads.api.LeadService;

/** Completes lead ids, the 50 newest, each shown with the person, the company and the status. */
@Service
public class LeadIdCompleter implements Completer {

    @Reference(optional = true)
    LeadService leads;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        recent().forEach(lead -> ids.getStrings().add(lead.id()));
        return ids.complete(session, commandLine, candidates);
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        recent().forEach(lead -> candidates.add(new Candidate(lead.id(), lead.id(), null, describe(lead), null, null, true)));
    }

    static String describe(Lead lead) {
        return Stream.of(lead.firstName(), lead.lastName(), lead.company() == null ? null : "(" + lead.company() + ")")
                .filter(Objects::nonNull).collect(Collectors.joining(" ")) + ", " + lead.status();
    }

    private List<Lead> recent() {
        LeadService service = leads;
        return service == null ? List.of() : service.search(LeadQuery.all(), PageRequest.first(50)).items();
    }
}
