package org.mosaiccrm.service.api;

import java.time.Instant;

/** A satisfaction survey as its link shows it; {@code rating} 1 to 5 once answered. */
public record Survey(String ticketNumber, String subject, Instant expiresAt, Integer rating, String comment,
                     Instant answeredAt) {
}
