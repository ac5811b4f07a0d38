package org.mosaiccrm.contacts.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a client may set on a customer. The server owns {@code id}, {@code version} and the
 * created/updated stamps; they are not part of a draft, so a client cannot set them.
 *
 * @param kind                PERSON or ORGANIZATION
 * @param firstName           for a person
 * @param lastName            for a person
 * @param companyName         for an organization
 * @param organizationId      the organization a person belongs to
 * @param status              PROSPECT (default), ACTIVE or INACTIVE
 * @param tier                importance, e.g. {@code gold}
 * @param owner               the sales rep responsible
 * @param creditLimit         in the company's currency
 * @param paymentTerms        e.g. {@code 30 days net}
 * @param preferredChannel    how the customer likes to be reached
 * @param language            ISO 639 language code
 * @param specialInstructions free text
 * @param tags                labels for search
 * @param contactPoints       phones, e-mails, addresses...
 * @param externalId          the customer's id in another system (imports match on it)
 * @param customFields        values of the fields this deployment defines ({@code GET /contacts/custom-fields}):
 *                            text, number, date ({@code 2026-11-22}) or boolean
 */
public record CustomerDraft(CustomerKind kind, String firstName, String lastName, String companyName,
                            String organizationId, CustomerStatus status, String tier, String owner,
                            BigDecimal creditLimit, String paymentTerms, Channel preferredChannel, String language,
                            String specialInstructions, List<String> tags, List<ContactPoint> contactPoints,
                            String externalId, Map<String, Object> customFields) {

    public CustomerDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(customFields));
    }

    /** A draft without custom fields. */
    public CustomerDraft(CustomerKind kind, String firstName, String lastName, String companyName, String organizationId,
                         CustomerStatus status, String tier, String owner, BigDecimal creditLimit, String paymentTerms,
                         Channel preferredChannel, String language, String specialInstructions, List<String> tags,
                         List<ContactPoint> contactPoints, String externalId) {
        this(kind, firstName, lastName, companyName, organizationId, status, tier, owner, creditLimit, paymentTerms,
                preferredChannel, language, specialInstructions, tags, contactPoints, externalId, Map.of());
    }

    /** A person with the given names and contact points, the rest left empty. */
    public static CustomerDraft person(String firstName, String lastName, ContactPoint... contactPoints) {
        return new CustomerDraft(CustomerKind.PERSON, firstName, lastName, null, null, null, null, null, null, null,
                null, null, null, List.of(), List.of(contactPoints), null);
    }
}
