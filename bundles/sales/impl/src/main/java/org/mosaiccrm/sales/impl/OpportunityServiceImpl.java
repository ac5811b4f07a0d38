package org.mosaiccrm.sales.impl;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.kernel.api.CrmRestModule;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.ForbiddenException;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.UnavailableException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.mosaiccrm.sales.api.Forecast;
import org.mosaiccrm.sales.api.ForecastQuery;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.OpportunityQuery;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.api.SalesEvents;
import org.mosaiccrm.sales.api.Stage;
import org.mosaiccrm.sales.api.StageMove;
import org.mosaiccrm.sales.impl.forecast.ForecastCells;
import org.mosaiccrm.sales.impl.forecast.Forecaster;
import org.mosaiccrm.sales.impl.persistence.OpportunityEntity;
import org.mosaiccrm.sales.impl.persistence.StageMoveEntity;
import org.mosaiccrm.sales.impl.pipeline.LeadSource;
import org.mosaiccrm.sales.impl.pipeline.OpportunityQueries;
import org.mosaiccrm.sales.impl.pipeline.OpportunityRules;
import org.mosaiccrm.sales.impl.pipeline.PipelineSettings;
import org.mosaiccrm.sales.impl.pipeline.StageMoves;
import org.mosaiccrm.sales.impl.pipeline.Visibility;
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
 * The module's gate and the pipeline's rules: it runs only while the license grants {@code sales} (and the
 * database and contacts are there); every other component of the module needs it, so they all come and go
 * together, and while it runs the kernel serves the module's REST application. A change, its stage history and
 * its audit record share one JTA transaction; events are posted after the commit.
 */
@Component(service = OpportunityService.class, configurationPid = SalesConfig.PID)
@CrmRestModule(SalesModule.NAME)
@Designate(ocd = SalesConfig.class)
public class OpportunityServiceImpl implements OpportunityService {

    public static final String ENTITY = StageMoves.ENTITY;
    private static final java.util.Set<String> SELLERS = java.util.Set.of(org.mosaiccrm.kernel.api.security.CrmRoles.SALES,
            org.mosaiccrm.kernel.api.security.CrmRoles.MANAGER, org.mosaiccrm.kernel.api.security.CrmRoles.ADMIN);

    private final JpaTemplate jpa;
    private final ContactService contacts;
    private final CallerContext callers;
    private final UserDirectory users;
    private final AuditLog audit;
    private final EventAdmin events;
    private final DataSource dataSource;
    private final Clock clock;
    // replaced as a whole when the configuration changes (@Modified), read without locking
    private volatile PipelineSettings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LeadSource leads;

    @Activate
    public OpportunityServiceImpl(@Reference(target = "(crm.feature=" + SalesModule.NAME + ")") LicensedFeature license,
                                  @Reference(target = "(osgi.unit.name=" + SalesModule.NAME + ")") JpaTemplate jpa,
                                  @Reference(target = SalesModule.SCHEMA_READY) ModuleSchema schema,
                                  @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource,
                                  @Reference ContactService contacts, @Reference CallerContext callers, @Reference UserDirectory users,
                                  @Reference AuditLog audit, @Reference EventAdmin events, SalesConfig config) {
        this(jpa, dataSource, contacts, callers, users, audit, events, config, Clock.systemUTC());
    }

    /** With a clock of the test's choosing. */
    OpportunityServiceImpl(JpaTemplate jpa, DataSource dataSource, ContactService contacts, CallerContext callers, UserDirectory users,
                           AuditLog audit, EventAdmin events, SalesConfig config, Clock clock) {
        this.jpa = jpa;
        this.dataSource = dataSource;
        this.contacts = contacts;
        this.callers = callers;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        modified(config);
        JpaTransactions.required(jpa, em -> {
            if (ForecastCells.empty(em)) {
                ForecastCells.rebuild(em); // a first start on opportunities written before the cells existed, or around the module
            }
            return null;
        });
    }

    /**
     * A changed configuration applies in place (no restart of the REST application). The kernel has judged it
     * already; what only the database can tell — that opportunities sit in a stage the new list drops — is
     * handled here: such stages stay in the pipeline, after the configured ones, until no opportunity is in
     * them (the log says which), so that none is stranded.
     */
    @Modified
    void modified(SalesConfig config) {
        PipelineSettings next = PipelineSettings.of(config);
        List<String> kept = stagesInUse().stream().filter(stage -> next.stage(stage).isEmpty()).toList();
        if (!kept.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(OpportunityServiceImpl.class).warn("stages: opportunities are still in {}, which the "
                    + "configured list drops; they stay in the pipeline until those opportunities are moved", kept);
        }
        this.settings = next.keeping(kept, settings);
    }

