package org.mosaiccrm.kernel.api;

/** What a module is doing right now, as shown by {@code crm:modules} and {@code /crm/api/system/modules}. */
public enum ModuleState {
    /** Licensed and every component is running. */
    ACTIVE,
    /** Installed, but the license in force does not name it: dormant, its data untouched. */
    UNLICENSED,
    /** Was licensed, the license has expired: dormant, its data untouched. */
    EXPIRED,
    /** Licensed, but a service it needs (e.g. the DataSource) is missing. */
    WAITING,
    /** Licensed, but one of its components failed to start, e.g. on a mistake in its configuration: the reason says which. */
    FAILED
}
