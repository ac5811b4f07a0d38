package org.mosaiccrm.itests.kernel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kernel as an administrator and an integrator meet it: health, module listing over REST and
 * console, the crm DataSource, and the REST conventions (problem documents, paging) that every
 * module inherits. A small resource registered from the test plays the part of a module.
 */
public class KernelIT extends CrmTestSupport {

    /** Registered once per container: each registration change makes the whiteboard rebuild the application. */
    private static ServiceRegistration<Object> notes;

    /** What an integrator's resource looks like: JSON in and out, service errors, paging. */
    @Path("itest/notes")
    public static class NotesResource {

        public record Note(String text, int priority, LocalDate due) {
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Note create(Note note) {
            if (note.text() == null || note.text().isBlank()) {
                throw new ValidationException("text", "must not be blank");
            }
            return note;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Page<Integer> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
            PageRequest page = PageRequest.parse(offset, limit);
            List<Integer> all = IntStream.range(0, 120).boxed().toList();
            return Page.of(all.subList(Math.min(page.offset(), 120), Math.min(page.offset() + page.limit(), 120)),
                    all.size(), page);
        }

        @GET
        @Path("broken")
        public String broken() {
            throw new IllegalStateException("a bug in a module");
        }
    }

    @Before
    public void registerNotesResource() {
        awaitKernel();
        if (notes != null) {
            return;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(JaxrsWhiteboardConstants.JAX_RS_RESOURCE, true);
        properties.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT, CrmRest.APPLICATION_SELECT);
        notes = bundleContext.registerService(Object.class, new NotesResource(), properties);
        Await.until("the test resource to be served", Duration.ofSeconds(20),
                () -> admin().get("/crm/api/itest/notes").status() == 200);
    }


    @Test
    public void theOpenApiDocumentListsEveryOperationTheRuntimeServesWithItsRoles() {
        awaitKernel();
        assertEquals(401, http().get("/crm/api/openapi.json").status());
        Reply reply = admin().get("/crm/api/openapi.json");
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode document = reply.json();
        assertEquals("3.0.3", document.get("openapi").asText());
        JsonNode paths = document.get("paths");
        int operations = 0;
        org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime runtime = bundleContext.getService(
                bundleContext.getServiceReference(org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime.class));
        for (org.osgi.service.jaxrs.runtime.dto.ApplicationDTO application : runtime.getRuntimeDTO().applicationDTOs) {
            if (!application.base.startsWith(CrmRest.BASE_PATH)) {
                continue;
            }
            for (org.osgi.service.jaxrs.runtime.dto.ResourceDTO resource : application.resourceDTOs) {
                for (org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO method : resource.resourceMethods) {
                    String path = (application.base + "/" + method.path).replaceAll("/+", "/")
                            .replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}", "{$1}");
                    path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                    JsonNode item = paths.get(path);
                    assertNotNull(path + " is missing from the OpenAPI document", item);
                    assertNotNull(method.method + " " + path + " is missing", item.get(method.method.toLowerCase()));
                    operations++;
                }
            }
        }
        assertTrue("the runtime serves the contacts operations: " + operations, operations > 20);
        JsonNode getCustomer = paths.get("/crm/api/contacts/customers/{id}").get("get");
        assertTrue(getCustomer.toString(), getCustomer.get("x-roles").toString().contains("crm-sales"));
        assertEquals("basicAuth", getCustomer.get("security").get(0).fieldNames().next());
        assertEquals("id", getCustomer.get("parameters").get(0).get("name").asText());
        JsonNode health = paths.get("/crm/api/health").get("get");
        assertEquals("health is public", 0, health.get("security").size());
        assertEquals("#/components/responses/Problem", getCustomer.get("responses").get("404").get("$ref").asText());
        assertNotNull(document.get("components").get("schemas").get("Problem"));
    }

    @Test
    public void healthIsUpWithTheDatabaseAndTheInstallation() {
        Reply anonymous = http().get("/crm/api/health");
        assertEquals(anonymous.toString(), 200, anonymous.status());
        assertEquals("a monitor without credentials learns the status and nothing else: " + anonymous.body(),
                "{\"status\":\"UP\"}", anonymous.body());
        Reply health = admin().get("/crm/api/health");
        assertEquals(health.toString(), 200, health.status());
        JsonNode body = health.json();
        assertEquals("UP", body.get("status").asText());
        assertEquals("UP", body.at("/database/status").asText());
        assertTrue(body.at("/database/product").asText().startsWith("Apache Derby 10.14"));
        assertFalse(health.toString(), body.at("/installation/id").asText().isEmpty());
        assertFalse(body.get("version").asText().isEmpty());
        assertTrue(body.get("uptimeSeconds").asLong() >= 0);
    }

