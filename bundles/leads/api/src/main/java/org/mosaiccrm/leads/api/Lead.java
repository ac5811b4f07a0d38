package org.mosaiccrm.leads.api;

import java.time.Instant;

/**
 * A lead as stored.
 *
 * @param version            optimistic lock: send it back to change the status
 * @param phone              E.164
 * @param disqualifiedReason why, when DISQUALIFIED
 * @param score              the current score; {@code GET .../score} tells why
 * @param firstTouch         the first tracked click that brought the lead
 * @param lastTouch          the last one before it arrived
 * @param customerId         once converted: the customer (new or existing)
 */
public record Lead(String id, long version, String firstName, String lastName, String company, String email, String phone,
                   LeadSource source, String campaign, String affiliate, Utm utm, LeadStatus status,
                   String disqualifiedReason, String owner, String notes, Consent consent, int score, Touch firstTouch,
                   Touch lastTouch, String customerId, Instant createdAt, String createdBy, Instant updatedAt) {
}
