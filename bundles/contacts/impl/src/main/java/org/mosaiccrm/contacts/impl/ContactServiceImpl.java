package org.mosaiccrm.contacts.impl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.imports.ImportLock;
import org.mosaiccrm.commons.phone.PhoneNumbers;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.ContactsEvents;
import org.mosaiccrm.contacts.api.CustomFieldDefinition;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.contacts.api.CustomerMatch;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.contacts.api.CustomerView;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.DuplicateCandidate;
import org.mosaiccrm.contacts.api.DuplicateGroup;
import org.mosaiccrm.contacts.api.Erasure;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.contacts.api.IncomingCall;
import org.mosaiccrm.contacts.api.Interaction;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.contacts.api.Merge;
import org.mosaiccrm.contacts.api.PersonalData;
import org.mosaiccrm.contacts.api.PersonalDataHolder;
import org.mosaiccrm.contacts.impl.customers.CustomFields;
import org.mosaiccrm.contacts.impl.customers.CustomerMapping;
import org.mosaiccrm.contacts.impl.customers.CustomerRules;
import org.mosaiccrm.contacts.impl.customers.CustomerSearch;
import org.mosaiccrm.contacts.impl.customers.CustomerStates.Operation;
import org.mosaiccrm.contacts.impl.customers.CustomerStates;
import org.mosaiccrm.contacts.impl.customers.CustomerStore;
import org.mosaiccrm.contacts.impl.customers.DuplicateFinder;
import org.mosaiccrm.contacts.impl.exchange.CustomerExchange;
import org.mosaiccrm.contacts.impl.exchange.ImportedCustomers;
import org.mosaiccrm.contacts.impl.merges.CustomerMerges;
import org.mosaiccrm.contacts.impl.persistence.ContactPointEntity;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.contacts.impl.persistence.InteractionEntity;
import org.mosaiccrm.contacts.impl.persistence.MergeEntity;
import org.mosaiccrm.contacts.impl.privacy.CustomerRemoval;
import org.mosaiccrm.contacts.impl.privacy.OtherModulesData;
import org.mosaiccrm.contacts.impl.view.CustomerViews;
import org.mosaiccrm.kernel.api.CrmRestModule;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.paging.Pages;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ForbiddenException;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.security.PortalScope;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The contacts module's gate and its rules: it runs only while the license grants {@code contacts},
 * and every other component of the module (REST, commands) needs it. Each change and its audit
 * record share one JTA transaction; events are posted after the commit.
 */
