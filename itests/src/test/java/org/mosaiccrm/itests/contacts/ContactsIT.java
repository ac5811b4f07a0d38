package org.mosaiccrm.itests.contacts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.contacts.api.ContactsEvents;
import org.mosaiccrm.contacts.api.CustomerViewContributor;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/** The contacts module through REST and the console, as staff, a portal customer and an admin use it. */
public class ContactsIT extends CrmTestSupport {

    private static final String CUSTOMERS = "/crm/api/contacts/customers";

    @Before
    public void contactsActive() {
        awaitKernel();
        Await.until("contacts to be ACTIVE", STARTUP, () -> "ACTIVE".equals(moduleState("contacts")));
    }

    @Test
    public void invalidContactPointsAreRefusedFieldByFieldAndNothingIsStored() {
        String name = "Invalid" + System.nanoTime();
        Reply reply = as(TestUsers.SALES).postJson(CUSTOMERS, "{\"kind\":\"PERSON\",\"lastName\":\"" + name + "\","
                + "\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"ada-at-example\"},{\"type\":\"PHONE\",\"value\":\"12\"}]}");
        assertEquals(reply.toString(), 422, reply.status());
        assertTrue(reply.isProblem());
        assertEquals("contactPoints[0].value", reply.json().at("/errors/0/field").asText());
        assertEquals("contactPoints[1].value", reply.json().at("/errors/1/field").asText());
        assertEquals("0", as(TestUsers.SALES).get(CUSTOMERS + "?name=" + name).header("X-Total-Count"));

        Reply serverOwned = as(TestUsers.SALES).postJson(CUSTOMERS, "{\"kind\":\"PERSON\",\"lastName\":\"X\",\"id\":\"mine\"}");
        assertEquals(400, serverOwned.status());
        assertEquals("id", serverOwned.json().at("/errors/0/field").asText());
    }

    @Test
    public void theDeploymentsCustomFieldsAreTypedAndChecked() {
        JsonNode definitions = as(TestUsers.AGENT).get("/crm/api/contacts/custom-fields").json();
        assertEquals("the four of the shipped etc/org.mosaiccrm.contacts.cfg: " + definitions, 4, definitions.size());
        String name = "Custom" + System.nanoTime();
        Reply created = as(TestUsers.SALES).postJson(CUSTOMERS, "{\"kind\":\"PERSON\",\"lastName\":\"" + name + "\","
                + "\"customFields\":{\"loyaltyNumber\":\"L-42\",\"birthday\":\"1980-02-29\",\"newsletter\":\"TRUE\","
                + "\"annualBudget\":\"1200.50\"}}");
        assertEquals(created.toString(), 201, created.status());
        JsonNode fields = as(TestUsers.SALES).get(CUSTOMERS + "/" + created.json().get("id").asText()).json().get("customFields");
        assertEquals("L-42", fields.get("loyaltyNumber").asText());
        assertEquals("1980-02-29", fields.get("birthday").asText());
        assertTrue("a boolean comes back as one: " + fields, fields.get("newsletter").isBoolean());
        assertEquals(1200.5, fields.get("annualBudget").asDouble(), 0.0);

        Reply bad = as(TestUsers.SALES).postJson(CUSTOMERS, "{\"kind\":\"PERSON\",\"lastName\":\"Bad" + name + "\","
                + "\"customFields\":{\"birthday\":\"29/02/1980\",\"shoeSize\":42}}");
        assertEquals(bad.toString(), 422, bad.status());
        List<String> fieldsInError = new ArrayList<>();
        bad.json().get("errors").forEach(error -> fieldsInError.add(error.get("field").asText()));
        assertEquals(List.of("customFields.birthday", "customFields.shoeSize"), fieldsInError);
    }

