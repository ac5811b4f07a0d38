package org.mosaiccrm.itests.sales;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The sales pipeline hot-installed on a CRM running contacts and leads: an opportunity through its stages, its
 * history and the 409s of a stale or closed one; one opened from a lead; activities done onto the timeline; the
 * calendar feed read back with ical4j; the forecast of a known data set to the cent; the events of a win and of a
 * reminder; bad input, roles and a bad configuration (quotes: {@link QuotesIT}).
 */
public class SalesIT extends SalesTestSupport {

    @Test
    public void anOpportunityMovesThroughItsStagesKeepsItsHistoryAndRefusesAStaleOrClosedMove() {
        String customerId = customer("stages" + System.nanoTime());
        Http rep = as(TestUsers.SALES);
        JsonNode opened = open(rep, "{\"customerId\":\"" + customerId + "\",\"title\":\"Machines à café pour l'agence de Lyon\","
                + "\"amount\":\"12500.5\",\"expectedClose\":\"2030-06-30\",\"products\":[\"BAR-1200\"]}");
        assertEquals("qualification", opened.get("stage").asText());
        assertEquals(10, opened.get("probability").asInt());
        assertEquals("EUR", opened.get("currency").asText());
        assertEquals("12500.50", opened.get("amount").decimalValue().setScale(2).toPlainString());
        assertEquals(TestUsers.SALES, opened.get("owner").asText());

        Reply proposal = move(rep, opened, 1, "{\"stage\":\"proposal\"}");
        assertEquals(proposal.toString(), 200, proposal.status());
        assertEquals(50, proposal.json().get("probability").asInt());
        Reply stale = move(rep, opened, 1, "{\"stage\":\"negotiation\"}");
        assertEquals("a move made on the version before is refused: " + stale, 409, stale.status());
        assertEquals(2, stale.json().get("currentVersion").asInt());
        Reply lostWithoutReason = move(rep, opened, 2, "{\"stage\":\"lost\"}");
        assertEquals(422, lostWithoutReason.status());
        assertEquals("reason", lostWithoutReason.json().at("/errors/0/field").asText());
        Reply won = move(rep, opened, 2, "{\"stage\":\"won\"}");
        assertEquals(won.toString(), 200, won.status());
        assertEquals(100, won.json().get("probability").asInt());
        assertEquals("a won opportunity closes today", LocalDate.now(ZoneId.of("Europe/Paris")).toString(),
                won.json().get("expectedClose").asText());
        Reply again = move(rep, opened, 3, "{\"stage\":\"negotiation\"}");
        assertEquals(409, again.status());
        assertEquals("[]", again.json().get("allowed").toString());

        JsonNode history = rep.get(API + "/opportunities/" + opened.get("id").asText() + "/history").json();
        assertEquals(history.toString(), 3, history.size());
        assertFalse(history.get(0).has("from"));
        assertEquals("qualification", history.get(0).get("to").asText());
        assertEquals("qualification", history.get(1).get("from").asText());
        assertEquals("proposal", history.get(1).get("to").asText());
        assertEquals("won", history.get(2).get("to").asText());
        assertEquals(TestUsers.SALES, history.get(2).get("by").asText());

        JsonNode audit = admin().get("/crm/api/audit?entityType=Opportunity&entityId=" + opened.get("id").asText()).json();
        assertEquals(audit.toString(), 3, audit.size());
        assertEquals("an agent has no pipeline", 403, as(TestUsers.AGENT).get(API + "/opportunities").status());
        assertEquals("a customer neither", 403, as(TestUsers.CUSTOMER).get(API + "/opportunities").status());
    }

