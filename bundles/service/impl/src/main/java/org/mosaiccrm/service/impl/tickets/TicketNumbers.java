package org.mosaiccrm.service.impl.tickets;

import java.util.Map;

import javax.persistence.EntityManager;

import org.mosaiccrm.kernel.api.problem.ConflictException;

/**
 * Tracking numbers {@code SR-<year>-<6 digits>}: a counter row per year in SERVICE_COUNTER, incremented in
 * the ticket's transaction (the row lock orders concurrent tickets; a rolled-back ticket's number is lost,
 * never given twice). The rows of this year and the next exist before anyone needs them ({@link #prepare}).
 */
final class TicketNumbers {

    static final int MAX = 999_999;

    /**
     * Counter rows per year. The row an increment locks stays locked until its ticket commits: with one row,
     * every ticket of the CRM waited for the one before (8 clients opened tickets one at a time). With 16, a
     * ticket takes a row at random and numbers are {@code value × 16 + row}: unique, still growing with time.
     */
    static final int ROWS = 16;

    private TicketNumbers() {
    }

    static String next(org.apache.aries.jpa.template.JpaTemplate jpa, EntityManager em, int year) {
        int row = java.util.concurrent.ThreadLocalRandom.current().nextInt(ROWS);
        String name = "ticket-" + year + "-" + row;
        String increment = "UPDATE SERVICE_COUNTER SET NEXT_VALUE = NEXT_VALUE + 1 WHERE NAME = ?1";
        if (em.createNativeQuery(increment).setParameter(1, name).executeUpdate() == 0) {
            prepare(jpa, year); // the scan had not run yet this year: the row is made apart, then taken as usual
            em.createNativeQuery(increment).setParameter(1, name).executeUpdate();
        }
        long next = (((Number) em.createNativeQuery("SELECT NEXT_VALUE FROM SERVICE_COUNTER WHERE NAME = ?1")
                .setParameter(1, name).getSingleResult()).longValue() - 1) * ROWS + row;
        if (next > MAX) {
            throw new ConflictException("The tracking numbers of " + year + " are used up (SR-" + year + "-999999).",
                    Map.of("year", year));
        }
        return String.format("SR-%d-%06d", year, next);
    }

    /**
     * Creates the counters of this year and the next when missing, each in a transaction of its own (at the
     * module's start and at every scan): two first tickets of a year never race to insert the row. Another
     * node or thread creating it first is fine.
     */
    static void prepare(org.apache.aries.jpa.template.JpaTemplate jpa, int year) {
        for (int each : new int[] {year, year + 1}) {
            try {
                jpa.tx(org.apache.aries.jpa.template.TransactionType.RequiresNew, em -> prepare(em, each));
            } catch (RuntimeException alreadyThere) {
                // created meanwhile by someone else: what was wanted
            }
        }
    }

    private static void prepare(EntityManager em, int year) {
        for (int row = 0; row < ROWS; row++) {
            String name = "ticket-" + year + "-" + row;
            Number present = (Number) em.createNativeQuery("SELECT COUNT(*) FROM SERVICE_COUNTER WHERE NAME = ?1")
                    .setParameter(1, name).getSingleResult();
            if (present.intValue() == 0) {
                // row 0 starts at 1: SR-<year>-000000 is never given
                em.createNativeQuery("INSERT INTO SERVICE_COUNTER (NAME, NEXT_VALUE) VALUES (?1, ?2)").setParameter(1, name)
                        .setParameter(2, row == 0 ? 2 : 1).executeUpdate();
            }
        }
    }
}