    private List<String> stagesInUse() {
        return jpa.txExpr(em -> em.createQuery("SELECT DISTINCT o.stage FROM OpportunityEntity o WHERE o.open = 1", String.class)
                .getResultList());
    }

    @Override
    public List<Stage> stages() {
        return settings.stages();
    }

    @Override
    public Opportunity open(Opportunity.Draft draft) {
        return open(draft, null);
    }

    /**
     * The lead is read, the draft judged, and only then — in the opportunity's own transaction, which the leads and
     * contacts modules join — the lead converted and the opportunity stored: a refused draft converts nothing, and a
     * lead opens one opportunity (409 naming it for a second).
     */
    @Override
    public Opportunity openFromLead(String leadId, Opportunity.Draft draft) {
        LeadSource source = leads;
        if (source == null) {
            throw new UnavailableException("The leads module is not running: an opportunity cannot be opened from a lead.");
        }
        LeadSource.Origin origin = source.lead(leadId);
        Opportunity.Draft given = draft == null ? new Opportunity.Draft(null, null, null, null, null, null, null, null, null, null) : draft;
        Opportunity.Draft checked = OpportunityRules.check(new Opportunity.Draft(origin.customerId() == null ? "-" : origin.customerId(),
                given.title() == null ? origin.title() : given.title(), given.amount(), given.currency(), given.stage(), given.probability(),
                given.owner(), given.expectedClose(), given.products(), given.campaign() == null ? origin.campaign() : given.campaign()),
                settings, true);
        String owner = owner(checked.owner());
        Opportunity opened = JpaTransactions.required(jpa, em -> {
            List<String> existing = em.createQuery("SELECT o.id FROM OpportunityEntity o WHERE o.sourceLeadId = :lead", String.class)
                    .setParameter("lead", origin.leadId()).setMaxResults(1).getResultList();
            if (!existing.isEmpty()) {
                throw new ConflictException("The lead has its opportunity already.", Map.of("opportunityId", existing.get(0)));
            }
            String customerId = origin.customerId() != null ? origin.customerId() : source.convert(origin.leadId());
            return persist(em, withCustomer(checked, customerId), owner, origin.leadId());
        });
        events.postEvent(opened(opened));
        return opened;
    }

    private static Opportunity.Draft withCustomer(Opportunity.Draft d, String customerId) {
        return new Opportunity.Draft(customerId, d.title(), d.amount(), d.currency(), d.stage(), d.probability(), d.owner(), d.expectedClose(),
                d.products(), d.campaign());
    }

    private Opportunity open(Opportunity.Draft draft, String leadId) {
        Opportunity.Draft checked = OpportunityRules.check(draft, settings, true);
        String owner = owner(checked.owner());
        Customer customer = contacts.get(checked.customerId()); // the customer exists, and this caller may see it (else 404)
        if (customer.status() == CustomerStatus.ERASED || customer.status() == CustomerStatus.MERGED) {
            throw new ConflictException("The customer is " + customer.status() + ": open the opportunity for "
                    + (customer.mergedInto() != null ? "the customer it was merged into" : "another customer") + ".",
                    Map.of("status", customer.status()));
        }
        Opportunity opened = JpaTransactions.required(jpa, em -> persist(em, checked, owner, leadId));
        events.postEvent(opened(opened));
        return opened;
    }

