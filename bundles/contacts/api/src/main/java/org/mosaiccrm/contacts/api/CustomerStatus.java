package org.mosaiccrm.contacts.api;

public enum CustomerStatus {
    PROSPECT, ACTIVE, INACTIVE,
    /** Merged into another customer; kept so that the merge can be undone. */
    MERGED,
    /** Personal data erased on the customer's request; what is left is anonymous. */
    ERASED
}
