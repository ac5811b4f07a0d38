package org.mosaiccrm.service.impl;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.kernel.api.CrmRestModule;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.mosaiccrm.service.api.Agent;
import org.mosaiccrm.service.api.Article;
import org.mosaiccrm.service.api.ArticleHit;
import org.mosaiccrm.service.api.CaptureAnswer;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.api.ServiceEvents;
import org.mosaiccrm.service.api.ServiceFigures;
import org.mosaiccrm.service.api.SlaPolicy;
import org.mosaiccrm.service.api.Survey;
import org.mosaiccrm.service.api.Ticket;
import org.mosaiccrm.service.api.TicketComment;
import org.mosaiccrm.service.api.TicketDraft;
import org.mosaiccrm.service.api.TicketQuery;
import org.mosaiccrm.service.api.TicketStatus;
import org.mosaiccrm.service.api.TrackedTicket;
import org.mosaiccrm.service.impl.knowledge.KnowledgeBase;
import org.mosaiccrm.service.impl.knowledge.KnowledgeIndex;
import org.mosaiccrm.service.impl.persistence.TicketEntity;
import org.mosaiccrm.service.impl.routing.AgentRoster;
import org.mosaiccrm.service.impl.sla.SlaPolicies;
import org.mosaiccrm.service.impl.surveys.SurveyDesk;
import org.mosaiccrm.service.impl.tickets.RequesterDesk;
import org.mosaiccrm.service.impl.tickets.TicketDesk;
import org.mosaiccrm.service.impl.tickets.TicketEvents;
import org.mosaiccrm.service.impl.tickets.TicketFigures;
import org.mosaiccrm.service.impl.tickets.TicketScan;
import org.mosaiccrm.service.impl.tickets.TicketWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.mosaiccrm.kernel.api.events.TransactionalEvents;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The module's gate: it runs only while the license grants {@code service} (and the database, its schema
 * and contacts are there); every other component of the module needs it, so they all come and go together,
 * and while it runs the kernel serves the module's REST application. It builds the desks that do the work.
 * <p>
 * Time comes from a {@link Clock}: the system's, or one registered with {@code crm.clock=true} (a test or a
 * simulation moves it; taken and dropped without restarting anything).
 */
@Component(service = ServiceDesk.class, configurationPid = ServiceConfig.PID)
@CrmRestModule(ServiceModule.NAME)
@Designate(ocd = ServiceConfig.class)
public class ServiceDeskImpl implements ServiceDesk {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(crm.clock=true)")
    private volatile Clock movedClock;

    // inventory's warranties, while inventory runs (its API is an optional import)
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.mosaiccrm.service.impl.prompts.WarrantyLookup warranties;

    // replaced as a whole when the configuration changes (@Modified), read without locking
    private volatile Settings settings;
    private final ServiceParts parts;
    private final SlaPolicies policies;
    private final AgentRoster roster;
    private final TicketDesk tickets;
    private final TicketWork work;
    private final SurveyDesk surveys;
    private final KnowledgeIndex index;
    private final KnowledgeBase knowledge;
    private final RequesterDesk requesters;
    private final TicketScan scan;
    private final org.mosaiccrm.service.impl.prompts.PromptDesk prompts;
    private final org.mosaiccrm.service.impl.attachments.AttachmentStore attachments;

    @Activate
    public ServiceDeskImpl(@Reference(target = "(crm.feature=" + ServiceModule.NAME + ")") LicensedFeature license,
                           @Reference(target = "(osgi.unit.name=" + ServiceModule.NAME + ")") JpaTemplate jpa,
                           @Reference(target = ServiceModule.SCHEMA_READY) ModuleSchema schema,
                           @Reference ContactService contacts, @Reference CallerContext callers, @Reference UserDirectory users,
                           @Reference AuditLog audit, @Reference TransactionalEvents events, ServiceConfig config) {
        modified(config);
        this.parts = new ServiceParts(jpa, contacts, callers, users, audit, events, new CurrentClock(), () -> settings);
        this.policies = new SlaPolicies(parts);
        this.roster = new AgentRoster(parts);
        this.tickets = new TicketDesk(parts, policies, roster);
        this.surveys = new SurveyDesk(parts);
        this.work = new TicketWork(tickets, surveys);
        this.index = new KnowledgeIndex(Path.of(System.getProperty("karaf.data", "data"), "service", "kb-index"),
                sink -> KnowledgeBase.everyPublished(parts, sink));
        this.knowledge = new KnowledgeBase(parts, index);
        this.requesters = new RequesterDesk(tickets, work, knowledge);
        this.scan = new TicketScan(tickets, work);
        this.prompts = new org.mosaiccrm.service.impl.prompts.PromptDesk(parts, () -> warranties);
        this.attachments = new org.mosaiccrm.service.impl.attachments.AttachmentStore(parts, tickets,
                org.mosaiccrm.service.impl.attachments.AttachmentStore.defaultFolder());
        tickets.prepareNumbers();
    }

