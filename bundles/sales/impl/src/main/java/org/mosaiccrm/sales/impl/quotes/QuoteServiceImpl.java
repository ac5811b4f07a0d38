package org.mosaiccrm.sales.impl.quotes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.Counters;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.commons.money.LinePricing;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.UnavailableException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.api.Quote;
import org.mosaiccrm.sales.api.QuoteService;
import org.mosaiccrm.sales.api.SalesEvents;
import org.mosaiccrm.sales.api.Stage;
import org.mosaiccrm.sales.impl.SalesConfig;
import org.mosaiccrm.sales.impl.SalesModule;
import org.mosaiccrm.sales.impl.forecast.ForecastCells;
import org.mosaiccrm.sales.impl.persistence.OpportunityEntity;
import org.mosaiccrm.sales.impl.persistence.QuoteEntity;
import org.mosaiccrm.sales.impl.persistence.QuoteLineEntity;
import org.mosaiccrm.sales.impl.pipeline.PipelineSettings;
import org.mosaiccrm.sales.impl.pipeline.StageMoves;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Quotes (docs/sales.md): priced from the catalog with the commons' {@link LinePricing}, the very rule inventory
 * prices its orders with, so that an accepted quote's order costs what the quote said. Who may see the
 * opportunity may see and change its quotes.
 */
@Component(service = QuoteService.class, configurationPid = SalesConfig.PID)
public class QuoteServiceImpl implements QuoteService {

    public static final String ENTITY = "Quote";

    private final JpaTemplate jpa;
    private final OpportunityService opportunities;
    private final ContactService contacts;
    private final CallerContext callers;
    private final AuditLog audit;
    private final EventAdmin events;
    private final Clock clock;
    private volatile PipelineSettings settings;
    private volatile int validityDays;
    private volatile String seller;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CatalogSource catalog;

    @Activate
    public QuoteServiceImpl(@Reference OpportunityService opportunities,
                            @Reference(target = "(osgi.unit.name=" + SalesModule.NAME + ")") JpaTemplate jpa,
                            @Reference ContactService contacts, @Reference CallerContext callers, @Reference AuditLog audit,
                            @Reference EventAdmin events, SalesConfig config) {
        this.jpa = jpa;
        this.opportunities = opportunities;
        this.contacts = contacts;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.clock = Clock.systemUTC();
        modified(config);
    }

    @Modified
    void modified(SalesConfig config) {
        settings = PipelineSettings.of(config);
        validityDays = config.quoteValidityDays();
        seller = PipelineSettings.seller(config.seller());
    }