@Component(service = ContactService.class, configurationPid = ContactsConfig.PID)
@CrmRestModule(ContactsModule.NAME)
@Designate(ocd = ContactsConfig.class)
public class ContactServiceImpl implements ContactService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContactServiceImpl.class);

    private final AuditLog audit;
    private final CallerContext callers;
    private final EventAdmin events;
    private final JpaTemplate jpa;
    private final CustomerViews views;
    /** What the configuration decides, replaced whole by {@link #modified}: no reactivation, no 503, on a change. */
    private volatile Configured configured;

    private record Configured(CustomerRules rules, CustomerMapping mapping, CustomerStore store, CustomerExchange exchange,
                              int recentInteractions) {
    }

    /** One for every configuration: imports of every format, before and after a change, take turns. */
    private final ImportLock importLock = new ImportLock("Another import of customers is running; try again in a "
            + "minute, or send the file to /crm/api/contacts/import-jobs, which queues it.");

    // optional: without the realm's directory (another login setup), owners are not checked
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile UserDirectory users;

    /** Every module holding personal data about customers: rights of access and erasure (a whiteboard). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
    private final List<PersonalDataHolder> holders = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final OtherModulesData otherModules = new OtherModulesData(holders);

    @Activate
    public ContactServiceImpl(@Reference(target = "(crm.feature=" + ContactsModule.NAME + ")") LicensedFeature license,
                              @Reference(target = "(osgi.unit.name=contacts)") JpaTemplate jpa,
                              @Reference(target = ContactsModule.SCHEMA_READY) ModuleSchema schema,
                              @Reference AuditLog audit, @Reference CallerContext callers,
                              @Reference EventAdmin events, @Reference CustomerViews views, ContactsConfig config) {
        this.audit = audit;
        this.callers = callers;
        this.events = events;
        this.views = views;
        this.jpa = jpa;
        modified(config);
    }

    /** A configuration the kernel accepted (a refused one never gets here: the last good one does). */
    @Modified
    void modified(ContactsConfig config) {
        CustomFields customFields = CustomFields.parse(config.customFields());
        CustomerRules rules = new CustomerRules(new PhoneNumbers(config.defaultRegion()), customFields, this::isUser);
        CustomerMapping mapping = new CustomerMapping(customFields);
        CustomerStore store = new CustomerStore(jpa, audit, callers, mapping, customFields);
        ImportedCustomers imports = new ImportedCustomers(jpa, rules, store, mapping, config.importBatchSize());
        this.configured = new Configured(rules, mapping, store, new CustomerExchange(importLock, imports, rules, store, mapping,
                this::search, this::interactions), config.recentInteractions());
    }

    @Override
    public Customer create(CustomerDraft draft, boolean allowDuplicate) {
        Configured now = configured;
        CustomerDraft valid = now.rules().validated(draft);
        now.rules().requireKnownOwner(valid.owner());
        Customer created = now.store().inTransaction(em -> {
            checkOrganization(em, valid);
            if (!allowDuplicate) {
                CustomerStore.refuseDuplicate(em, valid);
            }
            return now.mapping().toCustomer(now.store().insert(em, valid, AuditAction.CREATE));
        });
        post(ContactsEvents.CREATED, created.id());
        return created;
    }

    @Override
    public CustomerMatch matchOrCreate(CustomerDraft draft, InteractionDraft interaction) {
        Configured now = configured;
        if (draft == null) {
            throw new ValidationException("customer", "is required");
        }
        return now.store().inTransaction(em -> {
            Customer existing = firstMatch(draft);
            Customer customer = existing != null ? existing : create(draft, false);
            return new CustomerMatch(customer, existing != null, addInteraction(customer.id(), interaction));
        });
    }

    /** The live customer having the draft's first e-mail address, else its first phone number. */
    private Customer firstMatch(CustomerDraft draft) {
        for (CustomerQuery query : CustomerSearch.matchQueries(draft)) {
            List<Customer> found = search(query, PageRequest.first(1)).items();
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    @Override
    public Customer get(String id) {
        Configured now = configured;
        return now.store().inTransaction(em -> now.mapping().toCustomer(now.store().visible(em, id)));
    }

    @Override
    public Customer update(String id, long version, CustomerDraft draft) {
        Configured now = configured;
        CustomerDraft valid = now.rules().validated(draft);
        Customer updated = now.store().inTransaction(em -> {
            CustomerEntity entity = now.store().visible(em, id);
            checkVersion(entity, version);
            CustomerStates.require(entity, Operation.UPDATE);
            if (!java.util.Objects.equals(valid.owner(), entity.owner)) {
                now.rules().requireKnownOwner(valid.owner());
            }
            checkOrganization(em, valid);
            Map<String, Object> before = now.mapping().snapshot(now.mapping().toCustomer(entity));
            now.store().apply(em, entity, valid);
            em.flush();
            Customer customer = now.mapping().toCustomer(entity);
            List<FieldChange> changes = FieldChange.between(before, now.mapping().snapshot(customer));
            if (!changes.isEmpty()) {
                now.store().audit(id, AuditAction.UPDATE, changes);
            }
            return customer;
        });
        post(ContactsEvents.UPDATED, updated.id());
        return updated;
    }

    @Override
    public void delete(String id, long version) {
        Configured now = configured;
        now.store().inTransaction(em -> {
            CustomerEntity entity = now.store().visible(em, id);
            checkVersion(entity, version);
            CustomerStates.require(entity, Operation.DELETE);
            Map<String, Object> before = now.mapping().snapshot(now.mapping().toCustomer(entity));
            CustomerRemoval.delete(em, entity);
            now.store().audit(id, AuditAction.DELETE, FieldChange.between(before, Map.of()));
            return null;
        });
        post(ContactsEvents.DELETED, id);
    }

    @Override
    public Customer erase(String id) {
        return eraseEverywhere(id).customer();
    }

    @Override
    public Erasure eraseEverywhere(String id) {
        Configured now = configured;
        List<String> erased = new ArrayList<>();
        List<Erasure.ModuleErasure> modules = now.store().inTransaction(em -> {
            CustomerEntity entity = now.store().visible(em, id);
            CustomerStates.require(entity, Operation.ERASE);
            erased.addAll(CustomerRemoval.erase(em, entity, callers.name()));
            em.flush();
            erased.forEach(each -> audit.redact(CustomerStore.MODULE, CustomerStore.ENTITY, each));
            List<Erasure.ModuleErasure> parts = new ArrayList<>();
            parts.add(new Erasure.ModuleErasure(ContactsModule.NAME, erased.size()));
            // every module holding personal data erases its part in this transaction, or nothing is erased
            parts.addAll(otherModules.erase(erased));
            return parts;
        });
        erased.forEach(each -> post(ContactsEvents.ERASED, each));
        return new Erasure(get(id), modules);
    }

    private boolean isUser(String name) {
        UserDirectory directory = users;
        return directory == null || directory.isUser(name);
    }

    @Override
    public List<CustomFieldDefinition> customFields() {
        Configured now = configured;
        return now.rules().customFields().definitions();
    }

    @Override
    public Page<Customer> search(CustomerQuery query, PageRequest page) {
        Configured now = configured;
        PortalScope scope = callers.portalScope();
        if (scope.restricted() && scope.customerId() == null) {
            return Page.of(List.of(), 0, page);
        }
        return now.store().inTransaction(em -> {
            CustomerSearch where = new CustomerSearch(query, scope, now.rules());
            if (!where.resolveLookups(em)) {
                return Page.<Customer>of(List.of(), 0, page);
            }
            TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(c) FROM CustomerEntity c" + where.clause(), Long.class));
            TypedQuery<CustomerEntity> select = where.bind(em.createQuery("SELECT c FROM CustomerEntity c" + where.clause()
                    + " ORDER BY c.nameKey, c.id", CustomerEntity.class));
            long total = count.getSingleResult();
            List<Customer> customers = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(now.mapping()::toCustomer).toList();
            return Page.of(customers, total, page);
        });
    }

    @Override
    public List<Customer> findByPhone(String phone) {
        Configured now = configured;
        String normalized = now.rules().normalize(ContactPointType.PHONE, phone == null ? "" : phone.trim());
        if (normalized == null) {
            throw ValidationException.badParameters(List.of(new FieldError("phone", "'" + phone + "' is not a phone number")));
        }
        return search(CustomerQuery.byPhone(normalized), PageRequest.first(20)).items();
    }

    @Override
    public Interaction addInteraction(String customerId, InteractionDraft draft) {
        Configured now = configured;
        if (draft == null || draft.channel() == null) {
            throw new ValidationException("channel", "is required: PHONE, EMAIL, VISIT, LETTER, WEB, CHAT, VIDEO, FAX or SMS");
        }
        List<FieldError> errors = new ArrayList<>();
        FieldError.checkLength(errors, "subject", draft.subject(), 200);
        FieldError.checkLength(errors, "summary", draft.summary(), 4000);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return now.store().inTransaction(em -> {
            CustomerStates.require(now.store().visible(em, customerId), Operation.ADD_INTERACTION);
            InteractionEntity entity = new InteractionEntity();
            entity.id = UUID.randomUUID().toString();
            entity.customerId = customerId;
            entity.channel = draft.channel();
            entity.direction = draft.direction() == null ? Direction.INBOUND : draft.direction();
            entity.at = draft.at() == null ? Instant.now() : draft.at();
            entity.subject = draft.subject();
            entity.summary = draft.summary();
            entity.outcome = draft.outcome();
            entity.user = callers.name();
            entity.module = draft.module();
            entity.reference = draft.reference();
            em.persist(entity);
            return CustomerMapping.toInteraction(entity);
        });
    }

    @Override
    public Page<Interaction> interactions(String customerId, PageRequest page) {
        Configured now = configured;
        return now.store().inTransaction(em -> {
            now.store().visible(em, customerId);
            long total = em.createQuery("SELECT COUNT(i) FROM InteractionEntity i WHERE i.customerId = :id", Long.class)
                    .setParameter("id", customerId).getSingleResult();
            List<Interaction> items = em.createQuery("SELECT i FROM InteractionEntity i WHERE i.customerId = :id "
                    + "ORDER BY i.at DESC, i.id", InteractionEntity.class).setParameter("id", customerId)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(CustomerMapping::toInteraction).toList();
            return Page.of(items, total, page);
        });
    }

    @Override
    public PersonalData personalData(String customerId) {
        Configured now = configured;
        Customer customer = get(customerId);
        List<Interaction> timeline = new ArrayList<>();
        Pages.forEach(page -> interactions(customerId, page), timeline::add);
        List<Merge> merges = now.store().inTransaction(em -> em.createQuery("SELECT m FROM MergeEntity m WHERE m.survivorId = :id "
                + "OR m.mergedId = :id ORDER BY m.at", MergeEntity.class).setParameter("id", customerId).getResultList()
                .stream().map(CustomerMerges::toMerge).toList());
        List<org.mosaiccrm.kernel.api.audit.AuditRecord> changes = new ArrayList<>();
        org.mosaiccrm.kernel.api.audit.AuditQuery query = new org.mosaiccrm.kernel.api.audit.AuditQuery("customer",
                customerId, null, null, null);
        Pages.forEach(page -> audit.find(query, page), changes::add);
        Map<String, Object> modules = otherModules.personalData(customerId);
        return new PersonalData(Instant.now(), customer, timeline, merges, changes, modules);
    }

    @Override
    public CustomerView view(String customerId) {
        Configured now = configured;
        Customer customer = get(customerId);
        List<Interaction> recent = interactions(customerId, PageRequest.first(now.recentInteractions())).items();
        return new CustomerView(customer, recent, views.sections(customerId));
    }

    @Override
    public List<Customer> incomingCall(IncomingCall call) {
        Configured now = configured;
        if (call == null || call.from() == null || call.from().isBlank()) {
            throw new ValidationException("from", "the caller's number is required");
        }
        List<Customer> matches = findByPhone(call.from());
        if (matches.size() == 1) {
            addInteraction(matches.get(0).id(), InteractionDraft.of(org.mosaiccrm.contacts.api.Channel.PHONE,
                    Direction.INBOUND, "Incoming call from " + call.from()));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ContactsEvents.PHONE, now.rules().normalize(ContactPointType.PHONE, call.from().trim()));
        if (call.agent() != null) {
            properties.put(ContactsEvents.AGENT, call.agent());
        }
        if (matches.size() == 1) {
            properties.put(ContactsEvents.CUSTOMER_ID, matches.get(0).id());
        }
        events.postEvent(new Event(ContactsEvents.CALL_INCOMING, properties));
        return matches;
    }

    @Override
    public List<DuplicateGroup> duplicates(int maxGroups) {
        Configured now = configured;
        return now.store().inTransaction(em -> DuplicateFinder.groups(em, Math.max(1, Math.min(maxGroups, PageRequest.MAX_LIMIT))));
    }

    @Override
    public Merge merge(String survivorId, String mergedId) {
        Configured now = configured;
        Merge merge = now.store().inTransaction(em -> {
            CustomerEntity survivor = now.store().visible(em, survivorId);
            CustomerEntity merged = now.store().visible(em, mergedId);
            CustomerStates.require(survivor, Operation.MERGE_INTO);
            CustomerStates.require(merged, Operation.MERGE_AWAY);
            Map<String, Object> survivorBefore = now.mapping().snapshot(now.mapping().toCustomer(survivor));
            Map<String, Object> mergedBefore = now.mapping().snapshot(now.mapping().toCustomer(merged));
            MergeEntity journal = CustomerMerges.merge(em, survivor, merged, callers.name());
            em.flush();
            now.store().auditChange(AuditAction.MERGE, survivor, survivorBefore);
            now.store().auditChange(AuditAction.MERGE, merged, mergedBefore);
            return CustomerMerges.toMerge(journal);
        });
        events.postEvent(new Event(ContactsEvents.MERGED, Map.of(ContactsEvents.CUSTOMER_ID, merge.survivorId(),
                "mergedId", merge.mergedId(), "mergeId", merge.id())));
        return merge;
    }

    @Override
    public Merge unmerge(String mergeId) {
        Configured now = configured;
        Merge merge = now.store().inTransaction(em -> {
            MergeEntity journal = CustomerMerges.journal(em, mergeId);
            CustomerEntity survivor = now.store().visible(em, journal.survivorId);
            CustomerEntity merged = now.store().visible(em, journal.mergedId);
            CustomerStates.require(survivor, Operation.MERGE_INTO);
            CustomerStates.require(merged, Operation.UNMERGE);
            Map<String, Object> survivorBefore = now.mapping().snapshot(now.mapping().toCustomer(survivor));
            Map<String, Object> mergedBefore = now.mapping().snapshot(now.mapping().toCustomer(merged));
            CustomerMerges.unmerge(em, journal, survivor, merged, callers.name());
            em.flush();
            now.store().auditChange(AuditAction.UNMERGE, survivor, survivorBefore);
            now.store().auditChange(AuditAction.UNMERGE, merged, mergedBefore);
            return CustomerMerges.toMerge(journal);
        });
        post(ContactsEvents.UPDATED, merge.survivorId());
        post(ContactsEvents.UPDATED, merge.mergedId());
        return merge;
    }

    @Override
    public ImportReport importCsv(java.io.Reader csv, ImportOptions options, ImportProgress progress) {
        return configured.exchange().importCsv(csv, options, progress);
    }

    @Override
    public long exportCsv(CustomerQuery query, java.io.Writer out) throws java.io.IOException {
        return configured.exchange().exportCsv(query, out, written -> { });
    }

    @Override
    public long exportCsv(CustomerQuery query, java.io.Writer out, java.util.function.LongConsumer progress)
            throws java.io.IOException {
        return configured.exchange().exportCsv(query, out, progress);
    }

    @Override
    public long exportVCards(CustomerQuery query, boolean version3, java.io.Writer out) throws java.io.IOException {
        return configured.exchange().exportVCards(query, version3, out);
    }

    @Override
    public ImportReport importVCards(java.io.Reader cards, ImportOptions options, ImportProgress progress) {
        return configured.exchange().importVCards(cards, options, progress);
    }

    @Override
    public long exportTransfer(CustomerQuery query, java.io.Writer out, java.util.function.LongConsumer progress)
            throws java.io.IOException {
        requireAdministrator("export the whole customer base");
        return configured.exchange().exportTransfer(query, out, progress);
    }

    @Override
    public ImportReport importTransfer(java.io.Reader in, ImportOptions options, ImportProgress progress) {
        requireAdministrator("import customers with their ids");
        return configured.exchange().importTransfer(in, options, progress);
    }

    /** The transfer format is everything about everybody: for the CRM's or Karaf's administrators (console, REST). */
    private void requireAdministrator(String what) {
        callers.caller().filter(caller -> !caller.hasRole(CrmRoles.ADMIN) && !caller.hasRole("admin")).ifPresent(caller -> {
            throw new ForbiddenException("administrators-only", "Administrators only",
                    "Only an administrator may " + what + " (the transfer format).");
        });
    }

    private static void checkVersion(CustomerEntity entity, long version) {
        if (entity.version != version) {
            throw new ConflictException("Customer " + entity.id + " was changed meanwhile (version " + entity.version
                    + ", you sent " + version + "); reload it and apply your change again.",
                    Map.of("currentVersion", entity.version));
        }
    }

    private static void checkOrganization(EntityManager em, CustomerDraft draft) {
        if (draft.organizationId() == null) {
            return;
        }
        CustomerEntity organization = em.find(CustomerEntity.class, draft.organizationId());
        if (organization == null || organization.kind != CustomerKind.ORGANIZATION) {
            throw new ValidationException("organizationId", "is not the id of an organization");
        }
    }

    private void post(String topic, String customerId) {
        events.postEvent(new Event(topic, Map.of(ContactsEvents.CUSTOMER_ID, customerId)));
    }
}