    @Test
    public void modulesAreListedOverRestAndConsole() {
        Reply modules = admin().get("/crm/api/system/modules");
        assertEquals(200, modules.status());
        JsonNode kernel = null;
        for (JsonNode module : modules.json()) {
            if (module.get("name").asText().equals("kernel")) {
                kernel = module;
            }
        }
        assertNotNull("the kernel lists itself: " + modules, kernel);
        assertEquals("kernel", kernel.get("name").asText());
        assertEquals("ACTIVE", kernel.get("state").asText());

        assertEquals("ACTIVE", admin().get("/crm/api/system/modules/kernel").json().get("state").asText());
        Reply unknown = admin().get("/crm/api/system/modules/astrology");
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());

        String listed = console("crm:modules");
        assertTrue(listed, listed.contains("kernel") && listed.contains("ACTIVE"));
        String health = console("crm:health");
        assertTrue(health, health.contains("Status:   UP"));
        String features = console("feature:list -i");
        for (String feature : new String[] { "crm-platform", "crm-datasource-derby", "crm-kernel", "crm-contacts" }) {
            assertTrue(feature + " installed: " + features, features.contains(feature));
        }
        assertTrue("the PostgreSQL switch is available", console("feature:list").contains("crm-datasource-postgresql"));
        String help = console("crm:modules --help");
        assertTrue(help, help.contains("Lists the installed CRM modules"));
    }

    @Test
    public void theCrmDataSourceIsEmbeddedDerbyUnderKarafData() throws Exception {
        ServiceReference<?>[] references = bundleContext.getServiceReferences(DataSource.class.getName(),
                "(osgi.jndi.service.name=crm)");
        assertNotNull("a DataSource named crm", references);
        assertEquals(1, references.length);
        DataSource dataSource = (DataSource) bundleContext.getService(references[0]);
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("Apache Derby", connection.getMetaData().getDatabaseProductName());
            String url = connection.getMetaData().getURL();
            assertTrue(url, url.contains(new File(System.getProperty("karaf.data")).getName()));
        } finally {
            bundleContext.ungetService(references[0]);
        }
        File derbyLog = new File(System.getProperty("karaf.data"), "log/derby.log");
        assertTrue("derby.log under data/log", derbyLog.isFile());
    }

    @Test
    public void anUnknownPathIsAProblemDocument() {
        Reply reply = http().get("/crm/api/no/such/thing");
        assertEquals(404, reply.status());
        assertTrue(reply.toString(), reply.isProblem());
        JsonNode problem = reply.json();
        assertEquals(404, problem.get("status").asInt());
        assertEquals("/crm/api/no/such/thing", problem.get("instance").asText());
        assertTrue(problem.get("type").asText().endsWith("/not-found"));
    }

    @Test
    public void aWrongMethodIsRefusedWithTheAllowedOnes() {
        Reply reply = http().send("DELETE", "/crm/api/health", null, null);
        assertEquals(405, reply.status());
        assertTrue(reply.isProblem());
        assertTrue(reply.header("Allow"), reply.header("Allow").contains("GET"));
    }

    @Test
    public void malformedJsonIsA400NamingWhere() {
        Reply reply = admin().postJson("/crm/api/itest/notes", "{\"text\": \"call back\",");
        assertEquals(reply.toString(), 400, reply.status());
        assertTrue(reply.isProblem());
        assertTrue(reply.json().get("type").asText().endsWith("/malformed-json"));
        assertTrue(reply.json().get("detail").asText().contains("line 1"));
    }

    @Test
    public void anUnknownFieldIsRefusedNotIgnored() {
        Reply reply = admin().postJson("/crm/api/itest/notes", "{\"text\": \"call back\", \"id\": 42}");
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals(reply.toString(), "id", reply.json().at("/errors/0/field").asText());
    }

    @Test
    public void aValueOfTheWrongTypeNamesTheField() {
        Reply reply = admin().postJson("/crm/api/itest/notes", "{\"text\": \"x\", \"due\": \"next tuesday\"}");
        assertEquals(reply.toString(), 400, reply.status());
        assertEquals("due", reply.json().at("/errors/0/field").asText());
    }

    @Test
    public void anUnsupportedMediaTypeIsA415() {
        Reply reply = admin().send("POST", "/crm/api/itest/notes", "text/csv", "text,priority\nx,1");
        assertEquals(reply.toString(), 415, reply.status());
        assertTrue(reply.isProblem());
    }

    @Test
    public void aRuleBrokenInTheServiceIsA422WithFieldErrors() {
        Reply reply = admin().postJson("/crm/api/itest/notes", "{\"text\": \" \", \"priority\": 1}");
        assertEquals(reply.toString(), 422, reply.status());
        assertEquals("text", reply.json().at("/errors/0/field").asText());
        assertEquals("must not be blank", reply.json().at("/errors/0/message").asText());

        Reply ok = admin().postJson("/crm/api/itest/notes", "{\"text\": \"call back\", \"priority\": 2, \"due\": \"2026-12-01\"}");
        assertEquals(ok.toString(), 200, ok.status());
        assertEquals("2026-12-01", ok.json().get("due").asText());
    }

    @Test
    public void aBugIsA500WithAnIncidentAndNoStackTrace() {
        Reply reply = admin().get("/crm/api/itest/notes/broken");
        assertEquals(500, reply.status());
        assertTrue(reply.isProblem());
        assertTrue(reply.json().get("detail").asText().contains("incident"));
        assertFalse(reply.body(), reply.body().contains("IllegalStateException") || reply.body().contains("at org."));
    }

    @Test
    public void pagesCarryTheTotalAndRefuseNonsense() {
        Reply page = admin().get("/crm/api/itest/notes?offset=100&limit=50");
        assertEquals(200, page.status());
        assertEquals("120", page.header("X-Total-Count"));
        assertEquals(20, page.json().size());
        assertEquals(100, page.json().get(0).asInt());

        assertEquals(50, admin().get("/crm/api/itest/notes").json().size());
        assertEquals("a huge limit is capped, not refused", 120, admin().get("/crm/api/itest/notes?limit=100000").json().size());

        Reply bad = admin().get("/crm/api/itest/notes?limit=ten");
        assertEquals(400, bad.status());
        assertEquals("limit", bad.json().at("/errors/0/field").asText());
    }

    /** Clients keep calling while modules come and go: they get answers or 503 problems, never HTML. */
    @Test
    public void whileTheApplicationIsRebuiltClientsGetA503ProblemNotHtml() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<String> wrong = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger unavailable = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Thread client = new Thread(() -> {
            while (running.get()) {
                Reply reply = admin().get("/crm/api/system/modules");
                calls.incrementAndGet();
                if (reply.status() == 503 && reply.isProblem() && reply.header("Retry-After") != null) {
                    unavailable.incrementAndGet();
                } else if (reply.status() != 200) {
                    wrong.add(reply.toString());
                }
            }
        });
        client.start();
        try {
            for (int i = 0; i < 10; i++) {
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put(JaxrsWhiteboardConstants.JAX_RS_RESOURCE, true);
                properties.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT, CrmRest.APPLICATION_SELECT);
                long before = jaxrsChangeCount();
                ServiceRegistration<Object> coming = bundleContext.registerService(Object.class, new NotesResource(), properties);
                Await.until("the whiteboard to take the resource", Duration.ofSeconds(10), () -> jaxrsChangeCount() > before);
                long registered = jaxrsChangeCount();
                coming.unregister();
                Await.until("the whiteboard to drop the resource", Duration.ofSeconds(10), () -> jaxrsChangeCount() > registered);
            }
        } finally {
            running.set(false);
            client.join(10_000);
        }
        assertEquals("every answer during 10 rebuilds was a 200 or a 503 problem (" + calls + " calls, "
                + unavailable + " 503)", java.util.List.of(), wrong);
        awaitJaxrsRuntimeQuiet();
    }

    /**
     * A change set of contacts edited after it ran (its checksum in CONTACTS_SCHEMA_LOG no longer matches):
     * contacts cannot bring its schema up to date when it restarts, and FAILS; the CRM goes on serving.
     */
    @Test
    public void aFailedModuleMakesHealthDegradedNamingItNotUp() throws Exception {
        DataSource dataSource = bundleContext.getService(bundleContext.getServiceReferences(DataSource.class,
                "(osgi.jndi.service.name=crm)").iterator().next());
        org.osgi.framework.Bundle contacts = java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "org.mosaiccrm.contacts.impl".equals(b.getSymbolicName())).findFirst().orElseThrow();
        String saved;
        try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet log = statement.executeQuery("SELECT MD5SUM FROM CONTACTS_SCHEMA_LOG WHERE ORDEREXECUTED = 1")) {
            assertTrue("contacts has a schema log", log.next());
            saved = log.getString(1);
            statement.executeUpdate("UPDATE CONTACTS_SCHEMA_LOG SET MD5SUM = '9:00000000000000000000000000000000' WHERE ORDEREXECUTED = 1");
        }
        try {
            contacts.stop();
            contacts.start();
            Await.until("health to say DEGRADED", Duration.ofSeconds(30),
                    () -> http().get("/crm/api/health").body().contains("DEGRADED"));
            Reply health = admin().get("/crm/api/health");
            assertEquals("a degraded CRM still serves: " + health, 200, health.status());
            assertTrue(health.body(), health.body().contains("module contacts failed: its database schema could not be brought up to date"));
            assertEquals("FAILED", moduleState("contacts"));
            assertEquals("the kernel goes on", "ACTIVE", moduleState("kernel"));
        } finally {
            try (Connection connection = dataSource.getConnection(); java.sql.PreparedStatement restore =
                    connection.prepareStatement("UPDATE CONTACTS_SCHEMA_LOG SET MD5SUM = ? WHERE ORDEREXECUTED = 1")) {
                restore.setString(1, saved);
                restore.executeUpdate();
            }
            contacts.stop();
            contacts.start();
        }
        Await.until("health to be UP again", Duration.ofSeconds(30),
                () -> http().get("/crm/api/health").body().equals("{\"status\":\"UP\"}"));
        awaitModuleState("contacts", "ACTIVE");
        awaitKernel();
    }

    /** Typos in etc/org.mosaiccrm.contacts.cfg: refused as a whole, contacts goes on with what it had. */
    @Test
    public void aBrokenContactsConfigurationIsRefusedAndContactsRunsOnItsLastGoodOne() throws Exception {
        String tag = "cfg" + System.nanoTime();
        withConfiguration("org.mosaiccrm.contacts", java.util.Map.of("defaultRegion", "XX", "defaultRegon", "BE",
                "viewBudgetMillis", "soon", "customFields", "loyaltyNumber:texte"), () -> {
            Await.until("the refusal to be reported", Duration.ofSeconds(20),
                    () -> moduleWarnings("contacts").contains("org.mosaiccrm.contacts refused"));
            assertEquals("ACTIVE", moduleState("contacts"));
            String warnings = moduleWarnings("contacts");
            assertTrue(warnings, warnings.contains("defaultRegion: 'XX' is not a region code"));
            assertTrue(warnings, warnings.contains("defaultRegon: is not a setting of org.mosaiccrm.contacts (did you mean defaultRegion?)"));
            assertTrue(warnings, warnings.contains("viewBudgetMillis: 'soon' is not a whole number"));
            assertTrue(warnings, warnings.contains("customFields: 'loyaltyNumber:texte': unknown type 'texte'; allowed: text, number, date, boolean"));
            JsonNode health = admin().get("/crm/api/health").json();
            assertEquals("running on the last good configuration is not a failure", "UP", health.get("status").asText());
            assertTrue(health.toString(), health.get("warnings").toString().contains("module contacts: configuration org.mosaiccrm.contacts refused"));

            Reply created = org.mosaiccrm.itests.support.Customers.createPerson(admin(), "Élise", "Cfg" + tag, null, "01 23 45 67 89");
            assertEquals("a local number is read with the last good region (FR): " + created, 201, created.status());
            assertEquals("+33123456789", created.json().at("/contactPoints/0/value").asText());
        });
        Await.until("the refusal to end", Duration.ofSeconds(20), () -> !moduleWarnings("contacts").contains("refused"));
    }

    /** What a Prometheus scraper and a JMX console see: request counts that move, per module and route. */
    @Test
    public void metricsMoveAfterRequestsForPrometheusAndOverJmx() throws Exception {
        String route = "crm_http_server_requests_seconds_count{method=\"GET\",module=\"kernel\",outcome=\"SUCCESS\","
                + "route=\"system/modules\",status=\"200\",}";
        double before = sample(admin().get("/crm/api/metrics").body(), route);
        assertEquals(200, admin().get("/crm/api/system/modules").status());
        assertEquals(200, admin().get("/crm/api/system/modules").status());
        Reply scraped = admin().get("/crm/api/metrics");
        assertEquals(scraped.toString(), 200, scraped.status());
        assertTrue(scraped.contentType(), scraped.contentType().startsWith("text/plain"));
        assertEquals("two more requests counted: " + scraped.body(), before + 2, sample(scraped.body(), route), 0.0);
        assertTrue(scraped.body(), scraped.body().contains("crm_license_days_left "));
        assertTrue(scraped.body(), scraped.body().contains("crm_modules{state=\"ACTIVE\",}"));
        assertTrue("JVM meters too: " + scraped.body(), scraped.body().contains("jvm_memory_used_bytes"));
        assertTrue("the database pool has connections: " + scraped.body(),
                sample(scraped.body(), "crm_db_pool_connections{state=\"total\",}") >= 1);
        assertTrue(scraped.body(), sample(scraped.body(), "crm_db_pool_max") >= 1);

        String created = "crm_imports_rows_total{dry_run=\"true\",module=\"contacts\",outcome=\"created\",}";
        double createdBefore = sample(scraped.body(), created);
        Reply dryRun = admin().send("POST", "/crm/api/contacts/imports?dryRun=true", "text/csv",
                "firstName,lastName,email\nAda,Metrics,ada.metrics." + System.nanoTime() + "@example.org\n");
        assertEquals(dryRun.toString(), 200, dryRun.status());
        // the count arrives by an asynchronous event
        Await.until("the import's rows to be counted", Duration.ofSeconds(10),
                () -> sample(admin().get("/crm/api/metrics").body(), created) == createdBefore + 1);
        assertEquals("not for a sales rep", 403, as(org.mosaiccrm.itests.support.TestUsers.SALES).get("/crm/api/metrics").status());
        assertEquals("not for strangers", 401, http().get("/crm/api/metrics").status());

        javax.management.MBeanServer server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        java.util.Set<javax.management.ObjectName> beans = server.queryNames(
                new javax.management.ObjectName("org.mosaiccrm.metrics:name=crmHttpServerRequests*,*"), null);
        assertFalse("the same meters as MBeans: " + beans, beans.isEmpty());
    }

    /** The value of one sample line of Prometheus' text format; 0 when the series does not exist yet. */
    private static double sample(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).orElse(0.0);
    }

    @Test
    public void theApiRootIsAnIndexNotA404() {
        Reply anonymous = http().get("/crm/api/");
        assertEquals(anonymous.toString(), 200, anonymous.status());
        assertEquals("/crm/api/openapi.json", anonymous.json().at("/links/openapi").asText());
        assertFalse("no version for strangers", anonymous.json().has("version"));
        JsonNode staff = admin().get("/crm/api/").json();
        assertFalse(staff.get("version").asText().isEmpty());
        assertEquals("/crm/api/contacts", staff.at("/applications/contacts").asText());
    }

    /** As an administrator would: config:delete of the datasource, then its etc/ file put back. */
    @Test
    public void withoutTheDataSourceHealthIsDownAndTheKernelWaits() throws Exception {
        java.nio.file.Path cfg = java.nio.file.Path.of(System.getProperty("karaf.etc"), "org.ops4j.datasource-crm.cfg");
        byte[] saved = Files.readAllBytes(cfg);
        ConfigurationAdmin configAdmin = bundleContext.getService(bundleContext.getServiceReference(ConfigurationAdmin.class));
        Configuration[] found = configAdmin.listConfigurations("(dataSourceName=crm)");
        assertNotNull("the crm datasource configuration", found);
        found[0].delete();
        try {
            // a 503 problem may also come from the application being rebuilt: wait for health's own answer
            Await.until("health to turn DOWN", Duration.ofSeconds(20),
                    () -> http().get("/crm/api/health").body().contains("\"status\":\"DOWN\""));
            // the administrator's call too may meet the rebuild of an application going away with the database
            Await.until("health's own answer to the administrator", Duration.ofSeconds(20),
                    () -> admin().get("/crm/api/health").body().contains("\"database\""));
            JsonNode health = admin().get("/crm/api/health").json();
            assertEquals("DOWN", health.get("status").asText());
            assertEquals("DOWN", health.at("/database/status").asText());
            Await.until("the kernel to report WAITING", Duration.ofSeconds(20),
                    () -> settledGet("/crm/api/system/modules/kernel").body().contains("WAITING"));
            JsonNode kernel = settledGet("/crm/api/system/modules/kernel").json();
            assertEquals("WAITING", kernel.get("state").asText());
            assertTrue(kernel.get("reason").asText(), kernel.get("reason").asText().contains("DataSource"));
            String console = console("crm:health");
            assertTrue("the console still works without the database: " + console, console.contains("Status:   DOWN"));
        } finally {
            Files.write(cfg, saved);
        }
        Await.until("health to be UP again", Duration.ofSeconds(30), () -> http().get("/crm/api/health").status() == 200);
        Await.until("the kernel to be ACTIVE again", Duration.ofSeconds(30),
                () -> settledGet("/crm/api/system/modules/kernel").body().contains("ACTIVE"));
        awaitKernel();
        assertEquals("one crm DataSource, not two", 1,
                bundleContext.getServiceReferences(DataSource.class.getName(), "(osgi.jndi.service.name=crm)").length);
    }
}
