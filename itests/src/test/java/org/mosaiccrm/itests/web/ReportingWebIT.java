package org.mosaiccrm.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Browser;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.KarafProcess;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reporting pack's screens in a real browser (headless Chromium) on the distribution with its demo data and
 * leads, inventory and reporting installed: a marketer opens the funnel from a link and gets its chart, table and
 * CSV; a wrong parameter is shown next to its field; the manager's home draws the dashboard; a customer's view
 * has its outlook panel.
 */
public class ReportingWebIT {

    private static final Duration BOOT = Duration.ofSeconds(120);

    private static KarafProcess karaf;
    private static Http admin;

    @BeforeClass
    public static void startTheCrmWithReporting() throws Exception {
        karaf = KarafProcess.startedWithDemoData("reporting-web", BOOT);
        admin = karaf.http().as("demo-admin", "demo-admin");
        String installed = karaf.console("feature:install crm-leads crm-inventory crm-reporting");
        assertFalse(installed, installed.contains("Error"));
        Await.until("the leads, inventory and their reports", BOOT, () -> {
            Http.Reply catalog = admin.get("/crm/api/reporting/reports");
            return catalog.status() == 200 && catalog.body().contains("leads.funnel") && catalog.body().contains("inventory.sales-by-region")
                    && "2".equals(admin.get("/crm/api/inventory/orders?limit=1").header("X-Total-Count"));
        });
    }

    @AfterClass
    public static void stopTheCrm() {
        if (karaf != null) {
            karaf.close();
        }
    }

    private static Browser loggedIn(String user) throws Exception {
        return Browser.loggedIn(karaf.httpPort(), user);
    }

    @Test
    public void aMarketerOpensTheFunnelFromALinkAndGetsItsChartTableAndCsv() throws Exception {
        try (Browser browser = loggedIn("demo-marketing")) {
            browser.open("/crm/#/reporting/reports?name=leads.funnel&by=campaign");
            browser.awaitText(By.cssSelector("[data-role=report-table]"), "soldes-hiver"); // a demo campaign
            assertTrue(browser.await(By.cssSelector("[data-role=chart]")).isDisplayed());
            String csv = browser.await(By.cssSelector("a[data-role=csv]")).getAttribute("href");
            assertTrue(csv, csv.contains("/crm/api/reporting/reports/leads.funnel?") && csv.contains("format=csv") && csv.contains("by=campaign"));
            String file = (String) browser.script("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", csv);
            assertTrue(file, file.startsWith("Campagne,Clics,Prospects") || file.contains("soldes-hiver"));
            browser.screenshot("reporting-funnel");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void aWrongParameterIsShownNextToItsField() throws Exception {
        try (Browser browser = loggedIn("demo-marketing")) {
            browser.open("/crm/#/reporting/reports?name=leads.top-links");
            WebElement form = browser.await(By.cssSelector("form[data-role=report-form]"));
            WebElement limit = form.findElement(By.name("limit"));
            limit.clear();
            limit.sendKeys("12.5");
            form.findElement(By.cssSelector("button[type=submit], button")).click();
            browser.awaitText(By.cssSelector("form[data-role=report-form]"), "whole number");
            assertEquals("true", form.findElement(By.name("limit")).getAttribute("aria-invalid"));
            browser.assertNoConsoleErrors("422");
        }
    }

    @Test
    public void theManagersHomeDrawsTheDashboard() throws Exception {
        try (Browser browser = loggedIn("demo-manager")) {
            browser.open("/crm/#/");
            browser.await(By.cssSelector("[data-role=dashboard-reports] [data-role=chart]"));
            browser.awaitText(By.cssSelector("[data-role=dashboard-reports]"), "Sales by region"); // the browser speaks English
            browser.screenshot("reporting-dashboard");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void aCustomersViewHasItsOutlook() throws Exception {
        String amelie = admin.get("/crm/api/contacts/customers?email=amelie.poulain@exemple.fr").json().get(0).get("id").asText();
        try (Browser browser = loggedIn("demo-sales")) {
            browser.open("/crm/#/contacts/customers/" + amelie);
            browser.awaitText(By.cssSelector("main"), "Outlook");
            browser.await(By.cssSelector("[data-role=no-prediction], [data-role=next-purchases], [data-role=churn]"));
            browser.screenshot("reporting-outlook");
            browser.assertNoConsoleErrors();
        }
    }
}
