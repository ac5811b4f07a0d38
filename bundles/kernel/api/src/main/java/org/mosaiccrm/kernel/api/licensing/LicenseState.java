package org.mosaiccrm.kernel.api.licensing;

/** Whether a license is in force. */
public enum LicenseState {
    /** A verified license is in force. */
    VALID,
    /** The license in force has expired: its features are dormant. */
    EXPIRED,
    /** The license in force is not valid yet. */
    NOT_YET_VALID,
    /** No usable license: every licensed module is dormant. */
    NONE
}
