package org.mosaiccrm.inventory.impl.prediction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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

    /** Every purchase of the given customers. */
    public static List<Purchase> of(EntityManager em, List<String> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(customers.size(), "?"));
        Query query = em.createNativeQuery("SELECT o.CUSTOMER_ID, p.SKU, p.NAME, o.PLACED_AT FROM INVENTORY_ORDER o "
                + "JOIN INVENTORY_ORDER_LINE l ON l.ORDER_ID = o.ID JOIN INVENTORY_PRODUCT p ON p.ID = l.PRODUCT_ID "
                + "WHERE " + COUNTED + " AND o.CUSTOMER_ID IN (" + marks + ")");
        for (int i = 0; i < customers.size(); i++) {
            query.setParameter(i + 1, customers.get(i));
        }
        List<Purchase> purchases = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            purchases.add(new Purchase((String) cells[0], (String) cells[1], (String) cells[2], ((Timestamp) cells[3]).toInstant()));
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
