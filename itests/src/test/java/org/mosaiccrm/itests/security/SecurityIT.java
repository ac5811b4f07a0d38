package org.mosaiccrm.itests.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmContainer;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

/**
 * Who may call what. The first test asks the JAX-RS runtime for every resource method of the CRM
 * application, so an endpoint added by any module later is covered without touching this test.
 */
public class SecurityIT extends CrmTestSupport {

    /** Endpoints meant to be public: method and path below /crm/api. */
    // health (its status alone) and the API index (links alone) answer strangers; docs/security.md lists them
    /** Health, the API index, and the web session: logging in, asking who is logged in, logging out. */
    private static final Set<String> PUBLIC = Set.of("GET health", "GET ", "POST session", "GET session", "DELETE session");

    @Inject
    JaxrsServiceRuntime jaxrs;

    @Before
    public void kernelUp() {
        awaitKernel();
    }

    @Test
    public void everyEndpointButThePublicOnesAnswers401WithoutCredentials() {
        java.util.Map<String, String> consumes = new java.util.HashMap<>();
        List<String> endpoints = crmEndpoints(consumes);
        assertTrue("the runtime lists the kernel's endpoints: " + endpoints,
                endpoints.contains("GET health") && endpoints.contains("PUT system/license"));
        List<String> open = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = "/crm/api/" + endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+\\}", "x");
            String type = consumes.getOrDefault(endpoint, "application/json");
            Reply[] answer = new Reply[1];
            Await.until(endpoint + " to answer outside an application rebuild", java.time.Duration.ofSeconds(10), () -> {
                answer[0] = anonymous(method, path, type);
                return !duringApplicationRebuild(answer[0]);
            });
            Reply reply = answer[0];
            if (PUBLIC.contains(endpoint)) {
                assertTrue(endpoint + " is public: " + reply, reply.status() != 401);
            } else if (reply.status() != 401 || reply.header("WWW-Authenticate") == null || !reply.isProblem()) {
                open.add(endpoint + " -> " + reply);
            }
        }
        assertEquals("endpoints reachable without credentials", List.of(), open);
    }

    @Test
    public void rolesDecideWhoMayDoWhat() {
        Reply agent = as(TestUsers.AGENT).get("/crm/api/system/license");
        assertEquals(agent.toString(), 403, agent.status());
        assertTrue(agent.isProblem());
        assertTrue(agent.body(), agent.json().get("detail").asText().contains("crm-admin"));
        assertEquals(403, as(TestUsers.AGENT).putJson("/crm/api/system/license", "{}").status());
        assertEquals(200, as(TestUsers.MANAGER).get("/crm/api/system/license").status());
        assertEquals("only an administrator installs licenses", 403,
                as(TestUsers.MANAGER).putJson("/crm/api/system/license", "{}").status());
        assertEquals(200, as(TestUsers.MARKETING).get("/crm/api/system/modules").status());
        assertEquals("a portal customer sees no system information", 403,
                as(TestUsers.CUSTOMER).get("/crm/api/system/modules").status());
        assertEquals(200, admin().get("/crm/api/system/license").status());
    }

    /** A broken %-escape in the query string is the client's mistake: 400 with a reason, not a 500 and a stack in the log. */
    @Test
    public void aBrokenUrlEscapeIs400NotAnIncident() {
        for (String path : new String[] { "/crm/api/health?%ZZ", "/crm/api/contacts/customers?name=%E", "/crm/api/metrics?a=%" }) {
            Reply reply = admin().rawGet(path);
            assertEquals(path + ": " + reply.body(), 400, reply.status());
            assertTrue(reply.body(), reply.body().contains("not valid URL encoding"));
        }
    }

    @Test
    public void wrongCredentialsAre401() {
        Reply wrong = http().as(TestUsers.ADMIN, "not-the-password").get("/crm/api/system/modules");
        assertEquals(401, wrong.status());
        assertNotNull(wrong.header("WWW-Authenticate"));
        assertEquals(401, http().as("nobody", "nothing").get("/crm/api/system/modules").status());
        assertEquals(401, http().send("GET", "/crm/api/system/modules", null, null).status());
    }

    @Test
    public void guessingPasswordsIsStoppedAfterFiveFailuresEvenWithTheRightOneNext() {
        String user = "guess-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, http().as(user, "wrong" + i).get("/crm/api/system/modules").status());
        }
        Reply locked = http().as(user, "any").get("/crm/api/system/modules");
        assertEquals(locked.toString(), 429, locked.status());
        assertTrue(locked.header("Retry-After"), Long.parseLong(locked.header("Retry-After")) > 0);
        assertTrue(locked.contentType().startsWith("application/problem+json"));
    }

    @Test
    public void aCustomerIsOwnedBySomebodyWhoCanLogInNotByATypo() {
        Reply typo = as(TestUsers.SALES).postJson("/crm/api/contacts/customers",
                "{\"kind\":\"PERSON\",\"lastName\":\"Owned\",\"owner\":\"itest-salez\"}");
        assertEquals(typo.toString(), 422, typo.status());
        assertEquals("owner", typo.json().at("/errors/0/field").asText());
        Reply owned = as(TestUsers.SALES).postJson("/crm/api/contacts/customers",
                "{\"kind\":\"PERSON\",\"lastName\":\"Owned\",\"owner\":\"" + TestUsers.SALES + "\"}");
        assertEquals(owned.toString(), 201, owned.status());
    }

    @Test
    public void answersAreNeitherCachedNorSniffedAndNothingDescribesTheApiAnonymously() {
        Reply modules = admin().get("/crm/api/system/modules");
        assertEquals("nosniff", modules.header("X-Content-Type-Options"));
        assertEquals("no-store", modules.header("Cache-Control"));
        Reply wadl = http().get("/crm/api/contacts/customers?_wadl");
        assertEquals("CXF's WADL is not served: " + wadl, 404, wadl.status());
        assertFalse(wadl.body(), wadl.body().contains("<application"));
        Reply health = http().get("/crm/api/health");
        assertFalse("anonymous health tells no version or database: " + health.body(),
                health.body().contains("version") || health.body().contains("Derby"));
    }

    @Test
    public void demoUsersWorkFromThisMachineOnly() throws Exception {
        assertEquals(200, http().as("demo-admin", "demo-admin").get("/crm/api/system/license").status());
        InetAddress external = nonLoopbackAddress();
        Assume.assumeTrue("this machine has a non-loopback address", external != null);
        HttpResponse<String> fromOutside = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://" + external.getHostAddress() + ":" + Integer.getInteger(CrmContainer.HTTP_PORT_PROPERTY)
                        + "/crm/api/system/license"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo-admin:demo-admin".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("a demo password does not work from another address", 401, fromOutside.statusCode());
    }

    @Test
    public void oversizedBodiesAre413WhetherAnnouncedOrStreamed() throws Exception {
        String big = "x".repeat(2 * 1024 * 1024);
        Reply announced = admin().send("PUT", "/crm/api/system/license", "application/json", big);
        assertEquals(announced.toString(), 413, announced.status());
        assertTrue(announced.isProblem());

        HttpResponse<String> streamed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + Integer.getInteger(CrmContainer.HTTP_PORT_PROPERTY) + "/crm/api/system/license"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (TestUsers.ADMIN + ":" + TestUsers.PASSWORD).getBytes()))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(streamed.body(), 413, streamed.statusCode());
        assertEquals("the license in force is untouched", "VALID",
                admin().get("/crm/api/system/license").json().get("state").asText());
    }

    @Test
    public void consoleCommandsFollowTheirAcl() {
        String shown = consoleAs("bob", "crm:license", "viewer");
        assertTrue(shown, shown.contains("State:"));
        // Karaf hides a command from a user its ACL refuses
        String refused = consoleAs("bob", "crm:license-install /tmp/whatever.license", "viewer");
        assertTrue(refused, refused.contains("Command not found: crm:license-install"));
        String allowed = consoleAs("carol", "crm:license-install /tmp/whatever.license", "crm-admin");
        assertTrue(allowed, allowed.toLowerCase(java.util.Locale.ROOT).contains("no such file"));
        String agent = consoleAs("alice", "crm:license", "crm-agent");
        assertFalse(agent, agent.contains("State:"));
    }

    /** What a module's public web form looks like. */
    @javax.ws.rs.Path("itest/form")
    public static class PublicForm {
        @javax.ws.rs.POST
        @javax.annotation.security.PermitAll
        @org.mosaiccrm.kernel.api.security.RateLimit(requests = 3, perSeconds = 60)
        public String submit(String body) {
            return "thanks";
        }
    }

    @Test
    public void aPublicEndpointIsRateLimitedPerClient() throws Exception {
        java.util.Dictionary<String, Object> properties = new java.util.Hashtable<>();
        properties.put("osgi.jaxrs.resource", true);
        properties.put("osgi.jaxrs.application.select", "(osgi.jaxrs.name=crm)");
        org.osgi.framework.ServiceRegistration<Object> form = bundleContext.registerService(Object.class, new PublicForm(), properties);
        try {
            org.mosaiccrm.itests.support.Await.until("the form to be served", java.time.Duration.ofSeconds(20),
                    () -> http().send("OPTIONS", "/crm/api/itest/form", null, null).status() != 404);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(http().send("POST", "/crm/api/itest/form", "text/plain", "name=Ada").status());
            }
            assertEquals("three pass without credentials, the fourth is refused", List.of(200, 200, 200, 429), statuses);
            Reply limited = http().send("POST", "/crm/api/itest/form", "text/plain", "name=Ada");
            assertEquals(429, limited.status());
            assertTrue(limited.isProblem());
            assertTrue("Retry-After in seconds: " + limited.header("Retry-After"), Integer.parseInt(limited.header("Retry-After")) > 0);
        } finally {
            form.unregister();
            // the whiteboard rebuilds the application when a resource leaves: wait until it serves again
            org.mosaiccrm.itests.support.Await.until("the application to be back", java.time.Duration.ofSeconds(20),
                    () -> http().get("/crm/api/system/modules").status() == 401);
        }
    }

    /** A well-formed request without credentials: content negotiation comes before authentication. */
    private Reply anonymous(String method, String path, String contentType) {
        boolean bodyless = method.equals("GET") || method.equals("DELETE");
        return http().send(method, path, bodyless ? null : contentType, bodyless ? null : "{}");
    }

    private List<String> crmEndpoints(java.util.Map<String, String> consumes) {
        List<ApplicationDTO> applications = new ArrayList<>();
        Collections.addAll(applications, jaxrs.getRuntimeDTO().applicationDTOs);
        ApplicationDTO crm = applications.stream().filter(a -> "crm".equals(a.name)).findFirst()
                .orElseThrow(() -> new AssertionError("no CRM application in the JAX-RS runtime"));
        List<String> endpoints = new ArrayList<>();
        for (ResourceDTO resource : crm.resourceDTOs) {
            for (ResourceMethodInfoDTO method : resource.resourceMethods) {
                String endpoint = method.method + " " + method.path.replaceFirst("^/", "").replaceAll("/+$", "");
                endpoints.add(endpoint);
                if (method.consumingMimeType != null && method.consumingMimeType.length > 0) {
                    consumes.put(endpoint, method.consumingMimeType[0]);
                }
            }
        }
        Collections.sort(endpoints);
        return endpoints;
    }

    private static InetAddress nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return address;
                    }
                }
            }
        }
        return null;
    }

    /** The web session (docs/web.md) against what a hostile probe sent it. */
    @Test
    public void theSessionApiResistsHostileCookiesAndEndsWhereItShould() throws Exception {
        Http http = http();
        assertEquals("a malformed neighbour cookie is no error", 200,
                http.send("GET", "/crm/api/health", null, null, java.util.Map.of("Cookie", "foo")).status());
        Http.Reply login = http.postJson("/crm/api/session", "{\"user\":\"" + TestUsers.SALES + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}");
        String cookie = login.header("Set-Cookie").split(";")[0];
        String csrf = login.json().get("csrfToken").asText();
        assertEquals(200, http.send("GET", "/crm/api/contacts/customers?limit=1", null, null, java.util.Map.of("Cookie", cookie + "; _ga")).status());
        Http.Reply huge = http.send("GET", "/crm/api/contacts/customers?limit=1", null, null, java.util.Map.of("Cookie", "CRM_SESSION=" + "A".repeat(5000)));
        assertEquals(401, huge.status());
        assertEquals("a page's request never gets the Basic prompt", null, huge.header("WWW-Authenticate"));
        assertEquals("no sneaking past the module's application", 404, admin().get("/crm/api/contacts/..%2fsession").status());

        // logging out needs the token; logging in again over a live session ends it
        assertEquals(403, http.send("DELETE", "/crm/api/session", null, null, java.util.Map.of("Cookie", cookie)).status());
        Http.Reply again = http.send("POST", "/crm/api/session", "application/json",
                "{\"user\":\"" + TestUsers.SALES + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}", java.util.Map.of("Cookie", cookie));
        assertEquals(201, again.status());
        assertFalse(http.send("GET", "/crm/api/session", null, null, java.util.Map.of("Cookie", cookie)).json().get("loggedIn").asBoolean());
        String second = again.header("Set-Cookie").split(";")[0];
        assertEquals(204, http.send("DELETE", "/crm/api/session", null, null,
                java.util.Map.of("Cookie", second, "X-CSRF-Token", again.json().get("csrfToken").asText())).status());
        assertFalse(http.send("GET", "/crm/api/session", null, null, java.util.Map.of("Cookie", second)).json().get("loggedIn").asBoolean());
        assertFalse(csrf.isEmpty());

        // a user deleted from the realm loses the session they had
        String eve = "eve" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        console("jaas:realm-manage --realm karaf; jaas:user-add " + eve + " eve-password; jaas:role-add " + eve
                + " crm-admin; jaas:update");
        // jaas:update writes etc/users.properties and the realm may answer from the old file for a moment (CI met
        // it): a few attempts 5 s apart, fewer than the login throttle's five failures per user
        Http.Reply[] logins = new Http.Reply[1];
        long[] lastAttempt = { 0 };
        Await.until("the new user to log in", java.time.Duration.ofSeconds(20), () -> {
            if (logins[0] != null && System.nanoTime() - lastAttempt[0] < 5_000_000_000L) {
                return false;
            }
            lastAttempt[0] = System.nanoTime();
            logins[0] = http.postJson("/crm/api/session", "{\"user\":\"" + eve + "\",\"password\":\"eve-password\"}");
            return logins[0].status() != 401;
        });
        Http.Reply eveLogin = logins[0];
        assertEquals(eveLogin.toString(), 201, eveLogin.status());
        String eveCookie = eveLogin.header("Set-Cookie").split(";")[0];
        assertEquals(200, http.send("GET", "/crm/api/audit?limit=1", null, null, java.util.Map.of("Cookie", eveCookie)).status());
        console("jaas:realm-manage --realm karaf; jaas:user-delete " + eve + "; jaas:update");
        Await.until("the deleted user's session to end", java.time.Duration.ofSeconds(70),
                () -> http.send("GET", "/crm/api/audit?limit=1", null, null, java.util.Map.of("Cookie", eveCookie)).status() == 401);
    }

}