    @Test
    public void aCustomerIsCreatedReadAndUpdatedWithOptimisticLocking() {
        Reply created = Customers.createPerson(as(TestUsers.SALES), "Grace", "Hopper" + System.nanoTime(), "Grace@Navy.MIL", "06 12 34 56 78");
        assertEquals(created.toString(), 201, created.status());
        JsonNode customer = created.json();
        String id = customer.get("id").asText();
        assertEquals("grace@navy.mil", customer.at("/contactPoints/0/value").asText());
        assertEquals("+33612345678", customer.at("/contactPoints/1/value").asText());
        assertEquals(TestUsers.SALES, customer.get("createdBy").asText());
        assertTrue(created.header("Location").endsWith("/crm/api/contacts/customers/" + id));

        Reply read = as(TestUsers.AGENT).get(CUSTOMERS + "/" + id);
        assertEquals("\"1\"", read.header("ETag"));
        String body = "{\"kind\":\"PERSON\",\"firstName\":\"Grace\",\"lastName\":\"" + customer.get("lastName").asText()
                + "\",\"tier\":\"gold\",\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"grace@navy.mil\"},"
                + "{\"type\":\"PHONE\",\"value\":\"+33612345678\",\"primary\":true}]}";
        Reply updated = send(as(TestUsers.AGENT), "PUT", CUSTOMERS + "/" + id, body, "\"1\"");
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals(2, updated.json().get("version").asInt());
        assertEquals("gold", as(TestUsers.AGENT).get(CUSTOMERS + "/" + id).json().get("tier").asText());

        Reply stale = send(as(TestUsers.SALES), "PUT", CUSTOMERS + "/" + id, body.replace("gold", "silver"), "\"1\"");
        assertEquals(stale.toString(), 409, stale.status());
        assertEquals(2, stale.json().get("currentVersion").asInt());
        assertEquals("the stale write changed nothing", "gold", as(TestUsers.AGENT).get(CUSTOMERS + "/" + id).json().get("tier").asText());
        assertEquals(400, send(as(TestUsers.SALES), "PUT", CUSTOMERS + "/" + id, body, null).status());

        JsonNode audit = admin().get("/crm/api/audit?entityType=customer&entityId=" + id).json();
        assertEquals("create and one update: " + audit, 2, audit.size());
        JsonNode update = audit.get(0);
        assertEquals("UPDATE", update.get("action").asText());
        List<String> fields = new ArrayList<>();
        update.get("changes").forEach(change -> fields.add(change.get("field").asText()));
        assertEquals("only what changed: the tier and the primary phone", List.of("contactPoints", "tier"), fields);
        assertEquals(TestUsers.AGENT, update.get("user").asText());
    }

    @Test
    public void theScreenPopFindsACallerWhateverTheNumberFormat() {
        String last = "Pop" + System.nanoTime();
        String id = Customers.createPerson(as(TestUsers.SALES), "Alan", last, null, "01.23.45.67.89").json().get("id").asText();
        Reply pop = as(TestUsers.AGENT).get("/crm/api/contacts/screenpop?phone=%2B33%201%2023%2045%2067%2089");
        assertEquals(pop.toString(), 200, pop.status());
        JsonNode body = pop.json();
        if (body.get("matches").asInt() == 1) {
            assertEquals(id, body.at("/view/customer/id").asText());
        } else {
            List<String> candidates = new ArrayList<>();
            body.get("candidates").forEach(c -> candidates.add(c.get("id").asText()));
            assertTrue("several customers share the number: the candidates include ours", candidates.contains(id));
        }
        Reply nobody = as(TestUsers.AGENT).get("/crm/api/contacts/screenpop?phone=%2B44%2020%207946%200000");
        assertEquals(404, nobody.status());
        assertTrue(nobody.isProblem());
        assertEquals(400, as(TestUsers.AGENT).get("/crm/api/contacts/screenpop?phone=call-me").status());
    }

