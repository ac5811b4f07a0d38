package org.mosaiccrm.notifications.impl;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.events.TransactionalEvents;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.CrmRestModule;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.notifications.api.Notification;
import org.mosaiccrm.notifications.api.NotificationQuery;
import org.mosaiccrm.notifications.api.NotificationRequest;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.api.NotificationsEvents;
import org.mosaiccrm.notifications.api.Preview;
import org.mosaiccrm.notifications.api.ReminderConsent;
import org.mosaiccrm.notifications.impl.consent.Consents;
import org.mosaiccrm.notifications.impl.outbox.Outbox;
import org.mosaiccrm.notifications.impl.outbox.OutboxSender;
import org.mosaiccrm.notifications.impl.outbox.SenderNode;
import org.mosaiccrm.notifications.impl.persistence.MessageEntity;
import org.mosaiccrm.notifications.impl.recipients.Recipients;
import org.mosaiccrm.notifications.impl.templates.TemplateStore;
import org.mosaiccrm.notifications.impl.triggers.SurveyLinks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The module's gate: it runs only while the license grants {@code notifications} (and the database and contacts are
 * there); every other component of the module needs it, the outbox's sender ({@code OutboxSchedule}) too. The outbox row joins the
 * caller's transaction; the sender delivers after the commit (docs/notifications.md).
 */
@Component(service = { NotificationService.class, NotificationServiceImpl.class }, configurationPid = NotificationsConfig.PID)
@CrmRestModule(NotificationsModule.NAME)
@Designate(ocd = NotificationsConfig.class)
public class NotificationServiceImpl implements NotificationService {

    private final JpaTemplate jpa;
    private final ContactService contacts;
    private final CallerContext callers;
    private final AuditLog audit;
    private final TransactionalEvents events;
    private final Clock clock;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final TemplateStore templates;
    // replaced as a whole when the configuration changes (@Modified), read without locking
    private volatile NotificationSettings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SurveyLinks surveyLinks;

    @Activate
    public NotificationServiceImpl(@Reference(target = "(crm.feature=" + NotificationsModule.NAME + ")") LicensedFeature license,
                                   @Reference(target = "(osgi.unit.name=" + NotificationsModule.NAME + ")") JpaTemplate jpa,
                                   @Reference(target = NotificationsModule.SCHEMA_READY) ModuleSchema schema,
                                   @Reference(target = "(osgi.jndi.service.name=crm)") javax.sql.DataSource dataSource,
                                   @Reference ContactService contacts, @Reference CallerContext callers, @Reference AuditLog audit,
                                   @Reference TransactionalEvents events, NotificationsConfig config) {
        this(jpa, dataSource, contacts, callers, audit, events, config, Clock.systemUTC(),
                Path.of(System.getProperty("karaf.etc", "etc"), "notifications"));
    }

    NotificationServiceImpl(JpaTemplate jpa, javax.sql.DataSource dataSource, ContactService contacts, CallerContext callers, AuditLog audit, TransactionalEvents events,
                            NotificationsConfig config, Clock clock, Path templateOverrides) {
        this.jpa = jpa;
        this.contacts = contacts;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.settings = NotificationSettings.of(config);
        this.templates = new TemplateStore(templateOverrides, NotificationServiceImpl.class.getClassLoader());
        this.outbox = new Outbox(jpa, templates, new Recipients(contacts), audit, callers, clock, () -> settings);
        this.sender = new OutboxSender(jpa, dataSource, () -> settings, this::surveyLink, new Outcomes(), clock,
                SenderNode.ofThisStart(Path.of(System.getProperty("karaf.data", "data"))));
        // the links' key exists before the first reminder (two nodes starting on a new database: the loser reads the winner's)
        JpaTransactions.requiredOnceMoreOnDuplicateKey(jpa, em -> Consents.token(em, "-"));
    }

    @Modified
    void modified(NotificationsConfig config) {
        this.settings = NotificationSettings.of(config);
    }

    @Deactivate
    void deactivate() {
        sender.close();
    }

    public NotificationSettings settings() {
        return settings;
    }

    public OutboxSender sender() {
        return sender;
    }

    private Optional<String> surveyLink(String ticketId) {
        SurveyLinks links = surveyLinks;
        return links == null ? Optional.empty() : links.fresh(ticketId);
    }

    /** The timeline and the events, once the state is recorded. */
    private final class Outcomes implements OutboxSender.Outcomes {

        @Override
        public void sent(MessageEntity message) {
            events.publish(event(NotificationsEvents.SENT, message));
        }

        @Override
        public void onTimeline(MessageEntity message) {
            if (message.customerId != null) {
                contacts.addInteraction(message.customerId, new InteractionDraft(Channel.EMAIL, Direction.OUTBOUND, message.sentAt,
                        Outbox.abbreviate(message.subject, 200), "E-mail sent to " + message.address + " (" + message.template + ")",
                        null, null, null)
                        .from(NotificationsModule.NAME, message.id));
            }
        }

