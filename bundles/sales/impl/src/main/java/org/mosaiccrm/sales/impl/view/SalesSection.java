package org.mosaiccrm.sales.impl.view;

import java.util.List;

import org.mosaiccrm.contacts.api.CustomerViewContributor;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.sales.api.Activity;
import org.mosaiccrm.sales.api.ActivityQuery;
import org.mosaiccrm.sales.api.ActivityService;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.OpportunityQuery;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.impl.SalesModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's section of the 360° view and the screen pop: the customer's open opportunities (those the caller
 * may see) and the next planned activity. None for a portal customer or a user without a sales role.
 */
@Component(service = CustomerViewContributor.class)
public class SalesSection implements CustomerViewContributor {

    /** What the section holds. */
    public record Section(List<Opportunity> openOpportunities, long openCount, Activity nextActivity) {
    }

    private static final java.util.Set<String> READERS = java.util.Set.of(CrmRoles.ADMIN, CrmRoles.MANAGER, CrmRoles.SALES, CrmRoles.AGENT, "admin");

    private final OpportunityService opportunities;
    private final ActivityService activities;
    private final CallerContext callers;

    @Activate
    public SalesSection(@Reference OpportunityService opportunities, @Reference ActivityService activities, @Reference CallerContext callers) {
        this.opportunities = opportunities;
        this.activities = activities;
        this.callers = callers;
    }

    @Override
    public String section() {
        return SalesModule.NAME;
    }

    @Override
    public Section contribute(String customerId) {
        if (!callers.caller().map(caller -> caller.hasAnyRole(READERS)).orElse(true)) {
            return null;
        }
        var open = opportunities.search(OpportunityQuery.openOf(customerId), PageRequest.first(5));
        List<Activity> next = activities.search(new ActivityQuery(null, ActivityQuery.Due.UPCOMING, customerId, null, null, false),
                PageRequest.first(1)).items();
        return new Section(open.items(), open.total(), next.isEmpty() ? null : next.get(0));
    }
}
