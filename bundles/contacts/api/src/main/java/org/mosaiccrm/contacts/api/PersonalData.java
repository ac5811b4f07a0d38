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
 * @param modules      what every other module holding personal data about the customer holds, by module
 */
public record PersonalData(Instant exportedAt, Customer customer, List<Interaction> interactions, List<Merge> merges,
                           List<AuditRecord> changes, java.util.Map<String, Object> modules) {

    /** Contacts' part alone. */
    public PersonalData(Instant exportedAt, Customer customer, List<Interaction> interactions, List<Merge> merges,
                        List<AuditRecord> changes) {
        this(exportedAt, customer, interactions, merges, changes, java.util.Map.of());
    }

    public PersonalData {
        modules = modules == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(modules));
        interactions = List.copyOf(interactions);
        merges = List.copyOf(merges);
        changes = List.copyOf(changes);
    }
}
