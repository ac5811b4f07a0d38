package org.mosaiccrm.contacts.api;

import java.time.Instant;
import java.util.List;

import org.mosaiccrm.kernel.api.audit.AuditRecord;

/**
 * Everything the contacts module holds about one customer, for the customer's right of access.
 *
 * @param exportedAt   when this export was made
 * @param customer     the profile with every contact point
 * @param interactions the whole timeline, newest first
 * @param merges       merges this customer took part in
 * @param changes      the audit trail of the customer record
 */
public record PersonalData(Instant exportedAt, Customer customer, List<Interaction> interactions, List<Merge> merges,
                           List<AuditRecord> changes) {

    public PersonalData {
        interactions = List.copyOf(interactions);
        merges = List.copyOf(merges);
        changes = List.copyOf(changes);
    }
}
