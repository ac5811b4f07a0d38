package org.mosaiccrm.itests.bench;

import static org.junit.Assert.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.KarafProcess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Contacts at scale (issue 5), on the real distribution started as an administrator starts it:
 * generates {@code bench.customers} (1,000,000) realistic customers, and prints each figure next to
 * its floor measured in the same run — the CSV import (normalization and duplicate checks included)
 * next to raw JDBC batch inserts into the same Derby, the screen pop next to health, a name search.
 * Run with {@code ./mvnw verify -Pbench -pl itests} (see docs/benchmarks.md).
 */
public class ContactsBench {

    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000_000);
    private static final Path WORK = Path.of("target", "bench", "contacts");

    @Test
    public void contactsAtScale() throws Exception {
        deleteTree(WORK);
        long generating = System.nanoTime();
        CustomerFile file = CustomerFile.write(WORK.resolve("customers.csv"), CUSTOMERS);
        BenchReport report = new BenchReport("Contacts at " + CUSTOMERS + " customers");
        report.note("Derby settings of the CRM, used by the floor too: see etc/system.properties (derby.storage.*)");
        report.note(BenchReport.f("%d customers generated in %.0f s (%d MB of CSV)", CUSTOMERS,
                (System.nanoTime() - generating) / 1e9, Files.size(file.file) >> 20));
        try (KarafProcess karaf = KarafProcess.unpack(WORK)) {
            Http sales = karaf.http().as("demo-sales", "demo-sales");
            start(karaf, sales);
            karaf.stop(Duration.ofMinutes(2));

            Path copy = WORK.resolve("floor-db");
            copyTree(karaf.home().resolve("data/derby/crm"), copy);
            RawJdbcFloor.Figures floor = RawJdbcFloor.insert(copy, CUSTOMERS, derbySettings(karaf.home()));
            deleteTree(copy);

            start(karaf, sales);
            importFile(karaf, sales, file, floor, report);
            lookups(karaf, sales, file, report);
        }
        report.publish();
    }

    /** Started, and contacts answering (its tables created): health alone comes up before the modules. */
    private static void start(KarafProcess karaf, Http sales) throws java.io.IOException {
        karaf.start();
        karaf.awaitUp(Duration.ofMinutes(3));
        Await.until("the contacts module to answer", Duration.ofMinutes(1),
                () -> sales.get("/crm/api/contacts/customers?limit=1").status() == 200);
    }

    private static void importFile(KarafProcess karaf, Http sales, CustomerFile file, RawJdbcFloor.Figures floor,
                                   BenchReport report) throws Exception {
        long start = System.nanoTime();
        Reply submitted = sales.upload("/crm/api/contacts/import-jobs", "text/csv", file.file);
        assertEquals(submitted.toString(), 202, submitted.status());
        String job = "/crm/api/contacts/import-jobs/" + submitted.json().get("id").asText();
        long tenth = CUSTOMERS / 10;
        long[] marks = new long[2]; // when the first tenth was done, when nine tenths were
        JsonNode done = Await.value("the import of " + CUSTOMERS + " customers", Duration.ofHours(3), () -> {
            JsonNode status = sales.get(job).json();
            long rows = status.get("rowsDone").asLong();
            if (marks[0] == 0 && rows >= tenth) {
                marks[0] = System.nanoTime();
            }
            if (marks[1] == 0 && rows >= CUSTOMERS - tenth) {
                marks[1] = System.nanoTime();
            }
            return status.get("state").asText().matches("DONE|FAILED") ? status : null;
        });
        long end = System.nanoTime();
        assertEquals(done.toString(), "DONE", done.get("state").asText());
        assertEquals(done.toString(), CUSTOMERS, done.at("/report/created").asLong());
        double rate = CUSTOMERS / ((end - start) / 1e9);
        report.add("CSV import, rows/s (upload, normalization, duplicate checks, audit)", BenchReport.f("%.0f", rate),
                BenchReport.f("%.0f raw JDBC batch", floor.rowsPerSecond()), BenchReport.f("%.2f×", rate / floor.rowsPerSecond()),
                "≥ 0.8× (stretch 1.5×)", rate >= 0.8 * floor.rowsPerSecond());
        double ours = ((end - marks[1]) / 1e9) / ((marks[0] - start) / 1e9);
        double theirs = floor.lastTenthSeconds() / floor.firstTenthSeconds();
        report.add("import: last tenth's time / first tenth's", BenchReport.f("%.2f", ours), BenchReport.f("%.2f raw JDBC", theirs),
                BenchReport.f("%.2f×", ours / theirs), "≤ 1.0× (no slowdown of our own)", ours <= theirs);
    }

    private static void lookups(KarafProcess karaf, Http sales, CustomerFile file, BenchReport report) throws Exception {
        Http agent = karaf.http().as("demo-agent", "demo-agent");
        Http anonymous = karaf.http();
        List<CustomerFile.Sample> samples = file.samples;
        String popped = agent.get(screenPop(samples.get(0))).body();
        report.note("a screen pop answers " + popped.length() + " bytes: " + popped.substring(0, Math.min(120, popped.length())) + "…");
        for (int clients : new int[] { 1, 20 }) {
            int each = clients == 1 ? 2000 : 200;
            Latency.Figures pop = Latency.measure(agent, clients, each, i -> screenPop(samples.get(i % samples.size())));
            Latency.Figures health = Latency.measure(anonymous, clients, each, i -> "/crm/api/health");
            report.add("screen pop, " + clients + " client(s), p50 / p99 ms", BenchReport.f("%.2f / %.2f", pop.p50(), pop.p99()),
                    BenchReport.f("health %.2f / %.2f", health.p50(), health.p99()), BenchReport.f("p99 %.2f×", pop.p99() / health.p99()),
                    clients == 1 ? "p50 ≤ 2 ms" : "p99 ≤ 2× health's",
                    clients == 1 ? pop.p50() <= 2 : pop.p99() <= 2 * health.p99());
            report.note(BenchReport.f("%d client(s): screen pop %.0f req/s (%d errors), health %.0f req/s", clients,
                    pop.perSecond(), pop.errors(), health.perSecond()));
        }
        Latency.Figures search = Latency.measure(sales, 1, 1000, i -> "/crm/api/contacts/customers?limit=50&name="
                + URLEncoder.encode(samples.get(i % samples.size()).namePrefix(), StandardCharsets.UTF_8));
        report.add("search by name prefix (\"marie ber\"), 50 rows + total, p50 / p95 ms", BenchReport.f("%.2f / %.2f", search.p50(), search.p95()),
                "-", "-", "p95 ≤ 5 ms", search.p95() <= 5);
    }

    private static String screenPop(CustomerFile.Sample sample) {
        return "/crm/api/contacts/screenpop?phone=" + URLEncoder.encode(sample.phone(), StandardCharsets.UTF_8);
    }

    /** The {@code derby.*} settings of the distribution's {@code etc/system.properties}. */
    static java.util.Map<String, String> derbySettings(Path home) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newInputStream(home.resolve("etc/system.properties"))) {
            properties.load(in);
        }
        java.util.Map<String, String> derby = new java.util.TreeMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("derby.storage."))
                .forEach(name -> derby.put(name, properties.getProperty(name)));
        return derby;
    }

    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    static void deleteTree(Path root) throws java.io.IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
