package org.mosaiccrm.itests.web;

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
 * The service pack's screens in a real browser (headless Chromium) on the distribution with its demo data:
 * an agent works the demo ticket, the knowledge base finds an article without its accents, a portal customer
 * asks a question and is offered an article, and the survey page answers once.
 */
public class ServiceWebIT {

    private static final Duration BOOT = Duration.ofSeconds(120);

    private static KarafProcess karaf;
    private static Http admin;

    @BeforeClass
    public static void startTheCrmWithService() throws Exception {
        karaf = KarafProcess.startedWithDemoData("service-web", BOOT);
        admin = karaf.http().as("demo-admin", "demo-admin");
        String installed = karaf.console("feature:install crm-service");
        assertFalse(installed, installed.contains("Error"));
        Await.until("service's demo tickets", BOOT, () -> admin.get("/crm/api/service/tickets?limit=1").status() == 200
                && "2".equals(admin.get("/crm/api/service/tickets?limit=1").header("X-Total-Count")));
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
    public void anAgentAnswersTheDemoTicketAndSeesWhyItIsTheirs() throws Exception {
        try (Browser browser = loggedIn("demo-agent")) {
            browser.open("/crm/#/service/tickets?view=mine");
            browser.awaitText(By.cssSelector("[data-role=tickets]"), "La Barista 1200 affiche E3");
            browser.driver().findElement(By.xpath("//tr[td[contains(., 'affiche E3')]]//a")).click();
            browser.awaitText(By.cssSelector("[data-role=routing]"), "demo-agent has technical");
            browser.awaitText(By.cssSelector("main"), "E3"); // the article on the E3 code is suggested
            WebElement form = browser.await(By.cssSelector("form[data-role=comment]"));
            form.findElement(By.name("text")).sendKeys("Bonjour Amélie, avez-vous essayé de purger la pompe ?");
            form.findElement(By.cssSelector("button")).click();
            browser.awaitText(By.cssSelector("[data-role=comments]"), "purger la pompe");
            browser.await(By.cssSelector("[data-role=status][data-status=IN_PROGRESS]"));
            browser.screenshot("service-ticket");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void theKnowledgeBaseFindsAnArticleTypedWithoutAccents() throws Exception {
        try (Browser browser = loggedIn("demo-agent")) {
            browser.open("/crm/#/service/knowledge?q=detartrer%20machine");
            browser.awaitText(By.cssSelector("[data-role=kb-results]"), "Détartrer une machine");
            assertTrue(browser.await(By.cssSelector("[data-role=kb-results] mark")).isDisplayed());
            browser.driver().findElement(By.partialLinkText("Détartrer une machine")).click();
            browser.awaitText(By.cssSelector("[data-role=article] strong"), "calcaire");
            browser.screenshot("service-knowledge");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void aPortalCustomerAsksAndIsOfferedAnArticle() throws Exception {
        String amelie = admin.get("/crm/api/contacts/customers?email=amelie.poulain@exemple.fr").json().get(0).get("id").asText();
        assertTrue(karaf.console("crm:portal-bind demo-customer " + amelie).contains(amelie));
        try (Browser browser = new Browser(karaf.httpPort(), 1280, 900)) {
            browser.open("/crm/portal/");
            browser.login("demo-customer", "demo-customer");
            browser.awaitText(By.cssSelector("body"), "La Barista 1200 affiche E3"); // her own ticket
            browser.driver().findElement(By.xpath("//summary[contains(., 'question') or contains(., 'Ask')]")).click();
            WebElement form = browser.await(By.cssSelector("form[data-role=new-request]"));
            form.findElement(By.name("subject")).sendKeys("Comment détartrer ma machine ?");
            form.findElement(By.name("description")).sendKeys("Le voyant calcaire est allumé");
            form.findElement(By.cssSelector("button")).click();
            browser.awaitText(By.cssSelector("[data-role=suggestions]"), "Détartrer");
            browser.screenshot("service-portal");
            browser.assertNoConsoleErrors();
        }
    }
}
