package org.mosaiccrm.contacts.impl.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.kernel.api.problem.ConflictException;

/**
 * Deleting a customer and erasing one (GDPR art. 17) at the entity level, in the caller's
 * transaction: what may go, what must stay for the figures, and what blocks either.
 */
public final class CustomerRemoval {

    static final String ERASED_NAME = "Erased customer";

    private CustomerRemoval() {
    }

    /** Removes the customer with its contact points, timeline and merge journals. */
    public static void delete(EntityManager em, CustomerEntity customer) {
        long members = em.createQuery("SELECT COUNT(c) FROM CustomerEntity c WHERE c.organizationId = :id", Long.class)
                .setParameter("id", customer.id).getSingleResult();
        if (members > 0) {
            throw new ConflictException("Organization " + customer.id + " still has " + members
                    + " member(s); move or delete them first.", Map.of("members", members));
        }
        List<String> mergedIn = mergedInto(em, customer.id);
        if (!mergedIn.isEmpty()) {
            throw new ConflictException("Customers " + mergedIn + " were merged into " + customer.id
                    + "; unmerge or delete them first.", Map.of("merged", mergedIn));
        }
        em.createQuery("DELETE FROM InteractionEntity i WHERE i.customerId = :id").setParameter("id", customer.id).executeUpdate();
        dropMergeJournals(em, customer.id);
        customer.contactPoints.forEach(em::remove);
        customer.contactPoints.clear();
        em.remove(customer);
    }

    /**
     * Anonymizes the customer and every customer merged into it (their contact points now live on
     * it); merges involving them can no longer be undone.
     *
     * @return the ids anonymized, the customer's first
     */
    public static List<String> erase(EntityManager em, CustomerEntity customer, String user) {
        if (customer.status == CustomerStatus.MERGED) {
            throw new ConflictException("Customer " + customer.id + " was merged into " + customer.mergedInto
                    + ", which holds its contact points: erase that one.", Map.of("mergedInto", customer.mergedInto));
        }
        List<String> erased = new ArrayList<>();
        anonymize(em, customer, user, erased);
        return erased;
    }

    private static void anonymize(EntityManager em, CustomerEntity customer, String user, List<String> erased) {
        for (String mergedId : mergedInto(em, customer.id)) {
            anonymize(em, em.find(CustomerEntity.class, mergedId), user, erased);
        }
        erased.add(0, customer.id);
        customer.firstName = null;
        customer.lastName = null;
        customer.companyName = null;
        customer.displayName = ERASED_NAME;
        customer.nameKey = ERASED_NAME.toLowerCase(java.util.Locale.ROOT);
        customer.specialInstructions = null;
        customer.externalId = null;
        customer.customFields.clear();
        customer.contactPoints.forEach(em::remove);
        customer.contactPoints.clear();
        customer.status = CustomerStatus.ERASED;
        customer.mergedInto = null;
        customer.updatedAt = Instant.now();
        customer.updatedBy = user;
        // the timeline keeps its channels, directions, dates and outcomes: what reports count
        em.createQuery("UPDATE InteractionEntity i SET i.subject = NULL, i.summary = NULL WHERE i.customerId = :id")
                .setParameter("id", customer.id).executeUpdate();
        dropMergeJournals(em, customer.id);
    }

    private static List<String> mergedInto(EntityManager em, String id) {
        return em.createQuery("SELECT c.id FROM CustomerEntity c WHERE c.mergedInto = :id", String.class)
                .setParameter("id", id).getResultList();
    }

    private static void dropMergeJournals(EntityManager em, String id) {
        em.createQuery("DELETE FROM MergeEntity m WHERE m.survivorId = :id OR m.mergedId = :id")
                .setParameter("id", id).executeUpdate();
    }
}
