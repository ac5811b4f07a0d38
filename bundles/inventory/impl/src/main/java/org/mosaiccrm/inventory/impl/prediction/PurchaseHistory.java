package org.mosaiccrm.inventory.impl.prediction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.mosaiccrm.inventory.api.ReorderPrediction;

/**
 * What customers bought and when (cancelled and returned orders do not count), in one query: the reorder
 * predictions and the screen pop's cross-sell both read it.
 */
public final class PurchaseHistory {

    static final String COUNTED = "o.STATUS NOT IN ('CANCELLED', 'RETURNED')";

    /** One product on one order of one customer. */
    public record Purchase(String customerId, String sku, String productName, Instant at) {
    }

    private PurchaseHistory() {
    }

    /**
     * Every purchase of the given customers, one indexed query per customer: an IN list of customers let Derby's
     * optimizer scan every order line once per list (minutes at 1M lines), one customer at a time never does.
     */
    public static List<Purchase> of(EntityManager em, List<String> customers) {
        List<Purchase> purchases = new ArrayList<>();
        for (String customer : customers) {
            Query query = em.createNativeQuery("SELECT p.SKU, p.NAME, o.PLACED_AT FROM INVENTORY_ORDER o "
                    + "JOIN INVENTORY_ORDER_LINE l ON l.ORDER_ID = o.ID JOIN INVENTORY_PRODUCT p ON p.ID = l.PRODUCT_ID "
                    + "WHERE o.CUSTOMER_ID = ? AND " + COUNTED).setParameter(1, customer);
            for (Object row : query.getResultList()) {
                Object[] cells = (Object[]) row;
                purchases.add(new Purchase(customer, (String) cells[0], (String) cells[1], ((Timestamp) cells[2]).toInstant()));
            }
        }
        return purchases;
    }

    /** The predictions these purchases make, one per customer and product bought on three days or more. */
    public static List<ReorderPrediction> predictions(List<Purchase> purchases) {
        Map<List<String>, List<Instant>> byProduct = new HashMap<>();
        for (Purchase purchase : purchases) {
            byProduct.computeIfAbsent(List.of(purchase.customerId(), purchase.sku(), purchase.productName()), k -> new ArrayList<>())
                    .add(purchase.at());
        }
        List<ReorderPrediction> predictions = new ArrayList<>();
        byProduct.forEach((key, times) -> ReorderPredictor.predict(key.get(0), key.get(1), key.get(2), times).ifPresent(predictions::add));
        return predictions;
    }
}
