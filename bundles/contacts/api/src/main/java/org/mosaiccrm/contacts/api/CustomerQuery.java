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

    public static CustomerQuery byName(String prefix) {
        return new CustomerQuery(prefix, null, null, null, null, null, null, null);
    }
}
