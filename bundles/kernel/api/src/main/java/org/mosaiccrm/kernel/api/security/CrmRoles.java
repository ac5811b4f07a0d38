package org.mosaiccrm.kernel.api.security;

import java.util.Set;

/** The CRM's roles, as granted in the Karaf JAAS realm {@code karaf}. */
public final class CrmRoles {

    public static final String ADMIN = "crm-admin";
    /** Supervisors. */
    public static final String MANAGER = "crm-manager";
    public static final String SALES = "crm-sales";
    /** Service agents. */
    public static final String AGENT = "crm-agent";
    public static final String MARKETING = "crm-marketing";
    /** Self-service portal users: each sees only its own customer's data. */
    public static final String CUSTOMER = "crm-customer";

    /** Every role of the company's own staff (everyone but portal customers). */
    public static final Set<String> STAFF = Set.of(ADMIN, MANAGER, SALES, AGENT, MARKETING);

    public static final Set<String> ALL = Set.of(ADMIN, MANAGER, SALES, AGENT, MARKETING, CUSTOMER);

    private CrmRoles() {
    }
}
