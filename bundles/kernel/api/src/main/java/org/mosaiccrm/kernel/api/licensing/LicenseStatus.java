package org.mosaiccrm.kernel.api.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The license in force and what an administrator should know about it.
 *
 * @param state      whether it is in force
 * @param licenseId  its id; {@code null} with {@link LicenseState#NONE}
 * @param licensee   who it is for
 * @param edition    the vendor's edition
 * @param features   the features it names
 * @param seats      named users allowed, {@code null} for no limit
 * @param issued     when the vendor signed it
 * @param notBefore  first valid day
 * @param expires    as written in the license: a last valid day or an instant
 * @param expiresAt  the instant it stops being valid
 * @param keyId      the vendor key that signed it
 * @param warnings   what to act on: expiry close, a license file that was rejected, no license
 */
public record LicenseStatus(LicenseState state, String licenseId, String licensee, String edition,
                            List<String> features, Integer seats, LocalDate issued, LocalDate notBefore,
                            String expires, Instant expiresAt, String keyId, List<String> warnings) {

    public LicenseStatus {
        features = features == null ? List.of() : List.copyOf(features);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Whether the license in force grants {@code feature} right now. */
    public boolean grants(String feature) {
        return state == LicenseState.VALID && features.contains(feature);
    }
}
