package org.mosaiccrm.kernel.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who the CRM's users are, as the login realm knows them: a module checks that a name it stores as an
 * owner or an assignee is somebody who can log in, instead of keeping any string.
 */
@ProviderType
public interface UserDirectory {

    /** Whether {@code name} is a user of the CRM's login realm. */
    boolean isUser(String name);

    /** The roles of a user of the login realm (its groups' included); empty for an unknown name. */
    java.util.Set<String> rolesOf(String name);
}
