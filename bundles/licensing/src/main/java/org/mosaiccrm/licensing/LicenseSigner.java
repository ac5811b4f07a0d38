package org.mosaiccrm.licensing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Signs license terms with a vendor key: the vendor side of {@link LicenseVerifier}. */
public final class LicenseSigner {

    private final KeyPair vendorKey;
    private final Clock clock;

    public LicenseSigner(KeyPair vendorKey) {
        this(vendorKey, Clock.systemUTC());
    }

    public LicenseSigner(KeyPair vendorKey, Clock clock) {
        this.vendorKey = vendorKey;
        this.clock = clock;
    }

    /** The license file's bytes. */
    public byte[] sign(LicenseTerms terms) {
        LocalDate today = LocalDate.now(clock);
        ObjectNode unsigned = LicenseFormat.unsigned(terms.licenseId(), terms.licensee(), today,
                terms.notBefore() != null ? terms.notBefore() : today, terms.expires(), terms.features(), terms.seats(),
                terms.edition() != null ? terms.edition() : "standard", VendorKeys.keyId(vendorKey.getPublic()));
        try {
            Signature signature = Signature.getInstance(VendorKeys.ALGORITHM);
            signature.initSign(vendorKey.getPrivate());
            signature.update(LicenseFormat.canonical(unsigned));
            return LicenseFormat.write(unsigned, Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with this key: " + e.getMessage(), e);
        }
    }
}
