package org.mosaiccrm.itests.notifications;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.KarafProcess;
import org.mosaiccrm.itests.support.Ports;
import org.mosaiccrm.itests.support.ScriptedSmtpServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Notifications against real SMTP servers beside the distribution (run as a process, so that it can be killed):
 * GreenMail for delivery and outages, a scripted server for a refused recipient and a slow batch cut by kill -9.
 * Every message goes through the outbox from the fact that causes it: an order shipped, a ticket opened, answered
 * and resolved.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class NotificationsIT {

    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String PID = "org.mosaiccrm.notifications";
    private static final String API = "/crm/api/notifications";
    private static final String INVENTORY = "/crm/api/inventory";

    private static KarafProcess karaf;
    private static ServerSetup smtp;
    private static GreenMail mail;
    private static Http admin;
    private static String location;

    @BeforeClass
    public static void distributionSendingToGreenMail() throws Exception {
        smtp = new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        mail = new GreenMail(smtp);
        mail.start();
        karaf = KarafProcess.unpack(Files.createDirectories(Path.of("target/process/notifications-" + System.nanoTime())));
        karaf.addAdministrator("ops", "ops-secret");
        karaf.addBootFeatures("crm-inventory", "crm-service", "crm-notifications");
        karaf.configure(PID, "smtpHost", "127.0.0.1");
        karaf.configure(PID, "smtpPort", String.valueOf(smtp.getPort()));
        karaf.configure(PID, "retrySeconds", "1");
        karaf.configure(PID, "from", "Service client <service@mosaic.test>");
        karaf.configure(PID, "publicUrl", "http://127.0.0.1:" + karaf.httpPort());
        karaf.start();
        karaf.awaitUp(BOOT);
        admin = karaf.http().as("demo-admin", "demo-admin");
        Await.until("the notifications module", BOOT, () -> admin.get(API + "/templates").status() == 200
                && admin.get(INVENTORY + "/locations").status() == 200 && admin.get("/crm/api/service/tickets").status() == 200);
        location = "NTF";
        Reply saved = admin.putJson(INVENTORY + "/locations/" + location, "{\"name\":\"Entrepôt\",\"kind\":\"WAREHOUSE\",\"regionCode\":\"IDF\","
                + "\"regionName\":\"Île-de-France\"}");
        assertEquals(saved.toString(), 200, saved.status());
        assertEquals(201, admin.postJson(INVENTORY + "/products", "{\"sku\":\"CAF-1\",\"name\":\"Café moulu\",\"unitPrice\":6.50,"
                + "\"taxRate\":0.055,\"serialized\":false,\"warrantyMonths\":0}").status());
        assertEquals(201, admin.postJson(INVENTORY + "/stock/receipts", "{\"sku\":\"CAF-1\",\"location\":\"" + location
                + "\",\"quantity\":10000}").status());
    }

    @AfterClass
    public static void stop() {
        if (karaf != null) {
            karaf.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    public void a_aShippedOrderSendsOneNoticeInTheCustomersLanguageWithTheTrackingLink() throws Exception {
        String amelie = customer("Amélie", "amelie.a@client.test", "fr");
        String john = customer("John", "john.a@client.test", "en");
        ship(amelie, "6A0000000001");
        ship(john, "6A0000000002");
        assertTrue("two messages", mail.waitForIncomingEmail(DELIVERY.toMillis(), 2));

        MimeMessage french = only("amelie.a@client.test");
        assertEquals("Votre commande " + orderNumberOf(amelie) + " est en route", french.getSubject());
        String text = part(french, "text/plain");
        assertTrue(text, text.contains("Bonjour Amélie,") && text.contains("Numéro de suivi : 6A0000000001"));
        assertTrue(text, text.contains("https://www.laposte.fr/outils/suivre-vos-envois?code=6A0000000001"));
        assertTrue(part(french, "text/html").contains("<strong>6A0000000001</strong>"));
        MimeMessage english = only("john.a@client.test");
        assertTrue(english.getSubject(), english.getSubject().startsWith("Your order "));
        assertTrue(part(english, "text/plain").contains("Tracking number: 6A0000000002"));

        JsonNode notice = Await.value("the notice SENT", DELIVERY, () -> {
            JsonNode listed = admin.get(API + "/messages?customerId=" + amelie).json();
            return listed.size() == 1 && "SENT".equals(listed.get(0).get("state").asText()) ? listed.get(0) : null;
        });
        assertEquals("the Message-ID the outbox recorded", notice.get("messageId").asText(), french.getMessageID());
        assertEquals("shipping-notice", notice.get("template").asText());
        JsonNode timeline = admin.get("/crm/api/contacts/customers/" + amelie + "/interactions").json();
        assertTrue(timeline.toString(), timeline.toString().contains("\"channel\":\"EMAIL\"") && timeline.toString().contains("est en route"));
    }

    @Test
    public void b_aTicketsRequesterIsToldOfItsOpeningAnswerAndResolutionWithASurveyLinkThatWorks() throws Exception {
        String claire = customer("Claire", "claire.b@client.test", "fr");
        Http agent = karaf.http().as("demo-agent", "demo-agent");
        Reply opened = agent.postJson("/crm/api/service/tickets", "{\"customerId\":\"" + claire + "\",\"category\":\"inquiry\","
                + "\"priority\":\"NORMAL\",\"subject\":\"Détartrage\"}");
        assertEquals(opened.toString(), 201, opened.status());
        JsonNode ticket = opened.json();
        String number = ticket.get("number").asText();
        Await.until("the opening notice", DELIVERY, () -> received("claire.b@client.test").size() == 1);
        assertEquals("Demande " + number + " bien reçue : Détartrage", received("claire.b@client.test").get(0).getSubject());

        assertEquals(201, agent.postJson("/crm/api/service/tickets/" + ticket.get("id").asText() + "/comments",
                "{\"text\":\"Utilisez le programme de détartrage.\",\"internal\":false}").status());
        assertEquals(201, agent.postJson("/crm/api/service/tickets/" + ticket.get("id").asText() + "/comments",
                "{\"text\":\"note interne\",\"internal\":true}").status());
        Await.until("the answer", DELIVERY, () -> received("claire.b@client.test").size() == 2);
        String answer = part(received("claire.b@client.test").get(1), "text/plain");
        assertTrue(answer, answer.contains("Utilisez le programme de détartrage.") && !answer.contains("note interne"));

        JsonNode current = agent.get("/crm/api/service/tickets/" + ticket.get("id").asText()).json();
        Reply resolved = agent.send("POST", "/crm/api/service/tickets/" + ticket.get("id").asText() + "/status", "application/json",
                "{\"status\":\"RESOLVED\"}", Map.of("If-Match", "\"" + current.get("version").asLong() + "\""));
        assertEquals(resolved.toString(), 200, resolved.status());
        Await.until("the resolution notice", DELIVERY, () -> received("claire.b@client.test").size() == 3);
        String resolution = part(received("claire.b@client.test").get(2), "text/plain");
        assertTrue(resolution, resolution.contains("est résolue"));
        int at = resolution.indexOf("/crm/ui/service/survey.html#");
        assertTrue("the survey's link: " + resolution, at > 0);
        String token = resolution.substring(at + "/crm/ui/service/survey.html#".length()).split("\\s")[0];
        assertEquals("the link works without login", 200, karaf.http().get("/crm/api/service/surveys/" + token).status());
        // staff see the message as sent, but never a working link
        JsonNode stored = admin.get(API + "/messages?customerId=" + claire + "&template=ticket-resolved").json().get(0);
        String content = admin.get(API + "/messages/" + stored.get("id").asText() + "/content").body();
        assertFalse(content, content.contains(token));

        // a colleague's request for Claire's account is answered to the colleague, not to Claire
        Reply colleagues = agent.postJson("/crm/api/service/tickets", "{\"customerId\":\"" + claire + "\",\"category\":\"inquiry\","
                + "\"priority\":\"NORMAL\",\"subject\":\"Pour ma collègue\",\"requesterEmail\":\"collegue.b@client.test\"}");
        assertEquals(colleagues.toString(), 201, colleagues.status());
        Await.until("the colleague's opening notice", DELIVERY, () -> received("collegue.b@client.test").size() == 1);
        assertTrue(received("collegue.b@client.test").get(0).getSubject().contains("Pour ma collègue"));
        assertEquals("nothing more to Claire", 3, received("claire.b@client.test").size());
    }

    @Test
    public void c_whileTheServerIsAwayNoticesWaitQueuedAndGoOnceEachWhenItIsBack() throws Exception {
        mail.stop();
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            customers.add(customer("Panne" + i, "panne" + i + ".c@client.test", "fr"));
            ship(customers.get(i), "6C00000000" + i);
        }
        for (String customer : customers) {
            JsonNode waiting = Await.value("a failed attempt recorded", DELIVERY, () -> {
                JsonNode n = admin.get(API + "/messages?customerId=" + customer).json().get(0);
                return n != null && n.get("attempts").asInt() >= 1 ? n : null;
            });
            assertEquals(waiting.toString(), "QUEUED", waiting.get("state").asText());
            assertFalse(waiting.toString(), waiting.get("lastError").asText().isEmpty());
        }
        mail = new GreenMail(smtp);
        mail.start();
        for (String customer : customers) {
            Await.until("delivered once the server is back", DELIVERY,
                    () -> "SENT".equals(admin.get(API + "/messages?customerId=" + customer).json().get(0).get("state").asText()));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals("exactly one message to panne" + i, 1, received("panne" + i + ".c@client.test").size());
        }
    }

    @Test
    public void d_aRefusedRecipientIsFailedWithTheServersAnswerAndCanBeSentAgain() throws Exception {
        try (ScriptedSmtpServer strict = new ScriptedSmtpServer(address -> address.startsWith("inconnu"), Duration.ZERO)) {
            useServer(strict.port());
            String unknown = customer("Inconnu", "inconnu.d@client.test", "fr");
            String known = customer("Connu", "connu.d@client.test", "fr");
            ship(unknown, "6D0000000001");
            ship(known, "6D0000000002");
            JsonNode failed = Await.value("the refusal recorded", DELIVERY, () -> {
                JsonNode n = admin.get(API + "/messages?customerId=" + unknown).json().get(0);
                return n != null && !"QUEUED".equals(n.get("state").asText()) && !"SENDING".equals(n.get("state").asText()) ? n : null;
            });
            assertEquals(failed.toString(), "FAILED", failed.get("state").asText());
            assertTrue(failed.toString(), failed.get("lastError").asText().contains("550 5.1.1"));
            assertEquals(1, failed.get("attempts").asInt());
            Await.until("the other one SENT", DELIVERY,
                    () -> "SENT".equals(admin.get(API + "/messages?customerId=" + known).json().get(0).get("state").asText()));
            assertEquals("only the accepted one", 1, strict.accepted().size());
            assertEquals("a FAILED one is listed as such", "FAILED", admin.get(API + "/messages?state=FAILED").json().get(0).get("state").asText());

            Reply again = admin.postJson(API + "/messages/" + failed.get("id").asText() + "/resend", "");
            assertEquals(again.toString(), 200, again.status());
            assertEquals("QUEUED", again.json().get("state").asText());
            Reply sentOne = admin.postJson(API + "/messages/" + admin.get(API + "/messages?customerId=" + known).json().get(0).get("id").asText()
                    + "/resend", "");
            assertEquals("a SENT message is not sent again: " + sentOne, 409, sentOne.status());
        }
    }

    @Test
    public void e_killedWhileABatchIsBeingSentEveryNoticeArrivesAfterTheRestartAtMostOneTwiceWithItsMessageId() throws Exception {
        try (ScriptedSmtpServer slow = new ScriptedSmtpServer(address -> false, Duration.ofMillis(400))) {
            useServer(slow.port());
            List<String> customers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                customers.add(customer("Coupure" + i, "coupure" + i + ".e@client.test", "fr"));
                ship(customers.get(i), "6E00000000" + i);
            }
            Await.until("a few messages accepted", DELIVERY, () -> slow.accepted().size() >= 2);
            karaf.kill();
            int beforeCrash = slow.accepted().size();
            assertTrue("the kill lands in the middle of the batch: " + beforeCrash, beforeCrash < customers.size());
            karaf.start();
            karaf.awaitUp(BOOT);
            for (String customer : customers) {
                Await.until("every notice SENT after the restart", Duration.ofSeconds(120), () -> {
                    Reply listed = admin.get(API + "/messages?customerId=" + customer);
                    return listed.status() == 200 && "SENT".equals(listed.json().get(0).get("state").asText());
                });
            }
            Map<String, Integer> copies = new HashMap<>();
            for (String raw : slow.accepted().stream().filter(raw -> raw.contains("To: coupure")).toList()) {
                String id = raw.lines().filter(line -> line.startsWith("Message-ID:")).findFirst().orElseThrow();
                copies.merge(id, 1, Integer::sum);
            }
            assertEquals("every notice arrived: " + copies, customers.size(), copies.size());
            long twice = copies.values().stream().filter(count -> count > 1).count();
            assertTrue("at most one duplicate, recognisable by its Message-ID: " + copies, twice <= 1
                    && copies.values().stream().allMatch(count -> count <= 2));
        }
    }

    private static void useServer(int port) throws Exception {
        String output = karaf.console("config:property-set -p " + PID + " smtpPort " + port);
        assertFalse(output, output.contains("Error"));
        Await.until("the sender on the new server", DELIVERY, () -> {
            try {
                return karaf.console("config:property-list -p " + PID).contains("smtpPort = " + port);
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static String customer(String firstName, String email, String language) {
        Reply created = admin.postJson("/crm/api/contacts/customers?allowDuplicate=true", "{\"kind\":\"PERSON\",\"firstName\":\"" + firstName
                + "\",\"lastName\":\"Test\",\"language\":\"" + language + "\",\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"" + email
                + "\",\"primary\":true}]}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static void ship(String customerId, String trackingNumber) {
        Reply order = admin.postJson(INVENTORY + "/orders", "{\"customerId\":\"" + customerId + "\",\"location\":\"" + location
                + "\",\"lines\":[{\"sku\":\"CAF-1\",\"quantity\":2}]}");
        assertEquals(order.toString(), 201, order.status());
        Reply shipped = admin.postJson(INVENTORY + "/orders/" + order.json().get("id").asText() + "/shipments",
                "{\"carrier\":\"Colissimo\",\"trackingNumber\":\"" + trackingNumber + "\"}");
        assertEquals(shipped.toString(), 201, shipped.status());
    }

    private static String orderNumberOf(String customerId) {
        return admin.get(INVENTORY + "/orders?customerId=" + customerId).json().get(0).get("number").asText();
    }

    private static List<MimeMessage> received(String address) {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    to.add(message);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }
        return to;
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> to = received(address);
        assertEquals("one message to " + address, 1, to.size());
        return to.get(0);
    }

    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).isMimeType(type)) {
                return alternative.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
