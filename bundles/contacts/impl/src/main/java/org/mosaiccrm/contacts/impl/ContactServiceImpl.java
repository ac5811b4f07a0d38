package org.mosaiccrm.contacts.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.imports.ImportLock;
import org.mosaiccrm.commons.phone.PhoneNumbers;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.ContactsEvents;
import org.mosaiccrm.contacts.api.CustomFieldDefinition;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerMatch;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.contacts.api.CustomerView;
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
import org.mosaiccrm.contacts.impl.customers.CustomerStates;
import org.mosaiccrm.contacts.impl.customers.CustomerStates.Operation;
import org.mosaiccrm.contacts.impl.customers.CustomerStore;
import org.mosaiccrm.contacts.impl.customers.DuplicateFinder;
import org.mosaiccrm.contacts.impl.exchange.CustomerExchange;
import org.mosaiccrm.contacts.impl.exchange.ImportedCustomers;
import org.mosaiccrm.contacts.impl.interactions.IncomingCalls;
import org.mosaiccrm.contacts.impl.interactions.Timeline;
import org.mosaiccrm.contacts.impl.merges.CustomerMerges;
import org.mosaiccrm.contacts.impl.persistence.CustomerEntity;
import org.mosaiccrm.contacts.impl.privacy.CustomerRemoval;
import org.mosaiccrm.contacts.impl.privacy.OtherModulesData;
import org.mosaiccrm.contacts.impl.privacy.PersonalDataReport;
import org.mosaiccrm.contacts.impl.view.CustomerViews;
import org.mosaiccrm.kernel.api.CrmRestModule;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.imports.ImportEvents;
import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.paging.Pages;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ForbiddenException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Modified;
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

    private final AuditLog audit;
    private final CallerContext callers;
    private final EventAdmin events;
    private final JpaTemplate jpa;
    private final CustomerViews views;
    /** What the configuration decides, replaced whole by {@link #modified}: no reactivation, no 503, on a change. */
    private volatile Configured configured;

    private record Configured(CustomerRules rules, CustomerMapping mapping, CustomerStore store, CustomerExchange exchange,
                              Timeline timeline, int recentInteractions) {
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
                this::search, this::interactions), new Timeline(store), config.recentInteractions());
    }

    @Override
    public Customer create(CustomerDraft draft, boolean allowDuplicate) {
        Configured now = configured;
        CustomerDraft valid = now.rules().validated(draft);
        now.rules().requireKnownOwner(valid.owner());
        Customer created = now.store().inTransaction(em -> {
            CustomerStore.requireOrganization(em, valid);
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
            CustomerStore.requireVersion(entity, version);
            CustomerStates.require(entity, Operation.UPDATE);
            if (!java.util.Objects.equals(valid.owner(), entity.owner)) {
                now.rules().requireKnownOwner(valid.owner());
            }
            CustomerStore.requireOrganization(em, valid);
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
            CustomerStore.requireVersion(entity, version);
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
        return CustomerSearch.page(now.store(), now.mapping(), now.rules(), query, callers.portalScope(), page);
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
        return configured.timeline().add(customerId, draft, callers.name());
    }

    @Override
    public Page<Interaction> interactions(String customerId, PageRequest page) {
        Page<Interaction> found = configured.timeline().page(customerId, page);
        if (!callers.portalScope().restricted()) {
            return found;
        }
        // a customer sees what happened and when, not the staff's notes about it (summary, outcome) nor who wrote them
        return new Page<>(found.items().stream().map(i -> new Interaction(i.id(), i.customerId(), i.channel(), i.direction(), i.at(),
                i.subject(), null, null, null, i.module(), i.reference())).toList(), found.total(), found.offset(), found.limit());
    }

    @Override
    public PersonalData personalData(String customerId) {
        Customer customer = get(customerId);
        List<Interaction> timeline = new ArrayList<>();
        Pages.forEach(page -> configured.timeline().page(customerId, page), timeline::add);
        return PersonalDataReport.of(customer, timeline, configured.store(), audit, otherModules);
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
        return IncomingCalls.answer(call, now.rules(), this::findByPhone, now.timeline(), callers.name(), events);
    }

    @Override
    public List<DuplicateGroup> duplicates(int maxGroups) {
        Configured now = configured;
        return now.store().inTransaction(em -> DuplicateFinder.groups(em, Math.max(1, Math.min(maxGroups, PageRequest.MAX_LIMIT))));
    }

    @Override
    public Merge merge(String survivorId, String mergedId) {
        Configured now = configured;
        Merge merge = CustomerMerges.mergeAudited(now.store(), now.mapping(), survivorId, mergedId, callers.name());
        events.postEvent(new Event(ContactsEvents.MERGED, Map.of(ContactsEvents.CUSTOMER_ID, merge.survivorId(),
                "mergedId", merge.mergedId(), "mergeId", merge.id())));
        return merge;
    }

    @Override
    public Merge unmerge(String mergeId) {
        Configured now = configured;
        Merge merge = CustomerMerges.unmergeAudited(now.store(), now.mapping(), mergeId, callers.name());
        post(ContactsEvents.UPDATED, merge.survivorId());
        post(ContactsEvents.UPDATED, merge.mergedId());
        return merge;
    }

    @Override
    public ImportReport importCsv(java.io.Reader csv, ImportOptions options, ImportProgress progress) {
        return announced(configured.exchange().importCsv(csv, options, progress));
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
        return announced(configured.exchange().importVCards(cards, options, progress));
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
        return announced(configured.exchange().importTransfer(in, options, progress));
    }

    /** The transfer format is everything about everybody: for the CRM's or Karaf's administrators (console, REST). */
    private void requireAdministrator(String what) {
        callers.caller().filter(caller -> !caller.hasRole(CrmRoles.ADMIN) && !caller.hasRole("admin")).ifPresent(caller -> {
            throw new ForbiddenException("administrators-only", "Administrators only",
                    "Only an administrator may " + what + " (the transfer format).");
        });
    }

    /** Every import's end is announced (the kernel counts the rows), whatever its format or way in. */
    private ImportReport announced(ImportReport report) {
        events.postEvent(new Event(ImportEvents.FINISHED, ImportEvents.properties(ContactsModule.NAME, report)));
        return report;
    }

    private void post(String topic, String customerId) {
        events.postEvent(new Event(topic, Map.of(ContactsEvents.CUSTOMER_ID, customerId)));
    }
}
