package org.mosaiccrm.leads.impl.conversion;

import org.mosaiccrm.leads.api.Lead;

/**
 * The way to the contacts module, as a service of this bundle: registered only while contacts is
 * there and licensed, so that leads runs without it and conversion answers 503 meanwhile. The one
 * implementation, {@link ContactsCustomerLink}, is the only class that touches the contacts API.
 */
public interface CustomerLink {

    /** The customer the lead becomes: the one with its e-mail or phone, else a new one; the conversion logged on it. */
    Linked link(Lead lead);

    /** @param existing the customer was found, not created */
    record Linked(String customerId, boolean existing) {
    }
}
