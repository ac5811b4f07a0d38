package org.mosaiccrm.itests.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmContainer;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The service pack hot-installed on a CRM running contacts, a clock the test moves (registered with
 * {@code crm.clock=true}: no sleeps), two agents, and what the tests set up through REST.
 */
abstract class ServiceTestSupport extends CrmTestSupport {

    static final String API = "/crm/api/service";
    static final String AGENT_B = "itest-agent-b";
    /** Monday 4 January 2027, 09:00 in Paris. */
    static final Instant MONDAY_9 = Instant.parse("2027-01-04T08:00:00Z");
    private static boolean installed;

    final MovableClock clock = new MovableClock(MONDAY_9);
    private ServiceRegistration<java.time.Clock> clockRegistration;

    @Configuration
    @Override
    public Option[] configuration() {
        return CrmContainer.options(editConfigurationFilePut("etc/users.properties", AGENT_B, TestUsers.PASSWORD + ",crm-agent"));
    }

    @Before
    public void serviceInstalled() {
        awaitKernel();
        Await.until("contacts to be ACTIVE", STARTUP, () -> "ACTIVE".equals(moduleState("contacts")));
        if (!installed) {
            String output = console("feature:install crm-service");
            assertFalse(output, output.contains("Error"));
            installed = true;
        }
        awaitModuleState("service", "ACTIVE");
        Await.until("the service endpoints", STARTUP, () -> as(TestUsers.AGENT).get(API + "/agents").status() == 200);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("crm.clock", "true");
        clockRegistration = bundleContext.registerService(java.time.Clock.class, clock, properties);
        agents(true);
    }

    @After
    public void clockGone() {
        clockRegistration.unregister();
    }

    /** itest-agent: technical 7 and installation 4 (the optional skill); itest-agent-b: technical 9 only. */
    void agents(boolean firstActive) {
        saveAgent(TestUsers.AGENT, "{\"skills\":{\"technical\":7,\"installation\":4,\"complaints\":5,\"billing\":3,\"returns\":3},"
                + "\"languages\":[\"fr\",\"en\"],\"capacity\":50,\"active\":" + firstActive + "}");
        saveAgent(AGENT_B, "{\"skills\":{\"technical\":9},\"languages\":[\"fr\"],\"capacity\":50}");
    }

    void saveAgent(String user, String json) {
        Http manager = as(TestUsers.MANAGER);
        JsonNode roster = manager.get(API + "/agents").json();
        long version = 0;
        for (JsonNode agent : roster) {
            if (agent.get("user").asText().equals(user)) {
                version = agent.get("version").asLong();
            }
        }
        Reply saved = manager.send("PUT", API + "/agents/" + user, "application/json", json, java.util.Map.of("If-Match", "\"" + version + "\""));
        assertEquals(saved.toString(), 200, saved.status());
    }

    String customer(String name, String email) {
        Reply created = as(TestUsers.SALES).postJson("/crm/api/contacts/customers?allowDuplicate=true", "{\"kind\":\"PERSON\","
                + "\"firstName\":\"Cliente\",\"lastName\":\"" + name + "\",\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"" + email + "\"}]}");
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    JsonNode open(String customerId, String category, String priority, String subject) {
        Reply opened = as(TestUsers.AGENT).postJson(API + "/tickets", "{\"customerId\":\"" + customerId + "\",\"category\":\"" + category
                + "\",\"priority\":\"" + priority + "\",\"subject\":\"" + subject + "\"}");
        assertEquals(opened.toString(), 201, opened.status());
        return opened.json();
    }

    JsonNode status(JsonNode ticket, String status) {
        Reply moved = as(TestUsers.AGENT).send("POST", API + "/tickets/" + ticket.get("id").asText() + "/status", "application/json",
                "{\"status\":\"" + status + "\"}", java.util.Map.of("If-Match", "\"" + ticket.get("version").asLong() + "\""));
        assertEquals(moved.toString(), 200, moved.status());
        return moved.json();
    }

    JsonNode get(JsonNode ticket) {
        return as(TestUsers.AGENT).get(API + "/tickets/" + ticket.get("id").asText()).json();
    }

    static String tag() {
        return Long.toString(System.nanoTime() % 100_000_000L, 36);
    }

}
