package org.mosaiccrm.contacts.impl.persistence;

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
import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.contacts.api.Direction;

/** A timeline entry; refers to its customer and to other modules' objects by id only. */
@EntityListeners(ColumnLimits.class)
@Entity
@Table(name = "CONTACTS_INTERACTION", indexes = @Index(name = "CONTACTS_INTERACTION_TIMELINE", columnList = "CUSTOMER_ID, OCCURRED_AT"))
public class InteractionEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @Column(name = "CUSTOMER_ID", length = 36, nullable = false)
    public String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 16, nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "DIRECTION", length = 16, nullable = false)
    public Direction direction;

    @Column(name = "OCCURRED_AT", nullable = false)
    public Instant at;

    @Column(name = "SUBJECT", length = 200)
    public String subject;

    @Column(name = "SUMMARY", length = 4000)
    public String summary;

    @Column(name = "OUTCOME", length = 200)
    public String outcome;

    @Column(name = "USER_NAME", length = 128, nullable = false)
    public String user;

    @Column(name = "MODULE_NAME", length = 64)
    public String module;

    @Column(name = "REFERENCE_ID", length = 128)
    public String reference;
}
