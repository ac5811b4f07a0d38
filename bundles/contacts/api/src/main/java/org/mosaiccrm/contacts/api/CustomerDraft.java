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
        return builder(CustomerKind.PERSON).firstName(firstName).lastName(lastName).contactPoints(List.of(contactPoints)).build();
    }

    /** A draft built field by field, e.g. {@code CustomerDraft.builder(PERSON).firstName("Ada").owner("demo-sales").build()}. */
    public static Builder builder(CustomerKind kind) {
        return new Builder(kind);
    }

    /** Names what it sets, so that no call site passes a row of {@code null}s. */
    public static final class Builder {
        private final CustomerKind kind;
        private String firstName;
        private String lastName;
        private String companyName;
        private String organizationId;
        private CustomerStatus status;
        private String tier;
        private String owner;
        private BigDecimal creditLimit;
        private String paymentTerms;
        private Channel preferredChannel;
        private String language;
        private String specialInstructions;
        private List<String> tags = List.of();
        private List<ContactPoint> contactPoints = List.of();
        private String externalId;
        private Map<String, Object> customFields = Map.of();

        private Builder(CustomerKind kind) {
            this.kind = kind;
        }

        public Builder firstName(String value) { this.firstName = value; return this; }
        public Builder lastName(String value) { this.lastName = value; return this; }
        public Builder companyName(String value) { this.companyName = value; return this; }
        public Builder organizationId(String value) { this.organizationId = value; return this; }
        public Builder status(CustomerStatus value) { this.status = value; return this; }
        public Builder tier(String value) { this.tier = value; return this; }
        public Builder owner(String value) { this.owner = value; return this; }
        public Builder creditLimit(BigDecimal value) { this.creditLimit = value; return this; }
        public Builder paymentTerms(String value) { this.paymentTerms = value; return this; }
        public Builder preferredChannel(Channel value) { this.preferredChannel = value; return this; }
        public Builder language(String value) { this.language = value; return this; }
        public Builder specialInstructions(String value) { this.specialInstructions = value; return this; }
        public Builder tags(List<String> value) { this.tags = value; return this; }
        public Builder contactPoints(List<ContactPoint> value) { this.contactPoints = value; return this; }
        public Builder externalId(String value) { this.externalId = value; return this; }
        public Builder customFields(Map<String, Object> value) { this.customFields = value; return this; }

        public CustomerDraft build() {
            return new CustomerDraft(kind, firstName, lastName, companyName, organizationId, status, tier, owner, creditLimit,
                    paymentTerms, preferredChannel, language, specialInstructions, tags, contactPoints, externalId, customFields);
        }
    }
}