    /** A changed configuration applies in place: the REST application stays up. */
    @Modified
    void modified(ServiceConfig config) {
        this.settings = Settings.of(config);
    }

    @Deactivate
    void deactivate() {
        index.close();
    }

    /** The moved clock while one is registered, else the system's. */
    private final class CurrentClock extends Clock {
        private Clock current() {
            Clock moved = movedClock;
            return moved != null ? moved : Clock.systemUTC();
        }

        @Override
        public ZoneId getZone() {
            return current().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return current().withZone(zone);
        }

        @Override
        public Instant instant() {
            return current().instant();
        }
    }

    @Override
    public Ticket open(TicketDraft draft) {
        return tickets.open(draft).ticket();
    }

    @Override
    public Ticket get(String id) {
        return tickets.get(id);
    }

    @Override
    public Ticket byNumber(String number) {
        return tickets.byNumber(number);
    }

    @Override
    public Page<Ticket> tickets(TicketQuery query, PageRequest page) {
        return tickets.list(query, page);
    }

    @Override
    public Ticket changeStatus(String id, long version, TicketStatus status, String note) {
        return work.changeStatus(id, version, status, note);
    }

    @Override
    public TicketComment comment(String id, String text, boolean internal) {
        return work.comment(id, text, internal);
    }

    @Override
    public List<TicketComment> comments(String id) {
        return tickets.comments(id);
    }

    @Override
    public Ticket assign(String id, long version, String agent) {
        return work.assign(id, version, agent);
    }

    @Override
    public Ticket reroute(String id) {
        return work.reroute(id);
    }

    @Override
    public org.mosaiccrm.service.api.AgentHints hints(String ticketId) {
        return prompts.forTicket(parts.jpa().txExpr(em -> tickets.entity(em, ticketId)));
    }

    @Override
    public Optional<Integer> lastSatisfaction(String customerId) {
        return parts.jpa().txExpr(em -> em.createNativeQuery("SELECT s.RATING FROM SERVICE_SURVEY s JOIN SERVICE_TICKET t ON t.ID = s.TICKET_ID "
                + "WHERE t.CUSTOMER_ID = ?1 AND s.ANSWERED_AT IS NOT NULL ORDER BY s.ANSWERED_AT DESC").setParameter(1, customerId)
                .setMaxResults(1).getResultList().stream().findFirst().map(rating -> ((Number) rating).intValue()));
    }

    @Override
    public List<String> customerPrompts(String customerId) {
        return prompts.forCustomer(customerId);
    }

    @Override
    public org.mosaiccrm.service.api.Attachment attach(String ticketId, String fileName, String contentType, java.io.InputStream content) {
        return attachments.attach(ticketId, fileName, contentType, content);
    }

    @Override
    public List<org.mosaiccrm.service.api.Attachment> attachments(String ticketId) {
        return attachments.list(ticketId);
    }

    @Override
    public java.io.InputStream attachmentContent(String ticketId, String attachmentId) {
        return attachments.content(ticketId, attachmentId);
    }

    @Override
    public Ticket escalate(String id, String reason) {
        return work.escalate(id, reason);
    }

    @Override
    public Ticket linkCustomer(String id, long version, String customerId) {
        return work.linkCustomer(id, version, customerId);
    }

    @Override
    public CaptureAnswer capture(TicketDraft draft) {
        return requesters.capture(draft);
    }

    @Override
    public Optional<TrackedTicket> track(String number, String email) {
        return requesters.track(number, email);
    }

    @Override
    public Optional<TrackedTicket> deflect(String number, String email, String articleId) {
        return requesters.deflect(number, email, articleId);
    }

    @Override
    public Optional<TrackedTicket> replyAsRequester(String number, String email, String text) {
        return requesters.reply(number, email, text);
    }

