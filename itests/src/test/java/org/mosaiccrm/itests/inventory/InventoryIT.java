package org.mosaiccrm.itests.inventory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Test;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The inventory pack, hot-installed from the console on a CRM running contacts, then used through REST and
 * the console as sales reps, managers and agents would: stock that never goes below zero whatever the
 * number of clients, the credit check and its override, the order's life, partial shipments with their
 * backorder, warranties, and the customer's 360° view.
 */
public class InventoryIT extends InventoryTestSupport {

    @Test
    public void exactlyAsManyConcurrentOrdersSucceedAsThereAreUnitsAndTheStockEndsAtZero() throws Exception {
        String tag = tag();
        String location = location("RACE" + tag);
        String sku = product("LAST-" + tag, "10.00", false, 0);
        receive(sku, location, 5);
        String customer = customer("Course" + tag, null);
        Http sales = as(TestUsers.SALES);
        ExecutorService clients = Executors.newFixedThreadPool(12);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Callable<Integer> order = () -> sales.postJson(API + "/orders", orderJson(customer, location, sku, 1, false)).status();
            answers.add(clients.submit(order));
        }
        int placed = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            if (status == 201) {
                placed++;
            } else if (status == 409) {
                refused++;
            } else {
                throw new AssertionError("an order answered " + status);
            }
        }
        clients.shutdown();
        assertEquals("as many orders as units", 5, placed);
        assertEquals(19, refused);
        JsonNode stock = sales.get(API + "/stock?sku=" + sku + "&location=" + location).json().get(0);
        assertEquals(5, stock.get("onHand").asInt());
        assertEquals(5, stock.get("reserved").asInt());
        assertEquals(0, stock.get("available").asInt());
        Reply refusedOne = sales.postJson(API + "/orders", orderJson(customer, location, sku, 1, false));
        assertEquals(409, refusedOne.status());
        assertEquals(0, refusedOne.json().get("available").asInt());
        assertTrue(refusedOne.body(), refusedOne.json().get("detail").asText().contains("0 available"));
        assertEquals("a manager cannot take it below zero either", 409, as(TestUsers.MANAGER).postJson(API + "/stock/adjustments",
                "{\"sku\":\"" + sku + "\",\"location\":\"" + location + "\",\"quantity\":-1,\"reason\":\"casse\"}").status());
    }

    @Test
    public void anOrderBeyondTheCreditLimitIsRefusedWithTheFiguresAndAManagerMayOverride() throws Exception {
        String tag = tag();
        String location = location("CRED" + tag);
        String sku = product("CRED-" + tag, "500.00", false, 0);
        receive(sku, location, 10);
        String customer = customer("Credit" + tag, "1000");
        Http sales = as(TestUsers.SALES);
        assertEquals(201, sales.postJson(API + "/orders", orderJson(customer, location, sku, 1, false)).status()); // 600.00 with tax

        Reply refused = sales.postJson(API + "/orders", orderJson(customer, location, sku, 1, false));
        assertEquals(refused.toString(), 409, refused.status());
        assertEquals(0, refused.json().get("creditLimit").decimalValue().compareTo(new java.math.BigDecimal("1000")));
        assertEquals(0, refused.json().get("openBalance").decimalValue().compareTo(new java.math.BigDecimal("600")));
        assertEquals(0, refused.json().get("orderTotal").decimalValue().compareTo(new java.math.BigDecimal("600")));
        assertEquals("a sales rep may not override", 403, sales.postJson(API + "/orders", orderJson(customer, location, sku, 1, true)).status());

        Reply overridden = as(TestUsers.MANAGER).postJson(API + "/orders", orderJson(customer, location, sku, 1, true));
        assertEquals(overridden.toString(), 201, overridden.status());
        assertTrue(overridden.json().get("creditOverridden").asBoolean());
        String audit = admin().get("/crm/api/audit?entityType=Order&entityId=" + overridden.json().get("id").asText()).body();
        assertTrue(audit, audit.contains("creditOverride") && audit.contains(TestUsers.MANAGER));
        // simultaneous orders of one customer cannot all slip under the limit: one fits, the others are refused
        String other = customer("Simultane" + tag, "700");
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(clients.submit(() -> sales.postJson(API + "/orders", orderJson(other, location, sku, 1, false)).status()));
        }
        int placed = 0;
        for (Future<Integer> answer : answers) {
            placed += answer.get() == 201 ? 1 : 0;
        }
        clients.shutdown();
        assertEquals("600 fits a limit of 700 once", 1, placed);

        JsonNode account = sales.get(API + "/customers/" + customer + "/account").json();
        assertEquals(0, account.at("/openBalance/amount").decimalValue().compareTo(new java.math.BigDecimal("1200")));
        assertEquals(0, account.at("/availableCredit/amount").decimalValue().compareTo(new java.math.BigDecimal("-200")));
    }

    @Test
    public void anOrdersLifeRefusesIllegalMovesAndAPartialShipmentLeavesABackorder() {
        String tag = tag();
        String location = location("SHIP" + tag);
        String machine = product("MACH-" + tag, "449.00", true, 24);
        String beans = product("BEAN-" + tag, "24.90", false, 0);
        receive(machine, location, 1);
        receive(beans, location, 2);
        String customer = customer("Envoi" + tag, null);
        Http sales = as(TestUsers.SALES);
        Reply placed = sales.postJson(API + "/orders", "{\"customerId\":\"" + customer + "\",\"location\":\"" + location + "\","
                + "\"allowBackorder\":true,\"lines\":[{\"sku\":\"" + machine + "\",\"quantity\":1},{\"sku\":\"" + beans + "\",\"quantity\":5}]}");
        assertEquals(placed.toString(), 201, placed.status());
        String order = placed.json().get("id").asText();
        assertTrue(placed.json().get("number").asText().matches("CMD-\\d{4}-\\d{6}"));

        Reply illegal = sales.send("POST", API + "/orders/" + order + "/status", "application/json", "{\"status\":\"DELIVERED\"}",
                java.util.Map.of("If-Match", "\"" + placed.json().get("version").asLong() + "\""));
        assertEquals(illegal.toString(), 409, illegal.status());
        assertTrue(illegal.body(), illegal.json().get("allowed").toString().contains("CANCELLED"));

        Reply noSerial = sales.postJson(API + "/orders/" + order + "/shipments", "{\"carrier\":\"colissimo\",\"trackingNumber\":\"6A1\"}");
        assertEquals("a serialized unit needs its serial number: " + noSerial, 422, noSerial.status());
        Reply shipped = sales.postJson(API + "/orders/" + order + "/shipments", "{\"carrier\":\"colissimo\",\"trackingNumber\":\"6A"
                + tag + "\",\"lines\":[{\"sku\":\"" + machine + "\",\"quantity\":1,\"serialNumbers\":[\"SN-" + tag + "\"]},"
                + "{\"sku\":\"" + beans + "\",\"quantity\":5}]}");
        assertEquals(shipped.toString(), 201, shipped.status());
        assertTrue(shipped.body(), shipped.json().get("trackingUrl").asText().startsWith("https://www.laposte.fr/") );
        JsonNode after = sales.get(API + "/orders/" + order).json();
        assertEquals("two of five beans went: the order waits for the rest", "PLACED", after.get("status").asText());
        assertEquals(2, after.at("/lines/1/shipped").asInt());

        receive(beans, location, 10);
        Reply rest = sales.postJson(API + "/orders/" + order + "/shipments", "{}");
        assertEquals(rest.toString(), 201, rest.status());
        assertEquals("SHIPPED", sales.get(API + "/orders/" + order).json().get("status").asText());
        assertEquals(7, sales.get(API + "/stock?sku=" + beans + "&location=" + location).json().get(0).get("available").asInt());

        JsonNode warranty = as(TestUsers.AGENT).get(API + "/warranties/SN-" + tag).json();
        assertEquals(machine, warranty.get("sku").asText());
        assertTrue(warranty.get("active").asBoolean());
        assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(24).toString(), warranty.get("ends").asText());
        assertEquals(404, as(TestUsers.AGENT).get(API + "/warranties/SN-nobody").status());

        String timeline = sales.get("/crm/api/contacts/customers/" + customer + "/interactions").body();
        assertTrue(timeline, timeline.contains("Expédition de la commande") && timeline.contains("(partielle)"));
    }

    @Test
    public void theCustomerViewShowsBalanceCreditPurchasesWarrantiesAndWhatGoesWithThem() {
        String tag = tag();
        String location = location("VIEW" + tag);
        String machine = product("VMACH-" + tag, "449.00", true, 24);
        String descaler = product("VDESC-" + tag, "12.50", false, 0);
        assertEquals(204, as(TestUsers.MANAGER).postJson(API + "/products/" + machine + "/related",
                "{\"relatedSku\":\"" + descaler + "\",\"kind\":\"ACCESSORY\"}").status());
        receive(machine, location, 2);
        String customer = customer("Vue" + tag, "5000");
        Http sales = as(TestUsers.SALES);
        String order = sales.postJson(API + "/orders", orderJson(customer, location, machine, 1, false)).json().get("id").asText();
        assertEquals(201, sales.postJson(API + "/orders/" + order + "/shipments", "{\"lines\":[{\"sku\":\"" + machine
                + "\",\"quantity\":1,\"serialNumbers\":[\"VSN-" + tag + "\"]}]}").status());

        JsonNode section = as(TestUsers.AGENT).get("/crm/api/contacts/customers/" + customer + "/view").json().at("/sections/inventory");
        assertTrue(section.toString(), section.get("available").asBoolean());
        JsonNode data = section.get("data");
        assertEquals(0, data.at("/account/creditLimit/amount").decimalValue().compareTo(new java.math.BigDecimal("5000")));
        assertEquals(0, data.at("/account/openBalance/amount").decimalValue().compareTo(new java.math.BigDecimal("538.80")));
        assertEquals(1, data.get("recentOrders").size());
        assertEquals("VSN-" + tag, data.at("/owned/0/serialNumber").asText());
        assertEquals(descaler, data.at("/suggestions/0/sku").asText());
    }

    @Test
    public void aPortalCustomerOrdersAgainForThemselvesAtTheCatalogsPrice() {
        String tag = tag();
        String location = location("PORT" + tag);
        String beans = product("PBEAN-" + tag, "24.90", false, 0);
        receive(beans, location, 10);
        String mine = customer("Portail" + tag, null);
        String other = customer("Autre" + tag, null);
        assertTrue(console("crm:portal-bind " + TestUsers.CUSTOMER + " " + mine).contains("now sees customer " + mine));
        Http portal = as(TestUsers.CUSTOMER);

        Reply cheap = portal.postJson(API + "/orders", "{\"location\":\"" + location + "\",\"lines\":[{\"sku\":\"" + beans
                + "\",\"quantity\":2,\"unitPrice\":0.01,\"discount\":1}]}");
        assertEquals("a customer cannot price their own order: " + cheap, 422, cheap.status());
        assertTrue(cheap.body(), cheap.body().contains("lines[0].unitPrice") && cheap.body().contains("lines[0].discount"));
        Reply forAnother = portal.postJson(API + "/orders", orderJson(other, location, beans, 1, false));
        assertEquals(forAnother.toString(), 422, forAnother.status());

        Reply placed = portal.postJson(API + "/orders", "{\"location\":\"" + location + "\",\"lines\":[{\"sku\":\"" + beans
                + "\",\"quantity\":2}]}");
        assertEquals(placed.toString(), 201, placed.status());
        assertEquals(mine, placed.json().get("customerId").asText());
        assertEquals("PORTAL", placed.json().get("channel").asText());
        assertEquals(0, placed.json().at("/total/amount").decimalValue().compareTo(new java.math.BigDecimal("59.76")));
        JsonNode theirs = portal.get(API + "/orders").json();
        assertEquals(1, theirs.size());
        assertEquals(8, as(TestUsers.SALES).get(API + "/stock?sku=" + beans + "&location=" + location).json().get(0).get("available").asInt());
    }

    /** Typos in etc/org.mosaiccrm.inventory.cfg: refused as a whole, inventory goes on with what it had. */
    @Test
    public void aBrokenInventoryConfigurationIsRefusedAndInventoryRunsOnItsLastGoodOne() throws Exception {
        withConfiguration("org.mosaiccrm.inventory", java.util.Map.of("defaultCurrency", "EURO", "zoen", "Europe/Paris"), () -> {
            org.mosaiccrm.itests.support.Await.until("the refusal to be reported", java.time.Duration.ofSeconds(20),
                    () -> moduleWarnings("inventory").contains("org.mosaiccrm.inventory refused"));
            assertEquals("ACTIVE", moduleState("inventory"));
            String warnings = moduleWarnings("inventory");
            assertTrue(warnings, warnings.contains("defaultCurrency: 'EURO' is not an ISO 4217 currency code"));
            assertTrue(warnings, warnings.contains("zoen: is not a setting of org.mosaiccrm.inventory"));
            assertEquals("still serving", 200, as(TestUsers.MANAGER).get("/crm/api/inventory/locations").status());
        });
        org.mosaiccrm.itests.support.Await.until("the refusal to end", java.time.Duration.ofSeconds(20),
                () -> !moduleWarnings("inventory").contains("refused"));
    }

}
