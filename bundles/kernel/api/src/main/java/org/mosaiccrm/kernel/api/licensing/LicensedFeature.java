package org.mosaiccrm.kernel.api.licensing;

import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/** Present while the license in force names the feature; gone when it does not, or has expired. */
@ProviderType
public interface LicensedFeature {

    /** Service property naming the feature, e.g. {@code crm.feature=leads}. */
    String FEATURE_PROPERTY = "crm.feature";

    /** The feature, e.g. {@code leads}. */
    String name();

    /** The license that grants it. */
    String licenseId();

    /** When the license stops granting it. */
    Instant expiresAt();
}
