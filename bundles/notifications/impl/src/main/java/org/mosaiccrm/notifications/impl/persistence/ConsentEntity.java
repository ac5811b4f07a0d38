package org.mosaiccrm.notifications.impl.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.Id;
import javax.persistence.Table;

import org.mosaiccrm.commons.jpa.ColumnLimits;
import org.mosaiccrm.notifications.api.ReminderConsent;

/** Table {@code NOTIFICATIONS_CONSENT}: a customer's consent to reminders (no row: never given). */
@EntityListeners(ColumnLimits.class)
@Entity(name = "ConsentEntity")
@Table(name = "NOTIFICATIONS_CONSENT")
public class ConsentEntity {

    @Id
    @Column(name = "CUSTOMER_ID", length = 36)
    public String customerId;

    // 0 or 1: an int reads the same on Derby and PostgreSQL
    @Column(name = "OPTED_IN", nullable = false)
    public int optedIn;

    @Column(name = "CHANGED_AT", nullable = false)
    public Instant changedAt;

    @Column(name = "SOURCE", length = 160, nullable = false)
    public String source;

    public ReminderConsent toConsent() {
        return new ReminderConsent(customerId, optedIn == 1, changedAt, source);
    }
}
