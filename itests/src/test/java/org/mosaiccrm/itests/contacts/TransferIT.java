package org.mosaiccrm.itests.contacts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.KarafProcess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Moving a customer base to another installation: everything an administrator exports in the transfer format
 * comes back into an empty installation as it was — ids, profile, custom fields, contact points, tags,
 * organization links and interactions — and importing it again changes nothing.
 */
public class TransferIT {

    private static final Duration BOOT = Duration.ofSeconds(90);
    private static final String CUSTOMERS = "/crm/api/contacts/customers";
    private static final String NDJSON = "application/x-ndjson";

    @Test
    public void anExportReimportedIntoAnEmptyInstallationLosesNothing() throws Exception {
        Path work = Files.createDirectories(Path.of("target/process/transfer-" + System.nanoTime()));
        try (KarafProcess karaf = KarafProcess.unpack(work)) {
            karaf.start();
            karaf.awaitUp(BOOT);
            Http admin = karaf.http().as("demo-admin", "demo-admin");
            String tag = "transfer" + System.nanoTime();

            // a person sorted before her organization: the link is made once the organization is there too
            String organization = created(admin, "{\"kind\":\"ORGANIZATION\",\"companyName\":\"Zola SARL\",\"tags\":[\"" + tag
                    + "\"],\"contactPoints\":[{\"type\":\"ADDRESS\",\"value\":\"12 rue de l'Été, 75011 Paris\"}]}");
            String person = created(admin, "{\"kind\":\"PERSON\",\"firstName\":\"Anne-Cécile\",\"lastName\":\"Martin\","
                    + "\"organizationId\":\"" + organization + "\",\"tier\":\"GOLD\",\"language\":\"fr\",\"creditLimit\":15000.50,"
                    + "\"paymentTerms\":\"30 jours fin de mois\",\"specialInstructions\":\"Livrer après 14 h\",\"owner\":\"demo-sales\","
                    + "\"tags\":[\"" + tag + "\",\"fidèle\"],\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"anne." + tag
                    + "@example.fr\",\"primary\":true},{\"type\":\"PHONE\",\"value\":\"01 23 45 67 89\"}],"
                    + "\"customFields\":{\"loyaltyNumber\":\"F-0042\",\"birthday\":\"1980-02-29\",\"newsletter\":true,"
                    + "\"annualBudget\":12500.5}}");
            for (String interaction : new String[] {
                "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"at\":\"2026-11-02T09:15:00Z\",\"subject\":\"Réclamation\","
                        + "\"summary\":\"Colis abîmé, renvoi accepté\",\"outcome\":\"résolu\"}",
                "{\"channel\":\"EMAIL\",\"direction\":\"OUTBOUND\",\"at\":\"2026-11-03T16:40:00Z\",\"subject\":\"Confirmation\"}" }) {
                Reply added = admin.postJson(CUSTOMERS + "/" + person + "/interactions", interaction);
                assertEquals(added.toString(), 201, added.status());
            }
            JsonNode personBefore = admin.get(CUSTOMERS + "/" + person).json();
            JsonNode organizationBefore = admin.get(CUSTOMERS + "/" + organization).json();
            JsonNode interactionsBefore = admin.get(CUSTOMERS + "/" + person + "/interactions").json();

            Reply export = admin.send("GET", "/crm/api/contacts/exports?tag=" + tag, null, null, Map.of("Accept", NDJSON));
            assertEquals(export.toString(), 200, export.status());
            assertEquals("one line per customer: " + export.body(), 2, export.body().trim().split("\n").length);
            assertEquals("only administrators take everything", 403, karaf.http().as("demo-marketing", "demo-marketing")
                    .send("GET", "/crm/api/contacts/exports", null, null, Map.of("Accept", NDJSON)).status());

            // an empty installation: the same distribution with its database gone
            karaf.stop(Duration.ofSeconds(60));
            deleteTree(karaf.home().resolve("data/derby"));
            karaf.start();
            karaf.awaitUp(BOOT);
            Await.until("contacts to answer", BOOT, () -> admin.get(CUSTOMERS + "?limit=1").status() == 200);
            assertEquals("empty", "0", admin.get(CUSTOMERS + "?tag=" + tag).header("X-Total-Count"));

            JsonNode imported = admin.send("POST", "/crm/api/contacts/imports", NDJSON, export.body()).json();
            assertEquals(imported.toString(), 2, imported.get("created").asInt());
            assertEquals(imported.toString(), 0, imported.get("failed").asInt());

            assertSameCustomer(personBefore, admin.get(CUSTOMERS + "/" + person).json());
            assertSameCustomer(organizationBefore, admin.get(CUSTOMERS + "/" + organization).json());
            assertEquals("the interactions, as they were", interactionsBefore,
                    admin.get(CUSTOMERS + "/" + person + "/interactions").json());

            JsonNode again = admin.send("POST", "/crm/api/contacts/imports", NDJSON, export.body()).json();
            assertEquals("importing it again changes nothing: " + again, 2, again.get("unchanged").asInt());

            Reply broken = admin.send("POST", "/crm/api/contacts/imports", NDJSON, "{\"customer\":{\"id\":\"x\",\"kind\":\"ROBOT\"}}\n");
            assertEquals(broken.toString(), 200, broken.status());
            assertEquals(broken.toString(), 1, broken.json().get("failed").asInt());
            assertEquals(1, broken.json().at("/problems/0/line").asInt());
            assertTrue(broken.body(), !broken.body().contains("org.mosaiccrm") && !broken.body().contains("Exception"));
        }
    }

    private static String created(Http admin, String json) {
        Reply reply = admin.postJson(CUSTOMERS, json);
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asText();
    }

    /** The same customer, whatever the new installation's bookkeeping (version, last update). */
    private static void assertSameCustomer(JsonNode before, JsonNode after) {
        assertNotEquals("a customer", null, after.get("id"));
        ObjectNode expected = before.deepCopy();
        ObjectNode actual = after.deepCopy();
        for (String bookkeeping : new String[] { "version", "updatedAt", "updatedBy" }) {
            expected.remove(bookkeeping);
            actual.remove(bookkeeping);
        }
        assertEquals(expected, actual);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
