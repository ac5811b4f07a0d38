package org.mosaiccrm.kernel.api.security;

import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Binds each portal user ({@code crm-customer}) to exactly one customer. */
@ProviderType
public interface PortalAccounts {

    Optional<String> customerOf(String user);

    /** Binds {@code user} to {@code customerId}, replacing any earlier binding. */
    void bind(String user, String customerId);

    void unbind(String user);

    /** Every binding, user to customer. */
    Map<String, String> all();
}
