package org.mosaiccrm.itests.reporting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.Before;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Leads, inventory and reporting hot-installed on a CRM running contacts; known data sets made through REST
 * (links, clicks, leads, orders) and, for a purchase history spread over months, written as a fixture into
 * inventory's tables (no REST call places an order in the past).
 */
abstract class ReportingTestSupport extends CrmTestSupport {

    static final String API = "/crm/api/reporting";
    static final String LEADS = "/crm/api/leads";
    static final String INVENTORY = "/crm/api/inventory";
    private static boolean installed;

    @Before
    public void modulesInstalled() {
        awaitKernel();
        Await.until("contacts to be ACTIVE", STARTUP, () -> "ACTIVE".equals(moduleState("contacts")));
        if (!installed) {
            String output = console("feature:install crm-leads crm-inventory crm-reporting");
            assertFalse(output, output.contains("Error"));
            installed = true;
        }
        for (String module : new String[] { "leads", "inventory", "reporting" }) {
            awaitModuleState(module, "ACTIVE");
        }
        Await.until("the reporting endpoints", STARTUP, () -> as(TestUsers.MANAGER).get(API + "/reports").status() == 200);
    }

    /** The report as JSON, once it is in the catalog (a module's provider registers a moment after the module). */
    JsonNode report(String user, String name, String query) {
        Reply[] last = new Reply[1];
        Await.until(name + " to answer", Duration.ofSeconds(30), () -> {
            last[0] = as(user).get(API + "/reports/" + name + (query.isEmpty() ? "" : "?" + query));
            return last[0].status() != 404 && !duringApplicationRebuild(last[0]);
        });
        assertEquals(last[0].toString(), 200, last[0].status());
        return last[0].json();
    }

    /** The row whose first column is {@code key}, or null. */
    static JsonNode row(JsonNode report, String key) {
        for (JsonNode row : report.get("rows")) {
            if (key.equals(row.get(0).asText())) {
                return row;
            }
        }
        return null;
    }

    String link(String campaign, String affiliate) {
        Reply link = as(TestUsers.MARKETING).postJson(LEADS + "/links", "{\"campaign\":\"" + campaign + "\",\"affiliate\":\"" + affiliate
                + "\",\"targetUrl\":\"https://www.example.com/offre\"}");
        assertEquals(link.toString(), 201, link.status());
        return link.json().get("code").asText();
    }

    void click(String code) {
        Reply click = http().send("GET", "/crm/t/" + code, null, null, java.util.Map.of("Referer", "https://blog.example.net/"));
        assertEquals(click.toString(), 302, click.status());
    }

    /** A lead captured by the web form after a click on the link {@code code}; returns its id. */
    String captured(String code, String lastName) {
        String body = "lastName=" + enc(lastName) + "&email=" + enc(lastName.toLowerCase() + "@exemple.fr") + "&crm_t=" + enc(code);
        Reply[] last = new Reply[1];
        Await.until("the capture endpoint to take the lead", Duration.ofMinutes(2), () -> {
            last[0] = http().send("POST", LEADS + "/capture", "application/x-www-form-urlencoded", body);
            return last[0].status() != 429 && !duringApplicationRebuild(last[0]);
        });
        assertEquals(last[0].toString(), 201, last[0].status());
        return last[0].json().get("id").asText();
    }

    void convert(String leadId) {
        Reply converted = as(TestUsers.SALES).send("POST", LEADS + "/" + leadId + "/convert", null, null);
        assertEquals(converted.toString(), 200, converted.status());
    }

    void location(String code, String region) {
        Reply saved = as(TestUsers.MANAGER).putJson(INVENTORY + "/locations/" + code, "{\"name\":\"Magasin " + code
                + "\",\"kind\":\"STORE\",\"regionCode\":\"" + region + "\",\"regionName\":\"Région " + region + "\"}");
        assertEquals(saved.toString(), 200, saved.status());
    }

    /** A product (a service: nothing to stock); returns its id. */
    String product(String sku, String price) {
        Reply created = as(TestUsers.MANAGER).postJson(INVENTORY + "/products", "{\"sku\":\"" + sku + "\",\"name\":\"Produit " + sku
                + "\",\"unitPrice\":" + price + ",\"taxRate\":0.20,\"service\":true}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    String customer(String lastName) {
        Reply created = as(TestUsers.SALES).postJson("/crm/api/contacts/customers?allowDuplicate=true",
                "{\"kind\":\"PERSON\",\"firstName\":\"Client\",\"lastName\":\"" + lastName + "\"}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    /** Writes a past order of one line straight into inventory's tables: the purchase history fixture. */
    void pastOrder(String customerId, String productId, String location, Instant placedAt, long quantity, String unitPrice) throws Exception {
        ServiceReference<DataSource> reference = bundleContext.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=crm)")
                .iterator().next();
        DataSource dataSource = bundleContext.getService(reference);
        String orderId = UUID.randomUUID().toString();
        BigDecimal total = new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity));
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement order = connection.prepareStatement("INSERT INTO INVENTORY_ORDER (ID, ORDER_NUMBER, VERSION, CUSTOMER_ID, "
                    + "STATUS, CHANNEL, LOCATION_CODE, CURRENCY, SUBTOTAL, TAX, TOTAL, PAID, CREDIT_OVERRIDDEN, PLACED_AT, PLACED_BY) "
                    + "VALUES (?, ?, 0, ?, 'DELIVERED', 'STORE', ?, 'EUR', ?, 0, ?, ?, ?, ?, 'fixture')")) {
                order.setString(1, orderId);
                order.setString(2, "FIX-" + orderId.substring(0, 20));
                order.setString(3, customerId);
                order.setString(4, location);
                order.setBigDecimal(5, total);
                order.setBigDecimal(6, total);
                order.setBigDecimal(7, total);
                order.setBoolean(8, false);
                order.setTimestamp(9, Timestamp.from(placedAt));
                order.executeUpdate();
            }
            try (PreparedStatement line = connection.prepareStatement("INSERT INTO INVENTORY_ORDER_LINE (ORDER_ID, LINE_NO, PRODUCT_ID, "
                    + "QUANTITY, UNIT_PRICE, DISCOUNT, TAX_RATE, LINE_TOTAL, RESERVED, SHIPPED) VALUES (?, 1, ?, ?, ?, 0, 0, ?, 0, ?)")) {
                line.setString(1, orderId);
                line.setString(2, productId);
                line.setLong(3, quantity);
                line.setBigDecimal(4, new BigDecimal(unitPrice));
                line.setBigDecimal(5, total);
                line.setLong(6, quantity);
                line.executeUpdate();
            }
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String tag() {
        return Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }
}
