package org.mosaiccrm.itests.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.KarafProcess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An installation of release 0.1 (tables made by EclipseLink and plain JDBC, no changelog) upgraded to
 * this build: the database kept in {@code fixtures/crm-0.1-derby.zip} (what it holds: fixtures/README.md)
 * is put under a fresh distribution, which adopts every table through the baseline changelogs, changes
 * nothing, loses no row, and goes on working; the next start has nothing to apply.
 */
public class UpgradeIT {

    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final String AMELIE = "ba17ca3e-f45a-46c0-913e-59c57e07d3aa";
    private static final String CAFE = "7ce030e4-3fdd-4c12-b4f7-5a0762bce7d5";
    private static final String MERGE = "f2606859-8a0b-4c94-9f89-a1853ebcb3e2";
    private static final String HOPPER = "df7909fb-3d45-46b2-bb40-e0a43f84b09c";
    private static final String ZOLA = "9c21b5b4-d399-49c1-a175-beaf40672698";

    @Test
    public void aDatabaseOfRelease01IsAdoptedWithEveryRowAndKeepsWorking() throws Exception {
        Path work = Files.createDirectories(Path.of("target/process/upgrade-" + System.nanoTime()));
        try (KarafProcess karaf = KarafProcess.unpack(work)) {
            karaf.restoreDatabase(Path.of("src/test/resources/fixtures/crm-0.1-derby.zip"));
            karaf.addBootFeatures("crm-leads");
            karaf.start();
            karaf.awaitUp(BOOT);
            Http admin = karaf.http().as("demo-admin", "demo-admin");
            Http sales = karaf.http().as("demo-sales", "demo-sales");
            awaitActive(admin, "leads");
            awaitSchemas(admin);

            // the schemas: every change set of the three baselines recorded as adopted, none executed
            for (String module : List.of("kernel", "contacts", "leads")) {
                JsonNode schema = admin.get("/crm/api/system/schema/" + module).json();
                assertEquals(schema.toString(), "UP_TO_DATE", schema.path("state").asText());
                assertTrue(schema.toString(), schema.path("changeSets").size() > 0);
                for (JsonNode changeSet : schema.path("changeSets")) {
                    // the 001 baselines are what 0.1 created: adopted, not run; later change sets are this release's
                    boolean baseline = changeSet.path("changeSet").asText().contains("/001-");
                    assertEquals(module + ": " + changeSet, baseline ? "MARK_RAN" : "EXECUTED", changeSet.path("outcome").asText());
                }
                assertEquals(module + ": " + schema, schema.path("changeSets").size(), schema.path("appliedAtStart").size());
            }

            // the kernel's rows: the same installation, the whole audit trail, the portal binding
            JsonNode health = admin.get("/crm/api/health").json();
            assertEquals("8e41b5d3-8b58-4db5-bbdb-6c92f7f5584a", health.at("/installation/id").asText());
            assertEquals("2026-12-03T06:12:14.465569368Z", health.at("/installation/installedAt").asText());
            assertEquals("11", admin.get("/crm/api/audit?limit=1").header("X-Total-Count"));
            Http portal = karaf.http().as("demo-customer", "demo-customer");
            // right after the boot the leads application arrives and the whiteboard rebuilds (503 + Retry-After)
            assertEquals(200, settled(portal, "/crm/api/contacts/customers/" + AMELIE).status());
            assertEquals("the binding still limits the portal user to its customer", 404,
                    afterRebuild(portal, "/crm/api/contacts/customers/" + CAFE).status());

            // contacts' rows, accents, money, tags and the timeline
            assertEquals(Set.of("Amélie Poulain", "Café des Deux Moulins", "Jean-Édouard Lefèvre", "Émile Zola"),
                    names(settled(sales, "/crm/api/contacts/customers").json()));
            JsonNode cafe = sales.get("/crm/api/contacts/customers/" + CAFE).json();
            assertEquals(0, cafe.path("creditLimit").decimalValue().compareTo(new java.math.BigDecimal("5000.50")));
            assertEquals("30 jours fin de mois", cafe.path("paymentTerms").asText());
            assertEquals("vip", cafe.path("tags").get(0).asText());
            JsonNode amelie = sales.get("/crm/api/contacts/customers/" + AMELIE).json();
            assertEquals("+33123456789", amelie.at("/contactPoints/0/value").asText());
            assertEquals("Réclamation livraison",
                    sales.get("/crm/api/contacts/customers/" + AMELIE + "/interactions").json().at("/0/subject").asText());

            // leads' rows: the pipeline, touchpoints, tracked links and their clicks
            JsonNode zola = sales.get("/crm/api/leads/" + ZOLA).json();
            assertEquals("CONVERTED", zola.path("status").asText());
            assertEquals("Rappel prévu jeudi",
                    sales.get("/crm/api/leads/" + HOPPER + "/touchpoints").json().at("/0/note").asText());
            JsonNode figures = karaf.http().as("demo-marketing", "demo-marketing").get("/crm/api/leads/figures").json();
            assertEquals("hiver-2026", figures.at("/0/campaign").asText());
            assertEquals(1, figures.at("/0/clicks").asInt());

            // and it keeps working on the old rows: the merge kept in 0.1 is undone, new rows are written
            assertEquals(200, sales.send("POST", "/crm/api/contacts/merges/" + MERGE + "/undo", null, null).status());
            assertTrue("the merged duplicate is back", names(sales.get("/crm/api/contacts/customers").json()).contains("Amelie Poulain"));
            var created = sales.postJson("/crm/api/contacts/customers", "{\"kind\":\"PERSON\",\"firstName\":\"Honoré\","
                    + "\"lastName\":\"de Balzac\",\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"honore@example.fr\",\"primary\":true}]}");
            assertEquals(created.toString(), 201, created.status());

            // a web session (in the database) outlives the restart of the node
            Http.Reply login = karaf.http().postJson("/crm/api/session", "{\"user\":\"demo-sales\",\"password\":\"demo-sales\"}");
            assertEquals(login.toString(), 201, login.status());
            String cookie = login.header("Set-Cookie").split(";")[0];
            String csrf = login.json().get("csrfToken").asText();

            karaf.stop(Duration.ofSeconds(60));
            karaf.start();
            karaf.awaitUp(BOOT);
            awaitActive(admin, "leads");
            Http.Reply session = karaf.http().send("GET", "/crm/api/session", null, null, java.util.Map.of("Cookie", cookie));
            assertTrue(session.body(), session.json().get("loggedIn").asBoolean());
            Http.Reply byCookie = afterRebuild(karaf.http(), "/crm/api/contacts/customers?limit=1", cookie);
            assertEquals(byCookie.toString(), 200, byCookie.status());
            Http.Reply noToken = karaf.http().send("POST", "/crm/api/contacts/customers", "application/json",
                    "{\"kind\":\"PERSON\",\"lastName\":\"Sans jeton\"}", java.util.Map.of("Cookie", cookie));
            assertEquals(noToken.toString(), 403, noToken.status());
            Http.Reply withToken = karaf.http().send("POST", "/crm/api/contacts/customers", "application/json",
                    "{\"kind\":\"PERSON\",\"lastName\":\"Avec jeton\"}", java.util.Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
            assertEquals(withToken.toString(), 201, withToken.status());
            awaitSchemas(admin);
            for (String module : List.of("kernel", "contacts", "leads")) {
                JsonNode schema = admin.get("/crm/api/system/schema/" + module).json();
                assertEquals("the next start has nothing to apply: " + schema, 0, schema.path("appliedAtStart").size());
            }
            assertEquals("the six before the restart and the one made with the session", 7, count(settled(sales, "/crm/api/contacts/customers").json()));
        }
    }

    private static void awaitActive(Http admin, String module) {
        Await.until(module + " ACTIVE", BOOT, () -> {
            Http.Reply reply = admin.get("/crm/api/system/modules/" + module);
            return reply.status() == 200 && "ACTIVE".equals(reply.json().path("state").asText());
        });
    }

    /** A GET once the module's application is not being rebuilt (503 + Retry-After for a moment after a boot). */
    private static Http.Reply settled(Http client, String path) {
        Http.Reply reply = afterRebuild(client, path);
        assertEquals(reply.toString(), 200, reply.status());
        return reply;
    }

    /**
     * The answer once no application is being rebuilt, whatever it is: right after a boot every API path
     * answers 503 problem+json with Retry-After (the kernel's StartingWindowHandler, then RebuildWindowFilter)
     * until the module's application serves it; never Jetty's or CXF's own HTML 404.
     */
    private static Http.Reply afterRebuild(Http client, String path) {
        return afterRebuild(client, path, null);
    }

    private static Http.Reply afterRebuild(Http client, String path, String cookie) {
        Http.Reply[] reply = new Http.Reply[1];
        Await.until("GET " + path + " to settle", BOOT, () -> {
            reply[0] = cookie == null ? client.get(path) : client.send("GET", path, null, null, java.util.Map.of("Cookie", cookie));
            assertFalse("the CRM answers problem+json, never a servlet's HTML page: " + reply[0],
                    reply[0].contentType() != null && reply[0].contentType().startsWith("text/html"));
            return reply[0].status() != 503;
        });
        return reply[0];
    }

    /** The whiteboard adds resources to a running application asynchronously: wait for the schema report. */
    private static void awaitSchemas(Http admin) {
        Await.until("the schema report", BOOT, () -> admin.get("/crm/api/system/schema").status() == 200);
    }

    private static Set<String> names(JsonNode customers) {
        Set<String> names = new TreeSet<>();
        customers.forEach(customer -> names.add(customer.path("displayName").asText()));
        return names;
    }

    private static int count(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.size();
    }
}
