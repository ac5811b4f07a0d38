package org.mosaiccrm.service.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;

/** Table {@code SERVICE_SLA_POLICY}: each part in its written form, parsed by {@code sla.SlaPolicies}. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "SlaPolicyEntity")
@Table(name = "SERVICE_SLA_POLICY")
public class SlaPolicyEntity {

    @Id
    @Column(name = "NAME", length = 60)
    public String name;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "TIERS", length = 500, nullable = false)
    public String tiers;

    @Column(name = "TIME_ZONE", length = 60, nullable = false)
    public String timeZone;

    @Column(name = "OPENING_HOURS", length = 500, nullable = false)
    public String openingHours;

    @Column(name = "HOLIDAYS", length = 2000, nullable = false)
    public String holidays;

    @Column(name = "TARGETS", length = 500, nullable = false)
    public String targets;
}