    /** Stores a checked draft with its first history line and audit record, in the caller's transaction. */
    private Opportunity persist(EntityManager em, Opportunity.Draft checked, String owner, String leadId) {
        Stage stage = settings.stage(checked.stage()).orElseThrow();
        Instant now = Instant.now(clock);
        OpportunityEntity entity = new OpportunityEntity();
        entity.id = UUID.randomUUID().toString();
        entity.customerId = checked.customerId();
        entity.stage = stage.name();
        entity.furthestStage = stage.name();
        entity.open = 1;
        entity.owner = owner;
        entity.sourceLeadId = leadId;
        entity.createdAt = now;
        entity.createdBy = callers.name();
        entity.title = checked.title();
        entity.amount = checked.amount();
        entity.currency = checked.currency();
        entity.probability = checked.probability() != null ? checked.probability() : stage.probability();
        entity.setExpectedClose(checked.expectedClose());
        entity.setProducts(checked.products());
        entity.campaign = checked.campaign();
        entity.updatedAt = now;
        em.persist(entity);
        ForecastCells.lock(em);
        ForecastCells.move(em, null, ForecastCells.of(entity));
        StageMoves.record(em, entity.id, now, callers.name(), null, stage.name(), null);
        audit.record(SalesModule.NAME, ENTITY, entity.id, AuditAction.CREATE, FieldChange.between(Map.of(), snapshot(entity)));
        em.flush();
        return entity.toRecord();
    }

    private static Event opened(Opportunity opened) {
        Map<String, Object> properties = new HashMap<>(Map.of(SalesEvents.OPPORTUNITY_ID, opened.id(), SalesEvents.CUSTOMER_ID,
                opened.customerId(), SalesEvents.OWNER, opened.owner()));
        if (opened.campaign() != null) {
            properties.put(SalesEvents.CAMPAIGN, opened.campaign());
        }
        return new Event(SalesEvents.OPPORTUNITY_OPENED, properties);
    }

    /** The caller, unless a manager names another user who sells. */
    private String owner(String named) {
        return Visibility.giveTo(callers, users, named, "owner", SELLERS);
    }

    @Override
    public Opportunity get(String id) {
        return jpa.txExpr(em -> find(em, id).toRecord());
    }

    private OpportunityEntity find(EntityManager em, String id) {
        OpportunityEntity entity = id == null ? null : em.find(OpportunityEntity.class, id);
        if (entity == null || !Visibility.allows(callers, entity.owner, null)) {
            throw new NotFoundException(ENTITY, id);
        }
        return entity;
    }

    private static void checkVersion(OpportunityEntity entity, long version) {
        if (entity.version != version) {
            throw new ConflictException("Opportunity \"" + entity.title + "\" changed since version " + version + " was read: reload it.",
                    Map.of("currentVersion", entity.version));
        }
    }

    @Override
    public Page<Opportunity> search(OpportunityQuery query, PageRequest page) {
        OpportunityQuery q = query == null ? OpportunityQuery.all() : query;
        String owner = Visibility.seesEveryone(callers) ? (q.owner() == null ? null : Visibility.user(callers, q.owner())) : callers.name();
        PageRequest request = page == null ? PageRequest.first(50) : page;
        if (!Visibility.seesEveryone(callers) && q.owner() != null && !Visibility.user(callers, q.owner()).equals(owner)) {
            return Page.of(List.of(), 0, request); // a rep asking for another's pipeline sees nothing of it
        }
        return jpa.txExpr(em -> OpportunityQueries.page(em, owner, q, request));
    }

    @Override
    public Opportunity update(String id, long version, Opportunity.Draft draft) {
        Opportunity.Draft checked = OpportunityRules.check(draft, settings, false);
        return JpaTransactions.required(jpa, em -> {
            ForecastCells.lock(em);
            OpportunityEntity entity = find(em, id);
            checkVersion(entity, version);
            ForecastCells.Share share = ForecastCells.of(entity);
            if (checked.customerId() != null && !checked.customerId().equals(entity.customerId)) {
                throw new ValidationException("customerId", "cannot change: open a new opportunity for another customer");
            }
            if (draft.stage() != null && !draft.stage().trim().equals(entity.stage)) {
                throw new ValidationException("stage", "is moved with POST /crm/api/sales/opportunities/{id}/stage, which keeps its history");
            }
            if (draft.owner() != null && !Visibility.user(callers, draft.owner()).equals(entity.owner)) {
                throw new ValidationException("owner", "is changed with POST /crm/api/sales/opportunities/{id}/owner (managers)");
            }
            if (entity.open == 0) {
                throw new ConflictException("A " + entity.stage + " opportunity is closed: it is not edited any more.",
                        Map.of("stage", entity.stage, "allowed", List.of()));
            }
            Map<String, Object> before = snapshot(entity);
            if (checked.currency() != null && !checked.currency().equals(entity.currency) && hasQuotes(em, entity.id)) {
                throw new ConflictException("The opportunity has quotes in " + entity.currency + ": its currency does not change.",
                        Map.of("currency", entity.currency));
            }
            // what the draft does not name is kept
            entity.title = checked.title();
            entity.amount = checked.amount();
            entity.currency = checked.currency() != null ? checked.currency() : entity.currency;
            entity.probability = checked.probability() != null ? checked.probability() : entity.probability;
            entity.setExpectedClose(checked.expectedClose());
            if (checked.products() != null) {
                entity.setProducts(checked.products());
            }
            entity.campaign = checked.campaign() != null ? checked.campaign() : entity.campaign;
            entity.updatedAt = Instant.now(clock);
            ForecastCells.move(em, share, ForecastCells.of(entity));
            audit.record(SalesModule.NAME, ENTITY, entity.id, AuditAction.UPDATE, FieldChange.between(before, snapshot(entity)));
            em.flush();
            return entity.toRecord();
        });
    }

