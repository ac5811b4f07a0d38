package org.mosaiccrm.contacts.api;

import java.time.Instant;

/** A timeline entry as stored; {@code user} is who recorded it. */
public record Interaction(String id, String customerId, Channel channel, Direction direction, Instant at,
                          String subject, String summary, String outcome, String user, String module,
                          String reference) {
}
