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
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sales pack's screens in a real browser (headless Chromium) on the distribution with its demo data: a rep's
 * day with its overdue call, done with its outcome onto the customer's timeline; the pipeline board moving an
 * opportunity on, with its forecast; the customer's Opportunities panel.
 */
public class SalesWebIT {

    private static final Duration BOOT = Duration.ofSeconds(120);

    private static KarafProcess karaf;
    private static Http rep;

    @BeforeClass
    public static void startTheCrmWithSales() throws Exception {
        karaf = KarafProcess.startedWithDemoData("sales-web", BOOT);
        rep = karaf.http().as("demo-sales", "demo-sales");
        String installed = karaf.console("feature:install crm-sales");
        assertFalse(installed, installed.contains("Error"));
        Await.until("the sales demo data", BOOT, () -> "3".equals(rep.get("/crm/api/sales/activities?assignee=me&limit=1").header("X-Total-Count")));
    }

    @AfterClass
    public static void stopTheCrm() {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void aRepSeesTheirDayWithTheOverdueCallAndADoneCallGoesOnTheTimeline() throws Exception {
        try (Browser browser = Browser.loggedIn(karaf.httpPort(), "demo-sales")) {
            browser.open("/crm/#/sales/my-day");
            browser.awaitText(By.cssSelector("[data-role=my-day]"), "Relancer M. Dubois");
            WebElement overdue = browser.driver().findElement(By.xpath("//li[contains(., 'Relancer M. Dubois')]"));
            assertTrue(overdue.getText(), overdue.getText().contains("En retard") || overdue.getText().contains("Overdue"));
            overdue.findElement(By.cssSelector("[data-role=done]")).click();
            Alert prompt = browser.driver().switchTo().alert();
            prompt.sendKeys("Rappel prévu lundi");
            prompt.accept();
            browser.awaitGone(By.xpath("//li[contains(., 'Relancer M. Dubois')]"));
            JsonNode dubois = rep.get("/crm/api/contacts/customers?email=f.dubois@dubois-fils.fr").json().get(0);
            String timeline = rep.get("/crm/api/contacts/customers/" + dubois.get("id").asText() + "/interactions").body();
            assertTrue(timeline, timeline.contains("Rappel prévu lundi") && timeline.contains("\"module\":\"sales\""));
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void theBoardMovesAnOpportunityOnAndShowsTheForecast() throws Exception {
        try (Browser browser = Browser.loggedIn(karaf.httpPort(), "demo-sales")) {
            browser.open("/crm/#/sales/pipeline");
            browser.awaitText(By.cssSelector("[data-stage=qualification]"), "nouvelle agence de Lyon");
            browser.awaitText(By.cssSelector("[data-role=forecast]"), "demo-sales");
            browser.driver().findElement(By.xpath("//section[@data-stage='qualification']//li[contains(., 'agence de Lyon')]"
                    + "//button[@data-role='next']")).click();
            browser.awaitText(By.cssSelector("[data-stage=needs-analysis]"), "nouvelle agence de Lyon");
            JsonNode lyon = rep.get("/crm/api/sales/opportunities?stage=needs-analysis").json();
            boolean moved = false;
            for (JsonNode opportunity : lyon) {
                moved |= opportunity.get("title").asText().contains("agence de Lyon");
            }
            assertTrue(lyon.toString(), moved);
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void aCustomersViewHasTheirOpenOpportunitiesAndNextActivity() throws Exception {
        JsonNode amelie = rep.get("/crm/api/contacts/customers?email=amelie.poulain@exemple.fr").json().get(0);
        try (Browser browser = Browser.loggedIn(karaf.httpPort(), "demo-sales")) {
            browser.open("/crm/#/contacts/customers/" + amelie.get("id").asText());
            browser.awaitText(By.cssSelector("[data-role=customer-opportunities]"), "Barista 1200");
            String next = browser.await(By.cssSelector("[data-role=next-activity]")).getText();
            assertTrue(next, next.contains("Appeler Amélie Poulain") || next.contains("rien de prévu") || next.contains("nothing planned"));
            assertEquals(403, karaf.http().as("demo-customer", "demo-customer").get("/crm/api/sales/opportunities").status());
            browser.assertNoConsoleErrors();
        }
    }
}
