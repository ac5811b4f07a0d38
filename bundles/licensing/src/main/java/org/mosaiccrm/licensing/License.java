package org.mosaiccrm.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A license as signed by a vendor.
 *
 * @param licenseId  the vendor's id for this license
 * @param licensee   who may use it
 * @param issued     when it was signed
 * @param notBefore  first day it is valid (UTC)
 * @param expires    the end of its validity: {@code YYYY-MM-DD} (valid through that day, UTC) or an ISO instant
 * @param features   the feature packs it names, e.g. {@code contacts}, {@code leads}
 * @param seats      named users allowed; {@code null} for no limit
 * @param edition    the vendor's edition name
 * @param keyId      id of the vendor key that signed it (see {@link VendorKeys#keyId})
 * @param signature  base64 Ed25519 signature over {@link LicenseFormat#canonical the canonical form}
 */
public record License(String licenseId, String licensee, LocalDate issued, LocalDate notBefore, String expires,
                      List<String> features, Integer seats, String edition, String keyId, String signature) {

    public License {
        features = features == null ? List.of() : List.copyOf(features);
    }

    /** The first instant at which the license is no longer valid. */
    public Instant expiresAt() {
        return LicenseFormat.endOfValidity(expires);
    }

    /** The first instant at which the license is valid. */
    public Instant validFrom() {
        return notBefore.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    public boolean names(String feature) {
        return features.contains(feature);
    }
}
