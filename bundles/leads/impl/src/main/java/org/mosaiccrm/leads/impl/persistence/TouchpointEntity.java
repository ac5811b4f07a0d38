package org.mosaiccrm.leads.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.leads.api.Touchpoint;

@EntityListeners(ColumnLimits.class)
@Entity
@Table(name = "LEADS_TOUCHPOINT", indexes = @Index(name = "LEADS_TOUCHPOINT_LEAD", columnList = "LEAD_ID, OCCURRED_AT"))
public class TouchpointEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "LEAD_ID", length = 36, nullable = false)
    public String leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    public Touchpoint.Kind kind;

    @Column(name = "OCCURRED_AT", nullable = false)
    public Instant at;

    @Column(name = "USER_NAME", length = 128, nullable = false)
    public String user;

    @Column(name = "NOTE", length = 2000)
    public String note;
}
