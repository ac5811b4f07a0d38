package org.mosaiccrm.sales.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.sales.api.StageMove;

/** Table {@code SALES_STAGE_MOVE}: an opportunity's stage history, never changed once written. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "StageMoveEntity")
@Table(name = "SALES_STAGE_MOVE")
public class StageMoveEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "OPPORTUNITY_ID", length = 36, nullable = false)
    public String opportunityId;

    @Column(name = "MOVED_AT", nullable = false)
    public Instant at;

    @Column(name = "MOVED_BY", length = 128, nullable = false)
    public String by;

    @Column(name = "FROM_STAGE", length = 40)
    public String from;

    @Column(name = "TO_STAGE", length = 40, nullable = false)
    public String to;

    @Column(name = "REASON", length = 500)
    public String reason;

    public StageMove toRecord() {
        return new StageMove(at, by, from, to, reason);
    }
}