    private static boolean hasQuotes(EntityManager em, String opportunityId) {
        return em.createQuery("SELECT COUNT(q) FROM QuoteEntity q WHERE q.opportunityId = :id", Long.class).setParameter("id", opportunityId)
                .getSingleResult() > 0;
    }

    @Override
    public Opportunity moveStage(String id, long version, String stageName, String reason) {
        PipelineSettings pipeline = settings;
        Stage target = pipeline.stage(stageName).orElseThrow(() -> new ValidationException("stage", "must be one of " + pipeline.stageNames()));
        String lostReason = target.outcome() == Stage.Outcome.LOST ? OpportunityRules.lostReason(reason) : null;
        Instant now = Instant.now(clock);
        Opportunity moved = JpaTransactions.required(jpa, em -> {
            ForecastCells.lock(em);
            OpportunityEntity entity = find(em, id);
            checkVersion(entity, version);
            return StageMoves.move(em, entity, ForecastCells.of(entity), target, lostReason, pipeline, now, callers.name(), audit);
        });
        events.postEvent(StageMoves.event(moved));
        return moved;
    }

    @Override
    public Opportunity reassign(String id, long version, String ownerName) {
        if (!Visibility.seesEveryone(callers)) {
            throw new ForbiddenException("managers-only", "Managers only", "Only a manager reassigns an opportunity.");
        }
        String owner = owner(ownerName == null || ownerName.isBlank() ? "" : ownerName);
        return JpaTransactions.required(jpa, em -> {
            ForecastCells.lock(em);
            OpportunityEntity entity = find(em, id);
            checkVersion(entity, version);
            if (entity.open == 0) {
                throw new ConflictException("A " + entity.stage + " opportunity is closed: its revenue stays with " + entity.owner + ".",
                        Map.of("stage", entity.stage));
            }
            ForecastCells.Share share = ForecastCells.of(entity);
            String before = entity.owner;
            entity.owner = owner;
            ForecastCells.move(em, share, ForecastCells.of(entity));
            entity.updatedAt = Instant.now(clock);
            audit.record(SalesModule.NAME, ENTITY, entity.id, AuditAction.UPDATE, List.of(new FieldChange("owner", before, owner)));
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    public List<StageMove> history(String id) {
        return jpa.txExpr(em -> {
            find(em, id);
            return em.createQuery("SELECT m FROM StageMoveEntity m WHERE m.opportunityId = :id ORDER BY m.at, m.id", StageMoveEntity.class)
                    .setParameter("id", id).getResultList().stream().map(StageMoveEntity::toRecord).toList();
        });
    }

    @Override
    public Forecast forecast(ForecastQuery query) {
        String owner = Visibility.seesEveryone(callers) ? (query.owner() == null ? null : Visibility.user(callers, query.owner()))
                : callers.name();
        return new Forecaster(dataSource, settings).forecast(new ForecastQuery(query.by(), query.from(), query.to(), owner));
    }

    private static Map<String, Object> snapshot(OpportunityEntity entity) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("customerId", entity.customerId);
        fields.put("title", entity.title);
        fields.put("amount", entity.amount);
        fields.put("currency", entity.currency);
        fields.put("stage", entity.stage);
        fields.put("probability", entity.probability);
        fields.put("owner", entity.owner);
        fields.put("expectedClose", entity.expectedClose);
        fields.put("products", entity.products);
        fields.put("campaign", entity.campaign);
        return fields;
    }

}