        @Override
        public void failed(MessageEntity message) {
            events.publish(event(NotificationsEvents.FAILED, message));
        }

        private Event event(String topic, MessageEntity message) {
            Map<String, Object> properties = new java.util.HashMap<>();
            if (NotificationsEvents.FAILED.equals(topic)) {
                properties.put(NotificationsEvents.STATE, message.state.name());
                properties.put(NotificationsEvents.ERROR, String.valueOf(message.lastError));
            }
            properties.put(NotificationsEvents.NOTIFICATION_ID, message.id);
            properties.put(NotificationsEvents.TEMPLATE, message.template);
            if (message.customerId != null) {
                properties.put(NotificationsEvents.CUSTOMER_ID, message.customerId);
            }
            return new Event(topic, properties);
        }
    }

    @Override
    public Optional<Notification> enqueue(NotificationRequest request) {
        return outbox.enqueue(request);
    }

    @Override
    public Notification get(String id) {
        return outbox.get(id);
    }

    @Override
    public Page<Notification> list(NotificationQuery query, PageRequest page) {
        return outbox.list(query, page);
    }

    @Override
    public Preview content(String id) {
        return outbox.content(id);
    }

    @Override
    public Notification resend(String id) {
        return outbox.resend(id);
    }

    @Override
    public List<String> templates() {
        return TemplateStore.NAMES;
    }

    @Override
    public Preview preview(String template, String language) {
        String chosen = language == null ? settings.defaultLanguage() : language;
        if (!TemplateStore.LANGUAGES.contains(chosen)) {
            throw org.mosaiccrm.kernel.api.problem.ValidationException.badParameters(
                    List.of(new org.mosaiccrm.kernel.api.problem.FieldError("language", "one of " + TemplateStore.LANGUAGES)));
        }
        if (!templates.knows(template)) {
            throw new org.mosaiccrm.kernel.api.problem.NotFoundException("template", template);
        }
        try {
            TemplateStore.Rendered rendered = templates.render(template, chosen, TemplateStore.sample(chosen, settings.publicUrl()));
            return new Preview(template, chosen, rendered.subject(), rendered.text(), rendered.html());
        } catch (RuntimeException e) {
            throw new org.mosaiccrm.kernel.api.problem.ConflictException("Template " + template + " (" + chosen + ") cannot be rendered: "
                    + e.getMessage(), Map.of("template", template));
        }
    }

    @Override
    public ReminderConsent reminderConsent(String customerId) {
        contacts.get(customerId); // 404 for an unknown customer, and the portal's own scope
        return jpa.txExpr(em -> Consents.get(em, customerId));
    }

    @Override
    public ReminderConsent setReminderConsent(String customerId, boolean optedIn) {
        if (contacts.get(customerId).status() == org.mosaiccrm.contacts.api.CustomerStatus.ERASED) {
            throw new org.mosaiccrm.kernel.api.problem.ConflictException("Customer " + customerId + " was erased: "
                    + "nobody's consent can be recorded for them.", Map.of("status", "ERASED"));
        }
        String source = callers.caller().map(caller -> caller.isCustomer() ? "portal" : "staff:" + caller.name()).orElse("system");
        // two first answers at once (a double click) both insert the row: the loser runs again and finds it
        return JpaTransactions.requiredOnceMoreOnDuplicateKey(jpa, em -> {
            ReminderConsent before = Consents.get(em, customerId);
            if (before.changedAt() != null && before.optedIn() == optedIn) {
                return before; // nothing changes: nothing to audit
            }
            ReminderConsent consent = Consents.set(em, customerId, optedIn, source, clock.instant());
            if (!optedIn) {
                Consents.cancelQueuedReminders(em, customerId);
            }
            audit.record(NotificationsModule.NAME, "consent", customerId, AuditAction.UPDATE,
                    List.of(new FieldChange("remindersOptIn", String.valueOf(before.optedIn()), String.valueOf(optedIn))));
            return consent;
        });
    }

    /** Whether an unsubscribe token was made by this installation (for whom is not said). */
    public boolean madeHere(String token) {
        return jpa.txExpr(em -> Consents.customerOf(em, token).isPresent());
    }

    @Override
    public boolean unsubscribe(String token) {
        return JpaTransactions.required(jpa, em -> Consents.customerOf(em, token).map(customerId -> {
            if (Consents.optedIn(em, customerId)) { // followed again: the first withdrawal stands as it was
                Consents.set(em, customerId, false, "unsubscribe-link", clock.instant());
                Consents.cancelQueuedReminders(em, customerId);
                audit.record(NotificationsModule.NAME, "consent", customerId, AuditAction.UPDATE,
                        List.of(new FieldChange("remindersOptIn", "true", "false")));
            }
            return true;
        }).orElse(false));
    }
}
