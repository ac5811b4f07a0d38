package org.mosaiccrm.licensing.tool;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.Before;
import org.junit.Test;

/** The vendor's tool as a vendor scripts it: exit codes and what it prints. */
public class LicenseToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final LicenseTool tool = new LicenseTool(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    private Path dir;

    @Before
    public void keys() throws Exception {
        dir = Files.createTempDirectory("crm-license");
        assertEquals(0, tool.run("keygen", "--out", dir.resolve("keys").toString()));
    }

    @Test
    public void signThenInspectWithTheVendorKey() {
        String license = dir.resolve("acme.license").toString();
        assertEquals(err.toString(), 0, tool.run("sign", "--key", dir.resolve("keys/vendor.key").toString(),
                "--licensee", "ACME Corp", "--features", "contacts,leads", "--expires", "2027-11-21", "--seats", "25",
                "--out", license));
        assertEquals(err.toString(), 0, tool.run("inspect", license, "--pub", dir.resolve("keys/vendor.pub").toString()));
        String printed = out.toString();
        assertTrue(printed, printed.contains("Licensee:   ACME Corp"));
        assertTrue(printed, printed.contains("Features:   contacts, leads"));
        assertTrue(printed, printed.contains("Signature:  valid"));
        assertTrue(printed, printed.contains("Status:     valid"));
    }

    @Test
    public void inspectSaysWhatIsWrongAndExitsNonZero() throws Exception {
        Path license = dir.resolve("acme.license");
        tool.run("sign", "--key", dir.resolve("keys/vendor.key").toString(), "--licensee", "ACME", "--features",
                "contacts", "--expires", "2027-11-21", "--out", license.toString());
        Files.writeString(license, Files.readString(license).replace("ACME", "ACNE"));
        assertEquals(1, tool.run("inspect", license.toString(), "--pub", dir.resolve("keys/vendor.pub").toString()));
        assertTrue(err.toString(), err.toString().contains("INVALID: the signature does not match"));
    }

    @Test
    public void anExpiredLicenseIsReportedEvenWithoutTheKey() {
        String license = dir.resolve("old.license").toString();
        assertEquals(err.toString(), 0, tool.run("sign", "--key", dir.resolve("keys/vendor.key").toString(), "--licensee",
                "ACME", "--features", "contacts", "--expires", "2026-12-31", "--not-before", "2025-01-01", "--out", license));
        LicenseTool later = new LicenseTool(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.fixed(Instant.parse("2027-02-01T10:00:00Z"), ZoneOffset.UTC));
        assertEquals(1, later.run("inspect", license));
        assertTrue(err.toString(), err.toString().contains("INVALID: expired"));
    }

    @Test
    public void signingRefusesWhatTheCustomersCrmWouldRefuse() {
        String key = dir.resolve("keys/vendor.key").toString();
        String license = dir.resolve("typo.license").toString();
        assertEquals("a misspelt pack", 2, tool.run("sign", "--key", key, "--licensee", "ACME", "--features", "contacts,lead",
                "--expires", "2027-11-21", "--out", license));
        assertTrue(err.toString(), err.toString().contains("'lead' is not a pack of the product"));
        assertEquals("an expiry in the past", 2, tool.run("sign", "--key", key, "--licensee", "ACME", "--features", "contacts",
                "--expires", "2020-01-01", "--out", license));
        assertEquals("not-before after expires", 2, tool.run("sign", "--key", key, "--licensee", "ACME", "--features",
                "contacts", "--expires", "2027-01-01", "--not-before", "2027-06-01", "--out", license));
        assertFalse("nothing was written", Files.exists(Path.of(license)));
        assertEquals("a declared third-party pack is fine", 0, tool.run("sign", "--key", key, "--licensee", "ACME",
                "--features", "contacts,warranty", "--extra-features", "warranty", "--expires", "2027-11-21", "--out", license));
    }

    @Test
    public void inspectingWithoutTheKeySaysNotVerifiedAndExitsThree() {
        String license = dir.resolve("acme.license").toString();
        tool.run("sign", "--key", dir.resolve("keys/vendor.key").toString(), "--licensee", "ACME", "--features",
                "contacts", "--expires", "2027-11-21", "--out", license);
        assertEquals(3, tool.run("inspect", license));
        assertTrue(out.toString(), out.toString().contains("Signature:  NOT VERIFIED"));
        assertFalse(out.toString(), out.toString().contains("Status:     valid"));
    }

    @Test
    public void aWrongCommandLineExitsWithTwoAndTheHelp() {
        assertEquals(2, tool.run("sign", "--key", "x", "--features", "contacts"));
        assertTrue(err.toString(), err.toString().contains("Usage: crm-license sign"));
        assertEquals(2, tool.run("sign", "--key", dir.resolve("keys/vendor.key").toString(), "--licensee", "A",
                "--features", "contacts", "--expires", "soon", "--out", dir.resolve("x").toString()));
        assertTrue(err.toString(), err.toString().contains("--expires must be"));
        assertEquals(2, tool.run("frobnicate"));
    }

    @Test
    public void everyCommandHasHelp() {
        assertEquals(0, tool.run("keygen", "--help"));
        assertEquals(0, tool.run("sign", "--help"));
        assertEquals(0, tool.run("inspect", "--help"));
        assertTrue(out.toString().contains("Usage: crm-license inspect FILE"));
    }

    @Test
    public void keygenRefusesToOverwriteAKey() {
        assertEquals(1, tool.run("keygen", "--out", dir.resolve("keys").toString()));
        assertTrue(err.toString(), err.toString().contains("already there"));
    }
}
