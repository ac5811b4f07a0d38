package org.mosaiccrm.leads.impl;

import java.io.Reader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.commons.jpa.NameKeys;
import org.mosaiccrm.commons.phone.PhoneNumbers;
import org.mosaiccrm.kernel.api.CrmRestModule;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.imports.ImportEvents;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.UnavailableException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.mosaiccrm.leads.api.CampaignFigures;
import org.mosaiccrm.leads.api.Conversion;
import org.mosaiccrm.leads.api.Lead;
import org.mosaiccrm.leads.api.LeadDraft;
import org.mosaiccrm.leads.api.LeadQuery;
import org.mosaiccrm.leads.api.LeadService;
import org.mosaiccrm.leads.api.LeadSource;
import org.mosaiccrm.leads.api.LeadStatus;
import org.mosaiccrm.leads.api.LeadsEvents;
import org.mosaiccrm.leads.api.ScoreBreakdown;
import org.mosaiccrm.leads.api.Touchpoint;
import org.mosaiccrm.leads.api.TrackedLink;
import org.mosaiccrm.leads.impl.conversion.CustomerLink;
import org.mosaiccrm.leads.impl.exchange.LeadImport;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;
import org.mosaiccrm.leads.impl.persistence.TouchpointEntity;
import org.mosaiccrm.leads.impl.pipeline.LeadAssignment;
import org.mosaiccrm.leads.impl.pipeline.LeadMapping;
import org.mosaiccrm.leads.impl.pipeline.LeadRules;
import org.mosaiccrm.leads.impl.pipeline.LeadScoring;
import org.mosaiccrm.leads.impl.pipeline.LeadSearch;
import org.mosaiccrm.leads.impl.pipeline.Settings;
import org.mosaiccrm.leads.impl.tracking.CampaignFiguresQuery;
import org.mosaiccrm.leads.impl.tracking.TrackedLinks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The leads module's gate and rules: it runs only while the license grants {@code leads}. Each
 * change and its audit record share one JTA transaction; events are posted after the commit.
 * Contacts is optional: conversion goes through {@link CustomerLink} when it is there.
 */
@Component(service = LeadService.class, configurationPid = LeadsConfig.PID)
@CrmRestModule(LeadsModule.NAME)
@Designate(ocd = LeadsConfig.class)
public class LeadServiceImpl implements LeadService {

    private static final String ENTITY = "lead";
    private static final int IMPORT_BATCH = 500;

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final CallerContext callers;
    private final EventAdmin events;
    private final TrackedLinks links;
    /** What the configuration decides, replaced whole by {@link #modified}: no reactivation, no 503, on a change. */
    private volatile Configured configured;

    private record Configured(LeadRules rules, LeadScoring scoring, LeadAssignment assignment, LeadMapping mapping,
                              LeadImport imports) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerLink customers;

    // optional: without the realm's directory (another login setup), owners are not checked
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile UserDirectory users;

    @Activate
    public LeadServiceImpl(@Reference(target = "(crm.feature=" + LeadsModule.NAME + ")") LicensedFeature license,
                           @Reference(target = "(osgi.unit.name=leads)") JpaTemplate jpa,
                           @Reference(target = LeadsModule.SCHEMA_READY) ModuleSchema schema,
                           @Reference AuditLog audit, @Reference CallerContext callers, @Reference EventAdmin events,
                           LeadsConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.callers = callers;
        this.events = events;
        this.links = new TrackedLinks();
        modified(config);
    }

    /** A configuration the kernel accepted (a refused one never gets here: the last good one does). */
    @Modified
    void modified(LeadsConfig config) {
        LeadRules rules = new LeadRules(new PhoneNumbers(config.defaultRegion()));
        LeadScoring scoring = new LeadScoring(config);
        this.configured = new Configured(rules, scoring, new LeadAssignment(config), new LeadMapping(scoring),
                new LeadImport(jpa, rules, (em, valid) -> insert(em, valid, LeadSource.IMPORT), IMPORT_BATCH));
    }

    @Override
    public Lead capture(LeadDraft draft) {
        Configured now = configured;
        return store(now.rules().validated(draft), LeadSource.WEB_FORM);
    }

    @Override
    public Lead create(LeadDraft draft) {
        Configured now = configured;
        LeadDraft valid = now.rules().validated(draft);
        UserDirectory directory = users;
        if (valid.owner() != null && directory != null && !directory.isUser(valid.owner())) {
            throw new ValidationException("owner", "'" + valid.owner() + "' is not a user of this CRM");
        }
        return store(valid, LeadSource.MANUAL);
    }

