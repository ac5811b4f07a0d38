package org.mosaiccrm.itests.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.itests.support.CrmContainer;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.mosaiccrm.itests.support.TestVendor;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A portal customer sees and writes only its own customer's data, enforced by the module's service
 * through the kernel's portal scope; every binding and license change lands in the audit trail;
 * a customer who asks to be forgotten is, down to the trail's values.
 */
public class PortalAndAuditIT extends CrmTestSupport {

    @Override
    @Configuration
    public Option[] configuration() {
        return CrmContainer.withNotesPack();
    }

    @Before
    public void notesLicensed() throws Exception {
        awaitKernel();
        installNotesBundle();
        if (!"ACTIVE".equals(moduleState("notes"))) {
            assertEquals(200, installLicense(TestVendor.license("2030-01-01", "contacts", "notes")).status());
            awaitModuleState("notes", "ACTIVE");
        }
    }

    @Test
    public void aPortalCustomerSeesAndWritesOnlyItsOwnCustomer() {
        String a = customer("A");
        String b = customer("B");
        assertTrue(console("crm:portal-bind " + TestUsers.CUSTOMER + " " + a).contains("now sees customer " + a));
        console("crm:portal-bind " + TestUsers.CUSTOMER_B + " " + b);

        as(TestUsers.SALES).send("POST", "/crm/api/notes?customer=" + a, "text/plain", "A's order is late");
        as(TestUsers.SALES).send("POST", "/crm/api/notes?customer=" + b, "text/plain", "B's invoice is due");
        long bNote = idOf(as(TestUsers.SALES).get("/crm/api/notes").json(), "B's invoice is due");

        JsonNode seenByA = as(TestUsers.CUSTOMER).get("/crm/api/notes").json();
        assertEquals(List.of(a), customers(seenByA));
        assertEquals("another customer's note does not exist for A", 404,
                as(TestUsers.CUSTOMER).get("/crm/api/notes/" + bNote).status());
        assertEquals(200, as(TestUsers.CUSTOMER_B).get("/crm/api/notes/" + bNote).status());

        Reply written = as(TestUsers.CUSTOMER).send("POST", "/crm/api/notes?customer=" + b, "text/plain", "sneaky");
        assertEquals(written.toString(), 200, written.status());
        assertFalse("A cannot write into B", customers(as(TestUsers.CUSTOMER_B).get("/crm/api/notes").json()).contains(a));
        JsonNode sneaky = find(as(TestUsers.SALES).get("/crm/api/notes").json(), "sneaky");
        assertEquals("the service stored it under A's own customer", a, sneaky.get("customer").asText());

        assertEquals("a portal user bound to nobody sees nothing", 0,
                as(TestUsers.CUSTOMER_UNBOUND).get("/crm/api/notes").json().size());
    }

    /** What an administrator binding portal users meets: only customers that exist, only portal users, true words. */
    @Test
    public void portalBindingTakesOnlyPortalUsersAndExistingCustomers() {
        String customer = customer("D");
        String staff = console("crm:portal-bind " + TestUsers.SALES + " " + customer);
        assertTrue("a sales rep is not confined to one customer: " + staff,
                staff.contains(TestUsers.SALES + " is not a portal user (role crm-customer)"));
        String nobody = console("crm:portal-bind nobody-such-user " + customer);
        assertTrue(nobody, nobody.contains("No user nobody-such-user can log in"));
        String zeros = console("crm:portal-bind " + TestUsers.CUSTOMER_UNBOUND + " 00000000-0000-0000-0000-000000000000");
        assertTrue(zeros, zeros.contains("Not bound") && zeros.contains("does not exist"));
        String unbound = console("crm:portal-bind " + TestUsers.CUSTOMER_UNBOUND);
        assertTrue(unbound, unbound.contains("it sees no customer data"));
        assertEquals("and nothing was bound on the way", 0, as(TestUsers.CUSTOMER_UNBOUND).get("/crm/api/notes").json().size());
    }

