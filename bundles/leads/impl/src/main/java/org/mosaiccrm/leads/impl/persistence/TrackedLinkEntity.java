package org.mosaiccrm.leads.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;

@EntityListeners(ColumnLimits.class)
@Entity
@Table(name = "LEADS_LINK")
public class TrackedLinkEntity {

    @Id
    @Column(name = "CODE", length = 32)
    public String code;

    @Column(name = "CAMPAIGN", length = 100)
    public String campaign;

    @Column(name = "AFFILIATE", length = 100)
    public String affiliate;

    @Column(name = "TARGET_URL", length = 2000, nullable = false)
    public String targetUrl;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;
}
