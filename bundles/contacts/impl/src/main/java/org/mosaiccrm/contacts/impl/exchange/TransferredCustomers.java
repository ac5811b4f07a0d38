package org.mosaiccrm.contacts.impl.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.Interaction;
import org.mosaiccrm.contacts.impl.customers.CustomerMapping;
import org.mosaiccrm.contacts.impl.customers.CustomerRules;
import org.mosaiccrm.contacts.impl.customers.CustomerStore;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.contacts.impl.persistence.InteractionEntity;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.imports.RowProblem;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/**
 * Stores the lines of the transfer format: the customer under its own id (created, updated, or left as it
 * is when equal), with the same rules as every other way in, then the interactions it does not have yet.
 * A person's organization may come later in the file: the link is made at the end.
 */
public final class TransferredCustomers implements CustomerTransfer.LineStore {

    private final CustomerRules rules;
    private final CustomerStore store;
    private final CustomerMapping mapping;
    /** Person id → organization id, for organizations not stored yet when the person was. */
    private final Map<String, String> pendingLinks = new LinkedHashMap<>();
    private final Map<String, Long> pendingLines = new LinkedHashMap<>();

    public TransferredCustomers(CustomerRules rules, CustomerStore store, CustomerMapping mapping) {
        this.rules = rules;
        this.store = store;
        this.mapping = mapping;
    }

    @Override
    public CustomerTransfer.Outcome store(CustomerTransfer.Line transferred, long number, boolean dryRun) {
        Customer customer = transferred.customer();
        CustomerDraft valid = rules.validated(draftOf(customer));
        rules.requireKnownOwner(valid.owner());
        if (customer.id().equals(valid.organizationId())) {
            throw new ValidationException("customer.organizationId", "is the customer itself");
        }
        checkInteractions(customer.id(), transferred.interactions());
        return store.inTransaction(em -> {
            CustomerEntity entity = em.find(CustomerEntity.class, customer.id());
            CustomerTransfer.Outcome outcome;
            CustomerDraft stored = valid;
            CustomerEntity organization = valid.organizationId() == null ? null : em.find(CustomerEntity.class, valid.organizationId());
            if (organization != null && organization.kind != CustomerKind.ORGANIZATION) {
                throw new ValidationException("customer.organizationId", "is the id of a person, not of an organization");
            }
            if (valid.organizationId() != null && organization == null) {
                pendingLinks.put(customer.id(), valid.organizationId());
                pendingLines.put(customer.id(), number);
                stored = withOrganization(valid, entity == null ? null : entity.organizationId);
            }
            requireOwnInteractions(em, customer.id(), transferred.interactions());
            if (entity == null) {
                outcome = CustomerTransfer.Outcome.CREATED;
                if (!dryRun) {
                    entity = store.persistNew(em, stored, customer.id(), customer.createdAt(), customer.createdBy());
                    em.flush();
                    store.audit(entity.id, AuditAction.IMPORT, store.created(entity));
                }
            } else {
                Map<String, Object> before = mapping.snapshot(mapping.toCustomer(entity));
                List<FieldChange> changes = FieldChange.between(before, mapping.snapshot(stored));
                changes.removeIf(change -> change.field().equals("mergedInto"));
                outcome = changes.isEmpty() ? CustomerTransfer.Outcome.UNCHANGED : CustomerTransfer.Outcome.UPDATED;
                if (!changes.isEmpty() && !dryRun) {
                    store.apply(em, entity, stored);
                    store.auditChange(AuditAction.IMPORT, entity, before);
                }
            }
            int added = addInteractions(em, customer.id(), transferred.interactions(), dryRun);
            return added > 0 && outcome == CustomerTransfer.Outcome.UNCHANGED ? CustomerTransfer.Outcome.UPDATED : outcome;
        });
    }

    /** Links the persons to organizations that came later in the file; a link to nobody is dropped and reported. */
    @Override
    public List<RowProblem> finish(boolean dryRun) {
        List<RowProblem> problems = new ArrayList<>();
        if (pendingLinks.isEmpty()) {
            return problems;
        }
        store.inTransaction(em -> {
            pendingLinks.forEach((person, organization) -> {
                CustomerEntity linked = em.find(CustomerEntity.class, organization);
                CustomerEntity entity = em.find(CustomerEntity.class, person);
                if (linked == null || linked.kind != CustomerKind.ORGANIZATION) {
                    problems.add(new RowProblem(pendingLines.get(person), "organizationId", (linked == null
                            ? "organization " + organization + " is neither in the file nor here"
                            : organization + " is a person, not an organization") + ": the person was stored without it"));
                } else if (entity != null && !dryRun) {
                    Map<String, Object> before = mapping.snapshot(mapping.toCustomer(entity));
                    entity.organizationId = organization;
                    store.auditChange(AuditAction.IMPORT, entity, before);
                }
            });
            return null;
        });
        return problems;
    }

