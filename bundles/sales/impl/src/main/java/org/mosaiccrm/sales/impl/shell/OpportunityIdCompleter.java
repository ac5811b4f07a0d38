package org.mosaiccrm.sales.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.NamedIdCompleter;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.OpportunityQuery;
import org.mosaiccrm.sales.api.OpportunityService;

/** Completes the ids of open opportunities (the 50 closing soonest), each shown with its title, amount and stage. */
@Service
public class OpportunityIdCompleter extends NamedIdCompleter<Opportunity> {

    @Reference(optional = true)
    OpportunityService opportunities;

    @Override
    protected List<Opportunity> records() {
        OpportunityService service = opportunities;
        return service == null ? List.of()
                : service.search(new OpportunityQuery(null, null, null, null, true), PageRequest.first(50)).items();
    }

    @Override
    protected String id(Opportunity opportunity) {
        return opportunity.id();
    }

    @Override
    protected String describe(Opportunity opportunity) {
        return opportunity.title() + ", " + opportunity.amount().toPlainString() + " " + opportunity.currency() + ", " + opportunity.stage();
    }
}
