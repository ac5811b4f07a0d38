package org.mosaiccrm.itests.reporting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.mosaiccrm.itests.support.TestVendor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reports as their users meet them: the catalog by role, a marketing report with exact figures, JSON and CSV
 * agreeing, parameters refused by name, sales figures following orders and cancellations, predictions and
 * cross-sell in a customer's view, scheduled CSV files, and reports leaving with their module.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ReportingIT extends ReportingTestSupport {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    public void aCatalogShowsEachRoleItsReportsAndCustomersNone() {
        List<String> marketing = names(as(TestUsers.MARKETING).get(API + "/reports").json());
        assertTrue(marketing.toString(), marketing.containsAll(List.of("leads.funnel", "leads.top-links", "contacts.demographics",
                "inventory.sales-by-region")));
        assertFalse("a sales rep's figures are for sales and managers", marketing.contains("inventory.sales-by-rep"));
        List<String> agent = names(as(TestUsers.AGENT).get(API + "/reports").json());
        assertFalse(agent.toString(), agent.contains("leads.funnel"));
        assertEquals("a report the caller may not run does not exist for them", 404,
                as(TestUsers.AGENT).get(API + "/reports/leads.funnel").status());
        assertEquals(403, as(TestUsers.CUSTOMER).get(API + "/reports").status());
        List<String> salesCards = names(as(TestUsers.SALES).get(API + "/reports?dashboard=sales").json());
        assertTrue(salesCards.toString(), salesCards.contains("inventory.sales-by-region"));
        assertFalse(salesCards.toString(), salesCards.contains("leads.funnel"));
        assertEquals("dashboard", as(TestUsers.SALES).get(API + "/reports?dashboard=weather").json().at("/errors/0/field").asText());
    }

    @Test
    public void aMarketingFunnelCountsClicksLeadsAndConversionsExactly() {
        String tag = tag();
        String campaign = "salon-" + tag.toLowerCase(), affiliateA = "blog-a-" + tag.toLowerCase(), affiliateB = "blog-b-" + tag.toLowerCase();
        String first = link(campaign, affiliateA), second = link(campaign, affiliateB);
        click(first);
        click(second);
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            leads.add(captured(first, "Durand" + tag + i));
        }
        captured(second, "Bérénger" + tag);
        convert(leads.get(0));

        JsonNode byCampaign = report(TestUsers.MARKETING, "leads.funnel", "by=campaign");
        assertEquals(List.of("key", "clicks", "leads", "conversions", "conversionRate"), columnNames(byCampaign));
        assertEquals("[\"" + campaign + "\",2,4,1,25.0]", row(byCampaign, campaign).toString());
        JsonNode byAffiliate = report(TestUsers.MARKETING, "leads.funnel", "by=affiliate");
        assertEquals("[\"" + affiliateA + "\",1,3,1,33.3]", row(byAffiliate, affiliateA).toString());
        assertEquals("[\"" + affiliateB + "\",1,1,0,0.0]", row(byAffiliate, affiliateB).toString());
        JsonNode links = report(TestUsers.MARKETING, "leads.top-links", "limit=1000");
        assertEquals("[\"" + first + "\",\"" + campaign + "\",\"" + affiliateA + "\",1,3,1,33.3]", row(links, first).toString());
        JsonNode lastYear = report(TestUsers.MARKETING, "leads.funnel", "by=campaign&from=2020-01-01&to=2020-12-31");
        assertNull("a period without them counts none of them", row(lastYear, campaign));
    }

    @Test
    public void bJsonAndCsvAgreeAndWrongParametersAreNamed() {
        JsonNode json = report(TestUsers.MARKETING, "leads.funnel", "by=affiliate&language=en");
        Reply csv = as(TestUsers.MARKETING).send("GET", API + "/reports/leads.funnel?by=affiliate&language=en", null, null,
                java.util.Map.of("Accept", "text/csv"));
        assertEquals(csv.toString(), 200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("Group,Clicks,Leads,Conversions,Conversion rate", lines[0]);
        assertEquals(json.get("rowCount").asInt(), lines.length - 1);
        for (int i = 0; i < json.get("rows").size(); i++) {
            List<String> cells = new ArrayList<>();
            json.get("rows").get(i).forEach(cell -> cells.add(cell.isNull() ? "" : cell.asText()));
            assertEquals(String.join(",", cells), lines[i + 1]);
        }
        Reply link = as(TestUsers.MARKETING).get(API + "/reports/leads.funnel?by=affiliate&language=en&format=csv");
        assertEquals("a link a browser follows gets the same file", csv.body(), link.body());

        Reply wrong = as(TestUsers.MARKETING).get(API + "/reports/leads.funnel?from=2026-02-30&by=weather&colour=red");
        assertEquals(wrong.toString(), 422, wrong.status());
        assertTrue(wrong.contentType().contains("problem+json"));
        List<String> fields = new ArrayList<>();
        wrong.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertEquals(List.of("colour", "from", "by"), fields);
        Reply backwards = as(TestUsers.MARKETING).get(API + "/reports/leads.funnel?from=2026-06-01&to=2026-05-01");
        assertEquals("to", backwards.json().at("/errors/0/field").asText());
        assertEquals(422, as(TestUsers.MARKETING).get(API + "/reports/leads.funnel?format=xml").status());
        Reply farFuture = as(TestUsers.MARKETING).get(API + "/reports/leads.funnel?to=%2B9999Y");
        assertEquals("a relative date out of range is refused before any row: " + farFuture.body(), 422, farFuture.status());
        assertEquals(422, as(TestUsers.MARKETING).get(API + "/reports/leads.funnel?by=a&by=b").status());
    }

    @Test
    public void cSalesFiguresFollowOrdersTheirCancellationAndARebuild() {
        String tag = tag(), region = "R" + tag, store = "M" + tag;
        location(store, region);
        product("CAFE-" + tag, "12.50");
        String customer = customer("Martin" + tag);
        Http sales = as(TestUsers.SALES);
        Reply first = sales.postJson(INVENTORY + "/orders", "{\"customerId\":\"" + customer + "\",\"location\":\"" + store
                + "\",\"lines\":[{\"sku\":\"CAFE-" + tag + "\",\"quantity\":4,\"discount\":0.10}]}");
        assertEquals(first.toString(), 201, first.status());
        Reply second = sales.postJson(INVENTORY + "/orders", "{\"customerId\":\"" + customer + "\",\"location\":\"" + store
                + "\",\"lines\":[{\"sku\":\"CAFE-" + tag + "\",\"quantity\":2}]}");
        assertEquals(second.toString(), 201, second.status());
        // the month the orders were placed in, in Paris (not the test's clock: a run at midnight on the 31st)
        String month = java.time.YearMonth.from(Instant.parse(second.json().get("placedAt").asText()).atZone(PARIS)).toString();
        // 4 × 12.50 less 10 % = 45.00, plus 2 × 12.50 = 25.00: 70.00 for 6 units (75.00 listed: 6.7 % discount)
        // (the test reads JSON numbers as doubles: 70.00 reads 70.0)
        assertEquals("[\"Région " + region + "\",\"" + month + "\",6,70.0,\"EUR\",11.67,6.7,2,35.0]",
                row(report(TestUsers.SALES, "inventory.sales-by-region", "region=" + region), "Région " + region).toString());
        Reply cancelled = sales.send("POST", INVENTORY + "/orders/" + first.json().get("id").asText() + "/status", "application/json",
                "{\"status\":\"CANCELLED\"}", java.util.Map.of("If-Match", "\"" + first.json().get("version").asLong() + "\""));
        assertEquals(cancelled.toString(), 200, cancelled.status());
        String afterCancel = row(report(TestUsers.SALES, "inventory.sales-by-region", "region=" + region), "Région " + region).toString();
        assertEquals("[\"Région " + region + "\",\"" + month + "\",2,25.0,\"EUR\",12.5,0.0,1,25.0]", afterCancel);
        Reply rebuilt = as(TestUsers.MANAGER).postJson(INVENTORY + "/sales-rollup/rebuild", "");
        assertEquals(rebuilt.toString(), 200, rebuilt.status());
        assertEquals("a rebuild from the orders finds what the orders kept", afterCancel,
                row(report(TestUsers.SALES, "inventory.sales-by-region", "region=" + region), "Région " + region).toString());
        JsonNode grid = report(TestUsers.MARKETING, "inventory.sales-by-product", "sku=CAFE-" + tag);
        assertEquals(1, grid.get("rowCount").asInt());
        assertEquals("a rep's order is taken on the phone unless it says otherwise", "PHONE", grid.at("/rows/0/4").asText());
    }

    @Test
    public void dPredictionsAndCrossSellAppearInTheCustomersView() throws Exception {
        String tag = tag(), store = "P" + tag;
        location(store, "P" + tag);
        String machine = product("MACH-" + tag, "300"), descaler = product("DETA-" + tag, "9.90"), coffee = product("GRAIN-" + tag, "15");
        Instant now = Instant.now();
        for (int i = 0; i < 6; i++) {
            String buyer = customer("Acheteur" + tag + i);
            pastOrder(buyer, machine, store, now.minus(Duration.ofDays(200 + i)), 1, "300");
            pastOrder(buyer, descaler, store, now.minus(Duration.ofDays(150 + i)), 1, "9.90");
        }
        String marie = customer("Marie" + tag);
        pastOrder(marie, machine, store, now.minus(Duration.ofDays(130)), 1, "300");
        for (int days : new int[] { 100, 70, 40, 10 }) {
            pastOrder(marie, coffee, store, now.minus(Duration.ofDays(days)), 2, "15");
        }
        Reply refreshed = as(TestUsers.MANAGER).postJson(API + "/models/refresh", "");
        assertEquals(refreshed.toString(), 200, refreshed.status());
        List<String> models = new ArrayList<>();
        refreshed.json().forEach(model -> {
            models.add(model.get("model").asText());
            assertTrue("each model says what it is measured against: " + model, model.hasNonNull("baseline"));
        });
        assertEquals(List.of("next-purchase", "next-purchase-date", "cross-sell", "churn"), models);
        assertEquals(403, as(TestUsers.SALES).postJson(API + "/models/refresh", "").status());

        JsonNode outlook = as(TestUsers.SALES).get(API + "/customers/" + marie + "/outlook").json();
        assertEquals(outlook.toString(), "GRAIN-" + tag, outlook.at("/nextPurchases/0/sku").asText());
        assertEquals(30, outlook.at("/nextPurchases/0/intervalDays").asInt());
        LocalDate lastCoffee = now.minus(Duration.ofDays(10)).atZone(PARIS).toLocalDate();
        assertEquals(lastCoffee.plusDays(30).toString(), outlook.at("/nextPurchases/0/expectedOn").asText());
        JsonNode rule = outlook.at("/crossSell/0");
        assertEquals(outlook.toString(), "DETA-" + tag, rule.get("thenSku").asText());
        assertEquals("MACH-" + tag, rule.get("ifSku").asText());
        assertEquals(6, rule.get("customers").asInt());
        assertEquals("6 of the 7 machine buyers bought the descaler", 0.857, rule.get("confidence").asDouble(), 0.0005);
        assertTrue(outlook.toString(), outlook.hasNonNull("churn"));
        assertFalse(outlook.at("/churn/factors").isEmpty());

        JsonNode view = as(TestUsers.SALES).get("/crm/api/contacts/customers/" + marie + "/view").json();
        assertEquals("the 360° view carries the same outlook", "GRAIN-" + tag, view.at("/sections/reporting/data/nextPurchases/0/sku").asText());
        assertEquals(404, as(TestUsers.SALES).get(API + "/customers/no-such-customer/outlook").status());
        // Marie in the portal: her own view, without the churn score and the rules the staff see
        String bound = console("crm:portal-bind " + TestUsers.CUSTOMER + " " + marie);
        assertTrue(bound, bound.contains(marie));
        JsonNode own = as(TestUsers.CUSTOMER).get("/crm/api/contacts/customers/" + marie + "/view").json();
        assertTrue(own.toString(), own.at("/sections/reporting/data").isMissingNode() || own.at("/sections/reporting/data").isNull());
        assertEquals(403, as(TestUsers.CUSTOMER).get(API + "/customers/" + marie + "/outlook").status());
    }

    @Test
    public void eAScheduledReportIsWrittenWholeAsCsv() throws Exception {
        Http manager = as(TestUsers.MANAGER);
        Reply scheduled = manager.postJson(API + "/schedules", "{\"report\":\"leads.funnel\",\"parameters\":{\"by\":\"affiliate\"},"
                + "\"frequency\":\"weekly\",\"language\":\"en\"}");
        assertEquals(scheduled.toString(), 201, scheduled.status());
        Instant next = Instant.parse(scheduled.json().get("nextRunAt").asText());
        assertEquals(java.time.DayOfWeek.MONDAY, next.atZone(PARIS).getDayOfWeek());
        assertEquals(2, next.atZone(PARIS).getHour());
        Reply run = manager.postJson(API + "/schedules/" + scheduled.json().get("id").asText() + "/run", "");
        assertEquals(run.toString(), 200, run.status());
        Path file = Path.of(run.json().get("lastFile").asText());
        String written = Files.readString(file);
        Reply csv = manager.get(API + "/reports/leads.funnel?by=affiliate&language=en&format=csv");
        assertEquals("the file is the report", csv.body(), written);
        assertFalse("no partial file is left", Files.exists(file.resolveSibling(file.getFileName() + ".part")));

        Reply wrong = manager.postJson(API + "/schedules", "{\"report\":\"leads.funnel\",\"parameters\":{\"by\":\"weather\"},\"frequency\":\"hourly\"}");
        assertEquals(wrong.toString(), 422, wrong.status());
        assertEquals("frequency", wrong.json().at("/errors/0/field").asText());
        Reply badParameter = manager.postJson(API + "/schedules", "{\"report\":\"leads.funnel\",\"parameters\":{\"by\":\"weather\"},\"frequency\":\"daily\"}");
        assertEquals("by", badParameter.json().at("/errors/0/field").asText());
        assertEquals(404, manager.postJson(API + "/schedules", "{\"report\":\"leads.nothing\",\"frequency\":\"daily\"}").status());
        assertEquals(403, as(TestUsers.SALES).get(API + "/schedules").status());
        assertEquals(204, manager.send("DELETE", API + "/schedules/" + scheduled.json().get("id").asText(), null, null).status());
    }

    @Test
    public void fTheConsoleListsRunsAndRefusesWithAnExitStatus() throws Exception {
        String list = console("crm:report-list --language en");
        assertTrue(list, list.contains("leads.funnel") && list.contains("Marketing funnel"));
        String table = console("crm:report-run --language en inventory.sales-by-region");
        assertTrue(table, table.startsWith("Region | Month | Units"));
        Scripted refused = ssh(TestUsers.SSH_ADMIN, "crm:report-run --param by=weather leads.funnel");
        assertEquals(refused.output(), 1, refused.exitStatus());
        assertTrue(refused.output(), refused.output().contains("by: must be one of"));
    }

    @Test
    public void yReportsLeaveWithTheirModulesLicenseAndComeBackWithIt() {
        assertEquals(200, installLicense(TestVendor.license("2030-01-01", "contacts", "leads", "reporting", "web")).status());
        awaitModuleState("inventory", "UNLICENSED");
        Await.until("inventory's reports to leave the catalog", Duration.ofSeconds(30),
                () -> names(as(TestUsers.MANAGER).get(API + "/reports").json()).stream().noneMatch(name -> name.startsWith("inventory.")));
        assertEquals(404, as(TestUsers.MANAGER).get(API + "/reports/inventory.sales-by-region").status());
        assertTrue(names(as(TestUsers.MANAGER).get(API + "/reports").json()).contains("leads.funnel"));
        assertEquals(200, installLicense(TestVendor.license("2030-01-01", "contacts", "leads", "inventory", "service", "reporting", "web"))
                .status());
        awaitModuleState("inventory", "ACTIVE");
        Await.until("inventory's reports to come back", Duration.ofSeconds(30),
                () -> names(as(TestUsers.MANAGER).get(API + "/reports").json()).contains("inventory.sales-by-region"));
    }

    @Test
    public void zReportsLeaveWithTheirModuleAndComeBackWithIt() {
        String output = console("feature:uninstall crm-leads");
        assertFalse(output, output.contains("Error"));
        Await.until("leads' reports to leave the catalog", Duration.ofSeconds(30),
                () -> names(as(TestUsers.MARKETING).get(API + "/reports").json()).stream().noneMatch(name -> name.startsWith("leads.")));
        assertEquals(404, as(TestUsers.MARKETING).get(API + "/reports/leads.funnel").status());
        assertTrue("the other modules' reports stay", names(as(TestUsers.MARKETING).get(API + "/reports").json())
                .contains("contacts.demographics"));
        output = console("feature:install crm-leads");
        assertFalse(output, output.contains("Error"));
        awaitModuleState("leads", "ACTIVE");
        Await.until("leads' reports to come back", Duration.ofSeconds(30),
                () -> names(as(TestUsers.MARKETING).get(API + "/reports").json()).contains("leads.funnel"));
    }

    private static List<String> names(JsonNode catalog) {
        List<String> names = new ArrayList<>();
        catalog.forEach(report -> names.add(report.get("name").asText()));
        return names;
    }

    private static List<String> columnNames(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.get("columns").forEach(column -> names.add(column.get("name").asText()));
        return names;
    }

    /** Typos in etc/org.mosaiccrm.reporting.cfg: refused as a whole, reporting goes on with what it had. */
    @Test
    public void gABrokenReportingConfigurationIsRefusedAndReportingRunsOnItsLastGoodOne() throws Exception {
        withConfiguration("org.mosaiccrm.reporting", java.util.Map.of("zone", "Mars/Olympus", "zoen", "Europe/Paris"), () -> {
            org.mosaiccrm.itests.support.Await.until("the refusal to be reported", Duration.ofSeconds(20),
                    () -> moduleWarnings("reporting").contains("org.mosaiccrm.reporting refused"));
            assertEquals("ACTIVE", moduleState("reporting"));
            String warnings = moduleWarnings("reporting");
            assertTrue(warnings, warnings.contains("zone:") && warnings.contains("Mars/Olympus"));
            assertTrue(warnings, warnings.contains("zoen: is not a setting of org.mosaiccrm.reporting"));
            assertEquals("still serving", 200, as(org.mosaiccrm.itests.support.TestUsers.MANAGER).get("/crm/api/reporting/reports").status());
        });
        org.mosaiccrm.itests.support.Await.until("the refusal to end", Duration.ofSeconds(20),
                () -> !moduleWarnings("reporting").contains("refused"));
    }

}
