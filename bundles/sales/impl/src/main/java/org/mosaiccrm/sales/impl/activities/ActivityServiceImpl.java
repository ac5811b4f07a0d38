package org.mosaiccrm.sales.impl.activities;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.ForbiddenException;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.mosaiccrm.sales.api.Activity;
import org.mosaiccrm.sales.api.ActivityQuery;
import org.mosaiccrm.sales.api.ActivityService;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.api.SalesEvents;
import org.mosaiccrm.sales.impl.SalesConfig;
import org.mosaiccrm.sales.impl.SalesModule;
import org.mosaiccrm.sales.impl.persistence.ActivityEntity;
import org.mosaiccrm.sales.impl.pipeline.LeadSource;
import org.mosaiccrm.sales.impl.pipeline.PipelineSettings;
import org.mosaiccrm.sales.impl.pipeline.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Activities: planned, done (and then on the customer's timeline, in the same transaction), cancelled. Runs while
 * the module's gate ({@link OpportunityService}) does; reads the module's configuration for the reps' zone.
 */
@Component(service = ActivityService.class, configurationPid = SalesConfig.PID)
public class ActivityServiceImpl implements ActivityService {

    public static final String ENTITY = "Activity";

    private final JpaTemplate jpa;
    private final OpportunityService opportunities;
    private final ContactService contacts;
    private final CallerContext callers;
    private final UserDirectory users;
    private final AuditLog audit;
    private final EventAdmin events;
    private final Clock clock;
    private volatile java.time.ZoneId zone;

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile LeadSource leads;

    @Activate
    public ActivityServiceImpl(@Reference OpportunityService opportunities,
                               @Reference(target = "(osgi.unit.name=" + SalesModule.NAME + ")") JpaTemplate jpa,
                               @Reference ContactService contacts, @Reference CallerContext callers, @Reference UserDirectory users,
                               @Reference AuditLog audit, @Reference EventAdmin events, SalesConfig config) {
        this(jpa, opportunities, contacts, callers, users, audit, events, config, Clock.systemUTC());
    }

    ActivityServiceImpl(JpaTemplate jpa, OpportunityService opportunities, ContactService contacts, CallerContext callers,
                        UserDirectory users, AuditLog audit, EventAdmin events, SalesConfig config, Clock clock) {
        this.jpa = jpa;
        this.opportunities = opportunities;
        this.contacts = contacts;
        this.callers = callers;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(SalesConfig config) {
        zone = PipelineSettings.zone(config.zone());
    }

    @Override
    public Activity plan(Activity.Draft draft) {
        Activity.Draft checked = links(ActivityRules.check(draft));
        String assignee = assignee(checked.assignee());
        Instant now = Instant.now(clock);
        return JpaTransactions.required(jpa, em -> {
            ActivityEntity entity = new ActivityEntity();
            entity.id = UUID.randomUUID().toString();
            entity.status = Activity.Status.PLANNED;
            entity.createdAt = now;
            entity.createdBy = callers.name();
            entity.assignee = assignee;
            apply(entity, checked, now);
            em.persist(entity);
            audit.record(SalesModule.NAME, ENTITY, entity.id, AuditAction.CREATE, List.of(new FieldChange("subject", null, entity.subject),
                    new FieldChange("dueAt", null, String.valueOf(entity.dueAt)), new FieldChange("assignee", null, assignee)));
            em.flush();
            return entity.toRecord(now);
        });
    }

    /** Checks that the linked customer and opportunity exist for this caller; an opportunity's customer fills a missing one. */
    private Activity.Draft links(Activity.Draft draft) {
        String customerId = draft.customerId();
        if (draft.opportunityId() != null) {
            Opportunity opportunity = opportunities.get(draft.opportunityId());
            if (customerId != null && !customerId.equals(opportunity.customerId())) {
                throw new ValidationException("customerId", "is not the opportunity's customer");
            }
            customerId = opportunity.customerId();
        }
        if (customerId != null) {
            contacts.get(customerId);
        }
        LeadSource source = leads;
        if (draft.leadId() != null && source != null) {
            source.lead(draft.leadId()); // 404 for a lead that does not exist (unchecked while leads is not running)
        }
        return new Activity.Draft(draft.kind(), draft.subject(), draft.notes(), draft.dueAt(), draft.durationMinutes(),
                draft.remindMinutesBefore(), draft.assignee(), customerId, draft.leadId(), draft.opportunityId());
    }

    /** The caller, unless a manager names another member of staff who plans activities. */
    private String assignee(String named) {
        return Visibility.giveTo(callers, users, named, "assignee", java.util.Set.of(CrmRoles.SALES, CrmRoles.AGENT, CrmRoles.MANAGER,
                CrmRoles.ADMIN));
    }

    private static void apply(ActivityEntity entity, Activity.Draft checked, Instant now) {
        boolean remindAgain = entity.dueAt == null || !checked.dueAt().equals(entity.dueAt)
                || !java.util.Objects.equals(checked.remindMinutesBefore(), entity.remindMinutesBefore);
        entity.kind = checked.kind();
        entity.subject = checked.subject();
        entity.notes = checked.notes();
        entity.dueAt = checked.dueAt();
        entity.durationMinutes = checked.durationMinutes();
        entity.remindMinutesBefore = checked.remindMinutesBefore();
        if (remindAgain) {
            // a reminder already given is not given again for an edit of the notes; a new time gets its own
            Instant remindAt = checked.remindMinutesBefore() == null ? null : checked.dueAt().minus(Duration.ofMinutes(checked.remindMinutesBefore()));
            // past its time: no reminder; its reminder time passed but not the activity: remind at the next look
            entity.remindAt = remindAt == null || !checked.dueAt().isAfter(now) ? null : remindAt.isBefore(now) ? now : remindAt;
        }
        entity.customerId = checked.customerId();
        entity.leadId = checked.leadId();
        entity.opportunityId = checked.opportunityId();
    }

    @Override
    public Activity get(String id) {
        Instant now = Instant.now(clock);
        return jpa.txExpr(em -> find(em, id).toRecord(now));
    }

    private ActivityEntity find(EntityManager em, String id) {
        ActivityEntity entity = id == null ? null : em.find(ActivityEntity.class, id);
        if (entity == null || !Visibility.allows(callers, entity.assignee, entity.createdBy)) {
            throw new NotFoundException(ENTITY, id);
        }
        return entity;
    }

    /** For a change: the assignee's, or a manager's; who planned it for someone else may still read it. */
    private ActivityEntity findToChange(EntityManager em, String id) {
        ActivityEntity entity = find(em, id);
        if (!Visibility.allows(callers, entity.assignee, null)) {
            throw new ForbiddenException("assignee-only", "Not yours", "This activity is " + entity.assignee + "'s: only they or a manager change it.");
        }
        return entity;
    }

    private static ActivityEntity planned(ActivityEntity entity, long version) {
        if (entity.version != version) {
            throw new ConflictException("Activity \"" + entity.subject + "\" changed since version " + version + " was read: reload it.",
                    Map.of("currentVersion", entity.version));
        }
        if (entity.status != Activity.Status.PLANNED) {
            throw new ConflictException("The activity is " + entity.status + " already.", Map.of("status", entity.status, "allowed", List.of()));
        }
        return entity;
    }

    @Override
    public Page<Activity> search(ActivityQuery query, PageRequest page) {
        ActivityQuery q = query == null ? ActivityQuery.mine(ActivityQuery.Due.ANY) : query;
        Instant now = Instant.now(clock);
        DueWindow window = DueWindow.of(q.due(), now, zone);
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.assignee() != null) {
            where.append(" AND a.assignee = :assignee");
            parameters.put("assignee", Visibility.user(callers, q.assignee()));
        }
        if (!Visibility.seesEveryone(callers)) {
            where.append(" AND (a.assignee = :me OR a.createdBy = :me)");
            parameters.put("me", callers.name());
        }
        for (String[] link : new String[][] { { "customerId", q.customerId() }, { "opportunityId", q.opportunityId() }, { "leadId", q.leadId() } }) {
            if (link[1] != null && !link[1].isBlank()) {
                where.append(" AND a.").append(link[0]).append(" = :").append(link[0]);
                parameters.put(link[0], link[1].trim());
            }
        }
        if (!q.includeClosed() || q.due() == ActivityQuery.Due.OVERDUE) {
            where.append(" AND a.status = :planned");
            parameters.put("planned", Activity.Status.PLANNED);
        }
        if (window.after() != null) {
            where.append(" AND a.dueAt >= :after");
            parameters.put("after", window.after());
        }
        if (window.before() != null) {
            where.append(" AND a.dueAt < :before");
            parameters.put("before", window.before());
        }
        PageRequest request = page == null ? PageRequest.first(50) : page;
        return jpa.txExpr(em -> {
            TypedQuery<ActivityEntity> items = em.createQuery("SELECT a FROM ActivityEntity a" + where + " ORDER BY a.dueAt, a.id",
                    ActivityEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM ActivityEntity a" + where, Long.class);
            parameters.forEach((name, value) -> {
                items.setParameter(name, value);
                count.setParameter(name, value);
            });
            return Page.of(items.setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList().stream()
                    .map(entity -> entity.toRecord(now)).toList(), count.getSingleResult(), request);
        });
    }

    @Override
    public Activity update(String id, long version, Activity.Draft draft) {
        Activity.Draft checked = links(ActivityRules.check(draft));
        String assignee = checked.assignee() == null ? null : assignee(checked.assignee());
        Instant now = Instant.now(clock);
        return JpaTransactions.required(jpa, em -> {
            ActivityEntity entity = planned(findToChange(em, id), version);
            Instant before = entity.dueAt;
            apply(entity, checked, now);
            if (assignee != null) {
                entity.assignee = assignee;
            }
            audit.record(SalesModule.NAME, ENTITY, entity.id, AuditAction.UPDATE,
                    List.of(new FieldChange("dueAt", String.valueOf(before), String.valueOf(entity.dueAt))));
            em.flush();
            return entity.toRecord(now);
        });
    }

    @Override
    public Activity complete(String id, long version, String outcome) {
        String checked = ActivityRules.outcome(outcome);
        Instant now = Instant.now(clock);
        Activity done = JpaTransactions.required(jpa, em -> {
            ActivityEntity entity = planned(findToChange(em, id), version);
            entity.status = Activity.Status.DONE;
            entity.outcome = checked;
            entity.doneAt = now;
            entity.remindAt = null;
            audit.record(SalesModule.NAME, ENTITY, entity.id, AuditAction.UPDATE, List.of(new FieldChange("status", "PLANNED", "DONE")));
            Channel channel = channel(entity.kind);
            if (entity.customerId != null && channel != null) {
                // on the customer's timeline, in this transaction: both or neither
                contacts.addInteraction(entity.customerId, InteractionDraft.of(channel, Direction.OUTBOUND, entity.subject)
                        .withSummary(entity.notes).withOutcome(checked).at(now).from(SalesModule.NAME, entity.id));
            }
            em.flush();
            return entity.toRecord(now);
        });
        Map<String, Object> properties = new HashMap<>(Map.of(SalesEvents.ACTIVITY_ID, done.id(), SalesEvents.ASSIGNEE, done.assignee()));
        if (done.customerId() != null) {
            properties.put(SalesEvents.CUSTOMER_ID, done.customerId());
        }
        events.postEvent(new Event(SalesEvents.ACTIVITY_DONE, properties));
        return done;
    }

    /** The timeline's channel; a to-do is the rep's own work, not a contact with the customer. */
    static Channel channel(Activity.Kind kind) {
        return switch (kind) {
            case CALL -> Channel.PHONE;
            case MEETING, VISIT -> Channel.VISIT;
            case EMAIL -> Channel.EMAIL;
            case TODO -> null;
        };
    }

    @Override
    public Activity cancel(String id, long version) {
        Instant now = Instant.now(clock);
        return JpaTransactions.required(jpa, em -> {
            ActivityEntity entity = planned(findToChange(em, id), version);
            entity.status = Activity.Status.CANCELLED;
            entity.remindAt = null;
            audit.record(SalesModule.NAME, ENTITY, entity.id, AuditAction.UPDATE, List.of(new FieldChange("status", "PLANNED", "CANCELLED")));
            em.flush();
            return entity.toRecord(now);
        });
    }

    /** The reps' zone in force (the calendar and the reminders use it too). */
    public java.time.ZoneId zone() {
        return zone;
    }
}
