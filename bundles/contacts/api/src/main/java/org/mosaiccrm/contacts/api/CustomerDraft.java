package org.mosaiccrm.contacts.api;

import java.math.BigDecimal;
import java.util.List;

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
 */
public record CustomerDraft(CustomerKind kind, String firstName, String lastName, String companyName,
                            String organizationId, CustomerStatus status, String tier, String owner,
                            BigDecimal creditLimit, String paymentTerms, Channel preferredChannel, String language,
                            String specialInstructions, List<String> tags, List<ContactPoint> contactPoints,
                            String externalId) {

    public CustomerDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    }

    /** A person with the given names and contact points, the rest left empty. */
    public static CustomerDraft person(String firstName, String lastName, ContactPoint... contactPoints) {
        return new CustomerDraft(CustomerKind.PERSON, firstName, lastName, null, null, null, null, null, null, null,
                null, null, null, List.of(), List.of(contactPoints), null);
    }
}
