package org.mosaiccrm.contacts.impl.interactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.Interaction;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.contacts.impl.customers.CustomerMapping;
import org.mosaiccrm.contacts.impl.customers.CustomerStates;
import org.mosaiccrm.contacts.impl.customers.CustomerStates.Operation;
import org.mosaiccrm.contacts.impl.customers.CustomerStore;
import org.mosaiccrm.contacts.impl.persistence.InteractionEntity;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/** Adds to and reads a customer's timeline, for customers the caller may see. */
public final class Timeline {

    private final CustomerStore store;

    public Timeline(CustomerStore store) {
        this.store = store;
    }

    /** Logs an interaction as {@code user}; the customer's state must allow it (409 otherwise). */
    public Interaction add(String customerId, InteractionDraft draft, String user) {
        if (draft == null || draft.channel() == null) {
            throw new ValidationException("channel", "is required: PHONE, EMAIL, VISIT, LETTER, WEB, CHAT, VIDEO, FAX or SMS");
        }
        List<FieldError> errors = new ArrayList<>();
        FieldError.checkLength(errors, "subject", draft.subject(), 200);
        FieldError.checkLength(errors, "summary", draft.summary(), 4000);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.inTransaction(em -> {
            CustomerStates.require(store.visible(em, customerId), Operation.ADD_INTERACTION);
            InteractionEntity entity = new InteractionEntity();
            entity.id = UUID.randomUUID().toString();
            entity.customerId = customerId;
            entity.channel = draft.channel();
            entity.direction = draft.direction() == null ? Direction.INBOUND : draft.direction();
            entity.at = draft.at() == null ? Instant.now() : draft.at();
            entity.subject = draft.subject();
            entity.summary = draft.summary();
            entity.outcome = draft.outcome();
            entity.user = user;
            entity.module = draft.module();
            entity.reference = draft.reference();
            em.persist(entity);
            return CustomerMapping.toInteraction(entity);
        });
    }

    /** A page of the customer's interactions, newest first. */
    public Page<Interaction> page(String customerId, PageRequest page) {
        return store.inTransaction(em -> {
            store.visible(em, customerId);
            long total = em.createQuery("SELECT COUNT(i) FROM InteractionEntity i WHERE i.customerId = :id", Long.class)
                    .setParameter("id", customerId).getSingleResult();
            List<Interaction> items = em.createQuery("SELECT i FROM InteractionEntity i WHERE i.customerId = :id "
                    + "ORDER BY i.at DESC, i.id", InteractionEntity.class).setParameter("id", customerId)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(CustomerMapping::toInteraction).toList();
            return Page.of(items, total, page);
        });
    }
}
