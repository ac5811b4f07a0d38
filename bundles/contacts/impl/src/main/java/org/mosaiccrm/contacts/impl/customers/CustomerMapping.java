package org.mosaiccrm.contacts.impl.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.Interaction;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.contacts.impl.persistence.InteractionEntity;

/** Entities to API records, and the field snapshots the audit trail compares. */
public final class CustomerMapping {

    private final CustomFields customFields;

    public CustomerMapping(CustomFields customFields) {
        this.customFields = customFields;
    }

    public Customer toCustomer(CustomerEntity e) {
        List<ContactPoint> points = e.contactPoints.stream()
                .map(p -> new ContactPoint(p.type, p.value, p.label, p.primary)).toList();
        return new Customer(e.id, e.version, e.displayName, e.kind, e.firstName, e.lastName, e.companyName,
                e.organizationId, e.status, e.tier, e.owner, e.creditLimit, e.paymentTerms, e.preferredChannel, e.language,
                e.specialInstructions, List.copyOf(e.tags), points, e.mergedInto, e.createdAt, e.createdBy, e.updatedAt,
                e.updatedBy, e.externalId, customFields.toApi(e.customFields));
    }

    public static Interaction toInteraction(InteractionEntity e) {
        return new Interaction(e.id, e.customerId, e.channel, e.direction, e.at, e.subject, e.summary, e.outcome, e.user,
                e.module, e.reference);
    }

    /** The stored customer as a draft: what an import overlays its columns on. */
    public CustomerDraft toDraft(CustomerEntity e) {
        return new CustomerDraft(e.kind, e.firstName, e.lastName, e.companyName, e.organizationId, e.status, e.tier, e.owner,
                e.creditLimit, e.paymentTerms, e.preferredChannel, e.language, e.specialInstructions, List.copyOf(e.tags),
                e.contactPoints.stream().map(p -> new ContactPoint(p.type, p.value, p.label, p.primary)).toList(), e.externalId,
                new TreeMap<>(e.customFields));
    }

    /** The fields a person would call "the customer", as text, for field-level audit. */
    public Map<String, Object> snapshot(Customer c) {
        Map<String, Object> fields = snapshot(new CustomerDraft(c.kind(), c.firstName(), c.lastName(), c.companyName(),
                c.organizationId(), c.status(), c.tier(), c.owner(), c.creditLimit(), c.paymentTerms(), c.preferredChannel(),
                c.language(), c.specialInstructions(), c.tags(), c.contactPoints(), c.externalId(), c.customFields()));
        fields.put("mergedInto", c.mergedInto());
        return fields;
    }

    public Map<String, Object> snapshot(CustomerDraft c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", c.kind());
        fields.put("firstName", c.firstName());
        fields.put("lastName", c.lastName());
        fields.put("companyName", c.companyName());
        fields.put("organizationId", c.organizationId());
        fields.put("status", c.status());
        fields.put("tier", c.tier());
        fields.put("owner", c.owner());
        fields.put("creditLimit", c.creditLimit() == null ? null : c.creditLimit().stripTrailingZeros().toPlainString());
        fields.put("paymentTerms", c.paymentTerms());
        fields.put("preferredChannel", c.preferredChannel());
        fields.put("language", c.language());
        fields.put("specialInstructions", c.specialInstructions());
        fields.put("tags", c.tags().isEmpty() ? null : String.join(",", c.tags()));
        fields.put("externalId", c.externalId());
        fields.put("contactPoints", c.contactPoints().isEmpty() ? null : c.contactPoints().stream()
                .map(p -> p.type() + ":" + p.value() + (p.primary() ? "*" : "")).collect(Collectors.joining(", ")));
        c.customFields().forEach((name, value) -> fields.put("customFields." + name, value));
        return fields;
    }
}
