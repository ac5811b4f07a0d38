package org.mosaiccrm.sales.impl.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.kernel.api.demo.DemoData;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.mosaiccrm.sales.api.Activity;
import org.mosaiccrm.sales.api.ActivityQuery;
import org.mosaiccrm.sales.api.ActivityService;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.OpportunityQuery;
import org.mosaiccrm.sales.api.OpportunityService;
import org.mosaiccrm.sales.impl.SalesModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The sales part of the demo set, through the module's own API: a pipeline for demo-sales on the demo customers
 * (one opportunity per open stage, closing over the next months) and a day of activities, one of them overdue —
 * what a rep opening "My day" and "Pipeline" for the first time expects to see.
 */
@Component(service = DemoData.class)
public class SalesDemoData implements DemoData {

    private static final String REP = "demo-sales";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final OpportunityService opportunities;
    private final ActivityService activities;
    private final ContactService contacts;
    private final UserDirectory users;
    private final Clock clock = Clock.system(PARIS);

    @Activate
    public SalesDemoData(@Reference OpportunityService opportunities, @Reference ActivityService activities,
                         @Reference ContactService contacts, @Reference UserDirectory users) {
        this.opportunities = opportunities;
        this.activities = activities;
        this.contacts = contacts;
        this.users = users;
    }

    @Override
    public String module() {
        return SalesModule.NAME;
    }

    @Override
    public boolean isEmpty() {
        return opportunities.search(OpportunityQuery.all(), PageRequest.first(1)).total() == 0
                && activities.search(new ActivityQuery(null, ActivityQuery.Due.ANY, null, null, null, true), PageRequest.first(1)).total() == 0;
    }

    @Override
    public String load() {
        if (!users.isUser(REP)) {
            return "nothing: the demo user " + REP + " does not exist";
        }
        LocalDate today = LocalDate.now(clock);
        Customer amelie = first("amelie.poulain@exemple.fr");
        Customer dubois = first("f.dubois@dubois-fils.fr");
        int opened = 0;
        int planned = 0;
        if (dubois != null) {
            open(dubois, "Équipement de la salle de pause (12 postes)", "8400.00", "proposal", today.plusWeeks(3), "salon-pro-2026");
            open(dubois, "Contrat d'entretien annuel", "1800.00", "negotiation", today.plusDays(10), null);
            Opportunity first = open(dubois, "Machines pour la nouvelle agence de Lyon", "15600.00", "qualification", today.plusMonths(3), null);
            plan(Activity.Kind.VISIT, "Visite de l'agence de Lyon avec M. Dubois", today.atTime(LocalTime.of(10, 0)), 90, dubois, first);
            plan(Activity.Kind.CALL, "Relancer M. Dubois sur le devis de la salle de pause", today.minusDays(1).atTime(LocalTime.of(16, 30)), 15,
                    dubois, null);
            opened += 3;
            planned += 2;
        }
        if (amelie != null) {
            Opportunity barista = open(amelie, "Barista 1200 et abonnement café", "1490.00", "needs-analysis", today.plusMonths(1), "newsletter-automne");
            plan(Activity.Kind.CALL, "Appeler Amélie Poulain : démonstration de la Barista", today.atTime(LocalTime.of(15, 0)), 20, amelie, barista);
            opened++;
            planned++;
        }
        return opened + " opportunities, " + planned + " activities";
    }

    private Opportunity open(Customer customer, String title, String amount, String stage, LocalDate close, String campaign) {
        return opportunities.open(new Opportunity.Draft(customer.id(), title, new BigDecimal(amount), "EUR", stage, null, REP, close, null,
                campaign));
    }

    private void plan(Activity.Kind kind, String subject, java.time.LocalDateTime at, int minutes, Customer customer, Opportunity opportunity) {
        activities.plan(new Activity.Draft(kind, subject, null, at.atZone(PARIS).toInstant(), minutes, 15, REP, customer.id(), null,
                opportunity == null ? null : opportunity.id()));
    }

    private Customer first(String email) {
        List<Customer> found = contacts.search(CustomerQuery.byEmail(email), PageRequest.first(1)).items();
        return found.isEmpty() ? null : found.get(0);
    }
}
