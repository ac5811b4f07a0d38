package org.mosaiccrm.inventory.impl.orders;

import javax.persistence.EntityManager;

/**
 * Public order numbers, {@code CMD-<year>-<6 digits>}: one counter row (created with the table), incremented
 * under its row lock in the order's transaction — the same on every database, unique, and gapless unless an
 * order rolls back. The number does not restart each year: the year only says when the order was placed.
 */
final class OrderNumbers {

    private OrderNumbers() {
    }

    static String next(EntityManager em, int year) {
        em.createNativeQuery("UPDATE INVENTORY_COUNTER SET NEXT_VALUE = NEXT_VALUE + 1 WHERE NAME = 'order'").executeUpdate();
        Number next = (Number) em.createNativeQuery("SELECT NEXT_VALUE FROM INVENTORY_COUNTER WHERE NAME = 'order'").getSingleResult();
        return format(year, next.longValue() - 1);
    }

    private static String format(int year, long number) {
        return String.format("CMD-%d-%06d", year, number);
    }
}
