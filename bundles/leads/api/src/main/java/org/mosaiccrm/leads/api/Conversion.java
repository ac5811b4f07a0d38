package org.mosaiccrm.leads.api;

/**
 * A lead turned into a customer.
 *
 * @param existingCustomer the customer already existed (same e-mail or phone) and was linked, not created
 */
public record Conversion(String leadId, String customerId, boolean existingCustomer) {
}
