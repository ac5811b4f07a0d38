package org.mosaiccrm.contacts.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's section of the 360° view and the screen pop (inventory: purchases and warranties;
 * service: open tickets; reporting: next likely purchase). Registered as a service; the view calls
 * every contributor within a time budget, and a slow or failing one yields a section marked
 * unavailable instead of failing the view.
 */
@ConsumerType
public interface CustomerViewContributor {

    /** The section's name in the view, e.g. {@code tickets}. */
    String section();

    /** The section's content for one customer: any JSON-serializable value. */
    Object contribute(String customerId) throws Exception;
}
