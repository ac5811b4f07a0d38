package org.mosaiccrm.service.api;

import java.time.Duration;
import java.time.Instant;

/**
 * A ticket's SLA: the policy chosen for it, its due times (business time of the policy's calendar,
 * recomputed when the clock resumes after waiting on the customer) and what was measured.
 *
 * @param policy                 the policy's name
 * @param state                  the worst of the running targets
 * @param firstResponseDue       null once answered
 * @param nextResponseDue        set when the customer wrote and waits for an answer
 * @param resolutionDue          null while paused or once resolved
 * @param pausedSince            set while waiting on the customer
 * @param businessTimeUsed       resolution clock: business time counted so far (pauses excluded)
 * @param firstResponseTime      created to first public answer, calendar time
 * @param firstResponseBusiness  the same in the calendar's business time
 * @param resolutionTime         created to resolved, calendar time
 * @param resolutionBusiness     the same in business time, pauses excluded
 * @param breached               which target was missed first, or null
 */
public record Sla(String policy, SlaState state, Instant firstResponseDue, Instant nextResponseDue, Instant resolutionDue,
                  Instant pausedSince, Duration businessTimeUsed, Duration firstResponseTime, Duration firstResponseBusiness,
                  Duration resolutionTime, Duration resolutionBusiness, SlaTarget breached) {
}
