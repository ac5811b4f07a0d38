package org.mosaiccrm.itests.support;

/** The users every test container has, one per CRM role. */
public final class TestUsers {

    public static final String PASSWORD = "itest-Secret-1";
    public static final String ADMIN = "itest-admin";
    public static final String MANAGER = "itest-manager";
    public static final String SALES = "itest-sales";
    public static final String AGENT = "itest-agent";
    public static final String MARKETING = "itest-marketing";
    public static final String CUSTOMER = "itest-customer";
    public static final String CUSTOMER_B = "itest-customer-b";
    /** A portal user bound to no customer. */
    public static final String CUSTOMER_UNBOUND = "itest-customer-unbound";

    private TestUsers() {
    }

    /** A Karaf administrator who scripts the console over SSH. */
    public static final String SSH_ADMIN = "it-ssh-admin";
    /** A sales rep allowed on the SSH console (role ssh), held to the crm: commands' ACL. */
    public static final String SSH_SALES = "it-ssh-sales";
}
