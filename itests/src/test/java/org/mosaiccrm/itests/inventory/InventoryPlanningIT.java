package org.mosaiccrm.itests.inventory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Planning with the inventory pack, as managers and marketers use it: replenishment suggestions on a small
 * known data set with their reasons, accepted and snoozed; reorder predictions from a customer's own
 * rhythm; the catalog imported from a French spreadsheet; and the pack uninstalled and reinstalled with its
 * data kept and contacts undisturbed.
 */
public class InventoryPlanningIT extends InventoryTestSupport {

    @Test
    public void aStoreThatSoldFastGetsATransferFromItsRegionsWarehouseWithTheReasonAndAcceptingRecordsIt() {
        String tag = tag();
        String region = "R" + tag;
        String warehouse = location("W" + tag, "WAREHOUSE", region, "Région " + tag);
        String store = location("S" + tag, "STORE", region, "Région " + tag);
        String quiet = location("Q" + tag, "STORE", region, "Région " + tag);
        String sku = product("REPL-" + tag, "20.00", false, 0);
        receive(sku, warehouse, 100);
        receive(sku, store, 10);
        // the store sells 8 today: 8 units over the 28-day window, all on one day
        String customer = customer("Réassort" + tag, null);
        Http sales = as(TestUsers.SALES);
        String order = sales.postJson(API + "/orders", orderJson(customer, store, sku, 8, false)).json().get("id").asText();
        assertEquals(201, sales.postJson(API + "/orders/" + order + "/shipments", "{}").status());
        Http manager = as(TestUsers.MANAGER);
        // and a manager sets a rule for the quiet store, which sold nothing
        Reply rule = manager.putJson(API + "/stock/rules", "{\"sku\":\"" + sku + "\",\"location\":\"" + quiet + "\",\"minimum\":5,\"maximum\":20}");
        assertEquals(rule.toString(), 200, rule.status());

        JsonNode suggestions = manager.get(API + "/replenishment?region=" + region).json();
        assertEquals(suggestions.toString(), 2, suggestions.size());
        JsonNode ruled = suggestions.get(1);
        assertEquals("a location that sells comes before one that does not", quiet, ruled.get("location").asText());
        assertEquals("MANUAL", ruled.get("rule").asText());
        assertEquals(20, ruled.get("quantity").asLong());
        JsonNode fast = suggestions.get(0);
        assertEquals("TRANSFER", fast.get("action").asText());
        assertEquals(warehouse, fast.get("fromLocation").asText());
        assertEquals(store, fast.get("location").asText());
        assertEquals("SALES_HISTORY", fast.get("rule").asText());
        // 8/28 a day; σ of daily sales √(64/28 − (8/28)²); minimum ⌈3·d + 1.65·σ·√3⌉ = 6, maximum ⌈10·d⌉ = 3 → 6
        assertEquals(6, fast.get("minimum").asLong());
        assertEquals(6, fast.get("maximum").asLong());
        assertEquals("2 available, brought up to 6", 4, fast.get("quantity").asLong());
        assertEquals(0.3, fast.get("unitsPerDay").asDouble(), 0.001);
        String reason = fast.get("reason").asText();
        assertTrue(reason, reason.startsWith("transfer 4 × " + sku + " from Site " + warehouse + " to Site " + store + ": region Région "
                + tag + " sold 0.3/day over 28 days"));
        assertTrue(reason, reason.contains("2 available = 7.0 days of cover, below its minimum 6 (from its sales history)"));

        Reply tooMany = manager.postJson(API + "/replenishment/accept", acceptance(sku, store, "TRANSFER", warehouse, 5));
        assertEquals(tooMany.toString(), 409, tooMany.status());
        assertEquals(4, tooMany.json().get("suggested").asLong());
        Reply agent = as(TestUsers.AGENT).postJson(API + "/replenishment/accept", acceptance(sku, store, "TRANSFER", warehouse, 4));
        assertEquals(403, agent.status());
        Reply accepted = manager.postJson(API + "/replenishment/accept", acceptance(sku, store, "TRANSFER", warehouse, 4));
        assertEquals(accepted.toString(), 200, accepted.status());
        assertEquals(2, accepted.json().get("movements").size());
        assertEquals(6, sales.get(API + "/stock?sku=" + sku + "&location=" + store).json().get(0).get("available").asInt());
        String ledger = manager.get(API + "/stock/ledger?sku=" + sku + "&location=" + store).body();
        assertTrue(ledger, ledger.contains("TRANSFER_IN") && ledger.contains("from " + warehouse));
        Reply again = manager.postJson(API + "/replenishment/accept", acceptance(sku, store, "TRANSFER", warehouse, 4));
        assertEquals("accepted once: no longer current", 409, again.status());

        String listed = console("crm:inventory-replenish --region " + region);
        assertTrue(listed, listed.contains("TRANSFER") && listed.contains(quiet) && listed.contains("manager's rule"));
        Reply snoozed = manager.postJson(API + "/replenishment/snooze", "{\"sku\":\"" + sku + "\",\"location\":\"" + quiet + "\",\"days\":3}");
        assertEquals(snoozed.toString(), 204, snoozed.status());
        assertEquals(0, manager.get(API + "/replenishment?region=" + region).json().size());
        assertTrue(console("crm:inventory-replenish --region " + region).contains("Nothing to replenish"));
    }