    @Test
    public void aRepSeesTheirOwnPipelineAndOnlyAManagerReassigns() {
        String customerId = customer("owners" + System.nanoTime());
        JsonNode managers = open(as(TestUsers.MANAGER), "{\"customerId\":\"" + customerId + "\",\"title\":\"Contrat d'entretien\","
                + "\"amount\":\"900\",\"currency\":\"GBP\",\"campaign\":\"salon-gb\",\"expectedClose\":\"2030-07-15\",\"owner\":\""
                + TestUsers.MANAGER + "\"}");
        String path = API + "/opportunities/" + managers.get("id").asText();
        assertEquals("another's opportunity does not exist for a rep", 404, as(TestUsers.SALES).get(path).status());
        assertEquals("0", as(TestUsers.SALES).get(API + "/opportunities?customerId=" + customerId).header("X-Total-Count"));
        Reply repOpensForAnother = as(TestUsers.SALES).postJson(API + "/opportunities", "{\"customerId\":\"" + customerId
                + "\",\"title\":\"x\",\"amount\":\"1\",\"expectedClose\":\"2030-07-15\",\"owner\":\"" + TestUsers.MANAGER + "\"}");
        assertEquals(403, repOpensForAnother.status());
        Reply edited = as(TestUsers.MANAGER).send("PUT", path, "application/json", "{\"title\":\"Contrat d'entretien 2031\",\"amount\":\"950\","
                + "\"expectedClose\":\"2030-07-20\"}", Map.of("If-Match", "\"1\""));
        assertEquals(edited.toString(), 200, edited.status());
        assertEquals("what an edit does not name is kept", "GBP", edited.json().get("currency").asText());
        assertEquals("salon-gb", edited.json().get("campaign").asText());
        Reply reassigned = as(TestUsers.MANAGER).send("POST", path + "/owner", "application/json",
                "{\"owner\":\"" + TestUsers.SALES + "\"}", Map.of("If-Match", "\"2\""));
        assertEquals(reassigned.toString(), 200, reassigned.status());
        assertEquals(200, as(TestUsers.SALES).get(path).status());
        Reply repReassigns = as(TestUsers.SALES).send("POST", path + "/owner", "application/json",
                "{\"owner\":\"" + TestUsers.MANAGER + "\"}", Map.of("If-Match", "\"3\""));
        assertEquals(403, repReassigns.status());
    }

    @Test
    public void anOpportunityOpenedFromALeadConvertsItAndKeepsItsCampaign() {
        String tag = "lead" + System.nanoTime();
        Reply lead = as(TestUsers.SALES).postJson("/crm/api/leads", "{\"firstName\":\"Bruno\",\"lastName\":\"Lefèvre\",\"company\":\"Café "
                + tag + "\",\"email\":\"" + tag + "@exemple.fr\",\"campaign\":\"salon-2030\"}");
        assertEquals(lead.toString(), 201, lead.status());
        String leadId = lead.json().get("id").asText();
        Reply refused = as(TestUsers.SALES).postJson(API + "/opportunities/from-lead/" + leadId, "{\"expectedClose\":\"2030-09-01\"}");
        assertEquals(refused.toString(), 422, refused.status());
        assertEquals("a refused opening converts nothing", "NEW", as(TestUsers.SALES).get("/crm/api/leads/" + leadId).json()
                .get("status").asText());
        Reply opened = as(TestUsers.SALES).postJson(API + "/opportunities/from-lead/" + leadId,
                "{\"amount\":\"4200\",\"expectedClose\":\"2030-09-01\"}");
        assertEquals(opened.toString(), 201, opened.status());
        assertEquals(leadId, opened.json().get("sourceLeadId").asText());
        assertEquals("salon-2030", opened.json().get("campaign").asText());
        assertEquals("Café " + tag, opened.json().get("title").asText());
        JsonNode converted = as(TestUsers.SALES).get("/crm/api/leads/" + leadId).json();
        assertEquals("CONVERTED", converted.get("status").asText());
        assertEquals(converted.get("customerId").asText(), opened.json().get("customerId").asText());
        Reply again = as(TestUsers.SALES).postJson(API + "/opportunities/from-lead/" + leadId, "{\"amount\":\"1\",\"expectedClose\":\"2030-09-01\"}");
        assertEquals("one opportunity per lead", 409, again.status());
        assertEquals(opened.json().get("id").asText(), again.json().get("opportunityId").asText());
        assertEquals(404, as(TestUsers.SALES).postJson(API + "/opportunities/from-lead/no-such-lead",
                "{\"amount\":\"1\",\"expectedClose\":\"2030-09-01\"}").status());
    }

