package org.mosaiccrm.commons.jpa;

import java.util.regex.Pattern;

import javax.persistence.EntityManager;

/**
 * Sequential numbers people read (orders, quotes): a module's counter table ({@code NAME}, {@code NEXT_VALUE}, one
 * row per counter, created by its changelog) incremented under the row's lock in the caller's transaction — the
 * same on every database, unique across nodes, and gapless unless the transaction rolls back.
 *
 * @since 1.2
 */
public final class Counters {

    private static final Pattern TABLE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private Counters() {
    }

    /** The counter's value before this call, and increments it. */
    public static long next(EntityManager em, String table, String counter) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        em.createNativeQuery("UPDATE " + table + " SET NEXT_VALUE = NEXT_VALUE + 1 WHERE NAME = ?").setParameter(1, counter).executeUpdate();
        Number next = (Number) em.createNativeQuery("SELECT NEXT_VALUE FROM " + table + " WHERE NAME = ?").setParameter(1, counter)
                .getSingleResult();
        return next.longValue() - 1;
    }
}
