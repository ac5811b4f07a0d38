package org.mosaiccrm.contacts.impl.customers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.commons.jpa.NameKeys;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.contacts.api.DuplicateCandidate;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.contacts.impl.persistence.ContactPointEntity;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;

/**
 * Writing customer entities: transactions, inserts and field updates with their audit records.
 * Shared by the service's single changes and the import's batches, so both store a customer the
 * same way.
 */
public final class CustomerStore {

    public static final String MODULE = ContactsModule.NAME;
    public static final String ENTITY = "customer";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final CallerContext callers;
    private final CustomerMapping mapping;
    private final CustomFields customFields;

    public CustomerStore(JpaTemplate jpa, AuditLog audit, CallerContext callers, CustomerMapping mapping, CustomFields customFields) {
        this.jpa = jpa;
        this.audit = audit;
        this.callers = callers;
        this.mapping = mapping;
        this.customFields = customFields;
    }

    public <R> R inTransaction(EmFunction<R> work) {
        return JpaTransactions.required(jpa, work);
    }

    /** The customer, if it exists and the caller may see it; else, for the caller, it does not exist. */
    public CustomerEntity visible(EntityManager em, String id) {
        CustomerEntity entity = id == null ? null : em.find(CustomerEntity.class, id);
        if (entity == null || !callers.portalScope().allows(id)) {
            throw new NotFoundException("Customer", id);
        }
        return entity;
    }

    /** Stores a new customer from a validated draft and audits it, in the caller's transaction. */
    public CustomerEntity insert(EntityManager em, CustomerDraft valid, AuditAction action) {
        CustomerEntity entity = persistNew(em, valid);
        em.flush();
        audit.record(MODULE, ENTITY, entity.id, action, created(entity));
        return entity;
    }

    /** A new customer from a validated draft, persisted (written at the next flush), not audited. */
    public CustomerEntity persistNew(EntityManager em, CustomerDraft valid) {
        return persistNew(em, valid, UUID.randomUUID().toString(), Instant.now(), callers.name());
    }

    /** A customer brought from another installation: it keeps its id and who created it when. */
    public CustomerEntity persistNew(EntityManager em, CustomerDraft valid, String id, Instant createdAt, String createdBy) {
        CustomerEntity entity = new CustomerEntity();
        entity.id = id;
        entity.createdAt = createdAt == null ? Instant.now() : createdAt;
        entity.createdBy = createdBy == null ? callers.name() : createdBy;
        apply(em, entity, valid);
        em.persist(entity);
        return entity;
    }

    /** The audit changes of a new customer: every field, from nothing. */
    public List<FieldChange> created(CustomerEntity entity) {
        return FieldChange.between(Map.of(), mapping.snapshot(mapping.toCustomer(entity)));
    }

    /** Several audit records in one batch of inserts. */
    public void auditAll(List<org.mosaiccrm.kernel.api.audit.AuditEntry> entries) {
        audit.recordAll(MODULE, entries);
    }

    public void audit(String customerId, AuditAction action, List<FieldChange> changes) {
        audit.record(MODULE, ENTITY, customerId, action, changes);
    }

    /** Records what changed on the entity since {@code before} was taken. */
    public void auditChange(AuditAction action, CustomerEntity entity, Map<String, Object> before) {
        audit.record(MODULE, ENTITY, entity.id, action,
                FieldChange.between(before, mapping.snapshot(mapping.toCustomer(entity))));
    }

    /** 409 with the candidates when the draft looks like an existing customer. */
    public static void refuseDuplicate(EntityManager em, CustomerDraft valid) {
        List<DuplicateCandidate> candidates = DuplicateFinder.candidates(em, valid);
        if (!candidates.isEmpty()) {
            throw new ConflictException("This customer looks like customer " + candidates.get(0).id() + " ("
                    + candidates.get(0).reason() + "); merge them, or add it anyway (REST: ?allowDuplicate=true, console: --allow-duplicate).",
                    Map.of("candidates", candidates));
        }
    }

    /** Replaces the entity's fields with a validated draft's; stored values of custom fields no longer defined stay. */
    public void apply(EntityManager em, CustomerEntity entity, CustomerDraft draft) {
        entity.kind = draft.kind();
        entity.firstName = draft.firstName();
        entity.lastName = draft.lastName();
        entity.companyName = draft.companyName();
        entity.displayName = CustomerRules.displayName(draft);
        entity.nameKey = NameKeys.of(entity.displayName, 200);
        entity.organizationId = draft.organizationId();
        entity.status = draft.status();
        entity.tier = draft.tier();
        entity.owner = draft.owner();
        entity.creditLimit = draft.creditLimit();
        entity.paymentTerms = draft.paymentTerms();
        entity.preferredChannel = draft.preferredChannel();
        entity.language = draft.language();
        entity.specialInstructions = draft.specialInstructions();
        entity.externalId = draft.externalId();
        entity.tags.clear();
        entity.tags.addAll(draft.tags());
        entity.customFields.keySet().removeIf(customFields::defines);
        draft.customFields().forEach((name, value) -> entity.customFields.put(name, String.valueOf(value)));
        entity.contactPoints.forEach(old -> {
            if (em.contains(old)) {
                em.remove(old);
            }
        });
        entity.contactPoints.clear();
        int position = 0;
        for (ContactPoint point : draft.contactPoints()) {
            ContactPointEntity child = new ContactPointEntity();
            child.id = UUID.randomUUID().toString();
            child.customer = entity;
            child.type = point.type();
            child.value = point.value();
            child.lookupKey = switch (point.type()) {
                case PHONE, MOBILE, FAX, EMAIL -> point.value();
                default -> null;
            };
            child.label = point.label();
            child.primary = point.primary();
            child.position = position++;
            entity.contactPoints.add(child);
        }
        entity.updatedAt = Instant.now();
        entity.updatedBy = callers.name();
    }

    /** 409 with the current version when the client changed an older one. */
    public static void requireVersion(CustomerEntity entity, long version) {
        if (entity.version != version) {
            throw new ConflictException("Customer " + entity.id + " was changed meanwhile (version " + entity.version
                    + ", you sent " + version + "); reload it and apply your change again.",
                    Map.of("currentVersion", entity.version));
        }
    }

    /** A person's organization must be an organization that exists. */
    public static void requireOrganization(EntityManager em, CustomerDraft draft) {
        if (draft.organizationId() == null) {
            return;
        }
        CustomerEntity organization = em.find(CustomerEntity.class, draft.organizationId());
        if (organization == null || organization.kind != CustomerKind.ORGANIZATION) {
            throw new ValidationException("organizationId", "is not the id of an organization");
        }
    }
}
