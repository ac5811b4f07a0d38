package org.mosaiccrm.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * What a vendor grants, before signing.
 *
 * @param licenseId  the vendor's id for the license
 * @param licensee   who may use it
 * @param features   feature packs, e.g. {@code contacts}
 * @param expires    {@code YYYY-MM-DD} (valid through that day, UTC) or an ISO instant
 * @param notBefore  first valid day
 * @param seats      named users, or {@code null} for no limit
 * @param edition    edition name
 */
public record LicenseTerms(String licenseId, String licensee, List<String> features, String expires,
                           LocalDate notBefore, Integer seats, String edition) {

    /** The packs of the product a license may name; third-party packs are declared on top (extraFeatures). */
    public static final java.util.Set<String> PRODUCT_FEATURES =
            java.util.Set.of("contacts", "leads", "inventory", "service", "reporting", "sales", "notifications", "web");
}
