package org.mosaiccrm.service.impl.prompts;

import java.util.Optional;

/** A serial number's warranty, registered while inventory runs ({@link InventoryWarranties}). */
public interface WarrantyLookup {

    /** The product, its warranty's end and whether it is still active; empty when inventory knows no such serial number. */
    Optional<Status> of(String serialNumber);

    /** What a ticket shows. */
    record Status(String serialNumber, String productName, java.time.LocalDate ends, boolean active) {
    }

    /** Whether any product the customer owns has a warranty, and the latest state of them. */
    Prompts.Warranty ofCustomer(String customerId);
}
