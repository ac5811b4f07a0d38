package org.mosaiccrm.itests.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The service pack hot-installed on a CRM running contacts, used as agents, supervisors, customers and
 * the public would. Time is a clock the test moves (registered with {@code crm.clock=true}): the SLA is
 * checked on the calendar the standard policy ships (Europe/Paris, Monday to Friday 09:00-18:00).
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ServiceIT extends ServiceTestSupport {

    @Test
    public void a_ticketsLifePausesTheSlaClockWhileWaitingOnTheCustomer() {
        clock.set(MONDAY_9);
        String customer = customer("Horloge" + tag(), "horloge." + tag() + "@exemple.fr");
        JsonNode ticket = open(customer, "technical", "NORMAL", "La machine ne chauffe plus");
        assertTrue(ticket.get("number").asText().matches("SR-2027-\\d{6}"));
        assertEquals("standard", ticket.at("/sla/policy").asText());
        // NORMAL: first response 4 h, resolution 27 h of business time
        assertEquals("2027-01-04T12:00:00Z", ticket.at("/sla/firstResponseDue").asText());
        assertEquals("2027-01-06T17:00:00Z", ticket.at("/sla/resolutionDue").asText());

        clock.advance(Duration.ofHours(1));
        Reply answer = as(TestUsers.AGENT).postJson(API + "/tickets/" + ticket.get("id").asText() + "/comments",
                "{\"text\":\"Bonjour, avez-vous détartré la machine récemment ?\"}");
        assertEquals(answer.toString(), 201, answer.status());
        ticket = get(ticket);
        assertEquals("IN_PROGRESS", ticket.get("status").asText());
        assertEquals("PT1H", ticket.at("/sla/firstResponseBusiness").asText());

        clock.advance(Duration.ofHours(1)); // Monday 11:00: 2 business hours used
        ticket = status(ticket, "WAITING_ON_CUSTOMER");
        assertEquals("PAUSED", ticket.at("/sla/state").asText());
        assertTrue(ticket.at("/sla/resolutionDue").isMissingNode());

        clock.set(Instant.parse("2027-01-07T08:00:00Z")); // Thursday 09:00, past the first due time (Wednesday 18:00): nothing is breached while paused
        JsonNode scan = as(TestUsers.MANAGER).postJson(API + "/sla/scan", "").json();
        assertNotNull(scan);
        ticket = get(ticket);
        assertEquals("PAUSED", ticket.at("/sla/state").asText());
        assertFalse(ticket.get("escalated").asBoolean());

        ticket = status(ticket, "IN_PROGRESS"); // 25 h left from Thursday 09:00: Thu 9 h, Fri 9 h, Mon 7 h → Monday 16:00 Paris
        assertEquals("2027-01-11T15:00:00Z", ticket.at("/sla/resolutionDue").asText());
        assertEquals("ON_TRACK", ticket.at("/sla/state").asText());

        clock.advance(Duration.ofHours(3));
        ticket = status(ticket, "RESOLVED");
        assertEquals("PT5H", ticket.at("/sla/resolutionBusiness").asText());
        assertEquals("DONE", ticket.at("/sla/state").asText());
        String number = ticket.get("number").asText();
        JsonNode timeline = as(TestUsers.AGENT).get("/crm/api/contacts/customers/" + customer + "/interactions").json();
        long lines = 0;
        for (JsonNode line : timeline.has("items") ? timeline.get("items") : timeline) {
            if (line.get("subject").asText().startsWith(number)) {
                lines++;
            }
        }
        assertTrue("the ticket's events on the customer's timeline: " + timeline, lines >= 4);
    }

    @Test
    public void b_aBreachEscalatesToTheSupervisorsAndAnnouncesIt() {
        clock.set(MONDAY_9);
        List<Event> escalations = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> topic = new Hashtable<>();
        topic.put(EventConstants.EVENT_TOPIC, "org/mosaiccrm/service/TICKET_ESCALATED");
        ServiceRegistration<EventHandler> handler = bundleContext.registerService(EventHandler.class, escalations::add, topic);
        try {
            JsonNode ticket = open(customer("Urgence" + tag(), "urgence." + tag() + "@exemple.fr"), "technical", "URGENT", "Plus de café du tout");
            assertEquals("2027-01-04T08:30:00Z", ticket.at("/sla/firstResponseDue").asText());
            clock.advance(Duration.ofMinutes(25));
            JsonNode scan = as(TestUsers.MANAGER).postJson(API + "/sla/scan", "").json();
            assertTrue(scan.toString(), scan.get("warned").asInt() >= 1);
            assertEquals("WARNING", get(ticket).at("/sla/state").asText());
            clock.advance(Duration.ofMinutes(6));
            scan = as(TestUsers.MANAGER).postJson(API + "/sla/scan", "").json();
            assertTrue(scan.toString(), scan.get("breached").asInt() >= 1);
            ticket = get(ticket);
            assertTrue(ticket.toString(), ticket.get("escalated").asBoolean());
            assertTrue(ticket.get("escalationReason").asText(), ticket.get("escalationReason").asText().contains("first response"));
            assertEquals("FIRST_RESPONSE", ticket.at("/sla/breached").asText());
            String id = ticket.get("id").asText();
            Await.until("the escalation event", Duration.ofSeconds(10), () -> escalations.stream()
                    .anyMatch(e -> id.equals(e.getProperty("ticketId")) && "SLA_BREACH".equals(e.getProperty("trigger"))));
            JsonNode queue = as(TestUsers.MANAGER).get(API + "/tickets?escalated=true&open=true&limit=500").json();
            assertTrue(queue.toString().contains(id));
            // a second scan announces nothing twice
            as(TestUsers.MANAGER).postJson(API + "/sla/scan", "");
            assertEquals(1, escalations.stream().filter(e -> id.equals(e.getProperty("ticketId"))).count());
        } finally {
            handler.unregister();
        }
    }

    @Test
    public void c_routingPicksTheQualifiedAgentSaysWhyAndDropsOptionalSkillsAfterTheTimeout() {
        clock.set(MONDAY_9);
        String customer = customer("Routage" + tag(), "routage." + tag() + "@exemple.fr");
        JsonNode first = open(customer, "technical", "NORMAL", "Installation de la machine");
        assertEquals(TestUsers.AGENT, first.get("assignee").asText());
        assertTrue(first.get("assignmentReason").asText(), first.get("assignmentReason").asText().contains("installation 4"));

        agents(false); // itest-agent is away: only itest-agent-b (no installation skill) remains
        JsonNode waiting = open(customer, "technical", "NORMAL", "Réglage du moulin");
        assertEquals("NEW", waiting.get("status").asText());
        assertTrue(waiting.get("assignmentReason").asText(), waiting.get("assignmentReason").asText().contains(AGENT_B + " lacks installation"));
        clock.advance(Duration.ofMinutes(16));
        as(TestUsers.MANAGER).postJson(API + "/sla/scan", "");
        JsonNode routed = get(waiting);
        assertEquals(AGENT_B, routed.get("assignee").asText());
        assertTrue(routed.get("assignmentReason").asText(), routed.get("assignmentReason").asText().contains("optional skills dropped"));
    }

    @Test
    public void d_aFrenchQueryFindsItsArticleAndTheIndexRebuildsItselfWhenDeleted() throws Exception {
        String word = "zorglub" + tag();
        Reply article = as(TestUsers.MANAGER).postJson(API + "/articles", "{\"title\":\"Résilier l’abonnement café " + word + "\","
                + "\"body\":\"Pour **résilier** votre abonnement aux livraisons de café, écrivez-nous avant le 20 du mois.\","
                + "\"language\":\"fr\",\"published\":true}");
        assertEquals(article.toString(), 201, article.status());
        String id = article.json().get("id").asText();
        JsonNode hits = as(TestUsers.CUSTOMER_B).get(API + "/articles/search?q=" + word + "+resiliation+abonnements&language=fr").json();
        assertEquals(401, http().get(API + "/articles/search?q=" + word).status());
        assertEquals(id, hits.get(0).get("id").asText());
        assertTrue(hits.get(0).get("highlight").asText().contains("<mark>"));

        Path index = Path.of(System.getProperty("karaf.data"), "service", "kb-index");
        assertTrue(Files.isDirectory(index));
        try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        hits = as(TestUsers.AGENT).get(API + "/articles/search?q=" + word + "+resilier&language=fr").json();
        assertEquals(id, hits.get(0).get("id").asText());
        assertTrue(Files.isDirectory(index));
        assertTrue(console("crm:kb-search --language fr \"" + word + " résiliation\"").contains(word));
    }

    @Test
    public void e_webToCaseAnswersWithArticlesAndTheDeflectedTicketClosesWithoutAnAgent() {
        String word = "capsulor" + tag();
        as(TestUsers.MANAGER).postJson(API + "/articles", "{\"title\":\"Commander des capsules " + word + "\","
                + "\"body\":\"Les capsules se commandent par boîtes de 50 dans l’espace client.\",\"language\":\"fr\",\"published\":true}");
        String email = "visiteur." + tag() + "@exemple.fr";
        Reply captured = http().postJson(API + "/capture", "{\"email\":\"" + email + "\",\"name\":\"Visiteur\",\"category\":\"inquiry\","
                + "\"subject\":\"Où commander des capsules " + word + " ?\",\"message\":\"Je cherche à commander des capsules\"}");
        assertEquals(captured.toString(), 201, captured.status());
        String number = captured.json().get("number").asText();
        assertTrue(captured.json().get("suggestions").toString().contains(word));

        Reply withoutArticle = http().postJson(API + "/track/solved", "{\"number\":\"" + number + "\",\"email\":\"" + email + "\"}");
        assertEquals(withoutArticle.toString(), 422, withoutArticle.status());
        String article = captured.json().get("suggestions").get(0).get("id").asText();
        Reply solved = http().postJson(API + "/track/solved", "{\"number\":\"" + number + "\",\"email\":\"" + email.toUpperCase()
                + "\",\"articleId\":\"" + article + "\"}");
        assertEquals(solved.toString(), 200, solved.status());
        assertEquals("CLOSED", solved.json().get("status").asText());
        assertEquals("DEFLECTED", solved.json().get("resolution").asText());
        JsonNode figures = as(TestUsers.MANAGER).get(API + "/figures?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z").json();
        assertTrue(figures.toString(), figures.get("deflected").asLong() >= 1 && figures.get("deflectionRate").decimalValue().signum() > 0);

        Reply unknownField = http().postJson(API + "/capture", "{\"email\":\"" + email + "\",\"category\":\"inquiry\",\"subject\":\"x\",\"admin\":true}");
        assertEquals(422, unknownField.status());
        assertTrue(unknownField.body().contains("admin"));
        Reply badCategory = http().postJson(API + "/capture", "{\"email\":\"" + email + "\",\"category\":\"pirate\",\"subject\":\"x\"}");
        assertEquals(422, badCategory.status());
        assertTrue(badCategory.body().contains("category"));
    }

    @Test
    public void f_trackingWithTheWrongEmailDisclosesNothing() {
        String email = "suivi." + tag() + "@exemple.fr";
        String number = http().postJson(API + "/capture", "{\"email\":\"" + email + "\",\"category\":\"inquiry\",\"subject\":\"Suivi\"}")
                .json().get("number").asText();
        assertEquals(200, http().get(API + "/track?number=" + number + "&email=" + email).status());
        Reply wrongEmail = http().get(API + "/track?number=" + number + "&email=autre@exemple.fr");
        Reply unknownNumber = http().get(API + "/track?number=SR-2027-999999&email=" + email);
        assertEquals(404, wrongEmail.status());
        assertEquals(404, unknownNumber.status());
        assertEquals(wrongEmail.json().get("detail"), unknownNumber.json().get("detail"));
        assertFalse(wrongEmail.body().contains("Suivi"));
        Reply noEmail = http().get(API + "/track?number=" + number);
        assertTrue(noEmail.toString(), noEmail.status() >= 400 && noEmail.status() < 500 && noEmail.body().contains("email"));
    }

    @Test
    public void g_theSurveyLinkWorksOnceWithoutLoginAndABadRatingReopensAndEscalates() {
        clock.set(MONDAY_9);
        JsonNode ticket = open(customer("Avis" + tag(), "avis." + tag() + "@exemple.fr"), "billing", "NORMAL", "Facture en double");
        ticket = status(ticket, "RESOLVED");
        String email = ticket.get("requesterEmail").asText();
        // the link is the customer's alone: no comment holds it, staff cannot have one made
        assertFalse(as(TestUsers.AGENT).get(API + "/tickets/" + ticket.get("id").asText() + "/comments").body().contains("survey.html"));
        assertEquals(403, as(TestUsers.AGENT).postJson(API + "/tickets/" + ticket.get("id").asText() + "/survey", "").status());
        assertEquals(404, http().postJson(API + "/track/survey", "{\"number\":\"" + ticket.get("number").asText()
                + "\",\"email\":\"autre@exemple.fr\"}").status());
        Reply issued = http().postJson(API + "/track/survey", "{\"number\":\"" + ticket.get("number").asText() + "\",\"email\":\""
                + email + "\"}");
        assertEquals(issued.toString(), 200, issued.status());
        String link = issued.json().get("link").asText();
        assertTrue(link, link.startsWith("/crm/ui/service/survey.html#"));
        String token = link.substring(link.indexOf('#') + 1);
        assertEquals(200, http().get("/crm/ui/service/survey.html").status());
        JsonNode survey = http().get(API + "/surveys/" + token).json();
        assertEquals(ticket.get("number").asText(), survey.get("ticketNumber").asText());
        Reply answered = http().postJson(API + "/surveys/" + token, "{\"rating\":1,\"comment\":\"Toujours facturé deux fois\"}");
        assertEquals(answered.toString(), 200, answered.status());
        assertEquals(409, http().postJson(API + "/surveys/" + token, "{\"rating\":5}").status());
        assertEquals(404, http().get(API + "/surveys/" + token + "x").status());
        assertEquals(422, http().postJson(API + "/surveys/" + token, "{\"rating\":9}").status());
        ticket = get(ticket);
        assertEquals("IN_PROGRESS", ticket.get("status").asText());
        assertTrue(ticket.get("escalationReason").asText(), ticket.get("escalationReason").asText().contains("1/5"));
        JsonNode view = as(TestUsers.AGENT).get("/crm/api/contacts/customers/" + ticket.get("customerId").asText() + "/view").json();
        assertEquals(view.toString(), 1, view.at("/sections/service/data/lastSatisfaction").asInt());
    }

    @Test
    public void h_aPortalCustomerSeesAndAnswersOnlyTheirOwnTickets() {
        String mine = customer("Portail" + tag(), "portail." + tag() + "@exemple.fr");
        assertTrue(console("crm:portal-bind " + TestUsers.CUSTOMER + " " + mine).contains("now sees customer " + mine));
        JsonNode other = open(customer("Autre" + tag(), "autre." + tag() + "@exemple.fr"), "inquiry", "NORMAL", "Question d'un autre");
        Http portal = as(TestUsers.CUSTOMER);
        Reply opened = portal.postJson(API + "/tickets", "{\"category\":\"return\",\"subject\":\"Retour du moulin\","
                + "\"requesterEmail\":\"pirate@exemple.fr\",\"channel\":\"PHONE\"}");
        assertEquals(opened.toString(), 201, opened.status());
        assertEquals(mine, opened.json().get("customerId").asText());
        assertEquals("PORTAL", opened.json().get("channel").asText());
        assertFalse(opened.body(), opened.body().contains("pirate@"));
        assertEquals(422, portal.postJson(API + "/tickets", "{\"category\":\"return\",\"subject\":\"Vite\",\"priority\":\"URGENT\"}").status());
        String openedId = opened.json().get("id").asText();
        as(TestUsers.MANAGER).postJson(API + "/tickets/" + openedId + "/escalate", "{\"reason\":\"client pénible, à surveiller\"}");
        Reply seenByCustomer = portal.get(API + "/tickets/" + openedId);
        assertFalse(seenByCustomer.body(), seenByCustomer.body().contains("pénible") || seenByCustomer.body().contains("assignmentReason")
                || seenByCustomer.body().contains(TestUsers.AGENT));
        assertEquals(404, portal.get(API + "/tickets/" + other.get("id").asText()).status());
        assertEquals(1, Integer.parseInt(portal.get(API + "/tickets").header("X-Total-Count")));
        Reply internal = portal.postJson(API + "/tickets/" + opened.json().get("id").asText() + "/comments", "{\"text\":\"x\",\"internal\":true}");
        assertEquals(422, internal.status());
        as(TestUsers.AGENT).postJson(API + "/tickets/" + opened.json().get("id").asText() + "/comments", "{\"text\":\"note interne\",\"internal\":true}");
        JsonNode seen = portal.get(API + "/tickets/" + opened.json().get("id").asText() + "/comments").json();
        assertFalse(seen.toString(), seen.toString().contains("note interne"));
        assertEquals(403, portal.get(API + "/agents").status());
        // the portal's automated answer: an article closes the request with no agent's time
        assertEquals(200, portal.get(API + "/tickets/" + openedId + "/suggestions").status());
        JsonNode hits = portal.get(API + "/articles/search?q=capsules&language=fr").json();
        Reply solved = portal.postJson(API + "/tickets/" + openedId + "/solved", "{\"articleId\":\"" + hits.get(0).get("id").asText() + "\"}");
        assertEquals(solved.toString(), 200, solved.status());
        assertEquals("DEFLECTED", solved.json().get("resolution").asText());
        assertEquals(404, portal.postJson(API + "/tickets/" + other.get("id").asText() + "/solved", "{\"articleId\":\""
                + hits.get(0).get("id").asText() + "\"}").status());
    }

    @Test
    public void i_supervisorsCannotSaveAPolicyTheClockCannotKeepNorGiveATierTwoPolicies() {
        Http manager = as(TestUsers.MANAGER);
        String targets = "\"targets\":{\"URGENT\":\"15m/30m/2h\",\"HIGH\":\"30m/1h/4h\",\"NORMAL\":\"1h/2h/9h\",\"LOW\":\"4h/8h/45h\"}";
        Reply tooFewHours = manager.send("PUT", API + "/sla/policies/weekend", "application/json", "{\"tiers\":[\"weekend\"],"
                + "\"timeZone\":\"Europe/Paris\",\"openingHours\":\"sat 09:00-09:01\",\"holidays\":[]," + targets + "}", java.util.Map.of("If-Match", "\"0\""));
        assertEquals(tooFewHours.toString(), 422, tooFewHours.status());
        assertTrue(tooFewHours.body(), tooFewHours.body().contains("openingHours"));
        Reply gold = manager.send("PUT", API + "/sla/policies/gold", "application/json", "{\"tiers\":[\"gold\"],"
                + "\"timeZone\":\"Europe/Paris\",\"openingHours\":\"mon-sat 08:00-20:00\",\"holidays\":[\"2027-01-01\"]," + targets + "}",
                java.util.Map.of("If-Match", "\"0\""));
        assertEquals(gold.toString(), 200, gold.status());
        Reply twice = manager.send("PUT", API + "/sla/policies/premium", "application/json", "{\"tiers\":[\"GOLD\"],"
                + "\"timeZone\":\"Europe/Paris\",\"openingHours\":\"24x7\",\"holidays\":[]," + targets + "}", java.util.Map.of("If-Match", "\"0\""));
        assertEquals(twice.toString(), 422, twice.status());
        assertTrue(twice.body(), twice.body().contains("already served by the policy gold"));
        // a gold customer's ticket is counted on the gold calendar: Monday 09:00 + 1 h
        clock.set(MONDAY_9);
        Reply customer = as(TestUsers.SALES).postJson("/crm/api/contacts/customers?allowDuplicate=true", "{\"kind\":\"PERSON\","
                + "\"lastName\":\"Or" + tag() + "\",\"tier\":\"gold\"}");
        JsonNode ticket = open(customer.json().get("id").asText(), "inquiry", "NORMAL", "Client or");
        assertEquals("gold", ticket.at("/sla/policy").asText());
        assertEquals("2027-01-04T09:00:00Z", ticket.at("/sla/firstResponseDue").asText());
        // and the agent is prompted, in the ticket and in the screen pop
        JsonNode hints = as(TestUsers.AGENT).get(API + "/tickets/" + ticket.get("id").asText() + "/hints").json();
        assertTrue(hints.toString(), hints.get("prompts").toString().contains("Client or"));
        JsonNode view = as(TestUsers.AGENT).get("/crm/api/contacts/customers/" + customer.json().get("id").asText() + "/view").json();
        assertTrue(view.toString(), view.at("/sections/service/data/prompts").toString().contains("Client or"));
        // an unbound portal account opens nothing
        Reply unbound = as(TestUsers.CUSTOMER_UNBOUND).postJson(API + "/tickets", "{\"category\":\"inquiry\",\"subject\":\"Bonjour\"}");
        assertEquals(unbound.toString(), 403, unbound.status());
    }

    @Test
    public void j_theScanRunsByItselfAndEscalatesABreach() throws Exception {
        withConfiguration("org.mosaiccrm.service", java.util.Map.of("scanIntervalSeconds", 10), () -> {
            clock.set(MONDAY_9);
            JsonNode ticket = open(customer("Minuterie" + tag(), "minuterie." + tag() + "@exemple.fr"), "billing", "URGENT", "Prélevé deux fois");
            clock.advance(Duration.ofMinutes(45));
            Await.until("the scheduled scan to escalate the breach", Duration.ofSeconds(40), () -> get(ticket).get("escalated").asBoolean());
            assertEquals("FIRST_RESPONSE", get(ticket).at("/sla/breached").asText());
        });
    }

    @Test
    public void k_filesAreCheckedKeptOutsideTheRowAndOnlyForTheTicketsPeople() throws Exception {
        String mine = customer("Fichier" + tag(), "fichier." + tag() + "@exemple.fr");
        assertTrue(console("crm:portal-bind " + TestUsers.CUSTOMER_B + " " + mine).contains(mine));
        JsonNode ticket = open(mine, "technical", "NORMAL", "Photo de la panne");
        String files = API + "/tickets/" + ticket.get("id").asText() + "/attachments";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path photo = Files.createTempFile("panne", ".png");
        Files.write(photo, png);
        Reply attached = as(TestUsers.CUSTOMER_B).upload(files + "?name=" + java.net.URLEncoder.encode("C:\\Photos\\écran E3.png", "UTF-8"), "image/png", photo);
        assertEquals(attached.toString(), 201, attached.status());
        assertEquals("écran E3.png", attached.json().get("fileName").asText());
        String id = attached.json().get("id").asText();
        Path stored = Path.of(System.getProperty("karaf.data"), "service", "attachments", ticket.get("id").asText(), id);
        assertTrue("the bytes live outside the row", Files.isRegularFile(stored));
        Reply download = as(TestUsers.AGENT).get(files + "/" + id);
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Disposition"), download.header("Content-Disposition").startsWith("attachment;"));

        Path text = Files.createTempFile("pas-une-image", ".png");
        Files.writeString(text, "ceci n'est pas une image");
        Reply lying = as(TestUsers.AGENT).upload(files + "?name=faux.png", "image/png", text);
        assertEquals(lying.toString(), 422, lying.status());
        Reply zip = as(TestUsers.AGENT).upload(files + "?name=archive.zip", "application/zip", text);
        assertEquals(zip.toString(), 415, zip.status());
        assertEquals(404, as(TestUsers.CUSTOMER).get(files).status());
        withConfiguration("org.mosaiccrm.service", java.util.Map.of("attachmentMaxKb", 1), () -> {
            Path big = Files.createTempFile("gros", ".txt");
            Files.writeString(big, "x".repeat(3000));
            // text claimed as PNG: refused (422) while the old limit holds, so nothing is kept before the new one applies
            Await.until("the smaller limit", Duration.ofSeconds(10), () -> as(TestUsers.AGENT).upload(files + "?name=gros.png", "image/png", big).status() == 413);
        });
        assertEquals(1, as(TestUsers.AGENT).get(files).json().size());
    }

    @Test
    public void z_uninstallingThePackKeepsEveryTicketAndArticle() {
        long tickets = Long.parseLong(as(TestUsers.MANAGER).get(API + "/tickets?limit=1").header("X-Total-Count"));
        assertTrue(tickets > 0);
        String output = console("feature:uninstall crm-service");
        assertFalse(output, output.contains("Error"));
        Await.until("the service API gone", STARTUP, () -> as(TestUsers.MANAGER).get(API + "/tickets").status() != 200);
        output = console("feature:install crm-service");
        assertFalse(output, output.contains("Error"));
        awaitModuleState("service", "ACTIVE");
        Await.until("the service API back", STARTUP, () -> as(TestUsers.MANAGER).get(API + "/tickets?limit=1").status() == 200);
        assertEquals(tickets, Long.parseLong(as(TestUsers.MANAGER).get(API + "/tickets?limit=1").header("X-Total-Count")));
    }

    /** Typos in etc/org.mosaiccrm.service.cfg: refused as a whole, service goes on with what it had (the web form too). */
    @Test
    public void l_aBrokenServiceConfigurationIsRefusedAndServiceRunsOnItsLastGoodOne() throws Exception {
        withConfiguration("org.mosaiccrm.service", java.util.Map.of("complaintCategory", "plainte", "defaultTeem", "n1"), () -> {
            Await.until("the refusal to be reported", Duration.ofSeconds(20),
                    () -> moduleWarnings("service").contains("org.mosaiccrm.service refused"));
            assertEquals("ACTIVE", moduleState("service"));
            String warnings = moduleWarnings("service");
            assertTrue(warnings, warnings.contains("complaintCategory: 'plainte' is not one of the categories"));
            assertTrue(warnings, warnings.contains("defaultTeem: is not a setting of org.mosaiccrm.service"));
            assertEquals("still serving", 200, as(TestUsers.AGENT).get("/crm/api/service/tickets?limit=1").status());
        });
        Await.until("the refusal to end", Duration.ofSeconds(20), () -> !moduleWarnings("service").contains("refused"));
    }

}