    private String customer(String name) {
        Reply created = Customers.createPerson(as(TestUsers.SALES), "Portal", name + System.nanoTime(), null, null);
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    @Test
    public void bindingsAndLicenseChangesAreAuditedFieldByField() {
        String customer = customer("C");
        console("crm:portal-bind " + TestUsers.CUSTOMER_UNBOUND + " " + customer);
        console("crm:portal-bind " + TestUsers.CUSTOMER_UNBOUND);

        Reply trail = admin().get("/crm/api/audit?entityType=portal-account&entityId=" + TestUsers.CUSTOMER_UNBOUND);
        assertEquals(trail.toString(), 200, trail.status());
        JsonNode records = trail.json();
        assertEquals("bind and unbind: " + records, 2, records.size());
        assertEquals("DELETE", records.get(0).get("action").asText());
        assertEquals("CREATE", records.get(1).get("action").asText());
        assertEquals("admin", records.get(1).get("user").asText());
        assertEquals(customer, records.get(1).at("/changes/0/after").asText());
        assertEquals("2", trail.header("X-Total-Count"));

        String licensee = admin().get("/crm/api/system/license").json().get("licensee").asText();
        assertEquals(200, installLicense(TestVendor.license("2031-06-30", "contacts", "notes", "leads")).status());
        JsonNode license = admin().get("/crm/api/audit?entityType=license&limit=1").json().get(0);
        assertEquals("LICENSE", license.get("action").asText());
        assertEquals(TestUsers.ADMIN, license.get("user").asText());
        List<String> fields = new ArrayList<>();
        license.get("changes").forEach(change -> fields.add(change.get("field").asText()));
        assertTrue(fields.toString(), fields.contains("expires") && fields.contains("features") && fields.contains("licenseId"));
        assertFalse("the licensee did not change, so it is not recorded: " + fields, fields.contains("licensee"));
        assertEquals(TestVendor.LICENSEE, licensee);

        String console = console("crm:audit --entity-type license --limit 1");
        assertTrue(console, console.contains("2031-06-30") && console.contains(TestUsers.ADMIN));

        assertEquals("a bad date is a 400 naming it", "from",
                admin().get("/crm/api/audit?from=yesterday").json().at("/errors/0/field").asText());
        assertEquals("agents do not read the audit trail", 403, as(TestUsers.AGENT).get("/crm/api/audit").status());
    }

    @Test
    public void erasureLeavesNothingThatIdentifiesTheCustomerNotEvenInTheAuditTrail() {
        String tag = "gdpr" + System.nanoTime();
        String email = "forget." + tag + "@example.org";
        Reply created = Customers.createPerson(as(TestUsers.SALES), "Forget", "Me" + tag, email, "06 12 34 56 78");
        String id = created.json().get("id").asText();
        String path = Customers.PATH + "/" + id;
        assertEquals(201, as(TestUsers.AGENT).postJson(path + "/interactions",
                "{\"channel\":\"PHONE\",\"subject\":\"Invoice of " + email + "\",\"outcome\":\"resolved\"}").status());

        assertEquals("sales may not erase", 403, as(TestUsers.SALES).send("POST", path + "/erase", "application/json", "").status());
        Reply erased = as(TestUsers.MANAGER).send("POST", path + "/erase", "application/json", "");
        assertEquals(erased.toString(), 200, erased.status());
        assertEquals("ERASED", erased.json().at("/customer/status").asText());
        assertEquals("Erased customer", erased.json().at("/customer/displayName").asText());
        assertEquals(0, erased.json().at("/customer/contactPoints").size());
        assertEquals("contacts", erased.json().at("/modules/0/module").asText());
        assertFalse(erased.body(), erased.body().contains("Me" + tag));

        JsonNode timeline = as(TestUsers.AGENT).get(path + "/interactions").json();
        assertEquals("the call is still counted", 1, timeline.size());
        assertEquals("PHONE", timeline.get(0).get("channel").asText());
        assertEquals("resolved", timeline.get(0).get("outcome").asText());
        assertTrue("its subject named the customer: " + timeline, !timeline.get(0).hasNonNull("subject"));

        Reply trail = admin().get("/crm/api/audit?entityType=customer&entityId=" + id);
        assertEquals("ERASE", trail.json().get(0).get("action").asText());
        assertEquals("CREATE", trail.json().get(trail.json().size() - 1).get("action").asText());
        assertFalse("no value of the customer is left in the trail: " + trail.body(),
                trail.body().contains(tag) || trail.body().contains("+33612345678"));
        assertEquals("nobody finds it by its e-mail any more", "0",
                as(TestUsers.SALES).get(Customers.PATH + "?email=" + email).header("X-Total-Count"));
        assertEquals("an erased customer cannot be filled in again", 409, as(TestUsers.SALES).send("PUT", path,
                "application/json", "{\"kind\":\"PERSON\",\"lastName\":\"Back\"}", Map.of("If-Match", "\"" + erased.json()
                        .at("/customer/version").asLong() + "\"")).status());
    }

    @Test
    public void aMergedOrErasedCustomerRefusesWhatItsStateDoesNotAllowWith409() {
        String tag = "state" + System.nanoTime();
        String survivor = Customers.createPerson(as(TestUsers.SALES), "Marie", "Curie" + tag, "marie." + tag + "@example.org", null)
                .json().get("id").asText();
        String duplicate = Customers.createPerson(as(TestUsers.SALES), "Maria", "Sklodowska" + tag, "maria." + tag + "@example.org", null)
                .json().get("id").asText();
        String erasedOne = Customers.createPerson(as(TestUsers.SALES), "Pierre", "Curie" + tag, "pierre." + tag + "@example.org", null)
                .json().get("id").asText();
        assertEquals(200, as(TestUsers.SALES).postJson(Customers.PATH + "/" + survivor + "/merge",
                "{\"mergedId\":\"" + duplicate + "\"}").status());
        Reply merged = as(TestUsers.SALES).get(Customers.PATH + "/" + duplicate);
        Reply revived = as(TestUsers.SALES).send("PUT", Customers.PATH + "/" + duplicate, "application/json",
                "{\"kind\":\"PERSON\",\"lastName\":\"Back\",\"status\":\"ACTIVE\"}", Map.of("If-Match", merged.header("ETag")));
        assertEquals("a merged customer is not put back to ACTIVE: " + revived, 409, revived.status());
        assertEquals("MERGED", revived.json().get("state").asText());

        assertEquals(200, as(TestUsers.MANAGER).send("POST", Customers.PATH + "/" + erasedOne + "/erase", "application/json", "").status());
        Reply intoErased = as(TestUsers.SALES).postJson(Customers.PATH + "/" + erasedOne + "/merge", "{\"mergedId\":\"" + survivor + "\"}");
        assertEquals("nobody is merged into an erased customer: " + intoErased, 409, intoErased.status());
        Reply call = as(TestUsers.AGENT).postJson(Customers.PATH + "/" + erasedOne + "/interactions",
                "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"subject\":\"Hello\"}");
        assertEquals("an erased customer gets no new interaction: " + call, 409, call.status());
        assertEquals("marie." + tag + "@example.org", as(TestUsers.SALES).get(Customers.PATH + "/" + survivor).json()
                .at("/contactPoints/0/value").asText());
    }

    @Test
    public void deletingNeedsTheVersionReadAndLeavesTheRecordInTheAuditTrail() {
        String tag = "del" + System.nanoTime();
        Reply created = Customers.createPerson(as(TestUsers.SALES), "Gone", "Soon" + tag, "gone." + tag + "@example.org", null);
        String path = Customers.PATH + "/" + created.json().get("id").asText();
        assertEquals("without If-Match", 400, as(TestUsers.MANAGER).send("DELETE", path, null, null).status());
        assertEquals("sales may not delete", 403, as(TestUsers.SALES).send("DELETE", path, null, null,
                Map.of("If-Match", created.header("ETag"))).status());
        Reply stale = as(TestUsers.MANAGER).send("DELETE", path, null, null, Map.of("If-Match", "\"99\""));
        assertEquals(stale.toString(), 409, stale.status());
        Reply deleted = as(TestUsers.MANAGER).send("DELETE", path, null, null, Map.of("If-Match", created.header("ETag")));
        assertEquals(deleted.toString(), 204, deleted.status());
        assertEquals(404, as(TestUsers.SALES).get(path).status());
        JsonNode record = admin().get("/crm/api/audit?entityType=customer&entityId=" + created.json().get("id").asText()).json().get(0);
        assertEquals("DELETE", record.get("action").asText());
        assertTrue(record.toString(), record.toString().contains("gone." + tag + "@example.org"));

        String organization = as(TestUsers.SALES).postJson(Customers.PATH, "{\"kind\":\"ORGANIZATION\",\"companyName\":\"Org"
                + tag + "\"}").json().get("id").asText();
        assertEquals(201, as(TestUsers.SALES).postJson(Customers.PATH, "{\"kind\":\"PERSON\",\"lastName\":\"Member" + tag
                + "\",\"organizationId\":\"" + organization + "\"}").status());
        Reply withMembers = as(TestUsers.MANAGER).send("DELETE", Customers.PATH + "/" + organization, null, null,
                Map.of("If-Match", "\"1\""));
        assertEquals(withMembers.toString(), 409, withMembers.status());
        assertTrue(withMembers.body(), withMembers.body().contains("member"));
    }

    @javax.inject.Inject
    javax.transaction.TransactionManager transactions;

    @javax.inject.Inject
    org.mosaiccrm.kernel.api.audit.AuditLog auditLog;

    /** A module writes its audit record inside its JTA transaction: a rollback takes the record with it. */
    @Test
    public void anAuditRecordCommitsAndRollsBackWithItsTransaction() throws Exception {
        String rolledBack = "rolled-back-" + System.nanoTime();
        transactions.begin();
        auditLog.record("itest", "thing", rolledBack, org.mosaiccrm.kernel.api.audit.AuditAction.CREATE, List.of());
        transactions.rollback();
        String committed = "committed-" + System.nanoTime();
        transactions.begin();
        auditLog.record("itest", "thing", committed, org.mosaiccrm.kernel.api.audit.AuditAction.CREATE, List.of());
        transactions.commit();
        assertEquals("no record of a change that was rolled back", "0",
                admin().get("/crm/api/audit?entityType=thing&entityId=" + rolledBack).header("X-Total-Count"));
        assertEquals("1", admin().get("/crm/api/audit?entityType=thing&entityId=" + committed).header("X-Total-Count"));
    }

    private static List<String> customers(JsonNode notes) {
        List<String> customers = new ArrayList<>();
        notes.forEach(note -> {
            if (!customers.contains(note.get("customer").asText())) {
                customers.add(note.get("customer").asText());
            }
        });
        return customers;
    }

    private static JsonNode find(JsonNode notes, String text) {
        for (JsonNode note : notes) {
            if (note.get("text").asText().equals(text)) {
                return note;
            }
        }
        throw new AssertionError("no note '" + text + "' in " + notes);
    }

    private static long idOf(JsonNode notes, String text) {
        return find(notes, text).get("id").asLong();
    }
}
