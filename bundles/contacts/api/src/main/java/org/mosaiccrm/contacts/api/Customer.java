package org.mosaiccrm.contacts.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A customer as stored: the draft's fields plus what the server owns.
 *
 * @param id          stable id
 * @param version     optimistic lock: send it back (If-Match) to update
 * @param displayName "First Last" for a person, the company name for an organization
 * @param customFields the deployment's own fields, typed: text, number, date (ISO text) or boolean
 */
public record Customer(String id, long version, String displayName, CustomerKind kind, String firstName,
                       String lastName, String companyName, String organizationId, CustomerStatus status, String tier,
                       String owner, BigDecimal creditLimit, String paymentTerms, Channel preferredChannel,
                       String language, String specialInstructions, List<String> tags,
                       List<ContactPoint> contactPoints, String mergedInto, Instant createdAt, String createdBy,
                       Instant updatedAt, String updatedBy, String externalId, Map<String, Object> customFields) {

    public Customer {
        tags = tags == null ? List.of() : List.copyOf(tags);
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(customFields));
    }
}
