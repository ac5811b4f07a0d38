package org.mosaiccrm.itests.licensing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmContainer;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestPacks;
import org.mosaiccrm.itests.support.TestVendor;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;

/**
 * Signed licenses gate a module live: a test vendor key is trusted at runtime, licenses are signed
 * with the product's own code, and a small test module (notes) plays the licensed pack.
 */
public class LicensingIT extends CrmTestSupport {

    private static final Duration LIVE = Duration.ofSeconds(20);

    @Override
    @Configuration
    public Option[] configuration() {
        return CrmContainer.withNotesPack();
    }

    @Test
    public void aLicenseGatesTheModuleLiveAndABadOneChangesNothing() throws Exception {
        awaitKernel();
        installNotesBundle();
        assertEquals(200, install(license("2030-01-01", "contacts")).status());
        awaitState("notes", "UNLICENSED");

        Reply dormant = admin().get("/crm/api/notes");
        assertEquals(dormant.toString(), 403, dormant.status());
        assertTrue(dormant.isProblem());
        assertTrue(dormant.body(), dormant.json().get("detail").asText().contains("'notes'"));
        assertTrue(dormant.body(), dormant.json().get("detail").asText().contains("does not include 'notes'"));
        assertEquals("a module that is not installed is a plain 404", 404, admin().get("/crm/api/astrology/charts").status());
        assertFalse("no commands or endpoints while dormant", console("crm:modules").contains("ACTIVE        | waiting"));

        Map<Long, Integer> statesBefore = bundleStates();
        List<String> refreshes = watchRefreshes();
        byte[] withNotes = license("2030-01-01", "contacts", "notes");
        Reply installed = install(withNotes);
        assertEquals(installed.toString(), 200, installed.status());
        assertEquals("VALID", installed.json().get("state").asText());
        awaitState("notes", "ACTIVE");
        String note = "call ACME back " + System.nanoTime();
        assertEquals(200, admin().send("POST", "/crm/api/notes?customer=C-1", "text/plain", note).status());
        assertTrue(admin().get("/crm/api/notes").body().contains(note));
        assertEquals("no bundle stopped, refreshed or updated by a license change", List.of(), refreshes);
        assertEquals("the same bundles in the same states", statesBefore, bundleStates());

        String inForce = admin().get("/crm/api/system/license").json().get("licenseId").asText();
        String tampered = new String(withNotes, StandardCharsets.UTF_8).replace("Integration Tests", "Integration Pests");
        Reply refused = admin().send("PUT", "/crm/api/system/license", "application/json", tampered);
        assertEquals(refused.toString(), 422, refused.status());
        assertTrue(refused.body(), refused.json().at("/errors/0/message").asText().contains("altered"));
        assertEquals("the license in force stays", inForce, admin().get("/crm/api/system/license").json().get("licenseId").asText());
        assertEquals("ACTIVE", state("notes"));

        Path licenseFile = Path.of(System.getProperty("karaf.etc"), "mosaic-crm.license");
        Files.write(licenseFile, license("2030-01-01", "contacts"));
        awaitState("notes", "UNLICENSED");
        assertEquals(403, admin().get("/crm/api/notes").status());
        Files.write(licenseFile, license("2030-01-01", "contacts", "notes"));
        awaitState("notes", "ACTIVE");
        assertTrue("the module's data is untouched by being unlicensed", admin().get("/crm/api/notes").body().contains(note));

        String goodId = admin().get("/crm/api/system/license").json().get("licenseId").asText();
        Files.writeString(licenseFile, "this is not a license");
        Await.until("the bad file to be reported", LIVE, () -> admin().get("/crm/api/health").body().contains("was refused"));
        assertEquals(goodId, admin().get("/crm/api/system/license").json().get("licenseId").asText());
        assertEquals("ACTIVE", state("notes"));
        Files.write(licenseFile, license("2030-01-01", "contacts", "notes"));

        String shown = console("crm:license");
        assertTrue(shown, shown.contains("Licensee:   Integration Tests"));
        assertTrue(shown, shown.contains("contacts, notes"));
        assertTrue(console("crm:license-install /no/such/file").contains("no such file"));
        Path bad = Files.createTempFile("tampered", ".license");
        Files.writeString(bad, tampered);
        String rejected = console("crm:license-install " + bad);
        assertTrue(rejected, rejected.contains("License not installed") && rejected.contains("altered"));
    }

    @Test
    public void atExpiryTheModuleGoesDormantAndItsDataWaitsForTheRenewal() throws Exception {
        awaitKernel();
        installNotesBundle();
        String expires = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS).toString();
        assertEquals(200, install(license(expires, "contacts", "notes")).status());
        awaitState("notes", "ACTIVE");
        String note = "renew the contract " + System.nanoTime();
        assertEquals(200, admin().send("POST", "/crm/api/notes?customer=C-1", "text/plain", note).status());

        awaitState("notes", "EXPIRED");
        Reply expired = admin().get("/crm/api/notes");
        assertEquals(403, expired.status());
        assertTrue(expired.body(), expired.json().get("detail").asText().contains("expired"));
        assertEquals("EXPIRED", admin().get("/crm/api/system/license").json().get("state").asText());
        assertTrue(console("crm:modules").contains("EXPIRED"));

        assertEquals(200, install(license("2030-01-01", "contacts", "notes")).status());
        awaitState("notes", "ACTIVE");
        assertTrue("data written before expiry is back", admin().get("/crm/api/notes").body().contains(note));
    }

    @Test
    public void aKarDroppedIntoDeployComesUpWhenLicensed() throws Exception {
        awaitKernel();
        for (Bundle bundle : notesBundles()) {
            bundle.uninstall();
        }
        Await.until("the notes module to be gone", LIVE, () -> admin().get("/crm/api/system/modules/notes").status() == 404);
        assertEquals(200, install(license("2030-01-01", "contacts", "notes")).status());

        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "crm-notes.kar");
        Files.copy(Path.of(System.getProperty(TestPacks.NOTES_KAR_PROPERTY)), deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            Await.until("the pack from deploy/ to be ACTIVE", Duration.ofSeconds(60),
                    () -> "ACTIVE".equals(state("notes")));
            // ACTIVE is the module's state; its resources join the application a moment later (a 503 with Retry-After)
            assertEquals(200, settledGet("/crm/api/notes").status());
            assertTrue(console("feature:list -i").contains("crm-notes"));
        } finally {
            Files.delete(deployed);
            Await.until("the pack to be removed with its KAR", Duration.ofSeconds(60), () -> notesBundles().isEmpty());
        }
    }

    private static byte[] license(String expires, String... features) {
        return TestVendor.license(expires, features);
    }

    private Reply install(byte[] license) {
        return installLicense(license);
    }

    private String state(String module) {
        return moduleState(module);
    }

    private void awaitState(String module, String expected) {
        awaitModuleState(module, expected);
    }

    private Map<Long, Integer> bundleStates() {
        Map<Long, Integer> states = new TreeMap<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            states.put(bundle.getBundleId(), bundle.getState());
        }
        return states;
    }

    /** Records every bundle stop, update or unresolve and every package refresh from now on. */
    private List<String> watchRefreshes() {
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        bundleContext.addBundleListener((BundleListener) event -> {
            int type = event.getType();
            if (type == BundleEvent.STOPPED || type == BundleEvent.UPDATED || type == BundleEvent.UNRESOLVED) {
                seen.add(event.getBundle().getSymbolicName() + " event " + type);
            }
        });
        bundleContext.addFrameworkListener((FrameworkListener) event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                seen.add("packages refreshed");
            }
        });
        return seen;
    }
}
