package org.mosaiccrm.itests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.mosaiccrm.licensing.LicenseSigner;
import org.mosaiccrm.licensing.LicenseTerms;
import org.mosaiccrm.licensing.VendorKeys;

/**
 * The tests' own vendor, inside the container: its key is trusted at first use (dropped into
 * {@code etc/licensing/trusted}) and it signs licenses with the product's own code.
 */
public final class TestVendor {

    public static final String LICENSEE = "Integration Tests";

    private static final AtomicInteger LICENSES = new AtomicInteger();
    private static KeyPair keys;

    private TestVendor() {
    }

    public static synchronized byte[] license(String expires, String... features) {
        return new LicenseSigner(keys()).sign(new LicenseTerms("itest-" + LICENSES.incrementAndGet(), LICENSEE,
                List.of(features), expires, null, 5, "test"));
    }

    private static KeyPair keys() {
        if (keys == null) {
            keys = VendorKeys.generate();
            try {
                VendorKeys.writePublic(keys.getPublic(),
                        Path.of(System.getProperty("karaf.etc"), "licensing/trusted/itest-vendor.pub"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }
}
