package org.mosaiccrm.contacts.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.contacts.api.ContactPointType;

@EntityListeners(ColumnLimits.class)
@Entity
@Table(name = "CONTACTS_CONTACT_POINT", indexes = {
    @Index(name = "CONTACTS_CP_LOOKUP", columnList = "LOOKUP_KEY"),
    @Index(name = "CONTACTS_CP_CUSTOMER", columnList = "CUSTOMER_ID") })
public class ContactPointEntity {

    @Id
    @Column(name = "ID", length = 36)
    public String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    public CustomerEntity customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "POINT_TYPE", length = 16, nullable = false)
    public ContactPointType type;

    /** As shown: normalized (E.164 for phones, lower case for e-mails). */
    @Column(name = "POINT_VALUE", length = 500, nullable = false)
    public String value;

    /** What lookups compare: the E.164 number or the lower-cased address; {@code null} for others. */
    @Column(name = "LOOKUP_KEY", length = 320)
    public String lookupKey;

    @Column(name = "LABEL", length = 32)
    public String label;

    @Column(name = "IS_PRIMARY", nullable = false)
    public boolean primary;

    @Column(name = "POSITION", nullable = false)
    public int position;
}
