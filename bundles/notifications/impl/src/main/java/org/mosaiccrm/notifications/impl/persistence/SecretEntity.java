package org.mosaiccrm.notifications.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Table {@code NOTIFICATIONS_SECRET}: keys shared by every node (the unsubscribe links' key). */
@Entity(name = "SecretEntity")
@Table(name = "NOTIFICATIONS_SECRET")
public class SecretEntity {

    @Id
    @Column(name = "NAME", length = 64)
    public String name;

    @Column(name = "SECRET_VALUE", length = 200, nullable = false)
    public String value;
}
