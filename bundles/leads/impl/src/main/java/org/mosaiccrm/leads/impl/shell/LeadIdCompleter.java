package org.mosaiccrm.leads.impl.shell;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.NamedIdCompleter;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.api.LeadQuery;
import org.mosaiccrm.leads.api.LeadService;

/** Completes lead ids, the 50 newest, each shown with the person, the company and the status. */
@Service
public class LeadIdCompleter extends NamedIdCompleter<Lead> {

    @Reference(optional = true)
    LeadService leads;

    @Override
    protected List<Lead> records() {
        LeadService service = leads;
        return service == null ? List.of() : service.search(LeadQuery.all(), PageRequest.first(50)).items();
    }

    @Override
    protected String id(Lead lead) {
        return lead.id();
    }

    @Override
    protected String describe(Lead lead) {
        return Stream.of(lead.firstName(), lead.lastName(), lead.company() == null ? null : "(" + lead.company() + ")")
                .filter(Objects::nonNull).collect(Collectors.joining(" ")) + ", " + lead.status();
    }
}
