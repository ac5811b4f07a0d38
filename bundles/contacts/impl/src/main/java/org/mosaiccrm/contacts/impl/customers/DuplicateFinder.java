package org.mosaiccrm.contacts.impl.customers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;

import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.contacts.api.DuplicateCandidate;
import org.mosaiccrm.contacts.api.DuplicateGroup;
import org.mosaiccrm.contacts.impl.persistence.ContactPointEntity;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;

/**
 * Finds customers that are probably the same: the same e-mail address or phone number (compared
 * normalized, through the lookup index), or the same name — ignoring case, accents and spacing —
 * within the same organization.
 */
public final class DuplicateFinder {

    private DuplicateFinder() {
    }

    static List<DuplicateCandidate> candidates(EntityManager em, CustomerDraft draft) {
        Map<String, DuplicateCandidate> found = new LinkedHashMap<>();
        List<String> keys = draft.contactPoints().stream().filter(DuplicateFinder::isLookup).map(ContactPoint::value).toList();
        if (!keys.isEmpty()) {
            for (ContactPointEntity point : em.createQuery("SELECT p FROM ContactPointEntity p WHERE p.lookupKey IN :keys "
                    + "AND p.customer.status <> :merged", ContactPointEntity.class)
                    .setParameter("keys", keys).setParameter("merged", CustomerStatus.MERGED).setMaxResults(20).getResultList()) {
                found.putIfAbsent(point.customer.id, new DuplicateCandidate(point.customer.id, point.customer.displayName,
                        "same " + point.type.name().toLowerCase(Locale.ROOT) + " " + point.value));
            }
        }
        if (draft.organizationId() != null) {
            String name = similarityKey(CustomerRules.displayName(draft));
            for (CustomerEntity colleague : em.createQuery("SELECT c FROM CustomerEntity c WHERE c.organizationId = :org "
                    + "AND c.status <> :merged", CustomerEntity.class).setParameter("org", draft.organizationId())
                    .setParameter("merged", CustomerStatus.MERGED).setMaxResults(1000).getResultList()) {
                if (similarityKey(colleague.displayName).equals(name)) {
                    found.putIfAbsent(colleague.id, new DuplicateCandidate(colleague.id, colleague.displayName,
                            "same name in the same organization"));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    public static List<DuplicateGroup> groups(EntityManager em, int maxGroups) {
        List<String> keys = em.createQuery("SELECT p.lookupKey FROM ContactPointEntity p WHERE p.lookupKey IS NOT NULL "
                + "AND p.customer.status <> :merged GROUP BY p.lookupKey HAVING COUNT(DISTINCT p.customer.id) > 1 "
                + "ORDER BY p.lookupKey", String.class).setParameter("merged", CustomerStatus.MERGED)
                .setMaxResults(maxGroups).getResultList();
        List<DuplicateGroup> groups = new ArrayList<>();
        for (String key : keys) {
            Map<String, DuplicateCandidate> customers = new LinkedHashMap<>();
            for (ContactPointEntity point : em.createQuery("SELECT p FROM ContactPointEntity p WHERE p.lookupKey = :key "
                    + "AND p.customer.status <> :merged ORDER BY p.customer.nameKey", ContactPointEntity.class)
                    .setParameter("key", key).setParameter("merged", CustomerStatus.MERGED).getResultList()) {
                customers.putIfAbsent(point.customer.id, new DuplicateCandidate(point.customer.id,
                        point.customer.displayName, "same " + point.type.name().toLowerCase(Locale.ROOT) + " " + key));
            }
            groups.add(new DuplicateGroup("same " + (key.contains("@") ? "e-mail " : "phone ") + key,
                    new ArrayList<>(customers.values())));
        }
        return groups;
    }

    /** "Zoë  Müller" and "zoe muller" are the same name. */
    static String similarityKey(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static boolean isLookup(ContactPoint point) {
        return switch (point.type()) {
            case PHONE, MOBILE, FAX, EMAIL -> true;
            default -> false;
        };
    }
}