    @Test
    public void whatNoLocationCanSpareIsPutOnOrderUntilItArrives() {
        String tag = tag();
        String store = location("P" + tag, "STORE", "RP" + tag, "Achats");
        String sku = product("BUY-" + tag, "5.00", false, 0);
        Http manager = as(TestUsers.MANAGER);
        assertEquals(200, manager.putJson(API + "/stock/rules", "{\"sku\":\"" + sku + "\",\"location\":\"" + store
                + "\",\"minimum\":3,\"maximum\":10}").status());
        JsonNode purchase = manager.get(API + "/replenishment?location=" + store).json().get(0);
        assertEquals("PURCHASE", purchase.get("action").asText());
        assertEquals(10, purchase.get("quantity").asLong());
        String accepted = console("crm:inventory-replenish --accept --sku " + sku + " --location " + store);
        assertTrue(accepted, accepted.contains("10 × " + sku + " put on order"));
        assertEquals("on order counts as coming", 0, manager.get(API + "/replenishment?location=" + store).json().size());
        receive(sku, store, 4);
        JsonNode after = manager.get(API + "/replenishment?location=" + store).json();
        assertEquals("4 arrived, 6 still on order: 4 + 6 ≥ 3", 0, after.size());
    }

    @Test
    public void badReplenishmentRequestsNameTheirFields() {
        Http manager = as(TestUsers.MANAGER);
        Reply empty = manager.postJson(API + "/replenishment/accept", "{}");
        assertEquals(empty.toString(), 422, empty.status());
        for (String field : new String[] { "sku", "location", "action", "quantity" }) {
            assertTrue(empty.body(), empty.body().contains("\"" + field + "\""));
        }
        Reply badRule = manager.putJson(API + "/stock/rules", "{\"sku\":\"X\",\"location\":\"Y\",\"minimum\":9,\"maximum\":2}");
        assertEquals(badRule.toString(), 422, badRule.status());
        assertTrue(badRule.body(), badRule.body().contains("maximum"));
        Reply badSnooze = manager.postJson(API + "/replenishment/snooze", "{\"sku\":\"NOPE\",\"location\":\"NOPE\",\"days\":0}");
        assertEquals(badSnooze.toString(), 422, badSnooze.status());
        assertEquals(400, manager.get(API + "/predictions/due?days=soon").status());
        assertEquals(400, manager.get(API + "/predictions").status());
        assertEquals(400, manager.get(API + "/stock/ledger").status());
        assertEquals(403, as(TestUsers.AGENT).get(API + "/replenishment").status());
    }

    @Test
    public void aCustomerWhoBuysEveryMonthIsDueAroundAMonthAfterTheLastPurchase() throws Exception {
        String tag = tag();
        String location = location("D" + tag);
        String sku = product("CAFE-" + tag, "18.00", false, 0);
        receive(sku, location, 10);
        String customer = customer("Fidèle" + tag, null);
        Http sales = as(TestUsers.SALES);
        Instant now = Instant.now();
        String[] orders = new String[3];
        for (int i = 0; i < 3; i++) {
            orders[i] = sales.postJson(API + "/orders", orderJson(customer, location, sku, 1, false)).json().get("id").asText();
        }
        // the history: 60 and 30 days ago, and today (orders cannot be placed in the past through the API)
        backdate(orders[0], now.minus(Duration.ofDays(60)));
        backdate(orders[1], now.minus(Duration.ofDays(30)));

        JsonNode predictions = sales.get(API + "/predictions?customer=" + customer).json();
        assertEquals(predictions.toString(), 1, predictions.size());
        JsonNode next = predictions.get(0);
        assertEquals(3, next.get("purchases").asInt());
        assertEquals(30.0, next.get("averageIntervalDays").asDouble(), 0.01);
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        assertEquals(today.plusDays(30).toString(), next.get("expectedOn").asText());
        assertEquals("HIGH", next.get("certainty").asText());

        JsonNode dueSoon = as(TestUsers.MARKETING).get(API + "/predictions/due?days=31&limit=500").json();
        assertTrue(dueSoon.toString(), dueSoon.toString().contains(customer));
        JsonNode notYet = as(TestUsers.MARKETING).get(API + "/predictions/due?days=20&limit=500").json();
        assertFalse(notYet.toString(), notYet.toString().contains(customer));
        String view = as(TestUsers.AGENT).get("/crm/api/contacts/customers/" + customer + "/view").body();
        assertTrue("the screen pop says what they will likely buy next: " + view, view.contains("\"likelyNext\":[{") && view.contains(sku));
        String due = console("crm:inventory-due --limit 500 31");
        assertTrue(due, due.contains(customer) && due.contains("HIGH"));
    }

