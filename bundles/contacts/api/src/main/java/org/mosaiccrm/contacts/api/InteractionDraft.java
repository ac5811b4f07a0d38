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

    /** An interaction on {@code channel} now (the server's time), to complete with the {@code with...} methods. */
    public static InteractionDraft of(Channel channel, Direction direction, String subject) {
        return new InteractionDraft(channel, direction, null, subject, null, null, null, null);
    }

    public InteractionDraft withSummary(String text) {
        return new InteractionDraft(channel, direction, at, subject, text, outcome, module, reference);
    }

    public InteractionDraft withOutcome(String text) {
        return new InteractionDraft(channel, direction, at, subject, summary, text, module, reference);
    }

    public InteractionDraft at(Instant when) {
        return new InteractionDraft(channel, direction, when, subject, summary, outcome, module, reference);
    }

    /** The module that logged it and its own record, e.g. {@code ("leads", leadId)}. */
    public InteractionDraft from(String moduleName, String recordId) {
        return new InteractionDraft(channel, direction, at, subject, summary, outcome, moduleName, recordId);
    }
}