    @Test
    public void aDoneActivityLandsOnTheCustomersTimelineAndMyDayFlagsWhatIsOverdue() {
        String customerId = customer("activity" + System.nanoTime());
        Http rep = as(TestUsers.SALES);
        Instant past = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Reply planned = rep.postJson(API + "/activities", "{\"kind\":\"CALL\",\"subject\":\"Rappeler pour le devis\",\"dueAt\":\"" + past
                + "\",\"customerId\":\"" + customerId + "\"}");
        assertEquals(planned.toString(), 201, planned.status());
        String id = planned.json().get("id").asText();
        assertTrue("due two hours ago: overdue", planned.json().get("overdue").asBoolean());
        JsonNode myDay = rep.get(API + "/activities?assignee=me&due=today&customerId=" + customerId).json();
        assertEquals(myDay.toString(), 1, myDay.size());
        assertTrue(myDay.get(0).get("overdue").asBoolean());
        assertEquals(1, rep.get(API + "/activities?assignee=me&due=overdue&customerId=" + customerId).json().size());

        Reply done = rep.send("POST", API + "/activities/" + id + "/done", "application/json", "{\"outcome\":\"Devis accepté, livraison le 12\"}",
                Map.of("If-Match", "\"1\""));
        assertEquals(done.toString(), 200, done.status());
        assertEquals("DONE", done.json().get("status").asText());
        assertFalse(done.json().get("overdue").asBoolean());
        JsonNode timeline = as(TestUsers.SALES).get(Customers.PATH + "/" + customerId + "/interactions").json();
        JsonNode entry = null;
        for (JsonNode interaction : timeline) {
            if (id.equals(interaction.path("reference").asText())) {
                entry = interaction;
            }
        }
        assertNotNull("on the timeline: " + timeline, entry);
        assertEquals("PHONE", entry.get("channel").asText());
        assertEquals("sales", entry.get("module").asText());
        assertEquals("Devis accepté, livraison le 12", entry.get("outcome").asText());
        assertEquals("done once", 409, rep.send("POST", API + "/activities/" + id + "/done", "application/json", "{}",
                Map.of("If-Match", "\"2\"")).status());
        assertEquals("no longer in my day", 0, rep.get(API + "/activities?assignee=me&due=today&customerId=" + customerId).json().size());
    }