    /** An interaction of the line that is here already must be this customer's: an id is one interaction, once. */
    private static void requireOwnInteractions(EntityManager em, String customerId, List<Interaction> interactions) {
        for (int i = 0; i < interactions.size(); i++) {
            InteractionEntity there = em.find(InteractionEntity.class, interactions.get(i).id());
            if (there != null && !there.customerId.equals(customerId)) {
                throw new ValidationException("interactions[" + i + "].id", "is an interaction of another customer here ("
                        + there.customerId + ")");
            }
        }
    }

    private static int addInteractions(EntityManager em, String customerId, List<Interaction> interactions, boolean dryRun) {
        int added = 0;
        for (Interaction interaction : interactions) {
            if (em.find(InteractionEntity.class, interaction.id()) != null) {
                continue;
            }
            added++;
            if (!dryRun) {
                InteractionEntity entity = new InteractionEntity();
                entity.id = interaction.id();
                entity.customerId = customerId;
                entity.channel = interaction.channel();
                entity.direction = interaction.direction() == null ? Direction.INBOUND : interaction.direction();
                entity.at = interaction.at();
                entity.subject = interaction.subject();
                entity.summary = interaction.summary();
                entity.outcome = interaction.outcome();
                entity.user = interaction.user() == null ? "system" : interaction.user();
                entity.module = interaction.module();
                entity.reference = interaction.reference();
                em.persist(entity);
            }
        }
        return added;
    }

    /** The interactions' own rules, as addInteraction applies them, named by position. */
    private static void checkInteractions(String customerId, List<Interaction> interactions) {
        List<FieldError> errors = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < interactions.size(); i++) {
            Interaction interaction = interactions.get(i);
            String at = "interactions[" + i + "].";
            if (interaction == null) {
                errors.add(new FieldError("interactions[" + i + "]", "must not be null"));
                continue;
            }
            if (interaction.id() == null || interaction.id().isBlank() || interaction.id().length() > 36) {
                errors.add(new FieldError(at + "id", "is required, at most 36 characters"));
            } else if (!ids.add(interaction.id())) {
                errors.add(new FieldError(at + "id", "is given twice on this line"));
            }
            if (interaction.customerId() != null && !interaction.customerId().equals(customerId)) {
                errors.add(new FieldError(at + "customerId", "is another customer than the line's (" + customerId + ")"));
            }
            if (interaction.channel() == null) {
                errors.add(new FieldError(at + "channel", "is required"));
            }
            if (interaction.at() == null) {
                errors.add(new FieldError(at + "at", "is required"));
            }
            FieldError.checkInstant(errors, at + "at", interaction.at());
            FieldError.checkLength(errors, at + "subject", interaction.subject(), 200);
            FieldError.checkLength(errors, at + "summary", interaction.summary(), 4000);
            FieldError.checkLength(errors, at + "outcome", interaction.outcome(), 200);
            FieldError.checkLength(errors, at + "user", interaction.user(), 128);
            FieldError.checkLength(errors, at + "module", interaction.module(), 64);
            FieldError.checkLength(errors, at + "reference", interaction.reference(), 128);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static CustomerDraft draftOf(Customer c) {
        return new CustomerDraft(c.kind(), c.firstName(), c.lastName(), c.companyName(), c.organizationId(), c.status(),
                c.tier(), c.owner(), c.creditLimit(), c.paymentTerms(), c.preferredChannel(), c.language(),
                c.specialInstructions(), c.tags(), c.contactPoints(), c.externalId(), c.customFields());
    }

    private static CustomerDraft withOrganization(CustomerDraft d, String organizationId) {
        return new CustomerDraft(d.kind(), d.firstName(), d.lastName(), d.companyName(), organizationId, d.status(), d.tier(),
                d.owner(), d.creditLimit(), d.paymentTerms(), d.preferredChannel(), d.language(), d.specialInstructions(),
                d.tags(), d.contactPoints(), d.externalId(), d.customFields());
    }
}