    private Lead store(LeadDraft valid, LeadSource defaultSource) {
        Configured now = configured;
        Lead lead = inTransaction(em -> now.mapping().toLead(insert(em, valid, defaultSource)));
        events.postEvent(new Event(LeadsEvents.CREATED, Map.of(LeadsEvents.LEAD_ID, lead.id())));
        return lead;
    }

    /** Stores a new lead from a validated draft, attributed, assigned and audited, in the caller's transaction. */
    private LeadEntity insert(EntityManager em, LeadDraft valid, LeadSource defaultSource) {
        Configured now = configured;
        LeadEntity entity = new LeadEntity();
        entity.id = UUID.randomUUID().toString();
        entity.firstName = valid.firstName();
        entity.lastName = valid.lastName();
        entity.nameKey = nameKey(valid.firstName(), valid.lastName());
        entity.company = valid.company();
        entity.email = valid.email();
        entity.phone = valid.phone();
        entity.source = valid.source() == null ? defaultSource : valid.source();
        entity.notes = valid.notes();
        if (valid.utm() != null) {
            entity.utmSource = valid.utm().source();
            entity.utmMedium = valid.utm().medium();
            entity.utmCampaign = valid.utm().campaign();
            entity.utmTerm = valid.utm().term();
            entity.utmContent = valid.utm().content();
        }
        if (valid.consent() != null) {
            entity.consentOptIn = valid.consent().optIn();
            entity.consentText = valid.consent().text();
            entity.consentAt = valid.consent().optIn() ? Instant.now() : null;
        }
        links.attribute(em, entity, valid);
        entity.status = LeadStatus.NEW;
        entity.createdAt = Instant.now();
        entity.updatedAt = entity.createdAt;
        entity.createdBy = callers.name();
        entity.owner = valid.owner() != null ? valid.owner() : now.assignment().ownerFor(entity);
        em.persist(entity);
        em.flush(); // the version the client gets (ETag) is the stored one
        audit.record(LeadsModule.NAME, ENTITY, entity.id, AuditAction.CREATE, FieldChange.between(Map.of(), LeadMapping.snapshot(entity)));
        return entity;
    }

