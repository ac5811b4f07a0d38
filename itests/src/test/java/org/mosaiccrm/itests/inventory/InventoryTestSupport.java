package org.mosaiccrm.itests.inventory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import org.junit.Before;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;

/** The inventory pack hot-installed from the console on a CRM running contacts, and what its tests set up through REST. */
abstract class InventoryTestSupport extends CrmTestSupport {

    static final String API = "/crm/api/inventory";
    private static boolean installed;

    @Before
    public void inventoryInstalled() {
        awaitKernel();
        Await.until("contacts to be ACTIVE", STARTUP, () -> "ACTIVE".equals(moduleState("contacts")));
        if (!installed) {
            String output = console("feature:install crm-inventory");
            assertFalse(output, output.contains("Error"));
            installed = true;
        }
        awaitModuleState("inventory", "ACTIVE");
        Await.until("the inventory endpoints", STARTUP, () -> as(TestUsers.SALES).get(API + "/locations").status() == 200);
    }

    /** A warehouse in the region SUD. */
    String location(String code) {
        return location(code, "WAREHOUSE", "SUD", "Sud");
    }

    String location(String code, String kind, String region, String regionName) {
        Reply saved = as(TestUsers.MANAGER).putJson(API + "/locations/" + code, "{\"name\":\"Site " + code + "\",\"kind\":\"" + kind
                + "\",\"regionCode\":\"" + region + "\",\"regionName\":\"" + regionName + "\"}");
        assertEquals(saved.toString(), 200, saved.status());
        return code;
    }

    String product(String sku, String price, boolean serialized, int warrantyMonths) {
        Reply created = as(TestUsers.MANAGER).postJson(API + "/products", "{\"sku\":\"" + sku + "\",\"name\":\"Produit " + sku
                + "\",\"unitPrice\":" + price + ",\"taxRate\":0.20,\"serialized\":" + serialized + ",\"warrantyMonths\":" + warrantyMonths + "}");
        assertEquals(created.toString(), 201, created.status());
        return sku;
    }

    void receive(String sku, String location, int quantity) {
        Reply received = as(TestUsers.MANAGER).postJson(API + "/stock/receipts", "{\"sku\":\"" + sku + "\",\"location\":\"" + location
                + "\",\"quantity\":" + quantity + "}");
        assertEquals(received.toString(), 201, received.status());
    }

    String customer(String name, String creditLimit) {
        Reply created = as(TestUsers.SALES).postJson("/crm/api/contacts/customers?allowDuplicate=true", "{\"kind\":\"PERSON\","
                + "\"firstName\":\"Client\",\"lastName\":\"" + name + "\"" + (creditLimit == null ? "" : ",\"creditLimit\":" + creditLimit) + "}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    static String orderJson(String customer, String location, String sku, int quantity, boolean override) {
        return "{\"customerId\":\"" + customer + "\",\"location\":\"" + location + "\",\"overrideCredit\":" + override
                + ",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}]}";
    }

    static String tag() {
        return Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }
}
