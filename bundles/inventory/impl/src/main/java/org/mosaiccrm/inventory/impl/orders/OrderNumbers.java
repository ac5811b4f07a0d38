package org.mosaiccrm.inventory.impl.orders;

import javax.persistence.EntityManager;

import org.mosaiccrm.commons.jpa.Counters;

/**
 * Public order numbers, {@code CMD-<year>-<6 digits>}: one counter row (created with the table), incremented
 * under its row lock in the order's transaction — the same on every database, unique, and gapless unless an
 * order rolls back. The number does not restart each year: the year only says when the order was placed.
 */
final class OrderNumbers {

    private OrderNumbers() {
    }

    static String next(EntityManager em, int year) {
        return format(year, Counters.next(em, "INVENTORY_COUNTER", "order"));
    }

    private static String format(int year, long number) {
        return String.format("CMD-%d-%06d", year, number);
    }
}
