package org.mosaiccrm.itests.sales;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.Map;

import org.junit.Before;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/** Leads, inventory, sales and reporting hot-installed on a CRM running contacts; customers, opportunities and a catalog made through REST. */
abstract class SalesTestSupport extends CrmTestSupport {

    static final String API = "/crm/api/sales";
    private static boolean installed;

    @Before
    public void salesInstalled() {
        awaitKernel();
        Await.until("contacts to be ACTIVE", STARTUP, () -> "ACTIVE".equals(moduleState("contacts")));
        if (!installed) {
            String output = console("feature:install crm-leads crm-inventory crm-sales crm-reporting");
            assertFalse(output, output.contains("Error"));
            installed = true;
        }
        for (String module : new String[] { "leads", "inventory", "sales", "reporting" }) {
            awaitModuleState(module, "ACTIVE");
        }
        Await.until("the sales endpoints", STARTUP, () -> as(TestUsers.SALES).get(API + "/stages").status() == 200);
    }

    String customer(String tag) {
        Reply created = Customers.createPerson(as(TestUsers.SALES), "Amélie", "Poulain-" + tag, tag + "@exemple.fr", null);
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    JsonNode open(Http client, String json) {
        Reply opened = client.postJson(API + "/opportunities", json);
        assertEquals(opened.toString(), 201, opened.status());
        assertEquals("\"1\"", opened.header("ETag"));
        return opened.json();
    }

    static Reply move(Http client, JsonNode opportunity, long version, String body) {
        return client.send("POST", API + "/opportunities/" + opportunity.get("id").asText() + "/stage", "application/json", body,
                Map.of("If-Match", "\"" + version + "\""));
    }

    static final String INVENTORY = "/crm/api/inventory";

    /** A location with two products in stock, priced 1,299.00 and 19.90 with 20 % VAT. */
    String[] catalog(String tag) {
        Http manager = as(TestUsers.MANAGER);
        assertEquals(200, manager.putJson(INVENTORY + "/locations/Q" + tag, "{\"name\":\"Entrepôt Q" + tag + "\",\"kind\":\"WAREHOUSE\","
                + "\"regionCode\":\"SUD\",\"regionName\":\"Sud\"}").status());
        String[][] products = { { "BAR-" + tag, "Machine Barista 1200", "1299.00" }, { "DET-" + tag, "Détartrant écologique", "19.90" } };
        for (String[] product : products) {
            Reply created = manager.postJson(INVENTORY + "/products", "{\"sku\":\"" + product[0] + "\",\"name\":\"" + product[1]
                    + "\",\"unitPrice\":" + product[2] + ",\"taxRate\":0.20}");
            assertEquals(created.toString(), 201, created.status());
            assertEquals(201, manager.postJson(INVENTORY + "/stock/receipts", "{\"sku\":\"" + product[0] + "\",\"location\":\"Q" + tag
                    + "\",\"quantity\":20}").status());
        }
        return new String[] { "Q" + tag, products[0][0], products[1][0] };
    }

    static Reply quoteStep(Http client, JsonNode quote, String step, long version, String body) {
        return client.send("POST", API + "/quotes/" + quote.get("id").asText() + "/" + step, "application/json", body,
                Map.of("If-Match", "\"" + version + "\""));
    }

}
