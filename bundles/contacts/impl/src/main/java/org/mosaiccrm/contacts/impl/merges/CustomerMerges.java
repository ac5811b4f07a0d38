package org.mosaiccrm.contacts.impl.merges;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.contacts.api.Merge;
import org.mosaiccrm.contacts.impl.customers.CustomerMapping;
import org.mosaiccrm.contacts.impl.customers.CustomerStates;
import org.mosaiccrm.contacts.impl.customers.CustomerStore;
import org.mosaiccrm.contacts.impl.persistence.ContactPointEntity;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.contacts.impl.persistence.InteractionEntity;
import org.mosaiccrm.contacts.impl.persistence.MergeEntity;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/**
 * Merging and unmerging, inside the caller's transaction. A merge journals exactly what it moved
 * (contact points with their positions, interaction ids, the merged customer's status), so that
 * unmerge puts back exactly that and nothing else.
 */
public final class CustomerMerges {

    private CustomerMerges() {
    }

    /** Merges, in one transaction, checking both customers' states and auditing both field by field. */
    public static Merge mergeAudited(CustomerStore store, CustomerMapping mapping, String survivorId, String mergedId,
                                     String user) {
        return store.inTransaction(em -> {
            CustomerEntity survivor = store.visible(em, survivorId);
            CustomerEntity merged = store.visible(em, mergedId);
            CustomerStates.require(survivor, CustomerStates.Operation.MERGE_INTO);
            CustomerStates.require(merged, CustomerStates.Operation.MERGE_AWAY);
            Map<String, Object> survivorBefore = mapping.snapshot(mapping.toCustomer(survivor));
            Map<String, Object> mergedBefore = mapping.snapshot(mapping.toCustomer(merged));
            MergeEntity journal = merge(em, survivor, merged, user);
            em.flush();
            store.auditChange(AuditAction.MERGE, survivor, survivorBefore);
            store.auditChange(AuditAction.MERGE, merged, mergedBefore);
            return toMerge(journal);
        });
    }

    /** Undoes a merge, in one transaction, auditing both customers field by field. */
    public static Merge unmergeAudited(CustomerStore store, CustomerMapping mapping, String mergeId, String user) {
        return store.inTransaction(em -> {
            MergeEntity journal = journal(em, mergeId);
            CustomerEntity survivor = store.visible(em, journal.survivorId);
            CustomerEntity merged = store.visible(em, journal.mergedId);
            CustomerStates.require(survivor, CustomerStates.Operation.MERGE_INTO);
            CustomerStates.require(merged, CustomerStates.Operation.UNMERGE);
            Map<String, Object> survivorBefore = mapping.snapshot(mapping.toCustomer(survivor));
            Map<String, Object> mergedBefore = mapping.snapshot(mapping.toCustomer(merged));
            unmerge(em, journal, survivor, merged, user);
            em.flush();
            store.auditChange(AuditAction.UNMERGE, survivor, survivorBefore);
            store.auditChange(AuditAction.UNMERGE, merged, mergedBefore);
            return toMerge(journal);
        });
    }

    public static MergeEntity merge(EntityManager em, CustomerEntity survivor, CustomerEntity merged, String user) {
        if (survivor.id.equals(merged.id)) {
            throw new ValidationException("mergedId", "a customer cannot be merged into itself");
        }
        if (survivor.status == CustomerStatus.MERGED || merged.status == CustomerStatus.MERGED) {
            throw new ConflictException("Customer " + (survivor.status == CustomerStatus.MERGED ? survivor.id : merged.id)
                    + " is already merged; undo that merge first.");
        }
        Set<String> survivorHas = new HashSet<>();
        survivor.contactPoints.forEach(p -> survivorHas.add(p.type + ":" + p.value));
        List<String> movedPoints = new ArrayList<>();
        for (ContactPointEntity point : new ArrayList<>(merged.contactPoints)) {
            if (survivorHas.add(point.type + ":" + point.value)) {
                movedPoints.add(point.id + ":" + point.position);
                merged.contactPoints.remove(point);
                point.customer = survivor;
                point.position = survivor.contactPoints.size();
                survivor.contactPoints.add(point);
            }
        }
        List<InteractionEntity> interactions = em.createQuery(
                "SELECT i FROM InteractionEntity i WHERE i.customerId = :id", InteractionEntity.class)
                .setParameter("id", merged.id).getResultList();
        interactions.forEach(i -> i.customerId = survivor.id);

        MergeEntity journal = new MergeEntity();
        journal.id = UUID.randomUUID().toString();
        journal.survivorId = survivor.id;
        journal.mergedId = merged.id;
        journal.statusBefore = merged.status;
        journal.movedPoints = String.join(",", movedPoints);
        journal.movedInteractions = String.join(",", interactions.stream().map(i -> i.id).toList());
        journal.at = Instant.now();
        journal.by = user;
        em.persist(journal);

        merged.status = CustomerStatus.MERGED;
        merged.mergedInto = survivor.id;
        stamp(survivor, user);
        stamp(merged, user);
        return journal;
    }

    public static void unmerge(EntityManager em, MergeEntity journal, CustomerEntity survivor, CustomerEntity merged, String user) {
        if (journal.undoneAt != null) {
            throw new ConflictException("Merge " + journal.id + " was already undone.");
        }
        for (String moved : split(journal.movedPoints)) {
            String[] idAndPosition = moved.split(":");
            ContactPointEntity point = em.find(ContactPointEntity.class, idAndPosition[0]);
            if (point != null && point.customer == survivor) {
                survivor.contactPoints.remove(point);
                point.customer = merged;
                point.position = Integer.parseInt(idAndPosition[1]);
                merged.contactPoints.add(point);
            }
        }
        merged.contactPoints.sort(Comparator.comparingInt(p -> p.position));
        for (String id : split(journal.movedInteractions)) {
            InteractionEntity interaction = em.find(InteractionEntity.class, id);
            if (interaction != null && interaction.customerId.equals(survivor.id)) {
                interaction.customerId = merged.id;
            }
        }
        merged.status = journal.statusBefore;
        merged.mergedInto = null;
        journal.undoneAt = Instant.now();
        stamp(survivor, user);
        stamp(merged, user);
    }

    public static MergeEntity journal(EntityManager em, String id) {
        MergeEntity journal = id == null ? null : em.find(MergeEntity.class, id);
        if (journal == null) {
            throw new NotFoundException("Merge", id);
        }
        return journal;
    }

    public static Merge toMerge(MergeEntity journal) {
        return new Merge(journal.id, journal.survivorId, journal.mergedId, journal.at, journal.by, journal.undoneAt != null);
    }

    private static void stamp(CustomerEntity customer, String user) {
        customer.updatedAt = Instant.now();
        customer.updatedBy = user;
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }
}
