package org.mosaiccrm.service.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The service module: registered while the license grants {@code service}. Changes are audited, written to
 * the customer's timeline and announced with {@link ServiceEvents}; a stale version is a conflict (409),
 * a transition a ticket's status does not allow too.
 */
@ProviderType
public interface ServiceDesk {

    // tickets

    /** Opens a ticket, computes its SLA and routes it to an agent (or a team queue). */
    Ticket open(TicketDraft draft);

    Ticket get(String id);

    /** By its tracking number, for staff. */
    Ticket byNumber(String number);

    Page<Ticket> tickets(TicketQuery query, PageRequest page);

    /** Moves a ticket along its life; {@code note} becomes an internal comment. */
    Ticket changeStatus(String id, long version, TicketStatus status, String note);

    /** A comment by the caller: an agent's public one answers the customer, a customer's (portal) reopens the clock. */
    TicketComment comment(String id, String text, boolean internal);

    List<TicketComment> comments(String id);

    /**
     * Attaches a file to a ticket (staff, or the portal customer whose ticket it is): within the configured size
     * and types, the bytes checked against the type they claim.
     */
    Attachment attach(String ticketId, String fileName, String contentType, java.io.InputStream content);

    java.util.List<Attachment> attachments(String ticketId);

    /** The file's bytes, to be closed by the caller. */
    java.io.InputStream attachmentContent(String ticketId, String attachmentId);

    /** Gives a ticket to an agent chosen by a person; the reason says who chose. */
    Ticket assign(String id, long version, String agent);

    /** Asks routing again (e.g. after the agent's skills changed). */
    Ticket reroute(String id);

    /** The business-rule prompts and the warranty an agent sees on a ticket. */
    AgentHints hints(String ticketId);

    /** The customer's latest satisfaction survey answer (1 to 5), if any. */
    Optional<Integer> lastSatisfaction(String customerId);

    /** The prompts that hold for a customer (the screen pop). */
    java.util.List<String> customerPrompts(String customerId);

    /** Sends a ticket to the supervisors' queue. */
    Ticket escalate(String id, String reason);

    /** Links a request from an unknown address to a customer. */
    Ticket linkCustomer(String id, long version, String customerId);

    // public side

    /** Web-to-case and portal: the ticket, and articles that may answer it at once. */
    CaptureAnswer capture(TicketDraft draft);

    /** A ticket by its number and requester e-mail, both matching; empty otherwise (nothing disclosed). */
    Optional<TrackedTicket> track(String number, String email);

    /** "This article solved it": closes the ticket as deflected. Empty when number and e-mail do not match. */
    Optional<TrackedTicket> deflect(String number, String email, String articleId);

    /** A customer's reply through tracking (number and e-mail both matching). */
    Optional<TrackedTicket> replyAsRequester(String number, String email, String text);

    Optional<Survey> survey(String token);

    /** A portal customer's link to the survey of their resolved ticket (a fresh one each time; empty when none is open). */
    Optional<String> surveyLink(String ticketId);

    /** The same for whoever tracks the ticket by its number and requester e-mail. */
    Optional<String> surveyLink(String number, String email);

    /**
     * A fresh survey link for the requester of a resolved ticket, to be sent to them (an e-mail): the link is not
     * kept anywhere (only its hash), and the one handed out before stops working. Not offered over REST.
     *
     * @since 1.1
     */
    Optional<String> surveyLinkToSend(String ticketId);

    /** A portal customer's "this article solved it" on their own ticket: closed as deflected. */
    Ticket deflectOwn(String ticketId, String articleId);

    /** Answers a survey once; a bad rating reopens and escalates the ticket. */
    Survey answerSurvey(String token, int rating, String comment);

    // knowledge base

    Article saveArticle(String id, long version, Article.Draft draft);

    Article article(String id);

    Page<Article> articles(String language, Boolean published, PageRequest page);

    /** Full-text search over published articles, best first. */
    List<ArticleHit> searchArticles(String text, String language, int limit);

    /** The articles that may answer a ticket. */
    List<ArticleHit> suggestions(String ticketId, int limit);

    Article voteArticle(String id, boolean helpful);

    /** Rebuilds the search index from the database; returns the articles indexed. */
    int rebuildIndex();

    // configuration by supervisors

    List<Agent> agents();

    Agent saveAgent(String user, long version, Agent.Draft draft);

    List<SlaPolicy> policies();

    SlaPolicy savePolicy(SlaPolicy policy);

    // jobs and figures

    /** Warns and escalates the tickets whose SLA time ran out by now; routes the ones still waiting. */
    SlaScan scanSla();

    ServiceFigures figures(Instant from, Instant to);

    /** What one scan did. */
    record SlaScan(int warned, int breached, int rerouted, long millis) {
    }
}
