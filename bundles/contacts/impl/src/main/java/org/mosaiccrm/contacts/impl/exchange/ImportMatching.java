package org.mosaiccrm.contacts.impl.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.contacts.impl.customers.CustomerRules;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;

/**
 * Which stored customer an imported row is, and what the row changes on it. Matching goes from the
 * surest key to the loosest (external id, e-mail, phone, mobile, then the name for rows that have
 * none of them), so that re-importing a file finds every customer it created. {@link ImportBatch}
 * looks the keys of a whole batch up at once; names are looked up row by row (few rows need it).
 */
final class ImportMatching {

    private ImportMatching() {
    }

    /** A row that names no key (no external id, e-mail or phone), or an organization, is matched by name. */
    static boolean needsName(CustomerDraft row) {
        boolean identifiable = row.externalId() != null
                || row.contactPoints().stream().anyMatch(p -> p.type() != ContactPointType.ADDRESS);
        return !identifiable || row.kind() == CustomerKind.ORGANIZATION;
    }

    static CustomerEntity byName(EntityManager em, CustomerDraft row) {
        List<CustomerEntity> byName = em.createQuery("SELECT c FROM CustomerEntity c WHERE c.nameKey = :name "
                + "AND c.kind = :kind AND c.status <> :merged", CustomerEntity.class)
                .setParameter("name", CustomerRules.displayName(row).toLowerCase(Locale.ROOT))
                .setParameter("kind", row.kind()).setParameter("merged", CustomerStatus.MERGED)
                .setMaxResults(1).getResultList();
        return byName.isEmpty() ? null : byName.get(0);
    }

    /** The stored customer with the row's non-empty columns on top; contact points and tags are added, never removed. */
    static CustomerDraft overlay(CustomerDraft stored, CustomerDraft row) {
        List<ContactPoint> points = new ArrayList<>(stored.contactPoints());
        for (ContactPoint point : row.contactPoints()) {
            boolean known = points.stream().anyMatch(p -> p.type() == point.type() && p.value().equals(point.value()));
            if (!known) {
                boolean first = points.stream().noneMatch(p -> p.type() == point.type());
                points.add(new ContactPoint(point.type(), point.value(), point.label(), first));
            }
        }
        List<String> tags = new ArrayList<>(stored.tags());
        row.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        return new CustomerDraft(stored.kind(), or(row.firstName(), stored.firstName()), or(row.lastName(), stored.lastName()),
                or(row.companyName(), stored.companyName()), stored.organizationId(), stored.status(),
                or(row.tier(), stored.tier()), or(row.owner(), stored.owner()), stored.creditLimit(), stored.paymentTerms(),
                stored.preferredChannel(), or(row.language(), stored.language()), stored.specialInstructions(), tags, points,
                or(row.externalId(), stored.externalId()), customFields(stored, row));
    }

    private static Map<String, Object> customFields(CustomerDraft stored, CustomerDraft row) {
        Map<String, Object> fields = new TreeMap<>(stored.customFields());
        fields.putAll(row.customFields());
        return fields;
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
