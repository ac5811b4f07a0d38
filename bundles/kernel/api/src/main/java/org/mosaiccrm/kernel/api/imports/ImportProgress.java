package org.mosaiccrm.kernel.api.imports;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how far an import has got, every few hundred rows. */
@ConsumerType
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = rows -> { };

    void rowsDone(long rows);
}
