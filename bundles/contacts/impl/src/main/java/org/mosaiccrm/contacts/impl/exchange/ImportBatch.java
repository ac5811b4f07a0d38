package org.mosaiccrm.contacts.impl.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;

import org.mosaiccrm.commons.imports.ImportTally.Outcome;
import org.mosaiccrm.commons.imports.JpaBatchWriter;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.contacts.impl.customers.CustomerMapping;
import org.mosaiccrm.contacts.impl.customers.CustomerRules;
import org.mosaiccrm.contacts.impl.customers.CustomerStore;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditEntry;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ConflictException;

/**
 * One import batch: the external ids and e-mail/phone keys of all its rows are looked up before any
 * write, rows stored earlier in the batch are remembered in memory, and new customers and their
 * audit records are written together when the batch ends (JDBC batches), not row by row.
 */
final class ImportBatch implements JpaBatchWriter.RowStore<CustomerDraft> {

    private static final List<ContactPointType> MATCH_ORDER = List.of(ContactPointType.EMAIL, ContactPointType.PHONE,
            ContactPointType.MOBILE);

    private final CustomerStore store;
    private final CustomerMapping mapping;
    private final Map<String, String> byExternalId = new HashMap<>();
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();

    ImportBatch(CustomerStore store, CustomerMapping mapping) {
        this.store = store;
        this.mapping = mapping;
    }

    @Override
    public boolean flushEachRow() {
        return false;
    }

    @Override
    public void beginBatch(EntityManager em, List<CustomerDraft> rows) {
        em.setFlushMode(FlushModeType.COMMIT); // nothing of this batch is written before its end
        // one indexed equality lookup per key, the same statement each time (Derby's statement cache):
        // an IN list of the batch's keys made Derby scan the index as the table grew
        var byExternal = em.createQuery("SELECT c.id FROM CustomerEntity c WHERE c.externalId = :id AND c.status <> :merged",
                String.class).setParameter("merged", CustomerStatus.MERGED).setMaxResults(1);
        rows.stream().map(CustomerDraft::externalId).filter(id -> id != null).distinct().forEach(id ->
                byExternal.setParameter("id", id).getResultList().forEach(found -> byExternalId.putIfAbsent(id, found)));
        var byLookup = em.createQuery("SELECT p.customer.id FROM ContactPointEntity p WHERE p.lookupKey = :key "
                + "AND p.customer.status <> :merged", String.class).setParameter("merged", CustomerStatus.MERGED).setMaxResults(1);
        rows.stream().flatMap(row -> row.contactPoints().stream()).filter(ImportBatch::isLookup).map(ContactPoint::value)
                .distinct().forEach(key -> byLookup.setParameter("key", key).getResultList()
                        .forEach(found -> byKey.putIfAbsent(key, found)));
    }

    @Override
    public Outcome store(EntityManager em, CustomerDraft valid) {
        String matched = match(em, valid);
        if (matched == null) {
            refuseDuplicate(valid);
            CustomerEntity created = store.persistNew(em, valid);
            remember(valid, created.id);
            audit.add(new AuditEntry(CustomerStore.ENTITY, created.id, AuditAction.IMPORT, store.created(created)));
            return Outcome.CREATED;
        }
        CustomerEntity existing = em.find(CustomerEntity.class, matched);
        CustomerDraft stored = mapping.toDraft(existing);
        CustomerDraft overlaid = ImportMatching.overlay(stored, valid);
        List<FieldChange> changes = FieldChange.between(mapping.snapshot(stored), mapping.snapshot(overlaid));
        if (changes.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        store.apply(em, existing, overlaid);
        remember(overlaid, existing.id);
        audit.add(new AuditEntry(CustomerStore.ENTITY, existing.id, AuditAction.IMPORT, changes));
        return Outcome.UPDATED;
    }

    @Override
    public void endBatch(EntityManager em) {
        em.flush();
        store.auditAll(audit);
    }

    private String match(EntityManager em, CustomerDraft row) {
        if (row.externalId() != null && byExternalId.containsKey(row.externalId())) {
            return byExternalId.get(row.externalId());
        }
        for (ContactPointType type : MATCH_ORDER) {
            for (ContactPoint point : row.contactPoints()) {
                if (point.type() == type && byKey.containsKey(point.value())) {
                    return byKey.get(point.value());
                }
            }
        }
        if (!ImportMatching.needsName(row)) {
            return null;
        }
        String inBatch = byName.get(nameOf(row));
        if (inBatch != null) {
            return inBatch;
        }
        CustomerEntity stored = ImportMatching.byName(em, row);
        return stored == null ? null : stored.id;
    }

    /** A fax number (or another lookup key the match does not use) another customer already has. */
    private void refuseDuplicate(CustomerDraft row) {
        for (ContactPoint point : row.contactPoints()) {
            String other = isLookup(point) ? byKey.get(point.value()) : null;
            if (other != null) {
                throw new ConflictException("This customer looks like customer " + other + " (same "
                        + point.type().name().toLowerCase(Locale.ROOT) + " " + point.value() + ").", Map.of("candidates", List.of(other)));
            }
        }
    }

    private void remember(CustomerDraft row, String id) {
        if (row.externalId() != null) {
            byExternalId.putIfAbsent(row.externalId(), id);
        }
        row.contactPoints().stream().filter(ImportBatch::isLookup).forEach(point -> byKey.putIfAbsent(point.value(), id));
        byName.putIfAbsent(nameOf(row), id);
    }

    private static String nameOf(CustomerDraft row) {
        return row.kind() + ":" + CustomerRules.displayName(row).toLowerCase(Locale.ROOT);
    }

    private static boolean isLookup(ContactPoint point) {
        return switch (point.type()) {
            case PHONE, MOBILE, FAX, EMAIL -> true;
            default -> false;
        };
    }
}
