package org.mosaiccrm.itests.bench;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Browser;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.KarafProcess;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the desktop adds to its API calls, in a real browser (Debian's headless Chromium) at
 * {@code bench.customers} customers (1M by default): the desktop ready after a page load, a customer's
 * 360° view shown after a click, the screen pop shown after a call is posted — each next to the same
 * API calls made alone, in the same run. The page's own marks (crm:navigation, crm:screen-shown,
 * crm:desktop-ready, see desktop.js) time it from inside the browser.
 */
public class WebBench {

    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000_000);
    private static final int ROUNDS = 25;
    private static final Path WORK = Path.of("target", "bench", "web");

    @Test
    public void theDesktopAddsLittleToItsApiCalls() throws Exception {
        ContactsBench.deleteTree(WORK);
        CustomerFile file = CustomerFile.write(WORK.resolve("customers.csv"), CUSTOMERS);
        BenchReport report = new BenchReport("Web desktop at " + CUSTOMERS + " customers");
        try (KarafProcess karaf = KarafProcess.unpack(WORK)) {
            karaf.start();
            karaf.awaitUp(Duration.ofMinutes(3));
            Http agent = karaf.http().as("demo-agent", "demo-agent");
            Await.until("contacts and the desktop", Duration.ofMinutes(2), () -> agent.get("/crm/api/web/desktop").status() == 200
                    && agent.get("/crm/api/contacts/customers?limit=1").status() == 200);
            Http admin = karaf.http().as("demo-admin", "demo-admin");
            Reply job = admin.upload("/crm/api/contacts/import-jobs", "text/csv", file.file);
            assertEquals(job.toString(), 202, job.status());
            String status = "/crm/api/contacts/import-jobs/" + job.json().get("id").asText();
            Await.until("the import", Duration.ofHours(3), () -> "DONE".equals(admin.get(status).json().path("state").asText()));
            List<String> ids = new ArrayList<>();
            for (JsonNode customer : agent.get("/crm/api/contacts/customers?limit=" + ROUNDS + "&offset=" + CUSTOMERS / 2).json()) {
                ids.add(customer.get("id").asText());
            }

            try (Browser browser = new Browser(karaf.httpPort(), 1280, 900)) {
                browser.open("/crm/");
                browser.login("demo-agent", "demo-agent");
                browser.await(By.cssSelector("a[data-screen='contacts/customers']"));

                double[] ready = new double[ROUNDS];
                for (int i = 0; i < ROUNDS; i++) {
                    browser.open("/crm/");
                    ready[i] = ((Number) browser.script("const done = arguments[0];"
                            + "const poll = () => { const m = performance.getEntriesByName('crm:desktop-ready');"
                            + " if (m.length) done(m[0].startTime); else setTimeout(poll, 2); }; poll();")).doubleValue();
                }
                double[] readyApi = timed(ROUNDS, i -> agent.get("/crm/api/session").status() + agent.get("/crm/api/web/desktop").status());
                line(report, "desktop ready after a page load (HTML, scripts, session, screens), ms", ready, readyApi,
                        "GET session + GET web/desktop");

                double[] view = new double[ROUNDS];
                for (int i = 0; i < ROUNDS; i++) {
                    view[i] = ((Number) browser.script("const [id, done] = arguments; performance.clearMarks();"
                            + "location.hash = '#/contacts/customers/' + id;"
                            + "const poll = () => { const shown = performance.getEntriesByName('crm:screen-shown');"
                            + " if (shown.length) done(shown[0].startTime - performance.getEntriesByName('crm:navigation')[0].startTime);"
                            + " else setTimeout(poll, 2); }; poll();", ids.get(i))).doubleValue();
                }
                double[] viewApi = timed(ROUNDS, i -> agent.get("/crm/api/web/desktop").status()
                        + agent.get("/crm/api/contacts/customers/" + ids.get(i) + "/view").status());
                line(report, "360° view shown after a click, ms", view, viewApi, "GET web/desktop + GET customers/{id}/view");

                browser.open("/crm/");
                Await.until("the call stream", Duration.ofSeconds(15),
                        () -> "open".equals(browser.driver().findElement(By.tagName("body")).getAttribute("data-call-stream")));
                double[] pop = new double[10];
                for (int i = 0; i < pop.length; i++) {
                    String phone = file.samples.get(i).phone();
                    browser.script("performance.clearMarks(); arguments[0]();");
                    long posted = System.nanoTime();
                    admin.postJson("/crm/api/contacts/calls", "{\"from\":\"" + phone + "\",\"agent\":\"demo-agent\"}");
                    browser.script("const done = arguments[0];"
                            + "const poll = () => { if (performance.getEntriesByName('crm:screen-shown').length) done(); else setTimeout(poll, 2); };"
                            + " poll();");
                    pop[i] = (System.nanoTime() - posted) / 1e6;
                }
                double[] popApi = timed(10, i -> admin.postJson("/crm/api/contacts/calls", "{\"from\":\"" + file.samples.get(i).phone()
                        + "\"}").status() + agent.get("/crm/api/contacts/screenpop?phone=" + java.net.URLEncoder.encode(
                        file.samples.get(i).phone(), java.nio.charset.StandardCharsets.UTF_8)).status());
                report.add("screen pop shown after the call is posted, ms (p50 / max)", BenchReport.f("%.0f / %.0f", median(pop), max(pop)),
                        BenchReport.f("%.0f POST call + GET screenpop", median(popApi)), BenchReport.f("+%.0f ms", median(pop) - median(popApi)),
                        "≤ 1000 ms", max(pop) <= 1000);
            }
        }
        report.publish();
    }

    private static void line(BenchReport report, String what, double[] page, double[] api, String calls) {
        double added = median(page) - median(api);
        report.add(what + " (p50 / max)", BenchReport.f("%.0f / %.0f", median(page), max(page)),
                BenchReport.f("%.1f %s", median(api), calls), BenchReport.f("+%.0f ms", added), "page adds ≤ 100 ms", added <= 100);
    }

    private interface Call {
        int run(int i) throws Exception;
    }

    private static double[] timed(int rounds, Call call) throws Exception {
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.run(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
