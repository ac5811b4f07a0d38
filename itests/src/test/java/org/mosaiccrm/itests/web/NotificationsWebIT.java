package org.mosaiccrm.itests.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

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
 * The notifications pack's screens in a real browser (headless Chromium) on the distribution with its demo data and
 * no SMTP server (what is written waits, queued, with the connection's error): the manager's outbox with a ticket's
 * notice and a template's preview; a portal customer accepting reminders.
 */
public class NotificationsWebIT {

    private static final Duration BOOT = Duration.ofSeconds(120);

    private static KarafProcess karaf;
    private static Http manager;
    private static String amelie;

    @BeforeClass
    public static void startTheCrmWithNotifications() throws Exception {
        karaf = KarafProcess.startedWithDemoData("notifications-web", BOOT);
        manager = karaf.http().as("demo-manager", "demo-manager");
        String installed = karaf.console("feature:install crm-service crm-notifications");
        assertFalse(installed, installed.contains("Error"));
        Await.until("the notifications endpoints", BOOT, () -> manager.get("/crm/api/notifications/templates").status() == 200
                && manager.get("/crm/api/service/tickets?limit=1").status() == 200);
        amelie = manager.get("/crm/api/contacts/customers?email=amelie.poulain@exemple.fr").json().get(0).get("id").asText();
        Http agent = karaf.http().as("demo-agent", "demo-agent");
        assertEquals(201, agent.postJson("/crm/api/service/tickets", "{\"customerId\":\"" + amelie + "\",\"category\":\"inquiry\","
                + "\"priority\":\"NORMAL\",\"subject\":\"Notice dans le navigateur\"}").status());
    }

    @AfterClass
    public static void stopTheCrm() {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void aManagerSeesTheQueuedNoticeWithTheServersErrorAndPreviewsATemplate() throws Exception {
        Await.until("a failed attempt on the ticket's notice", BOOT, () -> {
            for (var notice : manager.get("/crm/api/notifications/messages?customerId=" + amelie + "&template=ticket-opened").json()) {
                if (notice.get("subject").asText().contains("Notice dans le navigateur") && notice.get("attempts").asInt() >= 1) {
                    return true;
                }
            }
            return false;
        });
        try (Browser browser = Browser.loggedIn(karaf.httpPort(), "demo-manager")) {
            browser.open("/crm/#/notifications/outbox");
            browser.awaitText(By.cssSelector("[data-role=outbox]"), "amelie.poulain@exemple.fr");
            browser.awaitText(By.cssSelector("[data-role=outbox]"), "Notice dans le navigateur");
            WebElement row = browser.driver().findElement(By.xpath("//table[@data-role='outbox']//tr[contains(., 'Notice dans le navigateur')]"));
            assertEquals("QUEUED", row.getAttribute("data-state"));
            browser.screenshot("notifications-outbox");
            browser.driver().findElement(By.xpath("//li[contains(., 'shipping-notice')]/button")).click();
            browser.awaitText(By.cssSelector("[data-role=template-preview]"), "Votre commande CMD-2026-000042 est en route");
            browser.assertNoConsoleErrors();
        }
    }

    @Test
    public void aPortalCustomerAcceptsRemindersAndTheConsentIsTheirs() throws Exception {
        String bound = karaf.console("crm:portal-bind demo-customer " + amelie);
        assertFalse(bound, bound.toLowerCase().contains("error"));
        try (Browser browser = new Browser(karaf.httpPort(), 1280, 900)) {
            browser.open("/crm/portal/");
            browser.login("demo-customer", "demo-customer");
            WebElement consent = browser.await(By.cssSelector("[data-role=reminders-consent]"));
            assertFalse("nobody has consented until they say so", consent.isSelected());
            consent.click();
            Await.until("the consent saved", Duration.ofSeconds(20), () -> manager.get("/crm/api/notifications/consents/" + amelie)
                    .json().get("optedIn").asBoolean());
            assertEquals("portal", manager.get("/crm/api/notifications/consents/" + amelie).json().get("source").asText());
            browser.screenshot("portal-reminders");
            browser.assertNoConsoleErrors();
        }
    }
}
