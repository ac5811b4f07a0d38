package org.mosaiccrm.service.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;

/** Table {@code SERVICE_AGENT}: an agent's skills ({@code technical:7,network:3}), languages ({@code fr,en}) and capacity. */
@EntityListeners(ColumnLimits.class)
@Entity(name = "AgentEntity")
@Table(name = "SERVICE_AGENT")
public class AgentEntity {

    @Id
    @Column(name = "USER_NAME", length = 128)
    public String user;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "SKILLS", length = 1000, nullable = false)
    public String skills;

    @Column(name = "LANGUAGES", length = 100, nullable = false)
    public String languages;

    @Column(name = "CAPACITY", nullable = false)
    public int capacity;

    @Column(name = "ACTIVE", nullable = false)
    public boolean active;

    @Column(name = "TEAM", length = 60)
    public String team;
}