    @Test
    public void theCalendarFeedIsReadBackByIcal4j() throws Exception {
        String customerId = customer("ics" + System.nanoTime());
        Http rep = as(TestUsers.AGENT);
        Instant when = Instant.parse("2030-03-14T09:30:00Z");
        Reply meeting = rep.postJson(API + "/activities", "{\"kind\":\"MEETING\",\"subject\":\"Démonstration chez Mme Poulain\",\"dueAt\":\""
                + when + "\",\"durationMinutes\":90,\"remindMinutesBefore\":30,\"notes\":\"Apporter la Barista 1200\",\"customerId\":\""
                + customerId + "\"}");
        assertEquals(meeting.toString(), 201, meeting.status());
        Reply feed = rep.get(API + "/activities.ics?assignee=me&customerId=" + customerId);
        assertEquals(feed.toString(), 200, feed.status());
        assertTrue(feed.contentType(), feed.contentType().startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertEquals(1, calendar.getComponents("VEVENT").size());
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertEquals(meeting.json().get("id").asText() + "@sales.mosaiccrm", event.getUid().getValue());
        assertEquals("Démonstration chez Mme Poulain", event.getSummary().getValue());
        assertEquals(when, event.getStartDate().getDate().toInstant());
        assertEquals(when.plus(Duration.ofMinutes(90)), event.getEndDate().getDate().toInstant());
        assertEquals("Apporter la Barista 1200", event.getDescription().getValue());
        VAlarm alarm = event.getAlarms().get(0);
        assertEquals(Duration.ofMinutes(-30), alarm.getTrigger().getDuration());
    }

    @Test
    public void theForecastOfAKnownPipelineIsExactToTheCent() throws Exception {
        String customerId = customer("forecast" + System.nanoTime());
        Http manager = as(TestUsers.MANAGER);
        String owner = TestUsers.ADMIN; // nobody else's opportunities are owned by the admin in this class
        String month = "2031-03";
        for (String[] o : new String[][] { { "1000.00", "qualification", "EUR" }, { "2000.00", "proposal", "EUR" },
                { "3000.00", "negotiation", "EUR" }, { "500.00", "proposal", "USD" } }) {
            open(manager, "{\"customerId\":\"" + customerId + "\",\"title\":\"Lot " + o[0] + "\",\"amount\":\"" + o[0] + "\",\"currency\":\""
                    + o[2] + "\",\"stage\":\"" + o[1] + "\",\"expectedClose\":\"" + month + "-15\",\"owner\":\"" + owner + "\"}");
        }
        JsonNode toWin = open(manager, "{\"customerId\":\"" + customerId + "\",\"title\":\"Lot gagné\",\"amount\":\"4000\","
                + "\"expectedClose\":\"" + month + "-20\",\"owner\":\"" + owner + "\",\"stage\":\"negotiation\"}");
        assertEquals(200, move(manager, toWin, 1, "{\"stage\":\"won\"}").status());

        JsonNode forecast = manager.get(API + "/forecast?by=owner&from=" + month + "&to=" + month + "&owner=" + owner).json();
        assertEquals(forecast.toString(), 2, forecast.get("rows").size());
        JsonNode eur = forecast.at("/rows/0");
        assertEquals("EUR", eur.get("currency").asText());
        assertEquals("6000.00", eur.get("pipeline").decimalValue().setScale(2).toPlainString());
        assertEquals("1000 × 10 % + 2000 × 50 % + 3000 × 80 %", "3500.00", eur.get("weighted").decimalValue().setScale(2).toPlainString());
        assertEquals("at or above 80 %", "3000.00", eur.get("committed").decimalValue().setScale(2).toPlainString());
        assertEquals("6000.00", eur.get("bestCase").decimalValue().setScale(2).toPlainString());
        assertEquals(3, eur.get("open").asInt());
        JsonNode usd = forecast.at("/rows/1");
        assertEquals("USD", usd.get("currency").asText());
        assertEquals("250.00", usd.get("weighted").decimalValue().setScale(2).toPlainString());
        JsonNode conversion = forecast.at("/conversions/0");
        assertEquals("qualification", conversion.get("stage").asText());
        assertEquals("the 4 open ones of March reached it", 4, conversion.get("reached").asInt());
        assertEquals(3, conversion.get("advanced").asInt());
        assertEquals("75.00", conversion.get("rate").decimalValue().setScale(2).toPlainString());

        String thisMonth = YearMonth.now(ZoneId.of("Europe/Paris")).toString();
        JsonNode won = manager.get(API + "/forecast?by=team&from=" + thisMonth + "&to=" + thisMonth + "&owner=" + owner).json().at("/rows/0");
        assertEquals("the won one counts in the month it was won", "4000.00", won.get("won").decimalValue().setScale(2).toPlainString());
        assertEquals("4000.00", won.get("committed").decimalValue().setScale(2).toPlainString());
        assertEquals("-", won.get("group").asText());

        withConfiguration("org.mosaiccrm.sales", Map.of("teams", "nord:" + owner), () -> Await.until("the team to count", Duration.ofSeconds(20),
                () -> "nord".equals(manager.get(API + "/forecast?by=team&from=" + month + "&to=" + month + "&owner=" + owner).json()
                        .at("/rows/0/group").asText())));

        JsonNode report = Await.value("the forecast report", Duration.ofSeconds(30), () -> {
            Reply reply = manager.get("/crm/api/reporting/reports/sales.forecast?fromMonth=" + month + "&toMonth=" + month);
            return reply.status() == 200 ? reply.json() : null;
        });
        boolean found = false;
        for (JsonNode row : report.get("rows")) {
            if (owner.equals(row.get(0).asText()) && "EUR".equals(row.get(2).asText())) {
                assertEquals("the report says what REST says", "3500.00", row.get(4).decimalValue().setScale(2).toPlainString());
                found = true;
            }
        }
        assertTrue(report.toString(), found);
        Reply repsReport = as(TestUsers.SALES).get("/crm/api/reporting/reports/sales.forecast?fromMonth=" + month + "&toMonth=" + month);
        assertEquals(repsReport.toString(), 200, repsReport.status());
        assertFalse("a rep's report holds their own pipeline only: " + repsReport.body(), repsReport.body().contains(owner));
    }

    @Test
    public void badInputIsRefusedNamingEachFieldAndABadConfigurationKeepsTheStagesInForce() throws Exception {
        Reply bad = as(TestUsers.SALES).postJson(API + "/opportunities", "{\"customerId\":\"x\",\"title\":\"a\\nb\",\"amount\":\"-5\","
                + "\"currency\":\"EURO\",\"stage\":\"won\",\"probability\":140}");
        assertEquals(bad.toString(), 422, bad.status());
        String fields = bad.json().get("errors").toString();
        for (String field : new String[] { "title", "amount", "currency", "stage", "probability", "expectedClose" }) {
            assertTrue(field + " in " + fields, fields.contains("\"" + field + "\""));
        }
        assertEquals(422, as(TestUsers.SALES).postJson(API + "/opportunities", "{\"customerId\":\"x\",\"title\":\"t\",\"amount\":\"1e400\","
                + "\"expectedClose\":\"2030-01-01\"}").status());
        assertEquals(400, as(TestUsers.SALES).postJson(API + "/opportunities", "{not json").status());
        assertEquals(400, as(TestUsers.MANAGER).get(API + "/forecast?from=2030-13&to=2031-01").status());
        assertEquals(400, as(TestUsers.MANAGER).get(API + "/forecast?from=2031-01&to=2030-01").status());
        assertEquals(400, as(TestUsers.SALES).get(API + "/activities?due=tomorrow").status());
        Reply noTime = as(TestUsers.SALES).postJson(API + "/activities", "{\"kind\":\"VISIT\",\"subject\":\"Visite\"}");
        assertEquals(422, noTime.status());
        assertTrue(noTime.body(), noTime.body().contains("dueAt"));

        withConfiguration("org.mosaiccrm.sales", Map.of("stages", "decouverte:50, proposition:10", "currency", "EURO", "stagez", "x"), () -> {
            Await.until("the refusal to be reported", Duration.ofSeconds(20),
                    () -> moduleWarnings("sales").contains("org.mosaiccrm.sales refused"));
            String warnings = moduleWarnings("sales");
            assertTrue(warnings, warnings.contains("stages: the probability of 'proposition' (10) is lower than the stage before it (50)"));
            assertTrue(warnings, warnings.contains("currency: 'EURO' is not an ISO 4217 currency code"));
            assertTrue(warnings, warnings.contains("stagez: is not a setting of org.mosaiccrm.sales"));
            assertEquals("ACTIVE", moduleState("sales"));
            assertEquals("the stages in force stay", "qualification", as(TestUsers.SALES).get(API + "/stages").json().at("/0/name").asText());
        });
    }

    @Test
    public void theConsoleShowsMyDayMovesAStageAndPrintsTheForecast() throws Exception {
        String customerId = customer("console" + System.nanoTime());
        JsonNode opened = open(as(TestUsers.MANAGER), "{\"customerId\":\"" + customerId + "\",\"title\":\"Console\",\"amount\":\"10\","
                + "\"expectedClose\":\"2030-05-05\"}");
        String moved = console("crm:opportunity-stage " + opened.get("id").asText() + " proposal");
        assertTrue(moved, moved.contains("qualification -> proposal (50 %)"));
        String refused = console("crm:opportunity-stage " + opened.get("id").asText() + " lost");
        assertTrue(refused, refused.contains("reason"));
        String listed = console("crm:opportunity-list --stage proposal --open");
        assertTrue(listed, listed.contains(opened.get("id").asText()));
        withConfiguration("org.mosaiccrm.sales", Map.of("stages", "qualification:10, negotiation:80"), () -> Await.until(
                "a dropped stage that opportunities are in to stay, after the others", Duration.ofSeconds(20), () -> ("[qualification, "
                        + "negotiation, proposal, won, lost]").equals(names(as(TestUsers.SALES).get(API + "/stages").json()))));
        String forecast = console("crm:forecast --by all --from 2030-05 --to 2030-05");
        assertTrue(forecast, forecast.contains("2030-05"));
        String badMonth = console("crm:forecast --from mai");
        assertTrue(badMonth, badMonth.contains("--from: must be a month such as 2026-01"));
        assertTrue(console("crm:activity-list --due today"), console("crm:activity-list --due today").contains("activities"));
    }

    @Test
    public void aWinAndADueReminderAreAnnouncedOnTheEventAdmin() throws Exception {
        java.util.concurrent.BlockingQueue<org.osgi.service.event.Event> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        var registration = bundleContext.registerService(org.osgi.service.event.EventHandler.class, heard::add,
                new java.util.Hashtable<>(Map.of(org.osgi.service.event.EventConstants.EVENT_TOPIC, "org/mosaiccrm/sales/*")));
        try {
            String customerId = customer("events" + System.nanoTime());
            JsonNode opened = open(as(TestUsers.SALES), "{\"customerId\":\"" + customerId + "\",\"title\":\"Événement\",\"amount\":\"321.50\","
                    + "\"expectedClose\":\"2030-05-05\"}");
            assertEquals(200, move(as(TestUsers.SALES), opened, 1, "{\"stage\":\"won\"}").status());
            org.osgi.service.event.Event won = next(heard, "org/mosaiccrm/sales/OPPORTUNITY_WON");
            assertEquals(opened.get("id").asText(), won.getProperty("opportunityId"));
            assertEquals("321.50", won.getProperty("amount"));
            withConfiguration("org.mosaiccrm.sales", Map.of("reminderCheckSeconds", 5), () -> {
                Reply planned = as(TestUsers.SALES).postJson(API + "/activities", "{\"kind\":\"CALL\",\"subject\":\"Rappel\",\"dueAt\":\""
                        + Instant.now().plus(Duration.ofMinutes(10)) + "\",\"remindMinutesBefore\":15,\"customerId\":\"" + customerId + "\"}");
                assertEquals(planned.toString(), 201, planned.status());
                org.osgi.service.event.Event due = next(heard, "org/mosaiccrm/sales/ACTIVITY_DUE");
                assertEquals(planned.json().get("id").asText(), due.getProperty("activityId"));
                assertEquals(TestUsers.SALES, due.getProperty("assignee"));
            });
        } finally {
            registration.unregister();
        }
    }

    private static org.osgi.service.event.Event next(java.util.concurrent.BlockingQueue<org.osgi.service.event.Event> heard, String topic)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (org.osgi.service.event.Event event; System.nanoTime() < deadline; ) {
            event = heard.poll(1, java.util.concurrent.TimeUnit.SECONDS);
            if (event != null && event.getTopic().equals(topic)) {
                return event;
            }
        }
        throw new AssertionError("no " + topic + " within 30 s");
    }

    private static String names(JsonNode stages) {
        java.util.List<String> names = new java.util.ArrayList<>();
        stages.forEach(stage -> names.add(stage.get("name").asText()));
        return names.toString();
    }
}