    private CatalogSource catalog() {
        CatalogSource source = catalog;
        if (source == null) {
            throw new UnavailableException("The inventory module is not running: quotes take their lines from its catalog and become its orders.");
        }
        return source;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    @Override
    public Quote draft(Quote.Draft draft) {
        Quote.Draft checked = QuoteRules.check(draft, today(), validityDays);
        Opportunity opportunity = openOpportunity(checked.opportunityId());
        location(checked.location());
        String language = checked.language() != null ? checked.language() : language(contacts.get(opportunity.customerId()));
        List<Priced> lines = price(checked, opportunity.currency());
        Instant now = Instant.now(clock);
        return JpaTransactions.required(jpa, em -> {
            QuoteEntity quote = new QuoteEntity();
            quote.id = UUID.randomUUID().toString();
            quote.number = String.format("DEV-%d-%06d", today().getYear(), Counters.next(em, "SALES_COUNTER", "quote"));
            quote.opportunityId = opportunity.id();
            quote.customerId = opportunity.customerId();
            quote.status = Quote.Status.DRAFT;
            quote.currency = opportunity.currency();
            quote.language = language;
            quote.location = checked.location();
            quote.createdAt = now;
            quote.createdBy = callers.name();
            fill(em, quote, checked.validUntil(), lines);
            em.persist(quote);
            audit.record(SalesModule.NAME, ENTITY, quote.id, AuditAction.CREATE, List.of(new FieldChange("number", null, quote.number),
                    new FieldChange("total", null, quote.total.toPlainString() + " " + quote.currency)));
            em.flush();
            return record(em, quote);
        });
    }

    private Opportunity openOpportunity(String id) {
        Opportunity opportunity = opportunities.get(id); // 404 unless the caller may see it
        if (opportunity.closedAt() != null) {
            throw new ConflictException("The opportunity is " + opportunity.stage() + ": it takes no more quotes.",
                    Map.of("stage", opportunity.stage()));
        }
        return opportunity;
    }

    /** The customer's language if the quote speaks it ({@code en-GB} is English), else French. */
    /** A named location must be one of inventory's (else the quote could never become an order). */
    private void location(String code) {
        if (code != null && !catalog().hasLocation(code)) {
            throw new ValidationException("location", "is not a location of the inventory");
        }
    }

    private static String language(Customer customer) {
        String language = customer.language() == null ? "" : customer.language().toLowerCase(java.util.Locale.ROOT);
        String primary = language.length() >= 2 ? language.substring(0, 2) : language;
        return QuoteRules.LANGUAGES.contains(primary) ? primary : "fr";
    }

    /** A line priced: what the catalog says, the price given instead when there is one. */
    private record Priced(String sku, String name, LinePricing.Priced amounts) {
    }

    private List<Priced> price(Quote.Draft draft, String currency) {
        CatalogSource source = catalog();
        List<FieldError> errors = new ArrayList<>();
        List<Priced> priced = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            Quote.LineDraft line = draft.lines().get(i);
            CatalogSource.Item item;
            try {
                item = source.item(line.sku());
            } catch (NotFoundException unknown) {
                errors.add(new FieldError("lines[" + i + "].sku", "is not in the catalog"));
                continue;
            }
            if (!item.active()) {
                errors.add(new FieldError("lines[" + i + "].sku", "is no longer sold"));
                continue;
            }
            if (line.unitPrice() == null && !item.currency().equals(currency)) {
                errors.add(new FieldError("lines[" + i + "].unitPrice", "is required: the catalog prices " + item.sku() + " in "
                        + item.currency() + ", the opportunity is in " + currency));
                continue;
            }
            BigDecimal unitPrice = line.unitPrice() != null ? line.unitPrice() : item.unitPrice();
            priced.add(new Priced(item.sku(), item.name(), LinePricing.line(line.quantity(), unitPrice, line.discount(), item.taxRate(), currency)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return priced;
    }

    private static void fill(EntityManager em, QuoteEntity quote, LocalDate validUntil, List<Priced> lines) {
        em.createQuery("DELETE FROM QuoteLineEntity l WHERE l.quoteId = :quote").setParameter("quote", quote.id).executeUpdate();
        int lineNo = 1;
        for (Priced line : lines) {
            QuoteLineEntity entity = new QuoteLineEntity();
            entity.id = UUID.randomUUID().toString();
            entity.quoteId = quote.id;
            entity.lineNo = lineNo++;
            entity.sku = line.sku();
            entity.name = line.name();
            entity.quantity = line.amounts().quantity();
            entity.unitPrice = line.amounts().unitPrice();
            entity.discount = line.amounts().discount();
            entity.taxRate = line.amounts().taxRate();
            entity.total = line.amounts().total();
            entity.tax = line.amounts().tax();
            em.persist(entity);
        }
        LinePricing.Totals totals = LinePricing.totals(lines.stream().map(Priced::amounts).toList());
        quote.validUntil = validUntil;
        quote.subtotal = totals.subtotal();
        quote.tax = totals.tax();
        quote.total = totals.total();
    }

    private static Quote record(EntityManager em, QuoteEntity quote) {
        return quote.toRecord(em.createQuery("SELECT l FROM QuoteLineEntity l WHERE l.quoteId = :quote ORDER BY l.lineNo", QuoteLineEntity.class)
                .setParameter("quote", quote.id).getResultList().stream().map(QuoteLineEntity::toRecord).toList());
    }

    /** The quote, if the caller may see its opportunity; locked against a concurrent change when {@code version} is given. */
    private QuoteEntity find(EntityManager em, String id, Long version) {
        QuoteEntity quote = id == null ? null
                : version == null ? em.find(QuoteEntity.class, id) : em.find(QuoteEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (quote == null) {
            throw new NotFoundException(ENTITY, id);
        }
        try {
            opportunities.get(quote.opportunityId);
        } catch (NotFoundException notTheirs) {
            throw new NotFoundException(ENTITY, id);
        }
        if (version != null && quote.version != version) {
            throw new ConflictException("Quote " + quote.number + " changed since version " + version + " was read: reload it.",
                    Map.of("currentVersion", quote.version));
        }
        return quote;
    }

    private static void expect(QuoteEntity quote, Quote.Status wanted) {
        if (quote.status != wanted) {
            throw new ConflictException("Quote " + quote.number + " is " + quote.status + "; this needs it " + wanted + ".",
                    Map.of("status", quote.status, "expected", wanted));
        }
    }

    @Override
    public Quote get(String id) {
        return jpa.txExpr(em -> record(em, find(em, id, null)));
    }

    @Override
    public List<Quote> ofOpportunity(String opportunityId) {
        opportunities.get(opportunityId);
        return jpa.txExpr(em -> em.createQuery("SELECT q FROM QuoteEntity q WHERE q.opportunityId = :id ORDER BY q.createdAt DESC, q.id",
                QuoteEntity.class).setParameter("id", opportunityId).setMaxResults(100).getResultList().stream().map(quote -> record(em, quote)).toList());
    }

    @Override
    public Quote revise(String id, long version, Quote.Draft draft) {
        Quote current = get(id);
        openOpportunity(current.opportunityId());
        Quote.Draft checked = QuoteRules.check(draft == null ? null : new Quote.Draft(current.opportunityId(), draft.validUntil(),
                draft.language(), draft.location(), draft.lines()), today(), validityDays);
        List<Priced> lines = price(checked, current.currency());
        location(checked.location());
        return JpaTransactions.required(jpa, em -> {
            QuoteEntity quote = find(em, id, version);
            if (quote.status != Quote.Status.SENT) {
                expect(quote, Quote.Status.DRAFT); // a sent one may be revised too: the customer gets the new version
            }
            BigDecimal before = quote.total;
            if (checked.language() != null) {
                quote.language = checked.language();
            }
            quote.location = checked.location();
            fill(em, quote, checked.validUntil(), lines);
            audit.record(SalesModule.NAME, ENTITY, quote.id, AuditAction.UPDATE, List.of(new FieldChange("total", before.toPlainString(),
                    quote.total.toPlainString())));
            em.flush();
            return record(em, quote);
        });
    }

    @Override
    public Quote send(String id, long version) {
        return JpaTransactions.required(jpa, em -> {
            QuoteEntity quote = find(em, id, version);
            expect(quote, Quote.Status.DRAFT);
            openOpportunity(quote.opportunityId);
            if (quote.validUntil.isBefore(today())) {
                throw new ConflictException("Quote " + quote.number + " expired on " + quote.validUntil + ": revise its date first.",
                        Map.of("validUntil", quote.validUntil.toString()));
            }
            quote.status = Quote.Status.SENT;
            quote.sentAt = Instant.now(clock);
            audit.record(SalesModule.NAME, ENTITY, quote.id, AuditAction.UPDATE, List.of(new FieldChange("status", "DRAFT", "SENT")));
            em.flush();
            return record(em, quote);
        });
    }

    @Override
    public Quote accept(String id, long version) {
        CatalogSource source = catalog();
        Instant now = Instant.now(clock);
        LocalDate today = today();
        Opportunity[] won = new Opportunity[1];
        Quote accepted = JpaTransactions.required(jpa, em -> {
            ForecastCells.lock(em); // first, as every writer of the forecast's figures
            QuoteEntity quote = find(em, id, version);
            expect(quote, Quote.Status.SENT);
            if (quote.validUntil.isBefore(today)) {
                throw new ConflictException("Quote " + quote.number + " expired on " + quote.validUntil + ": draft a new one.",
                        Map.of("validUntil", quote.validUntil.toString()));
            }
            OpportunityEntity opportunity = em.find(OpportunityEntity.class, quote.opportunityId, LockModeType.PESSIMISTIC_WRITE);
            if (opportunity.open == 0) {
                throw new ConflictException("The opportunity is " + opportunity.stage + " already: this quote cannot be accepted.",
                        Map.of("stage", opportunity.stage));
            }
            Quote current = record(em, quote);
            CatalogSource.Placed order = source.placeOrder(current, opportunity.owner); // the credit check's 409 rolls all of it back
            if (order.total().compareTo(quote.total) != 0) {
                // a tax rate changed in the catalog since the quote was drafted: the customer accepted another price
                throw new ConflictException("The order would cost " + order.total().toPlainString() + " " + quote.currency + ", not the "
                        + quote.total.toPlainString() + " of quote " + quote.number + ": the catalog changed since. Draft a new quote.",
                        Map.of("quoteTotal", quote.total, "orderTotal", order.total()));
            }
            quote.orderId = order.id();
            quote.status = Quote.Status.ACCEPTED;
            quote.decidedAt = now;
            audit.record(SalesModule.NAME, ENTITY, quote.id, AuditAction.UPDATE, List.of(new FieldChange("status", "SENT", "ACCEPTED"),
                    new FieldChange("orderId", null, quote.orderId)));
            ForecastCells.Share share = ForecastCells.of(opportunity);
            opportunity.amount = quote.subtotal; // won at what the customer accepted, before tax
            won[0] = StageMoves.move(em, opportunity, share, settings.stage(Stage.WON).orElseThrow(), null, settings, now, callers.name(),
                    audit);
            em.flush();
            return record(em, quote);
        });
        events.postEvent(new Event(SalesEvents.QUOTE_ACCEPTED, Map.of(SalesEvents.QUOTE_ID, accepted.id(), SalesEvents.ORDER_ID,
                accepted.orderId(), SalesEvents.OPPORTUNITY_ID, accepted.opportunityId(), SalesEvents.CUSTOMER_ID, accepted.customerId())));
        events.postEvent(StageMoves.event(won[0]));
        return accepted;
    }

    @Override
    public Quote decline(String id, long version, String reason) {
        String checked = reason == null || reason.isBlank() ? null : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if (checked == null) {
            errors.add(new FieldError("reason", "is required: why the customer declined"));
        }
        FieldError.checkLength(errors, "reason", checked, 500);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return JpaTransactions.required(jpa, em -> {
            QuoteEntity quote = find(em, id, version);
            expect(quote, Quote.Status.SENT);
            quote.status = Quote.Status.DECLINED;
            quote.declinedReason = checked;
            quote.decidedAt = Instant.now(clock);
            audit.record(SalesModule.NAME, ENTITY, quote.id, AuditAction.UPDATE, List.of(new FieldChange("status", "SENT", "DECLINED")));
            em.flush();
            return record(em, quote);
        });
    }

    @Override
    public void print(String id, OutputStream pdf) {
        Quote quote = get(id);
        Customer customer = contacts.get(quote.customerId());
        try {
            QuoteDocument.write(quote, customer.displayName(), seller, settings.zone(), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
