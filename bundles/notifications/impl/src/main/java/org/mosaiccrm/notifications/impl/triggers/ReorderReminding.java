package org.mosaiccrm.notifications.impl.triggers;

/**
 * Reorder reminders on demand (the console's {@code crm:notification-remind}). Its own type, naming no inventory class:
 * the command that uses it loads whether or not inventory runs.
 */
public interface ReorderReminding {

    /** {@code reorderReminders} in the configuration. */
    boolean switchedOn();

    /** Writes today's reminders; how many were written (customers who did not opt in are not counted). */
    int remindNow();
}
