package org.mosaiccrm.itests.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.Http;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.KarafProcess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Crash durability (issue 7): writers create customers over REST and note every id the CRM
 * acknowledged (201); Karaf is killed with {@code kill -9} at a random moment and started again;
 * every acknowledged customer must be there, whole (its contact point with it), and no customer of
 * the cycle may be half-written. {@code bench.crashes} cycles (20).
 */
public class CrashBench {

    private static final int CRASHES = Integer.getInteger("bench.crashes", 20);
    private static final Path WORK = Path.of("target", "bench", "crash");

    @Test
    public void nothingAcknowledgedIsLostToKillDashNine() throws Exception {
        ContactsBench.deleteTree(WORK);
        BenchReport report = new BenchReport("Crash durability");
        Random random = new Random(7);
        long acknowledged = 0;
        long lost = 0;
        long halfWritten = 0;
        List<String> details = new ArrayList<>();
        try (KarafProcess karaf = KarafProcess.unpack(WORK)) {
            Http sales = karaf.http().as("demo-sales", "demo-sales");
            for (int cycle = 1; cycle <= CRASHES; cycle++) {
                start(karaf, sales);
                String tag = "crash" + cycle + "x" + System.nanoTime();
                ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
                AtomicBoolean writing = new AtomicBoolean(true);
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    int writer = w;
                    Thread thread = new Thread(() -> {
                        for (int i = 0; writing.get(); i++) {
                            try {
                                Reply reply = sales.postJson(Customers.PATH, "{\"kind\":\"PERSON\",\"lastName\":\"W" + writer + "n" + i
                                        + "\",\"tags\":[\"" + tag + "\"],\"contactPoints\":[{\"type\":\"EMAIL\",\"value\":\"w" + writer
                                        + "." + i + "." + tag + "@example.org\"}]}");
                                if (reply.status() == 201) {
                                    acked.add(reply.json().get("id").asText());
                                }
                            } catch (RuntimeException connectionGone) {
                                return;
                            }
                        }
                    });
                    thread.start();
                    writers.add(thread);
                }
                Thread.sleep(500 + random.nextInt(2500)); // a random moment in the middle of the writes
                karaf.kill();
                writing.set(false);
                for (Thread writer : writers) {
                    writer.join();
                }
                start(karaf, sales);
                acknowledged += acked.size();
                for (String id : acked) {
                    Reply customer = sales.get(Customers.PATH + "/" + id);
                    if (customer.status() != 200) {
                        lost++;
                        details.add("cycle " + cycle + ": " + id + " answered " + customer.status());
                    }
                }
                for (JsonNode customer : all(sales, tag)) {
                    if (customer.get("contactPoints").size() != 1) {
                        halfWritten++;
                        details.add("cycle " + cycle + ": " + customer.get("id").asText() + " has "
                                + customer.get("contactPoints").size() + " contact points");
                    }
                }
                karaf.stop(Duration.ofMinutes(1));
            }
        }
        report.add(CRASHES + " × kill -9 while 4 clients create customers: acknowledged / lost / half-written",
                acknowledged + " / " + lost + " / " + halfWritten, "-", "-", "0 lost, 0 half-written", lost == 0 && halfWritten == 0);
        details.stream().limit(20).forEach(report::note);
        report.publish();
    }

    private static void start(KarafProcess karaf, Http sales) throws Exception {
        karaf.start();
        karaf.awaitUp(Duration.ofMinutes(3));
        Await.until("contacts to answer", Duration.ofMinutes(1), () -> sales.get(Customers.PATH + "?limit=1").status() == 200);
    }

    private static List<JsonNode> all(Http sales, String tag) {
        List<JsonNode> customers = new ArrayList<>();
        for (int offset = 0;; offset += 500) {
            JsonNode page = sales.get(Customers.PATH + "?tag=" + tag + "&limit=500&offset=" + offset).json();
            page.forEach(customers::add);
            if (page.size() < 500) {
                return customers;
            }
        }
    }
}
