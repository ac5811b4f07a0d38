package org.mosaiccrm.licensing;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mosaiccrm.licensing.LicenseException.Reason;

/**
 * Decides whether a license file may be used here: well-formed, signed by a trusted vendor key,
 * unaltered, naming only known features, and valid now. Each failure has its own reason.
 */
public final class LicenseVerifier {

    private final Map<String, PublicKey> trustedKeys;
    private final Set<String> knownFeatures;
    private final Clock clock;

    /**
     * @param trustedKeys   vendor keys by {@link VendorKeys#keyId key id}
     * @param knownFeatures the feature names this installation knows; {@code null} to accept any
     */
    public LicenseVerifier(Map<String, PublicKey> trustedKeys, Set<String> knownFeatures, Clock clock) {
        this.trustedKeys = Map.copyOf(trustedKeys);
        this.knownFeatures = knownFeatures == null ? null : Set.copyOf(knownFeatures);
        this.clock = clock;
    }

    /** The license, if it can be used now. */
    public License verify(byte[] content) throws LicenseException {
        License license = verifyIgnoringTime(content);
        checkTime(license, clock.instant());
        return license;
    }

    /** Everything but the validity period: for inspecting a file, or telling expired from tampered. */
    public License verifyIgnoringTime(byte[] content) throws LicenseException {
        License license = LicenseFormat.parse(content);
        PublicKey key = trustedKeys.get(license.keyId());
        if (key == null) {
            throw new LicenseException(Reason.UNTRUSTED_KEY, "signed by vendor key " + license.keyId()
                    + ", which this installation does not trust (trusted: "
                    + (trustedKeys.isEmpty() ? "none" : String.join(", ", new TreeSet<>(trustedKeys.keySet()))) + ")");
        }
        if (!signatureMatches(key, LicenseFormat.canonical(content), license.signature())) {
            throw new LicenseException(Reason.BAD_SIGNATURE,
                    "the signature does not match the content: the license was altered after it was signed");
        }
        if (knownFeatures != null) {
            for (String feature : license.features()) {
                if (!knownFeatures.contains(feature)) {
                    throw new LicenseException(Reason.UNKNOWN_FEATURE, "unknown feature '" + feature + "' (known: "
                            + String.join(", ", new TreeSet<>(knownFeatures)) + ")");
                }
            }
        }
        return license;
    }

    /** Throws if the license is not valid at {@code now}. */
    public static void checkTime(License license, Instant now) throws LicenseException {
        if (now.isBefore(license.validFrom())) {
            throw new LicenseException(Reason.NOT_YET_VALID, "not valid before " + license.notBefore());
        }
        if (!now.isBefore(license.expiresAt())) {
            throw new LicenseException(Reason.EXPIRED, "expired: valid until " + license.expires());
        }
    }

    private static boolean signatureMatches(PublicKey key, byte[] canonical, String signature) throws LicenseException {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw new LicenseException(Reason.BAD_SIGNATURE, "the signature is not base64: the license was altered");
        }
        try {
            Signature verifier = Signature.getInstance(VendorKeys.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(canonical);
            return verifier.verify(decoded);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
