package org.mosaiccrm.licensing;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.mosaiccrm.licensing.LicenseException.Reason;

public class LicenseVerifierTest {

    private static final Set<String> KNOWN = Set.of("contacts", "leads", "inventory", "service", "reporting", "sales", "notifications", "web");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final KeyPair vendor = VendorKeys.generate();
    private final LicenseVerifier verifier = new LicenseVerifier(
            Map.of(VendorKeys.keyId(vendor.getPublic()), vendor.getPublic()), KNOWN, TODAY);

    private byte[] sign(String expires, LocalDate notBefore, String... features) {
        return new LicenseSigner(vendor, TODAY).sign(new LicenseTerms("L-1", "ACME Corp", List.of(features), expires,
                notBefore, 25, "professional"));
    }

    @Test
    public void aSignedLicenseVerifiesAndKeepsEveryTerm() throws Exception {
        License license = verifier.verify(sign("2027-11-21", null, "contacts", "leads"));
        assertEquals("L-1", license.licenseId());
        assertEquals("ACME Corp", license.licensee());
        assertEquals(List.of("contacts", "leads"), license.features());
        assertEquals(Integer.valueOf(25), license.seats());
        assertEquals("professional", license.edition());
        assertEquals(LocalDate.parse("2026-11-22"), license.issued());
        assertEquals(LocalDate.parse("2026-11-22"), license.notBefore());
        assertEquals(Instant.parse("2027-11-22T00:00:00Z"), license.expiresAt());
    }

    @Test
    public void reIndentingTheFileDoesNotBreakTheSignature() throws Exception {
        String compact = new String(sign("2027-11-21", null, "contacts"), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", "");
        assertEquals("L-1", verifier.verify(compact.getBytes(StandardCharsets.UTF_8)).licenseId());
    }

    @Test
    public void oneFlippedByteIsRefusedAsAltered() {
        byte[] license = sign("2027-11-21", null, "contacts");
        String text = new String(license, StandardCharsets.UTF_8);
        int at = text.indexOf("ACME");
        license[at] = (byte) 'B';
        LicenseException e = refused(license);
        assertEquals(Reason.BAD_SIGNATURE, e.reason());
        assertTrue(e.getMessage(), e.getMessage().contains("altered"));
    }

    @Test
    public void aFeatureAddedByHandIsRefusedAsAltered() {
        String text = new String(sign("2027-11-21", null, "contacts"), StandardCharsets.UTF_8)
                .replace("\"contacts\"", "\"contacts\", \"leads\"");
        assertEquals(Reason.BAD_SIGNATURE, refused(text.getBytes(StandardCharsets.UTF_8)).reason());
    }

    @Test
    public void aLicenseFromAnotherVendorKeyIsRefusedNamingTheKey() {
        KeyPair stranger = VendorKeys.generate();
        byte[] license = new LicenseSigner(stranger, TODAY).sign(new LicenseTerms("L-2", "ACME", List.of("contacts"),
                "2027-01-01", null, null, null));
        LicenseException e = refused(license);
        assertEquals(Reason.UNTRUSTED_KEY, e.reason());
        assertTrue(e.getMessage(), e.getMessage().contains(VendorKeys.keyId(stranger.getPublic())));
    }

    @Test
    public void anExpiredLicenseIsRefusedWithItsEnd() {
        LicenseException e = refused(sign("2026-11-21", LocalDate.parse("2025-01-01"), "contacts"));
        assertEquals(Reason.EXPIRED, e.reason());
        assertTrue(e.getMessage(), e.getMessage().contains("2026-11-21"));
    }

    @Test
    public void theLastDayIsStillValid() throws Exception {
        assertEquals("L-1", verifier.verify(sign("2026-11-22", null, "contacts")).licenseId());
    }

    @Test
    public void anExpiryCanBeAnInstant() throws Exception {
        assertEquals(Reason.EXPIRED, refused(sign("2026-11-22T09:59:59Z", null, "contacts")).reason());
        assertEquals("L-1", verifier.verify(sign("2026-11-22T10:00:01Z", null, "contacts")).licenseId());
    }

    @Test
    public void aLicenseNotYetValidIsRefusedWithItsStart() {
        LicenseException e = refused(sign("2027-12-31", LocalDate.parse("2027-01-01"), "contacts"));
        assertEquals(Reason.NOT_YET_VALID, e.reason());
        assertTrue(e.getMessage(), e.getMessage().contains("2027-01-01"));
    }

    @Test
    public void aMissingFieldIsNamed() {
        String text = new String(sign("2027-11-21", null, "contacts"), StandardCharsets.UTF_8)
                .replaceFirst("\"licensee\" : \"ACME Corp\",", "");
        LicenseException e = refused(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.MISSING_FIELD, e.reason());
        assertEquals("missing field 'licensee'", e.getMessage());
    }

    @Test
    public void anUnknownFeatureIsRefusedListingTheKnownOnes() {
        LicenseException e = refused(sign("2027-11-21", null, "contacts", "astrology"));
        assertEquals(Reason.UNKNOWN_FEATURE, e.reason());
        assertTrue(e.getMessage(), e.getMessage().startsWith("unknown feature 'astrology'"));
        assertTrue(e.getMessage(), e.getMessage().contains("contacts"));
    }

    @Test
    public void somethingThatIsNotJsonIsRefusedAsMalformed() {
        LicenseException e = refused("-----BEGIN LICENSE-----".getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage(), e.getMessage().startsWith("not a license file"));
    }

    @Test
    public void aBadDateIsRefusedNamingTheField() {
        String text = new String(sign("2027-11-21", null, "contacts"), StandardCharsets.UTF_8)
                .replace("\"2027-11-21\"", "\"next year\"");
        LicenseException e = refused(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage(), e.getMessage().contains("'expires'"));
    }

    @Test
    public void everyReasonHasItsOwnMessage() {
        List<String> messages = List.of(
                refused(sign("2026-11-21", LocalDate.parse("2025-01-01"), "contacts")).getMessage(),
                refused(sign("2027-12-31", LocalDate.parse("2027-01-01"), "contacts")).getMessage(),
                refused(sign("2027-11-21", null, "astrology")).getMessage(),
                refused("{}".getBytes(StandardCharsets.UTF_8)).getMessage(),
                refused("[1]".getBytes(StandardCharsets.UTF_8)).getMessage());
        assertEquals(messages.size(), Set.copyOf(messages).size());
    }

    @Test
    public void keysRoundTripThroughTheirFiles() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("vendor");
        VendorKeys.write(vendor, dir);
        KeyPair read = VendorKeys.readKeyPair(dir.resolve("vendor.key"));
        assertArrayEquals(vendor.getPrivate().getEncoded(), read.getPrivate().getEncoded());
        assertEquals(VendorKeys.keyId(vendor.getPublic()), VendorKeys.keyId(VendorKeys.readPublic(dir.resolve("vendor.pub"))));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(dir.resolve("vendor.key"))));
        try {
            VendorKeys.write(VendorKeys.generate(), dir);
            fail("an existing vendor key must not be overwritten");
        } catch (java.nio.file.FileAlreadyExistsException expected) {
            assertArrayEquals(vendor.getPrivate().getEncoded(),
                    VendorKeys.readKeyPair(dir.resolve("vendor.key")).getPrivate().getEncoded());
        }
    }

    private LicenseException refused(byte[] license) {
        try {
            verifier.verify(license);
        } catch (LicenseException e) {
            return e;
        }
        fail("expected the license to be refused:\n" + new String(license, StandardCharsets.UTF_8));
        return null;
    }
}
