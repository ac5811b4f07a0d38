package org.mosaiccrm.kernel.api.licensing;

import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/** The kernel's license manager. */
@ProviderType
public interface LicenseService {

    /** The license in force now. */
    LicenseStatus status();

    /**
     * Verifies a license and, if it is good, makes it the license in force (live, no restart).
     *
     * @param license the license file's content
     * @return the new status
     * @throws ValidationException (field {@code license}) saying exactly why the license was refused;
     *                             the license in force then stays as it was
     */
    LicenseStatus install(byte[] license);
}
