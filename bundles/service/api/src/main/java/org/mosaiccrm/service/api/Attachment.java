package org.mosaiccrm.service.api;

import java.time.Instant;

/** A file attached to a ticket (a photo of the fault, an invoice): its bytes are served by the module. */
public record Attachment(String id, String ticketId, String fileName, String contentType, long size, String sha256,
                         boolean fromCustomer, Instant uploadedAt) {
}
