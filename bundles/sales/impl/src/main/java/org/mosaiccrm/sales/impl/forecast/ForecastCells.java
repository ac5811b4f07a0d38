package org.mosaiccrm.sales.impl.forecast;

import java.math.BigDecimal;
import java.util.List;

import javax.persistence.EntityManager;

import org.mosaiccrm.sales.impl.persistence.OpportunityEntity;

/**
 * The forecast's figures per owner × close month × currency × probability × open-or-closed
 * ({@code SALES_FORECAST_CELL}) and the furthest stages reached per owner × month ({@code SALES_STAGE_REACH}),
 * changed in the transaction of every change of an opportunity: what it counted before is taken out, what it
 * counts now put in. Writers take the {@code forecast} counter row's lock first, so two changes never insert the
 * same cell at once; cells that fall to zero are removed.
 */
public final class ForecastCells {

    /** What one opportunity adds to the figures. */
    public record Share(String owner, int closeMonth, String currency, int probability, int open, BigDecimal amount, String furthestStage) {
    }

    private ForecastCells() {
    }

    public static Share of(OpportunityEntity opportunity) {
        return new Share(opportunity.owner, opportunity.closeMonth, opportunity.currency, opportunity.probability, opportunity.open,
                opportunity.amount, opportunity.furthestStage);
    }

    /** Takes the writers' lock; call before reading the opportunity's share to change. */
    public static void lock(EntityManager em) {
        em.createNativeQuery("UPDATE SALES_COUNTER SET NEXT_VALUE = NEXT_VALUE WHERE NAME = 'forecast'").executeUpdate();
    }

    /** Moves an opportunity's share: {@code before} out (null for a new one), {@code after} in. */
    public static void move(EntityManager em, Share before, Share after) {
        if (before != null && before.equals(after)) {
            return;
        }
        if (before != null) {
            add(em, before, -1);
        }
        add(em, after, 1);
    }

    private static void add(EntityManager em, Share share, int sign) {
        BigDecimal amount = sign < 0 ? share.amount().negate() : share.amount();
        int cells = em.createNativeQuery("UPDATE SALES_FORECAST_CELL SET OPPORTUNITIES = OPPORTUNITIES + ?, AMOUNT = AMOUNT + ? "
                        + "WHERE CLOSE_MONTH = ? AND OWNER = ? AND CURRENCY = ? AND PROBABILITY = ? AND IS_OPEN = ?")
                .setParameter(1, (long) sign).setParameter(2, amount).setParameter(3, share.closeMonth()).setParameter(4, share.owner())
                .setParameter(5, share.currency()).setParameter(6, share.probability()).setParameter(7, share.open()).executeUpdate();
        if (cells == 0) {
            em.createNativeQuery("INSERT INTO SALES_FORECAST_CELL (CLOSE_MONTH, OWNER, CURRENCY, PROBABILITY, IS_OPEN, OPPORTUNITIES, AMOUNT) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)").setParameter(1, share.closeMonth()).setParameter(2, share.owner())
                    .setParameter(3, share.currency()).setParameter(4, share.probability()).setParameter(5, share.open())
                    .setParameter(6, (long) sign).setParameter(7, amount).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM SALES_FORECAST_CELL WHERE OPPORTUNITIES = 0 AND CLOSE_MONTH = ? AND OWNER = ? AND CURRENCY = ? "
                            + "AND PROBABILITY = ? AND IS_OPEN = ?").setParameter(1, share.closeMonth()).setParameter(2, share.owner())
                    .setParameter(3, share.currency()).setParameter(4, share.probability()).setParameter(5, share.open()).executeUpdate();
        }
        int reach = em.createNativeQuery("UPDATE SALES_STAGE_REACH SET OPPORTUNITIES = OPPORTUNITIES + ? WHERE CLOSE_MONTH = ? AND OWNER = ? "
                        + "AND FURTHEST_STAGE = ?").setParameter(1, (long) sign).setParameter(2, share.closeMonth()).setParameter(3, share.owner())
                .setParameter(4, share.furthestStage()).executeUpdate();
        if (reach == 0) {
            em.createNativeQuery("INSERT INTO SALES_STAGE_REACH (CLOSE_MONTH, OWNER, FURTHEST_STAGE, OPPORTUNITIES) VALUES (?, ?, ?, ?)")
                    .setParameter(1, share.closeMonth()).setParameter(2, share.owner()).setParameter(3, share.furthestStage())
                    .setParameter(4, (long) sign).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM SALES_STAGE_REACH WHERE OPPORTUNITIES = 0 AND CLOSE_MONTH = ? AND OWNER = ? AND FURTHEST_STAGE = ?")
                    .setParameter(1, share.closeMonth()).setParameter(2, share.owner()).setParameter(3, share.furthestStage()).executeUpdate();
        }
    }

    /** Whether the cells need filling: none, while there are opportunities (a first start, or rows written around the module). */
    public static boolean empty(EntityManager em) {
        List<?> cell = em.createNativeQuery("SELECT OWNER FROM SALES_FORECAST_CELL").setMaxResults(1).getResultList();
        List<?> opportunity = em.createNativeQuery("SELECT ID FROM SALES_OPPORTUNITY").setMaxResults(1).getResultList();
        return cell.isEmpty() && !opportunity.isEmpty();
    }

    /** Counts every cell again from the opportunities, under the writers' lock. */
    public static void rebuild(EntityManager em) {
        lock(em);
        em.createNativeQuery("DELETE FROM SALES_FORECAST_CELL").executeUpdate();
        em.createNativeQuery("DELETE FROM SALES_STAGE_REACH").executeUpdate();
        em.createNativeQuery("INSERT INTO SALES_FORECAST_CELL (CLOSE_MONTH, OWNER, CURRENCY, PROBABILITY, IS_OPEN, OPPORTUNITIES, AMOUNT) "
                + "SELECT CLOSE_MONTH, OWNER, CURRENCY, PROBABILITY, IS_OPEN, COUNT(*), SUM(AMOUNT) FROM SALES_OPPORTUNITY "
                + "GROUP BY CLOSE_MONTH, OWNER, CURRENCY, PROBABILITY, IS_OPEN").executeUpdate();
        em.createNativeQuery("INSERT INTO SALES_STAGE_REACH (CLOSE_MONTH, OWNER, FURTHEST_STAGE, OPPORTUNITIES) "
                + "SELECT CLOSE_MONTH, OWNER, FURTHEST_STAGE, COUNT(*) FROM SALES_OPPORTUNITY GROUP BY CLOSE_MONTH, OWNER, FURTHEST_STAGE")
                .executeUpdate();
    }
}
