package org.mosaiccrm.kernel.api.demo;

/**
 * A module's part of the demo data set, registered while the module runs (so it requires the module's
 * service). It goes only into a module that holds no data: the kernel asks {@link #isEmpty()} first.
 */
public interface DemoData {

    /** The module's name. */
    String module();

    /** Whether the module holds no data of its own yet. */
    boolean isEmpty();

    /** Loads the module's part through its own API; returns what it loaded, in one line ("32 customers, 40 interactions"). */
    String load();
}
