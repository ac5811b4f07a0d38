package org.mosaiccrm.kernel.impl.schema;

import org.mosaiccrm.kernel.api.schema.ModuleSchema;

/** The kernel's own changelog ({@code KERNEL_*} tables), declared on {@code KernelModule}. */
public final class KernelSchema {

    public static final String MODULE = "kernel";
    public static final String CHANGELOG = "db/kernel/changelog.xml";
    /** What a kernel component that uses the kernel's tables waits for. */
    public static final String TARGET = "(" + ModuleSchema.MODULE_PROPERTY + "=" + MODULE + ")";

    private KernelSchema() {
    }
}
