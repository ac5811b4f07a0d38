package org.mosaiccrm.contacts.api;

import java.util.List;

/**
 * What a right-to-erasure request did, everywhere.
 *
 * @param customer what is left of the customer: anonymous
 * @param modules  each module that erased something, with how many of its records changed (contacts first)
 */
public record Erasure(Customer customer, List<ModuleErasure> modules) {

    public Erasure {
        modules = List.copyOf(modules);
    }

    /** One module's part of an erasure. */
    public record ModuleErasure(String module, int records) {
    }
}
