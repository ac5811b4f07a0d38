package org.mosaiccrm.contacts.api;

/**
 * A customer search; {@code null} members do not filter. Results are sorted by display name.
 *
 * @param name           display-name prefix, case-insensitive
 * @param email          an e-mail address, any case
 * @param phone          a phone number in any format
 * @param organizationId members of this organization
 * @param tag            customers with this tag
 * @param owner          customers of this sales rep
 * @param tier           customers of this tier
 * @param status         customers in this status
 */
public record CustomerQuery(String name, String email, String phone, String organizationId, String tag, String owner,
                            String tier, CustomerStatus status) {

    /** Every customer; narrow it with the {@code with...} methods, e.g. {@code CustomerQuery.all().withTag("vip")}. */
    public static CustomerQuery all() {
        return new CustomerQuery(null, null, null, null, null, null, null, null);
    }

    public static CustomerQuery byName(String prefix) {
        return all().withName(prefix);
    }

    public static CustomerQuery byEmail(String email) {
        return all().withEmail(email);
    }

    public static CustomerQuery byPhone(String phone) {
        return all().withPhone(phone);
    }

    public CustomerQuery withName(String prefix) {
        return new CustomerQuery(prefix, email, phone, organizationId, tag, owner, tier, status);
    }

    public CustomerQuery withEmail(String address) {
        return new CustomerQuery(name, address, phone, organizationId, tag, owner, tier, status);
    }

    public CustomerQuery withPhone(String number) {
        return new CustomerQuery(name, email, number, organizationId, tag, owner, tier, status);
    }

    public CustomerQuery withOrganization(String id) {
        return new CustomerQuery(name, email, phone, id, tag, owner, tier, status);
    }

    public CustomerQuery withTag(String value) {
        return new CustomerQuery(name, email, phone, organizationId, value, owner, tier, status);
    }

    public CustomerQuery withOwner(String user) {
        return new CustomerQuery(name, email, phone, organizationId, tag, user, tier, status);
    }

    public CustomerQuery withTier(String value) {
        return new CustomerQuery(name, email, phone, organizationId, tag, owner, value, status);
    }

    public CustomerQuery withStatus(CustomerStatus value) {
        return new CustomerQuery(name, email, phone, organizationId, tag, owner, tier, value);
    }
}
