package org.mosaiccrm.licensing;

/** A license that cannot be used, with the reason a person can act on. */
public class LicenseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a license is refused; each has its own message. */
    public enum Reason {
        /** Not a license document at all, or a field of the wrong form. */
        MALFORMED,
        /** A required field is absent. */
        MISSING_FIELD,
        /** It names a feature this installation does not know. */
        UNKNOWN_FEATURE,
        /** Signed by a key this installation does not trust. */
        UNTRUSTED_KEY,
        /** The signature does not match the content: altered after signing. */
        BAD_SIGNATURE,
        /** Its validity has ended. */
        EXPIRED,
        /** Its validity has not begun. */
        NOT_YET_VALID
    }

    private final Reason reason;

    public LicenseException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public LicenseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
