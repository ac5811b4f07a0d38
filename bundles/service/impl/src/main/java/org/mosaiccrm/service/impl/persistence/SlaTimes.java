package org.mosaiccrm.service.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * A ticket's SLA clock as stored (columns of SERVICE_TICKET), moved only by {@code sla.SlaClock}. Each
 * target has its due time and the time its 75 % warning falls due; {@code fired} lists what was already
 * announced ({@code W:} warned, {@code B:} breached), and {@code nextCheckAt} is the earliest instant at which
 * something more falls due: the SLA scan reads only the tickets whose {@code nextCheckAt} has passed.
 */
@Embeddable
public class SlaTimes {

    @Column(name = "SLA_POLICY", length = 60)
    public String policy;

    @Column(name = "FIRST_RESPONSE_DUE")
    public Instant firstResponseDue;

    @Column(name = "FIRST_RESPONSE_WARN")
    public Instant firstResponseWarn;

    @Column(name = "FIRST_RESPONDED_AT")
    public Instant firstRespondedAt;

    @Column(name = "FIRST_RESPONSE_BUSINESS_S")
    public Long firstResponseBusinessSeconds;

    @Column(name = "NEXT_RESPONSE_DUE")
    public Instant nextResponseDue;

    @Column(name = "NEXT_RESPONSE_WARN")
    public Instant nextResponseWarn;

    @Column(name = "RESOLUTION_DUE")
    public Instant resolutionDue;

    @Column(name = "RESOLUTION_WARN")
    public Instant resolutionWarn;

    /** Resolution clock: running since (null while paused or stopped). */
    @Column(name = "SLA_RUNNING_SINCE")
    public Instant runningSince;

    @Column(name = "SLA_PAUSED_SINCE")
    public Instant pausedSince;

    /** Business time the resolution clock counted before {@code runningSince}. */
    @Column(name = "SLA_USED_S", nullable = false)
    public long usedSeconds;

    @Column(name = "RESOLUTION_BUSINESS_S")
    public Long resolutionBusinessSeconds;

    @Column(name = "SLA_FIRED", length = 120)
    public String fired;

    @Column(name = "SLA_BREACHED", length = 20)
    public String breached;

    @Column(name = "SLA_NEXT_CHECK")
    public Instant nextCheckAt;
}
