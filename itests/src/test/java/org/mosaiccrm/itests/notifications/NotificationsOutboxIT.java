package org.mosaiccrm.itests.notifications;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.mosaiccrm.kernel.api.events.TransactionalEventHandler;
import org.mosaiccrm.notifications.api.Notification;
import org.mosaiccrm.notifications.api.NotificationRequest;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.api.Purpose;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outbox inside the container: a notification exists exactly when its fact committed (a shipment rolled back by a
 * failure after the notice was written leaves neither, and Event Admin never hears of it); consent to reminders and the
 * unsubscribe link; a configuration the module cannot use is refused while it keeps running. No SMTP server here:
 * what is queued stays queued.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NotificationsOutboxIT extends CrmTestSupport {

    private static final String API = "/crm/api/notifications";
    private static final String INVENTORY = "/crm/api/inventory";
    private static final String SHIPPED = "org/mosaiccrm/inventory/ORDER_SHIPPED";
    private static boolean installed;

    @Before
    public void notificationsInstalled() {
        awaitKernel();
        if (!installed) {
            String output = console("feature:install crm-inventory crm-notifications");
            assertFalse(output, output.contains("Error"));
            installed = true;
        }
        awaitModuleState("notifications", "ACTIVE");
        awaitModuleState("inventory", "ACTIVE");
        Await.until("the notifications endpoints", STARTUP, () -> admin().get(API + "/templates").status() == 200
                && admin().get(INVENTORY + "/locations").status() == 200);
    }

    @Test
    public void aShipmentThatFailsAfterItsNoticeWasWrittenLeavesNoNoticeAndNoEvent() {
        String tag = tag();
        String customer = customer("Rollback" + tag, "rollback." + tag + "@client.test");
        String order = order(customer, tag);
        List<String> heard = new CopyOnWriteArrayList<>();
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class,
                event -> heard.add((String) event.getProperty("orderId")), new java.util.Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, SHIPPED)));
        // a handler that fails after (or before: their order is not fixed) the outbox wrote the notice: the shipment fails whole
        ServiceRegistration<TransactionalEventHandler> failing = bundleContext.registerService(TransactionalEventHandler.class, event -> {
            throw new IllegalStateException("a failure inside the shipment's transaction");
        }, new java.util.Hashtable<>(Map.of(TransactionalEventHandler.TOPICS, SHIPPED)));
        try {
            Reply refused = as(TestUsers.MANAGER).postJson(INVENTORY + "/orders/" + order + "/shipments", "{\"trackingNumber\":\"RB" + tag + "\"}");
            assertTrue(refused.toString(), refused.status() >= 500);
            assertEquals("no notice for a shipment that did not happen", "0",
                    admin().get(API + "/messages?customerId=" + customer).header("X-Total-Count"));
            assertEquals("no shipment either", 0, as(TestUsers.MANAGER).get(INVENTORY + "/orders/" + order + "/shipments").json().size());
        } finally {
            failing.unregister();
        }
        Reply shipped = as(TestUsers.MANAGER).postJson(INVENTORY + "/orders/" + order + "/shipments", "{\"trackingNumber\":\"OK" + tag + "\"}");
        assertEquals(shipped.toString(), 201, shipped.status());
        JsonNode notices = admin().get(API + "/messages?customerId=" + customer).json();
        assertEquals("the notice committed with the shipment: " + notices, 1, notices.size());
        assertEquals("shipping-notice", notices.get(0).get("template").asText());
        Await.until("Event Admin hears of the committed shipment", Duration.ofSeconds(20), () -> heard.contains(order));
        listener.unregister();
        assertEquals("and only of that one: " + heard, 1, heard.stream().filter(order::equals).count());
    }

    @Test
    public void remindersNeedConsentAndTheUnsubscribeLinkStopsThemAtOnceWhileShippingNoticesGoOn() {
        Outbox outbox = new Outbox(bundleContext);
        String tag = tag();
        String customer = customer("Rappel" + tag, "rappel." + tag + "@client.test");
        assertNull("nobody has consented until they say so", outbox.remind("r1-" + tag, customer));

        Reply optedIn = as(TestUsers.AGENT).putJson(API + "/consents/" + customer, "{\"optedIn\":true}");
        assertEquals(optedIn.toString(), 200, optedIn.status());
        assertEquals("staff:" + TestUsers.AGENT, optedIn.json().get("source").asText());
        String queued = outbox.remind("r2-" + tag, customer);
        assertEquals("the same key gives the same notification", queued, outbox.remind("r2-" + tag, customer));
        String text = outbox.text(queued);
        int at = text.indexOf("/crm/api/notifications/unsubscribe/");
        assertTrue(text, at > 0);
        String link = text.substring(at).split("\\s")[0];

        Reply asked = http().get(link);
        assertEquals("the link asks, without login: " + asked, 200, asked.status());
        assertTrue(asked.body(), asked.body().contains("<form method=\"post\">"));
        assertTrue("following the link alone (a mail scanner) changes nothing",
                as(TestUsers.AGENT).get(API + "/consents/" + customer).json().get("optedIn").asBoolean());
        assertEquals("a forged link is refused", 404, http().send("POST", link + "x", "application/x-www-form-urlencoded", "").status());
        assertEquals("and says so when followed, before any button", 404, http().get(link + "x").status());
        assertEquals("the page cannot be framed by another site", "DENY", asked.header("X-Frame-Options"));
        Reply unsubscribed = http().send("POST", link, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertEquals("the button, or a mail client's one-click: " + unsubscribed, 200, unsubscribed.status());
        assertTrue(unsubscribed.body(), unsubscribed.body().contains("Vous ne recevrez plus nos rappels"));
        assertEquals("twice, still fine", 200, http().send("POST", link, "application/x-www-form-urlencoded", "").status());
        assertFalse(as(TestUsers.AGENT).get(API + "/consents/" + customer).json().get("optedIn").asBoolean());
        assertNull("no new reminder", outbox.remind("r3-" + tag, customer));
        // cancelled at once when it waits QUEUED; when the sender held it at that instant (its first attempt, no server
        // here), at its next claim, after the retry delay (retrySeconds, 30 s): either way it never goes
        String[] state = { null };
        try {
            Await.until("the reminder written before is cancelled, not sent", Duration.ofSeconds(75), () -> {
                state[0] = admin().get(API + "/messages/" + queued).json().get("state").asText();
                return "CANCELLED".equals(state[0]);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it is " + state[0] + ": " + admin().get(API + "/messages/" + queued).body(), e);
        }

        String order = order(customer, tag);
        assertEquals(201, as(TestUsers.MANAGER).postJson(INVENTORY + "/orders/" + order + "/shipments", "{}").status());
        JsonNode notice = admin().get(API + "/messages?customerId=" + customer + "&template=shipping-notice").json();
        assertEquals("a shipping notice still goes: " + notice, 1, notice.size());
        assertFalse(notice.get(0).get("state").asText().equals("CANCELLED"));
    }

    @Test
    public void customersDueToReorderWhoAcceptRemindersGetOneReminderPerProductAndPeriod() throws Exception {
        String tag = tag();
        String loyal = customer("Fidele" + tag, "fidele." + tag + "@client.test");
        String silent = customer("Discret" + tag, "discret." + tag + "@client.test");
        assertEquals(200, as(TestUsers.AGENT).putJson(API + "/consents/" + loyal, "{\"optedIn\":true}").status());
        String sku = "CAF-" + tag;
        stockedProduct(sku, 10);
        for (String customer : List.of(loyal, silent)) {
            // bought every 30 days, the last time 30 days ago: due today (orders are placed now, their history is moved back)
            for (int monthsAgo = 3; monthsAgo >= 1; monthsAgo--) {
                backdate(placedOrder(customer, sku), java.time.Instant.now().minus(Duration.ofDays(30L * monthsAgo)));
            }
        }

        String output = console("crm:notification-remind");
        assertTrue(output, output.startsWith("Queued "));
        JsonNode reminders = admin().get(API + "/messages?customerId=" + loyal + "&template=reorder-reminder").json();
        assertEquals("one reminder for the customer who accepts them: " + reminders, 1, reminders.size());
        assertEquals("QUEUED", reminders.get(0).get("state").asText());
        String text = admin().get(API + "/messages/" + reminders.get(0).get("id").asText() + "/content").json().get("text").asText();
        assertTrue("the reminder names the product: " + text, text.contains("Produit " + tag));
        assertEquals("none for the one who did not say yes", "0",
                admin().get(API + "/messages?customerId=" + silent + "&template=reorder-reminder").header("X-Total-Count"));

        console("crm:notification-remind");
        assertEquals("the same product and period is not reminded twice", "1",
                admin().get(API + "/messages?customerId=" + loyal + "&template=reorder-reminder").header("X-Total-Count"));
        String refused = consoleAs(TestUsers.SSH_SALES, "crm:notification-remind", "crm-sales");
        assertTrue("a sales rep may not send reminders: " + refused, refused.contains("Command not found: crm:notification-remind"));
    }

    /**
     * The module's service, used from here only: JUnit reads the test class's methods before the feature is installed,
     * so no signature of the test class names the module's API.
     */
    static final class Outbox {

        private final org.osgi.framework.BundleContext context;

        Outbox(org.osgi.framework.BundleContext context) {
            this.context = context;
        }

        private NotificationService service() {
            return context.getService(context.getServiceReference(NotificationService.class));
        }

        /** A reorder reminder's id, or null when none was written. */
        String remind(String key, String customer) {
            return service().enqueue(NotificationRequest.toCustomer(key, customer, "reorder-reminder", Purpose.REMINDER,
                    Map.of("product.name", "Capsules", "product.sku", "CAPS", "product.expectedOn", "2026-12-24"), "test"))
                    .map(Notification::id).orElse(null);
        }

        String text(String id) {
            return service().content(id).text();
        }
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndABadConfigurationLeavesTheModuleRunning() throws Exception {
        assertEquals("a query parameter: 400", 400, admin().get(API + "/messages?state=LOST").status());
        assertEquals(400, admin().get(API + "/messages?template=nope").status());
        assertEquals(404, admin().get(API + "/messages/nope").status());
        assertEquals("a character a URI may not hold is the client's mistake, not a 'retry in a second'",
                "HTTP/1.1 400 Bad Request", rawStatusLine("GET", API + "/unsubscribe/<script>alert(1)</script>"));
        assertEquals(404, admin().get(API + "/templates/nope/preview").status());
        assertEquals(400, admin().get(API + "/templates/shipping-notice/preview?language=de").status());
        assertEquals(403, as(TestUsers.SALES).get(API + "/messages").status());
        Reply noBool = as(TestUsers.AGENT).putJson(API + "/consents/" + customer("Cfg" + tag(), "cfg." + tag() + "@client.test"), "{\"optedIn\":\"yes\"}");
        assertEquals(noBool.toString(), 422, noBool.status());
        assertTrue(noBool.body(), noBool.body().contains("optedIn"));
        JsonNode preview = admin().get(API + "/templates/ticket-resolved/preview?language=en").json();
        assertTrue(preview.toString(), preview.get("subject").asText().startsWith("Request SR-"));

        withConfiguration("org.mosaiccrm.notifications", Map.of("smtpSecurity", "tls", "from", "pas une adresse", "smtpHots", "x"), () -> {
            Await.until("the refusal to be reported", Duration.ofSeconds(20),
                    () -> moduleWarnings("notifications").contains("org.mosaiccrm.notifications refused"));
            assertEquals("ACTIVE", moduleState("notifications"));
            String warnings = moduleWarnings("notifications");
            assertTrue(warnings, warnings.contains("smtpSecurity: 'tls' is not allowed; allowed: none, starttls, ssl"));
            assertTrue(warnings, warnings.contains("from: an e-mail address"));
            assertTrue(warnings, warnings.contains("smtpHots: is not a setting of org.mosaiccrm.notifications"));
            assertEquals(200, admin().get(API + "/templates").status());
        });
        Await.until("the refusal to end", Duration.ofSeconds(20), () -> !moduleWarnings("notifications").contains("refused"));
    }

    @Test
    public void anErasedCustomerCannotBeOptedInAndADeletedOnesMessagesKeepNothingOfThem() throws Exception {
        String tag = tag();
        String erased = customer("Efface" + tag, "efface." + tag + "@client.test");
        assertEquals(200, as(TestUsers.MANAGER).send("POST", "/crm/api/contacts/customers/" + erased + "/erase", "application/json", "").status());
        Reply optIn = as(TestUsers.AGENT).putJson(API + "/consents/" + erased, "{\"optedIn\":true}");
        assertEquals("nobody's consent for an erased customer: " + optIn, 409, optIn.status());

        String deleted = customer("Supprime" + tag, "supprime." + tag + "@client.test");
        String order = order(deleted, tag);
        assertEquals(201, as(TestUsers.MANAGER).postJson(INVENTORY + "/orders/" + order + "/shipments", "{}").status());
        JsonNode notice = admin().get(API + "/messages?customerId=" + deleted).json().get(0);
        assertEquals("QUEUED", notice.get("state").asText()); // no SMTP server here: it waits
        Reply current = as(TestUsers.MANAGER).get("/crm/api/contacts/customers/" + deleted);
        Reply gone = as(TestUsers.MANAGER).send("DELETE", "/crm/api/contacts/customers/" + deleted, "application/json", "",
                Map.of("If-Match", current.header("ETag")));
        assertEquals(gone.toString(), 204, gone.status());
        Await.until("the deleted customer's notice to be cancelled and blanked", Duration.ofSeconds(20), () -> {
            JsonNode now = admin().get(API + "/messages/" + notice.get("id").asText()).json();
            return "CANCELLED".equals(now.get("state").asText()) && !now.hasNonNull("address");
        });
        assertFalse(admin().get(API + "/messages/" + notice.get("id").asText() + "/content").body().contains("Supprime" + tag));
    }

    private String customer(String lastName, String email) {
        Reply created = as(TestUsers.SALES).postJson("/crm/api/contacts/customers?allowDuplicate=true", "{\"kind\":\"PERSON\","
                + "\"firstName\":\"Cliente\",\"lastName\":\"" + lastName + "\",\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"" + email + "\"}]}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    /** An order of one stocked product, placed and ready to ship. */
    private String order(String customer, String tag) {
        String sku = "NTF-" + tag;
        assertEquals(200, as(TestUsers.MANAGER).putJson(INVENTORY + "/locations/NTF", "{\"name\":\"Site NTF\",\"kind\":\"WAREHOUSE\","
                + "\"regionCode\":\"SUD\",\"regionName\":\"Sud\"}").status());
        assertEquals(201, as(TestUsers.MANAGER).postJson(INVENTORY + "/products", "{\"sku\":\"" + sku + "\",\"name\":\"Produit\","
                + "\"unitPrice\":10.00,\"taxRate\":0.20,\"serialized\":false,\"warrantyMonths\":0}").status());
        assertEquals(201, as(TestUsers.MANAGER).postJson(INVENTORY + "/stock/receipts", "{\"sku\":\"" + sku + "\",\"location\":\"NTF\","
                + "\"quantity\":5}").status());
        Reply placed = as(TestUsers.MANAGER).postJson(INVENTORY + "/orders", "{\"customerId\":\"" + customer + "\",\"location\":\"NTF\","
                + "\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}");
        assertEquals(placed.toString(), 201, placed.status());
        return placed.json().get("id").asText();
    }

    private void stockedProduct(String sku, int quantity) {
        assertEquals(200, as(TestUsers.MANAGER).putJson(INVENTORY + "/locations/NTF", "{\"name\":\"Site NTF\",\"kind\":\"WAREHOUSE\","
                + "\"regionCode\":\"SUD\",\"regionName\":\"Sud\"}").status());
        assertEquals(201, as(TestUsers.MANAGER).postJson(INVENTORY + "/products", "{\"sku\":\"" + sku + "\",\"name\":\"Produit "
                + sku.substring(sku.indexOf('-') + 1) + "\",\"unitPrice\":10.00,\"taxRate\":0.20,\"serialized\":false,\"warrantyMonths\":0}").status());
        assertEquals(201, as(TestUsers.MANAGER).postJson(INVENTORY + "/stock/receipts", "{\"sku\":\"" + sku + "\",\"location\":\"NTF\","
                + "\"quantity\":" + quantity + "}").status());
    }

    private String placedOrder(String customer, String sku) {
        Reply placed = as(TestUsers.MANAGER).postJson(INVENTORY + "/orders", "{\"customerId\":\"" + customer + "\",\"location\":\"NTF\","
                + "\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}");
        assertEquals(placed.toString(), 201, placed.status());
        return placed.json().get("id").asText();
    }

    /** Moves an order back in time, in the CRM's own database: the API places orders now. */
    private void backdate(String order, java.time.Instant placedAt) throws Exception {
        javax.sql.DataSource database = bundleContext.getService(bundleContext.getServiceReferences(javax.sql.DataSource.class,
                "(osgi.jndi.service.name=crm)").iterator().next());
        try (java.sql.Connection connection = database.getConnection();
             java.sql.PreparedStatement update = connection.prepareStatement("UPDATE INVENTORY_ORDER SET PLACED_AT = ? WHERE ID = ?")) {
            update.setTimestamp(1, java.sql.Timestamp.from(placedAt));
            update.setString(2, order);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String tag() {
        return Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }
}
