package org.mosaiccrm.itests.kernel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.Test;
import org.mosaiccrm.itests.support.KarafProcess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs the distribution as a process, stops it with bin/stop and starts it again: what was written
 * to the embedded Derby database on the first boot is still there, and Derby logs under data/log.
 */
public class RestartIT {

    private static final Duration BOOT = Duration.ofSeconds(90);

    @Test
    public void dataWrittenBeforeARestartIsStillThereAfterIt() throws Exception {
        Path work = Files.createDirectories(Path.of("target/process/restart-" + System.nanoTime()));
        try (KarafProcess karaf = KarafProcess.unpack(work)) {
            karaf.start();
            karaf.awaitUp(BOOT);
            JsonNode first = installedHealth(karaf);
            String installation = first.at("/installation/id").asText();
            assertFalse("an installation id on first boot: " + first, installation.isEmpty());

            // an import job the stop cuts short is still there afterwards, saying what it stored
            StringBuilder csv = new StringBuilder("First Name,Last Name,E-mail Address\n");
            for (int i = 0; i < 30_000; i++) {
                csv.append("Rose,Valland").append(i).append(",rose").append(i).append("@restart.example.org\n");
            }
            var sales = karaf.http().as("demo-sales", "demo-sales");
            var submitted = sales.send("POST", "/crm/api/contacts/import-jobs", "text/csv", csv.toString());
            assertEquals(submitted.toString(), 202, submitted.status());
            String job = submitted.json().get("id").asText();

            karaf.stop(Duration.ofSeconds(60));
            karaf.start();
            karaf.awaitUp(BOOT);
            // right after the boot the module's application may still be rebuilt for a moment (503 + Retry-After)
            var answer = new org.mosaiccrm.itests.support.Http.Reply[1];
            org.mosaiccrm.itests.support.Await.until("the import job's status", BOOT, () -> {
                answer[0] = sales.get("/crm/api/contacts/import-jobs/" + job);
                return answer[0].status() != 503;
            });
            var after = answer[0];
            assertEquals("the job outlives the restart: " + after, 200, after.status());
            String state = after.json().get("state").asText();
            assertTrue(after.body(), state.equals("INTERRUPTED") || state.equals("DONE"));
            if (state.equals("INTERRUPTED")) {
                assertTrue(after.body(), after.json().get("error").asText().contains("rows reported done are stored"));
            }
            assertEquals("another user does not see it", 404,
                    karaf.http().as("demo-manager", "demo-manager").get("/crm/api/contacts/import-jobs/" + job).status());

            JsonNode second = installedHealth(karaf);
            assertEquals("the installation recorded in Derby survives the restart",
                    installation, second.at("/installation/id").asText());
            assertEquals(first.at("/installation/installedAt").asText(), second.at("/installation/installedAt").asText());
            assertTrue(Files.isRegularFile(karaf.home().resolve("data/log/derby.log")));
            assertFalse("no derby.log in the working directory", Files.exists(karaf.home().resolve("derby.log")));
        }
    }

    /** Health's own answer: right after boot a 503 problem may come from the application being rebuilt. */
    private static JsonNode installedHealth(KarafProcess karaf) {
        JsonNode[] health = new JsonNode[1];
        org.mosaiccrm.itests.support.Await.until("health with the installation", BOOT, () -> {
            var reply = karaf.http().as("demo-admin", "demo-admin").get("/crm/api/health");
            health[0] = reply.status() == 200 ? reply.json() : null;
            return health[0] != null && health[0].has("installation");
        });
        return health[0];
    }
}
