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

    private TicketNumbers() {
    }

    static String next(EntityManager em, int year) {
        String name = "ticket-" + year;
        int updated = em.createNativeQuery("UPDATE SERVICE_COUNTER SET NEXT_VALUE = NEXT_VALUE + 1 WHERE NAME = ?1")
                .setParameter(1, name).executeUpdate();
        if (updated == 0) {
            prepare(em, year);
            em.createNativeQuery("UPDATE SERVICE_COUNTER SET NEXT_VALUE = NEXT_VALUE + 1 WHERE NAME = ?1")
                    .setParameter(1, name).executeUpdate();
        }
        long next = ((Number) em.createNativeQuery("SELECT NEXT_VALUE FROM SERVICE_COUNTER WHERE NAME = ?1")
                .setParameter(1, name).getSingleResult()).longValue() - 1;
        if (next > MAX) {
            throw new ConflictException("The tracking numbers of " + year + " are used up (SR-" + year + "-999999).",
                    Map.of("year", year));
        }
        return String.format("SR-%d-%06d", year, next);
    }

    /** Creates the year's counter when missing (the scan does it for the coming year, in its own transaction). */
    static void prepare(EntityManager em, int year) {
        String name = "ticket-" + year;
        Number present = (Number) em.createNativeQuery("SELECT COUNT(*) FROM SERVICE_COUNTER WHERE NAME = ?1")
                .setParameter(1, name).getSingleResult();
        if (present.intValue() == 0) {
            em.createNativeQuery("INSERT INTO SERVICE_COUNTER (NAME, NEXT_VALUE) VALUES (?1, 1)").setParameter(1, name)
                    .executeUpdate();
        }
    }
}
