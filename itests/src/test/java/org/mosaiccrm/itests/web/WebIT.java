package org.mosaiccrm.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Browser;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.KarafProcess;
import org.mosaiccrm.licensing.LicenseSigner;
import org.mosaiccrm.licensing.LicenseTerms;
import org.mosaiccrm.licensing.VendorKeys;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The desktop and the portal in a real browser (Debian's headless Chromium), against the distribution run
 * as an administrator runs it: one Karaf for the class, a fresh browser (no cookies) for each test. Each
 * test saves a screenshot under {@code target/screenshots/} and fails on an error in the browser console.
 */
public class WebIT {

    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final String CUSTOMERS = "/crm/api/contacts/customers";

    private static KarafProcess karaf;
    private static Http admin;
    private static KeyPair vendor;

    @BeforeClass
    public static void startTheCrm() throws Exception {
        karaf = KarafProcess.unpack(Path.of("target/process/web-" + System.nanoTime()));
        karaf.addAdministrator("ops", "ops-secret");
        karaf.withDemoData();
        vendor = VendorKeys.generate();
        VendorKeys.writePublic(vendor.getPublic(), karaf.home().resolve("etc/licensing/trusted/web-it.pub"));
        karaf.start();
        karaf.awaitUp(BOOT);
        admin = karaf.http().as("demo-admin", "demo-admin");
        Await.until("contacts to serve", BOOT, () -> admin.get(CUSTOMERS + "?limit=1").status() == 200);
        Await.until("the web module to serve", BOOT, () -> admin.get("/crm/api/web/desktop").status() == 200);
    }

    @AfterClass
    public static void stopTheCrm() {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void aWrongPasswordIsRefusedThenTheUserLogsInAndOut() throws Exception {
        try (Browser browser = browser()) {
            browser.open("/crm/");
            browser.login("demo-sales", "not-the-password");
            browser.awaitText(By.cssSelector("form.login [role=alert]"), "Wrong user name or password");
            assertEquals("no session for a wrong password", null, browser.driver().manage().getCookieNamed("CRM_SESSION"));
            browser.screenshot("login-wrong-password");

            browser.driver().findElement(By.name("password")).clear();
            browser.login("", "demo-sales");
            browser.await(By.cssSelector("a[data-screen='contacts/customers']"));
            Cookie session = browser.driver().manage().getCookieNamed("CRM_SESSION");
            assertNotNull(session);
            assertTrue("the session cookie is HttpOnly", session.isHttpOnly());
            assertEquals("Strict", session.getSameSite());
            assertEquals("demo-sales", browser.await(By.cssSelector(".user-name")).getText());
            browser.screenshot("desktop-home");

            browser.driver().findElement(By.xpath("//button[text()='Log out']")).click();
            browser.await(By.cssSelector("form.login"));
            browser.open("/crm/");
            browser.await(By.cssSelector("form.login"));
            browser.assertNoConsoleErrors("401");
        }
    }

    @Test
    public void aNewcomerFindsTheDemoDataLoadedOnTheFirstStart() throws Exception {
        Await.until("the demo customers", BOOT, () -> "1".equals(admin.get(CUSTOMERS + "?email=amelie.poulain@exemple.fr")
                .header("X-Total-Count")));
        try (Browser browser = loggedIn("demo-sales")) {
            browser.open("/crm/#/contacts/customers");
            browser.await(By.id("customer-search")).sendKeys("Amél");
            browser.await(By.linkText("Amélie Poulain")).click();
            browser.awaitText(By.cssSelector("[data-role=contact-points]"), "amelie.poulain@exemple.fr");
            browser.awaitText(By.cssSelector("[data-role=timeline]"), "Question sur la garantie");
            browser.screenshot("demo-customer");
            browser.assertNoConsoleErrors();
        }
        String again = karaf.console("crm:demo-data contacts");
        assertTrue(again, again.contains("already holds data") && again.contains("Nothing loaded"));
    }

    @Test
    public void theInventoryPackAddsItsPanelToTheCustomerViewAndItsOrdersToThePortal() throws Exception {
        Await.until("the demo customers", BOOT, () -> "1".equals(admin.get(CUSTOMERS + "?email=amelie.poulain@exemple.fr")
                .header("X-Total-Count")));
        String installed = karaf.console("feature:install crm-inventory");
        assertFalse(installed, installed.contains("Error"));
        // inventory's demo data: Amélie bought a coffee machine (shipped, under warranty) and its descaler
        Await.until("inventory's demo orders", BOOT, () -> admin.get("/crm/api/inventory/orders?limit=1").status() == 200
                && "2".equals(admin.get("/crm/api/inventory/orders?limit=1").header("X-Total-Count")));
        String amelie = admin.get(CUSTOMERS + "?email=amelie.poulain@exemple.fr").json().get(0).get("id").asText();
        try (Browser browser = loggedIn("demo-sales")) {
            browser.open("/crm/#/contacts/customers/" + amelie);
            browser.awaitText(By.cssSelector("[data-panel='inventory/purchases'] [data-role=owned]"), "B1200-2026-000417");
            assertTrue(browser.await(By.cssSelector("[data-role=suggestions]")).getText().contains("Six tasses"));
            assertTrue("the section is drawn by its panel, not twice", browser.driver().findElements(
                    By.cssSelector("[data-section=inventory]")).isEmpty());
            browser.screenshot("customer-purchases");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void searchAsYouTypeOpensTheCustomers360View() throws Exception {
        String name = "Bérénice" + suffix();
        String id = customer(name, "Durand", "berenice." + suffix() + "@example.fr", "06 12 34 56 78");
        try (Browser browser = loggedIn("demo-agent")) {
            browser.open("/crm/#/contacts/customers");
            browser.await(By.id("customer-search")).sendKeys(name.substring(0, 8).toLowerCase());
            browser.await(By.linkText(name + " Durand")).click();
            browser.awaitText(By.cssSelector("[data-role=customer-name]"), name + " Durand");
            assertTrue(browser.driver().getCurrentUrl().endsWith("#/contacts/customers/" + id));
            assertTrue(browser.await(By.cssSelector("[data-role=contact-points]")).getText().contains("@example.fr"));
            browser.screenshot("customer-360");

            // a long result comes twenty at a time, with the total
            String many = "Nombreux" + suffix();
            for (int i = 0; i < 21; i++) {
                customer(many, "N" + i, null, null);
            }
            browser.open("/crm/#/contacts/customers");
            browser.await(By.id("customer-search")).sendKeys(many);
            browser.awaitText(By.cssSelector("[data-role=result-count]"), "21 customers");
            assertEquals(20, browser.driver().findElements(By.cssSelector("[data-role=results] li")).size());
            browser.await(By.cssSelector("[data-role=more]")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                    driver -> driver.findElements(By.cssSelector("[data-role=results] li")).size() == 21);
            browser.open("/crm/#/contacts/customers/" + id);
            browser.awaitText(By.cssSelector("[data-role=customer-name]"), name);
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.awaitText(By.cssSelector("[data-role=customer-name]"), name);
            browser.screenshot("customer-360-390px");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void aBadEmailShowsItsFieldErrorNextToTheField() throws Exception {
        try (Browser browser = loggedIn("demo-sales")) {
            browser.open("/crm/#/contacts/customers/new");
            browser.await(By.name("firstName")).sendKeys("Jean");
            browser.driver().findElement(By.name("lastName")).sendKeys("Valjean");
            browser.driver().findElement(By.name("email")).sendKeys("jean@@example");
            browser.driver().findElement(By.cssSelector("[data-role=customer-form] button[type=submit]")).click();
            WebElement error = browser.await(By.cssSelector("[data-error-for=email]"));
            assertFalse(error.getText().isBlank());
            assertEquals("true", browser.driver().findElement(By.name("email")).getAttribute("aria-invalid"));
            assertTrue("still on the form", browser.driver().getCurrentUrl().endsWith("/new"));
            browser.screenshot("customer-field-error");
            browser.assertNoConsoleErrors("422");
        }
    }

    @Test
    public void theImportWizardChecksThenImportsAndReportsTheBadRow() throws Exception {
        String tag = suffix();
        Path file = Files.createTempFile("clients", ".csv");
        // as Excel writes it in France: semicolons, Windows-1252
        Files.write(file, ("Prénom;Nom;Courriel;Téléphone\r\n"
                + "Amélie;Poulain" + tag + ";amelie." + tag + "@example.fr;01 42 00 00 01\r\n"
                + "Honoré;Balzac" + tag + ";pas-un-courriel;01 42 00 00 02\r\n"
                + "Émile;Zola" + tag + ";emile." + tag + "@example.fr;01 42 00 00 03\r\n").getBytes("windows-1252"));
        try (Browser browser = loggedIn("demo-admin")) {
            browser.open("/crm/#/contacts/import");
            browser.await(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            browser.awaitText(By.cssSelector("[data-role=columns]"), "Téléphone");
            browser.driver().findElement(By.xpath("//button[starts-with(text(),'Check the file')]")).click();
            browser.awaitText(By.cssSelector("[data-role=summary]"), "1 refused");
            assertEquals("a dry run stores nothing", 0, count("Amélie Poulain" + tag));
            assertTrue(browser.await(By.cssSelector("[data-role=problems]")).getText().contains("3"));
            browser.driver().findElement(By.xpath("//button[text()='Import']")).click();
            browser.awaitText(By.cssSelector("[data-role=summary]"), "Import finished");
            assertTrue(browser.await(By.cssSelector("[data-role=summary]")).getText().contains("2 created"));
            assertEquals(1, count("Amélie Poulain" + tag));
            assertEquals("the bad row is not stored", 0, count("Honoré Balzac" + tag));
            browser.await(By.linkText("Download the report"));
            browser.screenshot("import-report");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void theLeadsMenuComesAndGoesWithItsFeatureAndALeadMovesOnTheBoard() throws Exception {
        try (Browser browser = loggedIn("demo-manager")) {
            assertTrue(browser.driver().findElements(By.cssSelector("a[data-screen='leads/board']")).isEmpty());
            karaf.console("feature:install crm-leads");
            Await.until("leads to serve", BOOT, () -> admin.get("/crm/api/leads?limit=1").status() == 200);
            JsonNode lead = admin.postJson("/crm/api/leads", "{\"firstName\":\"Gustave\",\"lastName\":\"Eiffel" + suffix()
                    + "\",\"company\":\"Tour SA\",\"email\":\"gustave." + suffix() + "@example.fr\",\"source\":\"WEB_FORM\"}").json();
            String id = lead.get("id").asText();

            // the next navigation shows the entry; nothing reloads; leads brought its demo data with it
            browser.driver().findElement(By.cssSelector("a.brand")).click();
            browser.await(By.cssSelector("a[data-screen='leads/campaigns']")).click();
            browser.await(By.cssSelector("[data-chart=drawn]"));
            assertTrue(browser.await(By.cssSelector("[data-role=figures]")).getText().contains("soldes-hiver"));
            browser.screenshot("campaigns");
            browser.await(By.cssSelector("a[data-screen='leads/board']")).click();
            browser.awaitText(By.cssSelector("[data-status=QUALIFIED]"), "Camille Lemaire");
            By card = By.cssSelector("[data-lead='" + id + "']");
            browser.await(By.cssSelector("[data-status=NEW] [data-lead='" + id + "']"));
            new Select(browser.driver().findElement(card).findElement(By.cssSelector("[data-role=move]"))).selectByValue("CONTACTED");
            browser.await(By.cssSelector("[data-status=CONTACTED] [data-lead='" + id + "']"));
            assertEquals("CONTACTED", admin.get("/crm/api/leads/" + id).json().get("status").asText());

            // a move the pipeline refuses says which ones it allows
            new Select(browser.driver().findElement(card).findElement(By.cssSelector("[data-role=move]"))).selectByValue("NEW");
            browser.awaitText(By.cssSelector("[data-role=board-message]"), "can only move to");
            browser.screenshot("leads-board");

            karaf.console("feature:uninstall crm-leads");
            Await.until("leads to be gone", BOOT, () -> admin.get("/crm/api/system/modules/leads").status() == 404);
            browser.driver().findElement(By.cssSelector("a.brand")).click();
            browser.awaitGone(By.cssSelector("a[data-screen='leads/board']"));
            browser.open("/crm/#/leads/board");
            browser.await(By.cssSelector("[data-state=unavailable]"));
            browser.screenshot("leads-gone");
            browser.assertNoConsoleErrors("409");
        }
    }

    @Test
    public void anAgentsScreenPopsUpWithTheCallerWithinASecond() throws Exception {
        String name = "Anatole" + suffix();
        String phone = "+33 1 45 " + (10 + (int) (System.nanoTime() % 89)) + " 67 89";
        customer(name, "France", null, phone);
        try (Browser browser = loggedIn("demo-agent")) {
            Await.until("the call stream to be open", Duration.ofSeconds(15),
                    () -> "open".equals(browser.driver().findElement(By.tagName("body")).getAttribute("data-call-stream")));
            long posted = System.nanoTime();
            Http.Reply call = admin.postJson("/crm/api/contacts/calls", "{\"from\":\"" + phone + "\",\"agent\":\"demo-agent\"}");
            assertEquals(call.toString(), 202, call.status());
            browser.awaitText(By.cssSelector("[data-role=customer-name]"), name);
            long millis = (System.nanoTime() - posted) / 1_000_000;
            System.out.println("screen pop shown " + millis + " ms after the call was posted");
            assertTrue("the caller's view within 1 s of the call (took " + millis + " ms)", millis <= 1000);
            browser.await(By.cssSelector(".call-pop"));
            browser.screenshot("screen-pop");

            // nobody else's calls, and an unknown number offers to create the customer
            admin.postJson("/crm/api/contacts/calls", "{\"from\":\"+33 1 99 99 99 99\",\"agent\":\"demo-sales\"}");
            admin.postJson("/crm/api/contacts/calls", "{\"from\":\"+33 1 98 76 54 32\",\"agent\":\"demo-agent\"}");
            browser.awaitText(By.cssSelector("[data-role=call]"), "Unknown number");
            assertFalse(browser.driver().getCurrentUrl().contains("99%2099"));
            browser.driver().findElement(By.xpath("//button[text()='Create a customer with this number']")).click();
            assertEquals("the number as the CRM writes it", "+33198765432", browser.await(By.name("phone")).getAttribute("value"));
            browser.screenshot("screen-pop-unknown");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void aPortalCustomerSeesOnlyTheirOwnData() throws Exception {
        String mine = customer("Colette" + suffix(), "Willy", "colette." + suffix() + "@example.fr", null);
        String other = customer("Sidonie" + suffix(), "Autre", "sidonie." + suffix() + "@example.fr", null);
        assertEquals(201, admin.postJson(CUSTOMERS + "/" + mine + "/interactions", "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\","
                + "\"subject\":\"Question sur une facture\",\"summary\":\"Note interne : client difficile\"}").status());
        String bound = karaf.console("crm:portal-bind demo-customer " + mine);
        assertFalse(bound, bound.toLowerCase().contains("error"));
        try (Browser browser = browser()) {
            browser.open("/crm/portal/");
            browser.login("demo-customer", "demo-customer");
            browser.awaitText(By.cssSelector("[data-role=customer-name]"), "Colette");
            browser.screenshot("portal");
            // the customer corrects their own number; the change is theirs in the audit trail
            browser.await(By.cssSelector("[data-role=portal-profile] [name=phone]")).sendKeys("06 11 22 33 44");
            browser.driver().findElement(By.cssSelector("[data-role=portal-profile] button[type=submit]")).click();
            browser.awaitText(By.cssSelector("[data-role=portal-profile] [role=status]"), "Your details are saved");
            assertTrue(admin.get(CUSTOMERS + "/" + mine).body().contains("+33611223344"));
            assertTrue(admin.get("/crm/api/audit?entityId=" + mine + "&user=demo-customer").body().contains("contactPoints"));

            // the API, asked by the portal's own page for another customer, answers as if there were none
            assertEquals(404L, fetchStatus(browser, "GET", CUSTOMERS + "/" + other, null, true));
            assertEquals(404L, fetchStatus(browser, "GET", CUSTOMERS + "/" + other + "/view", null, true));
            String timeline = (String) browser.script("fetch(arguments[0]).then(r => r.text()).then(arguments[1])",
                    CUSTOMERS + "/" + mine + "/interactions");
            assertTrue("what happened, not the staff's notes: " + timeline, timeline.contains("Question sur une facture")
                    && !timeline.contains("Note interne"));
            String list = (String) browser.script("fetch(arguments[0]).then(r => r.text()).then(arguments[1])", CUSTOMERS + "?limit=50");
            assertTrue(list, list.contains(mine) && !list.contains(other));
            // and the desktop sends a customer back to the portal
            browser.open("/crm/#/contacts/customers/" + other);
            Await.until("the portal", Duration.ofSeconds(10), () -> browser.driver().getCurrentUrl().endsWith("/crm/portal/"));
            browser.assertNoConsoleErrors("404");
        }
    }

    @Test
    public void aChangeWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        try (Browser browser = loggedIn("demo-sales")) {
            String draft = "{\"kind\":\"PERSON\",\"firstName\":\"Jules\",\"lastName\":\"Verne" + suffix() + "\"}";
            assertEquals(403L, fetchStatus(browser, "POST", CUSTOMERS, draft, false));
            assertEquals(0, count("Verne"));
            assertEquals(201L, fetchStatus(browser, "POST", CUSTOMERS, draft, true));
            browser.screenshot("csrf-refused-then-accepted");
            browser.assertNoConsoleErrors("403");
        }
    }

    @Test
    public void aStaffLoginBeyondTheLicensesSeatsIsRefusedWhileThoseInKeepWorking() throws Exception {
        byte[] demo = Files.readAllBytes(karaf.home().resolve("etc/mosaic-crm.license"));
        byte[] oneSeat = new LicenseSigner(vendor).sign(new LicenseTerms("web-it-seats", "Web IT", List.of("contacts", "web"),
                "2030-01-01", null, 1, "test"));
        try (Browser first = browser(); Browser second = browser()) {
            // nobody else holds a session: those of the other tests ended with their logout or are idle in closed browsers
            admin.send("PUT", "/crm/api/system/license", "text/plain", new String(oneSeat, StandardCharsets.UTF_8));
            try {
                first.open("/crm/");
                first.login("demo-sales", "demo-sales");
                first.await(By.cssSelector("a[data-screen='contacts/customers']"));
                second.open("/crm/");
                second.login("demo-manager", "demo-manager");
                second.awaitText(By.cssSelector("form.login [role=alert]"), "seats");
                second.screenshot("seats-full");
                first.driver().findElement(By.cssSelector("a[data-screen='contacts/customers']")).click();
                first.await(By.id("customer-search"));
                JsonNode seats = admin.get("/crm/api/session/seats").json();
                assertEquals(1, seats.get("allowed").asInt());
                assertTrue(seats.toString(), seats.get("inUse").toString().contains("demo-sales"));
                assertTrue(karaf.console("crm:license").contains("1 allowed, "));
                second.assertNoConsoleErrors("403");
            } finally {
                admin.send("PUT", "/crm/api/system/license", "text/plain", new String(demo, StandardCharsets.UTF_8));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------

    private static Browser browser() throws Exception {
        return new Browser(karaf.httpPort(), 1280, 900);
    }

    private static Browser loggedIn(String user) throws Exception {
        Browser browser = browser();
        browser.open("/crm/");
        browser.login(user, user);
        browser.await(By.cssSelector(".user-name"));
        return browser;
    }

    /** fetch() from the page, as its own script would (the session cookie goes along); with the CSRF token or not. */
    private static long fetchStatus(Browser browser, String method, String path, String json, boolean withToken) {
        Object status = browser.script("const [method, path, body, withToken, done] = arguments;"
                + "fetch('/crm/api/session').then(r => r.json()).then(session => fetch(path, { method, body: body || undefined,"
                + " headers: Object.assign({ 'Content-Type': 'application/json', 'X-Requested-With': 'test' },"
                + "   withToken ? { 'X-CSRF-Token': session.csrfToken } : {}) })).then(r => done(r.status), e => done(-1));",
                method, path, json, withToken);
        return ((Number) status).longValue();
    }

    private static String customer(String firstName, String lastName, String email, String phone) {
        StringBuilder points = new StringBuilder();
        if (email != null) {
            points.append("{\"type\":\"EMAIL\",\"value\":\"").append(email).append("\",\"primary\":true}");
        }
        if (phone != null) {
            points.append(points.length() > 0 ? "," : "").append("{\"type\":\"PHONE\",\"value\":\"").append(phone).append("\"}");
        }
        Http.Reply created = admin.send("POST", CUSTOMERS + "?allowDuplicate=true", "application/json", "{\"kind\":\"PERSON\",\"firstName\":\""
                + firstName + "\",\"lastName\":\"" + lastName + "\",\"contactPoints\":[" + points + "]}", Map.of());
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static int count(String name) {
        return Integer.parseInt(admin.get(CUSTOMERS + "?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&limit=1").header("X-Total-Count"));
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