    @Test
    public void theCatalogComesFromAFrenchSpreadsheetAndASecondImportChangesNothing() {
        String tag = tag();
        String csv = "Référence;Désignation;Prix HT;TVA;Garantie (mois);Couleur\n"
                + "IMP1-" + tag + ";Moulin à café;1 249,90 €;20 %;24;rouge\n"
                + "IMP2-" + tag + ";Filtres papier;3,50;5,5 %;;blanc\n"
                + "IMP3-" + tag + ";Sans prix;gratuit;20 %;;\n"
                + "IMP4-" + tag + ";Prix ambigu;1,249;20 %;;\n";
        Http manager = as(TestUsers.MANAGER);
        Reply first = manager.send("POST", API + "/products/imports", "text/csv; charset=UTF-8", csv);
        assertEquals(first.toString(), 200, first.status());
        JsonNode report = first.json();
        assertEquals(2, report.get("created").asLong());
        assertEquals(2, report.get("failed").asLong());
        assertEquals("the file's own header is named", "Prix HT", report.at("/problems/0/field").asText());
        assertTrue("1,249 is refused, not guessed: " + report, report.at("/problems/1/message").asText().contains("ambiguous"));
        assertEquals("Couleur", report.at("/ignoredColumns/0").asText());
        JsonNode mill = manager.get(API + "/products/IMP1-" + tag).json();
        assertEquals(0, mill.at("/unitPrice/amount").decimalValue().compareTo(new java.math.BigDecimal("1249.90")));
        assertEquals(0, mill.get("taxRate").decimalValue().compareTo(new java.math.BigDecimal("0.20")));
        assertEquals(24, mill.get("warrantyMonths").asInt());
        JsonNode filters = manager.get(API + "/products/IMP2-" + tag).json();
        assertEquals(0, filters.get("taxRate").decimalValue().compareTo(new java.math.BigDecimal("0.055")));

        JsonNode second = manager.send("POST", API + "/products/imports", "text/csv; charset=UTF-8", csv).json();
        assertEquals(0, second.get("created").asLong());
        assertEquals(0, second.get("updated").asLong());
        assertEquals(2, second.get("unchanged").asLong());
        JsonNode priceOnly = manager.send("POST", API + "/products/imports", "text/csv", "sku,unitPrice\nIMP1-" + tag + ",1199\n").json();
        assertEquals(1, priceOnly.get("updated").asLong());
        JsonNode changed = manager.get(API + "/products/IMP1-" + tag).json();
        assertEquals("a column the file lacks keeps its value", "Moulin à café", changed.get("name").asText());
        assertEquals(24, changed.get("warrantyMonths").asInt());
        assertEquals(403, as(TestUsers.SALES).send("POST", API + "/products/imports", "text/csv", csv).status());
        Reply unknown = manager.send("POST", API + "/products/imports", "text/csv", "Couleur;Poids\nrouge;3\n");
        assertEquals(unknown.toString(), 422, unknown.status());
    }

    @Test
    public void uninstallingThePackKeepsItsDataAndReinstallingFindsIt() {
        String tag = tag();
        String location = location("U" + tag);
        String sku = product("KEEP-" + tag, "9.90", false, 0);
        receive(sku, location, 7);
        String customer = customer("Garde" + tag, null);
        String contactPath = "/crm/api/contacts/customers/" + customer;

        String removed = console("feature:uninstall crm-inventory");
        assertFalse(removed, removed.contains("Error"));
        Await.until("the inventory endpoints to be gone", STARTUP,
                () -> as(TestUsers.SALES).get(API + "/products/" + sku).status() != 200);
        assertEquals("contacts undisturbed", 200, settledGet(contactPath).status());
        String view = as(TestUsers.AGENT).get(contactPath + "/view").body();
        assertFalse("no inventory section while the pack is gone: " + view, view.contains("\"openBalance\""));

        String back = console("feature:install crm-inventory");
        assertFalse(back, back.contains("Error"));
        awaitModuleState("inventory", "ACTIVE");
        Await.until("the inventory endpoints", STARTUP, () -> as(TestUsers.SALES).get(API + "/products/" + sku).status() == 200);
        assertEquals(7, as(TestUsers.SALES).get(API + "/stock?sku=" + sku + "&location=" + location).json().get(0).get("available").asInt());
        assertEquals(200, settledGet(contactPath).status());
    }

    // ---------------------------------------------------------------------------------------------------

    private static String acceptance(String sku, String location, String action, String from, long quantity) {
        return "{\"sku\":\"" + sku + "\",\"location\":\"" + location + "\",\"action\":\"" + action + "\",\"fromLocation\":"
                + (from == null ? "null" : "\"" + from + "\"") + ",\"quantity\":" + quantity + "}";
    }

    /** Moves an order back in time, in the CRM's own database: the API places orders now. */
    private void backdate(String order, Instant placedAt) throws Exception {
        DataSource database = bundleContext.getService(bundleContext.getServiceReferences(DataSource.class,
                "(osgi.jndi.service.name=crm)").iterator().next());
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE INVENTORY_ORDER SET PLACED_AT = ? WHERE ID = ?")) {
            update.setTimestamp(1, Timestamp.from(placedAt));
            update.setString(2, order);
            assertEquals(1, update.executeUpdate());
        }
    }
}