    @Test
    public void anIncomingCallIsLoggedAndPopsTheAgentsScreen() throws Exception {
        String number = "+3349" + String.valueOf(System.nanoTime()).substring(6, 13);
        String id = Customers.createPerson(as(TestUsers.SALES), "Katherine", "Johnson" + System.nanoTime(), null, number).json().get("id").asText();
        BlockingQueue<Event> pops = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topic = new Hashtable<>();
        topic.put(EventConstants.EVENT_TOPIC, ContactsEvents.CALL_INCOMING);
        ServiceRegistration<EventHandler> handler = bundleContext.registerService(EventHandler.class, pops::add, topic);
        try {
            Reply call = as(TestUsers.AGENT).postJson("/crm/api/contacts/calls",
                    "{\"from\":\"" + number + "\",\"to\":\"+33100000000\",\"agent\":\"" + TestUsers.AGENT + "\"}");
            assertEquals(call.toString(), 202, call.status());
            Event pop = pops.poll(10, TimeUnit.SECONDS);
            assertTrue("a CALL_INCOMING event", pop != null);
            assertEquals(id, pop.getProperty(ContactsEvents.CUSTOMER_ID));
            assertEquals(TestUsers.AGENT, pop.getProperty(ContactsEvents.AGENT));
        } finally {
            handler.unregister();
        }
        JsonNode timeline = as(TestUsers.AGENT).get(CUSTOMERS + "/" + id + "/interactions").json();
        assertEquals(1, timeline.size());
        assertEquals("PHONE", timeline.get(0).get("channel").asText());
        assertEquals("INBOUND", timeline.get(0).get("direction").asText());
    }

    @Test
    public void theViewShowsEverySectionAndASlowOrFailingOneDoesNotBreakIt() {
        String id = Customers.createPerson(as(TestUsers.SALES), "Hedy", "Lamarr" + System.nanoTime(), null, null).json().get("id").asText();
        as(TestUsers.SALES).postJson(CUSTOMERS + "/" + id + "/interactions",
                "{\"channel\":\"EMAIL\",\"direction\":\"OUTBOUND\",\"subject\":\"Quote sent\"}");
        List<ServiceRegistration<?>> sections = new ArrayList<>();
        sections.add(bundleContext.registerService(CustomerViewContributor.class, contributor("orders", c -> Map.of("count", 3)), null));
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        sections.add(bundleContext.registerService(CustomerViewContributor.class, contributor("slow", c -> {
            never.await(5, TimeUnit.SECONDS); // hangs past the view's budget; the view cancels it
            return "too late";
        }), null));
        sections.add(bundleContext.registerService(CustomerViewContributor.class, contributor("broken", c -> {
            throw new IllegalStateException("database of the other module is down");
        }), null));
        try {
            long start = System.nanoTime();
            Reply view = as(TestUsers.AGENT).get(CUSTOMERS + "/" + id + "/view");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(view.toString(), 200, view.status());
            JsonNode body = view.json();
            assertEquals(id, body.at("/customer/id").asText());
            assertEquals("Quote sent", body.at("/interactions/0/subject").asText());
            assertTrue(body.at("/sections/orders/available").asBoolean());
            assertEquals(3, body.at("/sections/orders/data/count").asInt());
            assertFalse(body.at("/sections/slow/available").asBoolean());
            assertFalse(body.at("/sections/broken/available").asBoolean());
            assertTrue(body.at("/sections/broken/reason").asText().contains("down"));
            assertTrue("the view waits for the budget, not for the slow section: " + millis + " ms", millis < 3_000);
        } finally {
            sections.forEach(ServiceRegistration::unregister);
        }
    }

    @Test
    public void searchFindsByNamePrefixEmailTagAndPages() {
        String family = "Curie" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            Customers.createPerson(as(TestUsers.SALES), "Child" + i, family, "c" + i + "." + family + "@example.org", null);
        }
        Reply byName = as(TestUsers.MARKETING).get(CUSTOMERS + "?name=child&limit=500");
        assertTrue(byName.json().size() >= 3);
        Reply page = as(TestUsers.MARKETING).get(CUSTOMERS + "?name=" + "child1%20" + family.toLowerCase());
        assertEquals("1", page.header("X-Total-Count"));
        Reply byEmail = as(TestUsers.MARKETING).get(CUSTOMERS + "?email=C2." + family.toUpperCase() + "@EXAMPLE.ORG");
        assertEquals(byEmail.toString(), 1, byEmail.json().size());
        assertEquals("Child2", byEmail.json().get(0).get("firstName").asText());
        assertEquals(400, as(TestUsers.MARKETING).get(CUSTOMERS + "?status=SLEEPING").status());

