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
    }

    /**
     * A changed configuration applies in place (no restart of the REST application). The kernel has judged it
     * already; what only the database can tell — that no opportunity sits in a stage the new list drops — is
     * judged here, and such a change is not applied (the stages in force stay, and the log says why).
     */
    @Modified
    void modified(SalesConfig config) {
        PipelineSettings next = PipelineSettings.of(config);
        List<String> orphaned = settings == null ? List.of() : stagesInUse().stream().filter(stage -> next.stage(stage).isEmpty()).toList();
        if (!orphaned.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(OpportunityServiceImpl.class).error("stages: not applied, opportunities are in the stage(s) "
                    + "{} that the new list drops; move them first. The stages in force stay: {}", orphaned, settings.stageNames());
            return;
        }
        this.settings = next;
    }

    private List<String> stagesInUse() {
        return jpa.txExpr(em -> em.createQuery("SELECT DISTINCT o.stage FROM OpportunityEntity o", String.class).getResultList());
    }

    /** The settings in force, for the module's other components (activities, reports, screens). */
    public PipelineSettings settings() {
        return settings;
    }

    @Override
    public List<Stage> stages() {
        return settings.stages();
    }

    @Override
    public Opportunity open(Opportunity.Draft draft) {
        return open(draft, null);
    }

    @Override
    public Opportunity openFromLead(String leadId, Opportunity.Draft draft) {
        LeadSource source = leads;
        if (source == null) {
            throw new UnavailableException("The leads module is not running: an opportunity cannot be opened from a lead.");
        }
        LeadSource.Origin origin = source.convert(leadId);
        Opportunity.Draft given = draft == null ? new Opportunity.Draft(null, null, null, null, null, null, null, null, null, null) : draft;
        return open(new Opportunity.Draft(origin.customerId(), given.title() == null ? origin.title() : given.title(), given.amount(),
                given.currency(), given.stage(), given.probability(), given.owner(), given.expectedClose(), given.products(),
                given.campaign() == null ? origin.campaign() : given.campaign()), origin.leadId());
    }

    private Opportunity open(Opportunity.Draft draft, String leadId) {
        PipelineSettings pipeline = settings;
        Opportunity.Draft checked = OpportunityRules.check(draft, pipeline, true);
        String owner = owner(checked.owner());
        contacts.get(checked.customerId()); // the customer exists, and this caller may see it (else 404)
        Stage stage = pipeline.stage(checked.stage()).orElseThrow();
        Instant now = Instant.now(clock);
        Opportunity opened = JpaTransactions.required(jpa, em -> {
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
            apply(entity, checked, stage);
            em.persist(entity);
            StageMoves.record(em, entity.id, now, callers.name(), null, stage.name(), null);
            audit.record(SalesModule.NAME, ENTITY, entity.id, AuditAction.CREATE, FieldChange.between(Map.of(), snapshot(entity)));
            em.flush();
            return entity.toRecord();
        });
        Map<String, Object> properties = new HashMap<>(Map.of(SalesEvents.OPPORTUNITY_ID, opened.id(), SalesEvents.CUSTOMER_ID,
                opened.customerId(), SalesEvents.OWNER, opened.owner()));
        if (opened.campaign() != null) {
            properties.put(SalesEvents.CAMPAIGN, opened.campaign());
        }
        events.postEvent(new Event(SalesEvents.OPPORTUNITY_OPENED, properties));
        return opened;
    }

    /** The caller, unless a manager names another user of the CRM. */
    private String owner(String named) {
        String owner = Visibility.user(callers, named);
        if (owner.equals(callers.name())) {
            return owner;
        }
        if (!Visibility.seesEveryone(callers)) {
            throw new ForbiddenException("managers-only", "Managers only", "Only a manager gives an opportunity to another rep.");
        }
        if (!users.isUser(owner)) {
            throw new ValidationException("owner", "is not a user of the CRM");
        }
        return owner;
    }

    private void apply(OpportunityEntity entity, Opportunity.Draft checked, Stage stage) {
        entity.title = checked.title();
        entity.amount = checked.amount();
        entity.currency = checked.currency();
        entity.probability = checked.probability() != null ? checked.probability() : stage.probability();
        entity.setExpectedClose(checked.expectedClose());
        entity.setProducts(checked.products());
        entity.campaign = checked.campaign();
        entity.updatedAt = Instant.now(clock);
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
        if (!Visibility.seesEveryone(callers) && q.owner() != null && !Visibility.user(callers, q.owner()).equals(owner)) {
            return Page.of(List.of(), 0, page); // a rep asking for another's pipeline sees nothing of it
        }
        PageRequest request = page == null ? PageRequest.first(50) : page;
        return jpa.txExpr(em -> OpportunityQueries.page(em, owner, q, request));
    }

    @Override
    public Opportunity update(String id, long version, Opportunity.Draft draft) {
        Opportunity.Draft checked = OpportunityRules.check(draft, settings, false);
        return JpaTransactions.required(jpa, em -> {
            OpportunityEntity entity = find(em, id);
            checkVersion(entity, version);
            if (checked.customerId() != null && !checked.customerId().equals(entity.customerId)) {
                throw new ValidationException("customerId", "cannot change: open a new opportunity for another customer");
            }
            if (entity.open == 0) {
                throw new ConflictException("A " + entity.stage + " opportunity is closed: it is not edited any more.",
                        Map.of("stage", entity.stage, "allowed", List.of()));
            }
            Map<String, Object> before = snapshot(entity);
            Stage stage = settings.stage(entity.stage).orElse(settings.firstStage());
            apply(entity, checked, stage);
            if (checked.probability() == null) {
                entity.probability = (int) before.get("probability"); // kept unless given
            }
            audit.record(SalesModule.NAME, ENTITY, entity.id, AuditAction.UPDATE, FieldChange.between(before, snapshot(entity)));
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    public Opportunity moveStage(String id, long version, String stageName, String reason) {
        PipelineSettings pipeline = settings;
        Stage target = pipeline.stage(stageName).orElseThrow(() -> new ValidationException("stage", "must be one of " + pipeline.stageNames()));
        String lostReason = target.outcome() == Stage.Outcome.LOST ? OpportunityRules.lostReason(reason) : null;
        Instant now = Instant.now(clock);
        Opportunity moved = JpaTransactions.required(jpa, em -> {
            OpportunityEntity entity = find(em, id);
            checkVersion(entity, version);
            return StageMoves.move(em, entity, target, lostReason, pipeline, now, callers.name(), audit);
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
            OpportunityEntity entity = find(em, id);
            checkVersion(entity, version);
            String before = entity.owner;
            entity.owner = owner;
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
