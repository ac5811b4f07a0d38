package org.mosaiccrm.inventory.impl.prediction;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.inventory.api.ReorderPrediction;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/**
 * Reorder predictions over the orders (cancelled and returned ones do not count). A customer's own come
 * from their orders (an index read); "due within N days" first narrows the candidates in one aggregate query
 * (three purchase days at least, the expected date from the first, last and count), then reads the purchase
 * days of those candidates only, to say how sure each prediction is.
 */
public final class ReorderDesk {

    private static final String COUNTED = PurchaseHistory.COUNTED;
    private static final int CUSTOMERS_PER_READ = 200;

    private final JpaTemplate jpa;
    private final Clock clock;

    public ReorderDesk(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public List<ReorderPrediction> forCustomer(String customerId) {
        return jpa.txExpr(em -> predictions(em, List.of(customerId))).stream()
                .sorted(Comparator.comparing(ReorderPrediction::expectedOn)).toList();
    }

    public Page<ReorderPrediction> due(int days, PageRequest page) {
        if (days < 0 || days > 365) {
            throw new ValidationException("days", "is 0 to 365");
        }
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        List<ReorderPrediction> due = jpa.txExpr(em -> {
            List<String> candidates = candidates(em, today, days);
            List<ReorderPrediction> found = new ArrayList<>();
            for (int from = 0; from < candidates.size(); from += CUSTOMERS_PER_READ) {
                predictions(em, candidates.subList(from, Math.min(candidates.size(), from + CUSTOMERS_PER_READ))).stream()
                        .filter(p -> ReorderPredictor.due(p, today, days)).forEach(found::add);
            }
            return found;
        });
        List<ReorderPrediction> sorted = due.stream().sorted(Comparator.comparing(ReorderPrediction::expectedOn)
                .thenComparing(Comparator.comparingDouble(ReorderPrediction::confidence).reversed())
                .thenComparing(ReorderPrediction::customerId).thenComparing(ReorderPrediction::sku)).toList();
        int from = Math.min(page.offset(), sorted.size());
        return Page.of(sorted.subList(from, Math.min(sorted.size(), from + page.limit())), sorted.size(), page);
    }

    /** Customers with a product whose rough expected date (first, last, count) is near the window. */
    private static List<String> candidates(EntityManager em, LocalDate today, int days) {
        // the DISTINCT count computed once, in a derived table, and filtered outside it
        List<?> rows = em.createNativeQuery("SELECT t.CUSTOMER_ID, t.FIRST_AT, t.LAST_AT, t.DAYS FROM (SELECT o.CUSTOMER_ID, "
                + "MIN(o.PLACED_AT) AS FIRST_AT, MAX(o.PLACED_AT) AS LAST_AT, COUNT(DISTINCT DATE(o.PLACED_AT)) AS DAYS "
                + "FROM INVENTORY_ORDER o JOIN INVENTORY_ORDER_LINE l ON l.ORDER_ID = o.ID WHERE " + COUNTED
                + " GROUP BY o.CUSTOMER_ID, l.PRODUCT_ID) t WHERE t.DAYS >= " + ReorderPredictor.MINIMUM_PURCHASES)
                .getResultList();
        LinkedHashMap<String, Boolean> customers = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            LocalDate first = ((Timestamp) cells[1]).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate last = ((Timestamp) cells[2]).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            long count = ((Number) cells[3]).longValue();
            double mean = (double) (last.toEpochDay() - first.toEpochDay()) / (count - 1);
            LocalDate expected = last.plusDays(Math.round(mean));
            // the exact prediction uses the same mean: a day of slack for rounding
            if (!expected.isAfter(today.plusDays(days + 1L)) && expected.plusDays(Math.round(mean / 2) + 1).isAfter(today)) {
                customers.put((String) cells[0], Boolean.TRUE);
            }
        }
        return new ArrayList<>(customers.keySet());
    }

    /** Every prediction of the given customers. */
    private static List<ReorderPrediction> predictions(EntityManager em, List<String> customers) {
        return PurchaseHistory.predictions(PurchaseHistory.of(em, customers));
    }
}
