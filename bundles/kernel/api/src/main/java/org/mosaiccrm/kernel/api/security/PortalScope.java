package org.mosaiccrm.kernel.api.security;

/**
 * Which customers' data the caller may see. Staff and the system see everything; a portal customer
 * sees only the customer it is bound to, and nothing at all while it is bound to none.
 *
 * @param restricted whether the caller is a portal customer
 * @param customerId the customer it is bound to; {@code null} when unrestricted or unbound
 */
public record PortalScope(boolean restricted, String customerId) {

    public static final PortalScope UNRESTRICTED = new PortalScope(false, null);

    /** Whether the caller may see data of {@code customer}. */
    public boolean allows(String customer) {
        return !restricted || (customerId != null && customerId.equals(customer));
    }
}