        // what a person types is looked for as typed: an underscore is an underscore, a % is a %
        assertEquals(201, Customers.createPerson(as(TestUsers.SALES), "Agence_Nord", family, null, null).status());
        assertEquals("1", as(TestUsers.MARKETING).get(CUSTOMERS + "?name=agence_nord%20" + family.toLowerCase()).header("X-Total-Count"));
        assertEquals("0", as(TestUsers.MARKETING).get(CUSTOMERS + "?name=child_%20" + family.toLowerCase()).header("X-Total-Count"));
        assertEquals("0", as(TestUsers.MARKETING).get(CUSTOMERS + "?name=%25" + family.toLowerCase()).header("X-Total-Count"));
    }

    @Test
    public void rolesAndPortalScopeDecideWhoSeesAndWritesWhat() {
        Reply marketing = Customers.createPerson(as(TestUsers.MARKETING), "Mad", "Men", null, null);
        assertEquals("marketing cannot write customers", 403, marketing.status());
        String a = Customers.createPerson(as(TestUsers.SALES), "Portal", "A" + System.nanoTime(), null, null).json().get("id").asText();
        String b = Customers.createPerson(as(TestUsers.SALES), "Portal", "B" + System.nanoTime(), null, null).json().get("id").asText();
        console("crm:portal-bind " + TestUsers.CUSTOMER + " " + a);

        JsonNode mine = as(TestUsers.CUSTOMER).get(CUSTOMERS).json();
        assertEquals("a portal customer lists itself only", 1, mine.size());
        assertEquals(a, mine.get(0).get("id").asText());
        assertEquals(200, as(TestUsers.CUSTOMER).get(CUSTOMERS + "/" + a + "/view").status());
        assertEquals("another customer does not exist for it", 404, as(TestUsers.CUSTOMER).get(CUSTOMERS + "/" + b).status());
        assertEquals(404, as(TestUsers.CUSTOMER).get(CUSTOMERS + "/" + b + "/interactions").status());
        assertEquals("another customer's record does not exist for it either", 404,
                send(as(TestUsers.CUSTOMER), "PUT", CUSTOMERS + "/" + b, "{\"kind\":\"PERSON\",\"lastName\":\"Owned\"}", "\"1\"").status());
        // its own record: only its contact details change, never what staff set (here the name)
        Reply own = send(as(TestUsers.CUSTOMER), "PUT", CUSTOMERS + "/" + a, "{\"kind\":\"PERSON\",\"lastName\":\"Owned\","
                + "\"tier\":\"GOLD\",\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"portal." + System.nanoTime() + "@example.org\"}]}", "\"1\"");
        assertEquals(own.toString(), 200, own.status());
        assertTrue(own.body(), own.json().get("lastName").asText().startsWith("A") && !"GOLD".equals(own.json().path("tier").asText())
                && own.body().contains("@example.org"));
        assertEquals(0, as(TestUsers.CUSTOMER_UNBOUND).get(CUSTOMERS).json().size());
    }

    @Test
    public void theConsoleAddsListsAndShowsCustomers() {
        String last = "Console" + System.nanoTime();
        String added = console("crm:contact-add --first Ada --last " + last + " --email ada." + last + "@example.org --phone 0687654321");
        assertTrue(added, added.contains("Added Ada " + last));
        String listed = console("crm:contact-list --name \"ada " + last.toLowerCase() + "\"");
        assertTrue(listed, listed.contains(last) && listed.contains("1 of 1 customers"));
        String id = added.substring(added.lastIndexOf(':') + 1).trim();
        String shown = console("crm:contact-show " + id);
        assertTrue(shown, shown.contains("+33687654321"));
        String refused = console("crm:contact-add --first Bad --email not-an-address");
        assertTrue(refused, refused.contains("contactPoints[0].value"));
        assertTrue(console("crm:contact-show no-such-id").contains("does not exist"));
    }

    @Test
    public void aLikelyDuplicateIsRefusedWithItsCandidatesUnlessAllowed() {
        String email = "twin" + System.nanoTime() + "@example.org";
        String first = Customers.createPerson(as(TestUsers.SALES), "Twin", "One", email, null).json().get("id").asText();
        Reply duplicate = Customers.createPerson(as(TestUsers.SALES), "Twin", "Two", email.toUpperCase(), null);
        assertEquals(duplicate.toString(), 409, duplicate.status());
        assertTrue(duplicate.isProblem());
        assertEquals(first, duplicate.json().at("/candidates/0/id").asText());
        assertTrue(duplicate.json().at("/candidates/0/reason").asText().contains(email));

        Reply allowed = as(TestUsers.SALES).postJson(CUSTOMERS + "?allowDuplicate=true", "{\"kind\":\"PERSON\",\"firstName\":\"Twin\","
                + "\"lastName\":\"Two\",\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"" + email + "\"}]}");
        assertEquals(allowed.toString(), 201, allowed.status());
        String second = allowed.json().get("id").asText();

        boolean grouped = false;
        for (JsonNode group : as(TestUsers.AGENT).get("/crm/api/contacts/duplicates?limit=500").json()) {
            List<String> ids = new ArrayList<>();
            group.get("customers").forEach(c -> ids.add(c.get("id").asText()));
            grouped |= ids.contains(first) && ids.contains(second);
        }
        assertTrue("the duplicate scan finds them", grouped);
        assertTrue(console("crm:contact-duplicates --limit 500").contains(email));
    }

    @Test
    public void mergeMovesContactPointsAndInteractionsAndUnmergeRestoresBothExactly() {
        String stamp = String.valueOf(System.nanoTime()).substring(5, 12);
        String email = "merge" + stamp + "@example.org";
        String survivor = Customers.createPerson(as(TestUsers.SALES), "Marie", "Sklodowska" + stamp, email, "+3347" + stamp)
                .json().get("id").asText();
        Reply dup = as(TestUsers.SALES).postJson(CUSTOMERS + "?allowDuplicate=true", "{\"kind\":\"PERSON\",\"firstName\":\"Marie\","
                + "\"lastName\":\"Curie" + stamp + "\",\"tier\":\"gold\",\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"" + email
                + "\"},{\"type\":\"MOBILE\",\"value\":\"+3366" + stamp + "\",\"label\":\"cell\"}]}");
        String duplicate = dup.json().get("id").asText();
        as(TestUsers.SALES).postJson(CUSTOMERS + "/" + survivor + "/interactions", "{\"channel\":\"VISIT\",\"subject\":\"Lab tour\"}");
        as(TestUsers.SALES).postJson(CUSTOMERS + "/" + duplicate + "/interactions", "{\"channel\":\"LETTER\",\"subject\":\"Nobel\"}");
        JsonNode survivorBefore = comparable(as(TestUsers.SALES).get(CUSTOMERS + "/" + survivor).json());
        JsonNode duplicateBefore = comparable(as(TestUsers.SALES).get(CUSTOMERS + "/" + duplicate).json());

        Reply merged = as(TestUsers.SALES).postJson(CUSTOMERS + "/" + survivor + "/merge", "{\"mergedId\":\"" + duplicate + "\"}");
        assertEquals(merged.toString(), 200, merged.status());
        String mergeId = merged.json().get("id").asText();
        JsonNode survivorAfter = as(TestUsers.SALES).get(CUSTOMERS + "/" + survivor).json();
        assertEquals("the mobile moved over, the shared e-mail was not doubled", 3, survivorAfter.get("contactPoints").size());
        assertEquals(2, as(TestUsers.SALES).get(CUSTOMERS + "/" + survivor + "/interactions").json().size());
        JsonNode duplicateAfter = as(TestUsers.SALES).get(CUSTOMERS + "/" + duplicate).json();
        assertEquals("MERGED", duplicateAfter.get("status").asText());
        assertEquals(survivor, duplicateAfter.get("mergedInto").asText());
        assertEquals("a merged customer is not found by search", "0",
                as(TestUsers.SALES).get(CUSTOMERS + "?name=marie%20curie" + stamp).header("X-Total-Count"));
        assertEquals("merging twice is a conflict", 409,
                as(TestUsers.SALES).postJson(CUSTOMERS + "/" + survivor + "/merge", "{\"mergedId\":\"" + duplicate + "\"}").status());

        Reply undone = as(TestUsers.SALES).send("POST", "/crm/api/contacts/merges/" + mergeId + "/undo", null, null);
        assertEquals(undone.toString(), 200, undone.status());
        assertEquals(survivorBefore, comparable(as(TestUsers.SALES).get(CUSTOMERS + "/" + survivor).json()));
        assertEquals(duplicateBefore, comparable(as(TestUsers.SALES).get(CUSTOMERS + "/" + duplicate).json()));
        assertEquals(1, as(TestUsers.SALES).get(CUSTOMERS + "/" + survivor + "/interactions").json().size());
        assertEquals("Nobel", as(TestUsers.SALES).get(CUSTOMERS + "/" + duplicate + "/interactions").json().get(0).get("subject").asText());
        assertEquals(409, as(TestUsers.SALES).send("POST", "/crm/api/contacts/merges/" + mergeId + "/undo", null, null).status());
        JsonNode trail = admin().get("/crm/api/audit?entityType=customer&entityId=" + duplicate).json();
        assertEquals("UNMERGE", trail.get(0).get("action").asText());
        assertEquals("MERGE", trail.get(1).get("action").asText());
    }

    @Test
    public void aCustomerGetsEverythingHeldAboutItAndNothingAboutOthers() {
        String a = Customers.createPerson(as(TestUsers.SALES), "Access", "Right" + System.nanoTime(), null, null).json().get("id").asText();
        String b = Customers.createPerson(as(TestUsers.SALES), "Other", "Person" + System.nanoTime(), null, null).json().get("id").asText();
        as(TestUsers.SALES).postJson(CUSTOMERS + "/" + a + "/interactions", "{\"channel\":\"PHONE\",\"subject\":\"Asked about GDPR\"}");
        console("crm:portal-bind " + TestUsers.CUSTOMER + " " + a);

        Reply mine = as(TestUsers.CUSTOMER).get(CUSTOMERS + "/" + a + "/personal-data");
        assertEquals(mine.toString(), 200, mine.status());
        JsonNode data = mine.json();
        assertEquals(a, data.at("/customer/id").asText());
        assertEquals("Asked about GDPR", data.at("/interactions/0/subject").asText());
        assertEquals("CREATE", data.at("/changes/0/action").asText());
        assertTrue(mine.header("Content-Disposition").contains("personal-data-" + a));
        assertEquals("not another customer's", 404, as(TestUsers.CUSTOMER).get(CUSTOMERS + "/" + b + "/personal-data").status());
        assertEquals("a sales rep does not download personal data exports", 403,
                as(TestUsers.SALES).get(CUSTOMERS + "/" + a + "/personal-data").status());
        assertEquals(200, as(TestUsers.MANAGER).get(CUSTOMERS + "/" + b + "/personal-data").status());
    }

    /** A customer without what every write changes (version, last update). */
    private static JsonNode comparable(JsonNode customer) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = customer.deepCopy();
        copy.remove("version");
        copy.remove("updatedAt");
        copy.remove("updatedBy");
        return copy;
    }

    private static Reply send(Http client, String method, String path, String body, String ifMatch) {
        return client.send(method, path, "application/json", body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    interface Section {
        Object of(String customerId) throws Exception;
    }

    private static CustomerViewContributor contributor(String name, Section content) {
        return new CustomerViewContributor() {
            @Override
            public String section() {
                return name;
            }

            @Override
            public Object contribute(String customerId) throws Exception {
                return content.of(customerId);
            }
        };
    }
}
