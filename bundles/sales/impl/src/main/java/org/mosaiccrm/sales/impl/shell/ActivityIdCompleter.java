package org.mosaiccrm.sales.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.commons.shell.NamedIdCompleter;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.sales.api.Activity;
import org.mosaiccrm.sales.api.ActivityQuery;
import org.mosaiccrm.sales.api.ActivityService;

/** Completes the ids of planned activities (the 50 soonest the user sees), each shown with its time, kind and subject. */
@Service
public class ActivityIdCompleter extends NamedIdCompleter<Activity> {

    @Reference(optional = true)
    ActivityService activities;

    @Override
    protected List<Activity> records() {
        ActivityService service = activities;
        return service == null ? List.of()
                : service.search(new ActivityQuery(null, ActivityQuery.Due.ANY, null, null, null, false), PageRequest.first(50)).items();
    }

    @Override
    protected String id(Activity activity) {
        return activity.id();
    }

    @Override
    protected String describe(Activity activity) {
        return activity.dueAt() + " " + activity.kind() + " " + activity.subject();
    }
}
