package org.mosaiccrm.leads.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;

/** One click on a tracked link. Deliberately no address or browser fingerprint of the visitor. */
@EntityListeners(ColumnLimits.class)
@Entity
@Table(name = "LEADS_CLICK", indexes = @Index(name = "LEADS_CLICK_CAMPAIGN", columnList = "CAMPAIGN, AFFILIATE"))
public class ClickEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "CODE", length = 32, nullable = false)
    public String code;

    @Column(name = "CAMPAIGN", length = 100)
    public String campaign;

    @Column(name = "AFFILIATE", length = 100)
    public String affiliate;

    /** The referring site's host only: where the click came from, not who made it. */
    @Column(name = "REFERRER_HOST", length = 255)
    public String referrerHost;

    @Column(name = "CLICKED_AT", nullable = false)
    public Instant at;
}
