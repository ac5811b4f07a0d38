package org.mosaiccrm.contacts.api;

import java.util.List;

/** Customers sharing an e-mail address or phone number, found by a duplicate scan. */
public record DuplicateGroup(String reason, List<DuplicateCandidate> customers) {

    public DuplicateGroup {
        customers = List.copyOf(customers);
    }
}