    public static String nameKey(String firstName, String lastName) {
        return NameKeys.of(((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim(), 201);
    }

    @Override
    public ImportReport importCsv(Reader csv, boolean dryRun, Character delimiter, LongConsumer progress) {
        Configured now = configured;
        ImportReport report = now.imports().run(csv, dryRun, delimiter, progress);
        // every import's end is announced: the kernel counts the rows
        events.postEvent(new Event(ImportEvents.FINISHED, ImportEvents.properties(LeadsModule.NAME, report)));
        return report;
    }

    @Override
    public Lead get(String id) {
        Configured now = configured;
        return inTransaction(em -> now.mapping().toLead(find(em, id)));
    }

    @Override
    public Page<Lead> search(LeadQuery query, PageRequest page) {
        Configured now = configured;
        return inTransaction(em -> LeadSearch.page(em, query, page).map(now.mapping()::toLead));
    }

    @Override
    public Lead changeStatus(String id, long version, LeadStatus status, String reason) {
        Configured now = configured;
        if (status == null) {
            throw new ValidationException("status", "is required: one of " + List.of(LeadStatus.values()));
        }
        if (status == LeadStatus.DISQUALIFIED && (reason == null || reason.isBlank())) {
            throw new ValidationException("reason", "say why the lead is disqualified");
        }
        if (reason != null && reason.length() > 500) {
            throw new ValidationException("reason", "must be at most 500 characters");
        }
        Lead lead = inTransaction(em -> {
            LeadEntity entity = find(em, id);
            checkVersion(entity, version);
            if (!entity.status.next().contains(status)) {
                throw new ConflictException("A lead cannot go from " + entity.status + " to " + status
                        + (status == LeadStatus.CONVERTED ? " by a status change: convert it" : "") + ".",
                        Map.of("current", entity.status, "allowed", entity.status.next()));
            }
            Map<String, Object> before = LeadMapping.snapshot(entity);
            entity.status = status;
            entity.disqualifiedReason = status == LeadStatus.DISQUALIFIED ? reason.trim() : null;
            entity.updatedAt = Instant.now();
            audit.record(LeadsModule.NAME, ENTITY, id, AuditAction.UPDATE, FieldChange.between(before, LeadMapping.snapshot(entity)));
            em.flush();
            return now.mapping().toLead(entity);
        });
        events.postEvent(new Event(LeadsEvents.STATUS_CHANGED, Map.of(LeadsEvents.LEAD_ID, id,
                LeadsEvents.STATUS, status.name())));
        return lead;
    }

    @Override
    public Conversion convert(String id) {
        Configured now = configured;
        CustomerLink link = customers;
        if (link == null) {
            throw new UnavailableException("Converting a lead needs the contacts module, which is not installed or not "
                    + "licensed here: install crm-contacts (feature:install crm-contacts) with a license naming contacts. "
                    + "Capturing and working leads goes on meanwhile.");
        }
        Object[] converted = new Object[2];
        Conversion conversion = inTransaction(em -> {
            LeadEntity entity = find(em, id);
            if (!entity.status.convertible()) {
                throw new ConflictException("Lead " + id + " is " + entity.status + "; only NEW, CONTACTED or QUALIFIED "
                        + "leads are converted.", Map.of("current", entity.status));
            }
            CustomerLink.Linked customer = link.link(now.mapping().toLead(entity));
            Map<String, Object> before = LeadMapping.snapshot(entity);
            entity.status = LeadStatus.CONVERTED;
            entity.customerId = customer.customerId();
            entity.updatedAt = Instant.now();
            audit.record(LeadsModule.NAME, ENTITY, id, AuditAction.UPDATE, FieldChange.between(before, LeadMapping.snapshot(entity)));
            converted[0] = entity.campaign;
            converted[1] = entity.affiliate;
            return new Conversion(id, customer.customerId(), customer.existing());
        });
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(LeadsEvents.LEAD_ID, id,
                LeadsEvents.CUSTOMER_ID, conversion.customerId()));
        if (converted[0] != null) {
            properties.put(LeadsEvents.CAMPAIGN, converted[0]);
        }
        if (converted[1] != null) {
            properties.put(LeadsEvents.AFFILIATE, converted[1]);
        }
        events.postEvent(new Event(LeadsEvents.CONVERTED, properties));
        return conversion;
    }

    @Override
    public Touchpoint addTouchpoint(String leadId, Touchpoint.Kind kind, String note) {
        if (kind == null) {
            throw new ValidationException("kind", "is required: CALL, VISIT, MEETING or EMAIL");
        }
        if (note != null && note.length() > 2000) {
            throw new ValidationException("note", "must be at most 2000 characters");
        }
        return inTransaction(em -> {
            LeadEntity lead = find(em, leadId);
            TouchpointEntity touchpoint = new TouchpointEntity();
            touchpoint.id = UUID.randomUUID().toString();
            touchpoint.leadId = leadId;
            touchpoint.kind = kind;
            touchpoint.at = Instant.now();
            touchpoint.user = callers.name();
            touchpoint.note = note;
            em.persist(touchpoint);
            lead.touchpoints++;
            lead.updatedAt = touchpoint.at;
            return LeadMapping.toTouchpoint(touchpoint);
        });
    }

    @Override
    public List<Touchpoint> touchpoints(String leadId) {
        return inTransaction(em -> {
            find(em, leadId);
            return em.createQuery("SELECT t FROM TouchpointEntity t WHERE t.leadId = :id ORDER BY t.at DESC",
                    TouchpointEntity.class).setParameter("id", leadId).setMaxResults(PageRequest.MAX_LIMIT).getResultList()
                    .stream().map(LeadMapping::toTouchpoint).toList();
        });
    }

    @Override
    public ScoreBreakdown score(String leadId) {
        Configured now = configured;
        return inTransaction(em -> {
            LeadEntity lead = find(em, leadId);
            return now.scoring().score(lead, lead.touchpoints, Instant.now());
        });
    }

    @Override
    public TrackedLink createLink(String campaign, String affiliate, String targetUrl) {
        return inTransaction(em -> links.create(em, campaign, affiliate, targetUrl));
    }

    @Override
    public List<TrackedLink> links() {
        return inTransaction(links::all);
    }

    @Override
    public Optional<String> click(String code, String referrer) {
        return inTransaction(em -> links.click(em, code, referrer));
    }

    @Override
    public List<CampaignFigures> figures() {
        return inTransaction(CampaignFiguresQuery::figures);
    }

    private static LeadEntity find(EntityManager em, String id) {
        LeadEntity entity = id == null ? null : em.find(LeadEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("Lead", id);
        }
        return entity;
    }

    private static void checkVersion(LeadEntity entity, long version) {
        if (entity.version != version) {
            throw new ConflictException("Lead " + entity.id + " was changed meanwhile (version " + entity.version
                    + ", you sent " + version + "); reload it and try again.", Map.of("currentVersion", entity.version));
        }
    }

    private <R> R inTransaction(EmFunction<R> work) {
        return JpaTransactions.required(jpa, work);
    }
}
