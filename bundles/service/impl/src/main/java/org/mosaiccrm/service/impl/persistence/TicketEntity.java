package org.mosaiccrm.service.impl.persistence;

import java.time.Instant;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.mosaiccrm.commons.jpa.ColumnLimits;

/** Table {@code SERVICE_TICKET}: tickets with their SLA clock ({@link SlaTimes}). */
@EntityListeners(ColumnLimits.class)
@Entity(name = "TicketEntity")
@Table(name = "SERVICE_TICKET")
public class TicketEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Version
    @Column(name = "VERSION")
    public long version;

    @Column(name = "NUMBER", length = 20, nullable = false, unique = true)
    public String number;

    @Column(name = "CUSTOMER_ID", length = 36)
    public String customerId;

    @Column(name = "REQUESTER_EMAIL", length = 254)
    public String requesterEmail;

    @Column(name = "REQUESTER_NAME", length = 200)
    public String requesterName;

    @Column(name = "CATEGORY", length = 40, nullable = false)
    public String category;

    @Column(name = "CHANNEL", length = 20, nullable = false)
    public String channel;

    @Column(name = "PRIORITY", length = 10, nullable = false)
    public String priority;

    @Column(name = "STATUS", length = 24, nullable = false)
    public String status;

    @Column(name = "SUBJECT", length = 200, nullable = false)
    public String subject;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "DESCRIPTION")
    public String description;

    @Column(name = "LANGUAGE", length = 8, nullable = false)
    public String language;

    @Column(name = "PRODUCT_SKU", length = 64)
    public String productSku;

    @Column(name = "ORDER_ID", length = 36)
    public String orderId;

    @Column(name = "SERIAL_NUMBER", length = 64)
    public String serialNumber;

    @Column(name = "ASSIGNEE", length = 128)
    public String assignee;

    @Column(name = "TEAM", length = 60)
    public String team;

    @Column(name = "ASSIGNMENT_REASON", length = 1000)
    public String assignmentReason;

    /** Since when routing looks for an agent (null once assigned or queued for a team). */
    @Column(name = "ROUTING_SINCE")
    public Instant routingSince;

    @Column(name = "ESCALATED", nullable = false)
    public boolean escalated;

    @Column(name = "ESCALATION_REASON", length = 500)
    public String escalationReason;

    @Column(name = "ESCALATED_AT")
    public Instant escalatedAt;

    @Column(name = "RESOLUTION", length = 20)
    public String resolution;

    @Column(name = "CREATED_AT", nullable = false)
    public Instant createdAt;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    public String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    public Instant updatedAt;

    @Column(name = "RESOLVED_AT")
    public Instant resolvedAt;

    @Column(name = "CLOSED_AT")
    public Instant closedAt;

    @Embedded
    public SlaTimes sla = new SlaTimes();
}