    @Override
    public Optional<Survey> survey(String token) {
        return surveys.survey(token);
    }

    @Override
    public Survey answerSurvey(String token, int rating, String comment) {
        List<org.osgi.service.event.Event> events = new java.util.ArrayList<>();
        Survey answered = JpaTransactions.required(parts.jpa(), em -> {
            SurveyDesk.Answered answer = surveys.answer(em, token, rating, comment);
            TicketEntity ticket = em.find(TicketEntity.class, answer.entity().ticketId, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
            events.add(TicketEvents.of(ServiceEvents.SURVEY_ANSWERED, ticket, ServiceEvents.RATING, rating));
            if (rating <= settings.badSurveyRating()) {
                Instant now = parts.clock().instant();
                String why = "automatically: the customer rated the service " + rating + "/5"
                        + (answer.survey().comment() == null ? "" : " (\"" + answer.survey().comment() + "\")");
                if (TicketStatus.valueOf(ticket.status).isDone()) {
                    tickets.reopenForSurvey(em, ticket, work, now, events);
                }
                work.escalate(em, ticket, why, "BAD_SURVEY", now, events);
            }
            events.forEach(parts.events()::publish);
            return answer.survey();
        });
        return answered;
    }

    @Override
    public Optional<String> surveyLink(String ticketId) {
        boolean customer = parts.callers().caller().map(c -> c.isCustomer()).orElse(false);
        if (!customer) {
            throw new org.mosaiccrm.kernel.api.problem.ForbiddenException("survey-for-customers", "For the customer only",
                    "The survey is the customer's to answer: its link is handed to them only.");
        }
        Instant now = parts.clock().instant();
        return JpaTransactions.required(parts.jpa(), em -> surveys.reissue(em, tickets.entity(em, ticketId).id, now));
    }

    @Override
    public Optional<String> surveyLinkToSend(String ticketId) {
        Instant now = parts.clock().instant();
        return JpaTransactions.required(parts.jpa(), em -> {
            TicketEntity ticket = em.find(TicketEntity.class, ticketId);
            return ticket == null ? Optional.<String>empty() : surveys.reissue(em, ticket.id, now);
        });
    }

    @Override
    public Optional<String> surveyLink(String number, String email) {
        Instant now = parts.clock().instant();
        return requesters.matchingId(number, email).flatMap(id -> JpaTransactions.required(parts.jpa(),
                em -> surveys.reissue(em, id, now)));
    }

    @Override
    public Ticket deflectOwn(String ticketId, String articleId) {
        return requesters.deflectOwn(ticketId, articleId);
    }

    @Override
    public Article saveArticle(String id, long version, Article.Draft draft) {
        return knowledge.save(id, version, draft);
    }

    @Override
    public Article article(String id) {
        return knowledge.get(id);
    }

    @Override
    public Page<Article> articles(String language, Boolean published, PageRequest page) {
        return knowledge.list(language, published, page);
    }

    @Override
    public List<ArticleHit> searchArticles(String text, String language, int limit) {
        return knowledge.search(text, language, limit);
    }

    @Override
    public List<ArticleHit> suggestions(String ticketId, int limit) {
        TicketEntity ticket = parts.jpa().txExpr(em -> tickets.entity(em, ticketId));
        return requesters.suggest(ticket, Math.max(1, Math.min(limit, 20)));
    }

    @Override
    public Article voteArticle(String id, boolean helpful) {
        return knowledge.vote(id, helpful);
    }

    @Override
    public int rebuildIndex() {
        return knowledge.rebuild();
    }

    @Override
    public List<Agent> agents() {
        return roster.agents();
    }

    @Override
    public Agent saveAgent(String user, long version, Agent.Draft draft) {
        return roster.save(user, version, draft);
    }

    @Override
    public List<SlaPolicy> policies() {
        return policies.all();
    }

    @Override
    public SlaPolicy savePolicy(SlaPolicy policy) {
        return policies.save(policy);
    }

    @Override
    public SlaScan scanSla() {
        return scan.scan();
    }

    @Override
    public ServiceFigures figures(Instant from, Instant to) {
        return TicketFigures.of(parts, from, to);
    }

    /** The knowledge index's folder and how often it healed, for {@code crm:kb-index}. */
    public KnowledgeIndex index() {
        return index;
    }
}
