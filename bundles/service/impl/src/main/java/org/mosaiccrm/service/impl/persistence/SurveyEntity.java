package org.mosaiccrm.service.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;

/** Table {@code SERVICE_SURVEY}: one per resolution, keyed by the hash of its link's token. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "SurveyEntity")
@Table(name = "SERVICE_SURVEY")
public class SurveyEntity {

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    public String tokenHash;

    @Column(name = "TICKET_ID", length = 36, nullable = false)
    public String ticketId;

    @Column(name = "AGENT", length = 128)
    public String agent;

    @Column(name = "CATEGORY", length = 40, nullable = false)
    public String category;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    public Instant expiresAt;

    @Column(name = "ANSWERED_AT")
    public Instant answeredAt;

    @Column(name = "RATING")
    public Integer rating;

    @Column(name = "COMMENT_TEXT", length = 2000)
    public String comment;
}
