package org.mosaiccrm.contacts.api;

import java.time.Instant;

/**
 * An entry for a customer's timeline.
 *
 * @param channel   how it happened
 * @param direction who started it
 * @param at        when ({@code null}: now)
 * @param subject   one line
 * @param summary   what was said or done
 * @param outcome   e.g. {@code callback scheduled}
 * @param module    the module it refers to, e.g. {@code service}
 * @param reference the id of that module's object, e.g. a ticket id
 */
public record InteractionDraft(Channel channel, Direction direction, Instant at, String subject, String summary,
                               String outcome, String module, String reference) {
}
