package org.mosaiccrm.sales.api;

import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Activities, "my day", reminders. A user sees the activities assigned to them or that they planned; managers
 * and administrators see everyone's and may assign to anyone.
 */
@ProviderType
public interface ActivityService {

    /**
     * Plans an activity.
     *
     * @throws org.mosaiccrm.kernel.api.problem.ValidationException naming each invalid field
     * @throws org.mosaiccrm.kernel.api.problem.NotFoundException when the customer or opportunity does not exist
     */
    Activity plan(Activity.Draft draft);

    Activity get(String id);

    Page<Activity> search(ActivityQuery query, PageRequest page);

    /** Changes a planned activity (not a done or cancelled one: 409); {@code version} as read. */
    Activity update(String id, long version, Activity.Draft draft);

    /**
     * Marks it done with its outcome; when it is about a customer, an interaction with that outcome goes on the
     * customer's timeline in the same transaction.
     */
    Activity complete(String id, long version, String outcome);

    Activity cancel(String id, long version);
}
