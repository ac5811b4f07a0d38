package org.mosaiccrm.inventory.impl.stock;

import java.time.Instant;
import java.util.Map;

import javax.persistence.EntityManager;

import org.mosaiccrm.inventory.api.LedgerEntry;
import org.mosaiccrm.inventory.impl.persistence.LedgerEntity;
import org.mosaiccrm.inventory.impl.persistence.StockEntity;
import org.mosaiccrm.kernel.api.problem.ConflictException;

/**
 * Writes the ledger and keeps its balance ({@code INVENTORY_STOCK}) in the same transaction. A movement
 * that takes stock away is one guarded {@code UPDATE ... WHERE ON_HAND - RESERVED >= quantity}: the
 * database's row lock serializes concurrent sales of the same product at the same location, and the one
 * that finds too little changes nothing and is refused (409 naming what is available). So exactly as many
 * sales of the last units succeed as there are units, and the stock never goes below zero.
 */
public final class StockLedger {

    private StockLedger() {
    }

    /** A movement of {@code quantity} (> 0) of a product at a location, by kind; the entry written. */
    public static LedgerEntity record(EntityManager em, String productId, String sku, String location, LedgerEntry.Kind kind,
                                      long quantity, String reason, String orderId, String user, Instant at) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a movement moves at least one unit");
        }
        ensureRow(em, productId, location);
        int changed = switch (kind) {
            case RECEIPT, TRANSFER_IN, RETURN -> update(em, "s.onHand = s.onHand + :q", "", productId, location, quantity);
            case SALE -> // a sale takes what its order reserved
                update(em, "s.onHand = s.onHand - :q, s.reserved = s.reserved - :q", " AND s.reserved >= :q AND s.onHand >= :q",
                        productId, location, quantity);
            case RESERVATION -> update(em, "s.reserved = s.reserved + :q", " AND s.onHand - s.reserved >= :q", productId, location, quantity);
            case RELEASE -> update(em, "s.reserved = s.reserved - :q", " AND s.reserved >= :q", productId, location, quantity);
            case TRANSFER_OUT -> update(em, "s.onHand = s.onHand - :q", " AND s.onHand - s.reserved >= :q", productId, location, quantity);
            case ADJUSTMENT -> throw new IllegalArgumentException("use adjust() for a signed adjustment");
        };
        if (changed == 0) {
            throw shortOf(em, productId, sku, location, quantity);
        }
        if (kind == LedgerEntry.Kind.RECEIPT) {
            // what arrives is no longer on order (replenishment counts accepted purchases as incoming until then)
            em.createNativeQuery("UPDATE INVENTORY_REPLENISHMENT SET ON_ORDER = CASE WHEN ON_ORDER > ? THEN ON_ORDER - ? ELSE 0 END "
                    + "WHERE PRODUCT_ID = ? AND LOCATION_CODE = ? AND ON_ORDER > 0").setParameter(1, quantity).setParameter(2, quantity)
                    .setParameter(3, productId).setParameter(4, location).executeUpdate();
        }
        return append(em, productId, location, kind, signed(kind, quantity), reason, orderId, user, at);
    }

    /** An inventory count's correction, signed; refused when it would take the stock below what is reserved. */
    public static LedgerEntity adjust(EntityManager em, String productId, String sku, String location, long delta, String reason,
                                      String user, Instant at) {
        ensureRow(em, productId, location);
        int changed = delta >= 0 ? update(em, "s.onHand = s.onHand + :q", "", productId, location, delta)
                : update(em, "s.onHand = s.onHand - :q", " AND s.onHand - s.reserved >= :q", productId, location, -delta);
        if (changed == 0) {
            throw shortOf(em, productId, sku, location, -delta);
        }
        return append(em, productId, location, LedgerEntry.Kind.ADJUSTMENT, delta, reason, null, user, at);
    }

    public static StockEntity level(EntityManager em, String productId, String location) {
        StockEntity stock = em.find(StockEntity.class, new StockEntity.Key(productId, location));
        if (stock != null) {
            em.refresh(stock); // the guarded updates went around the persistence context
        }
        return stock;
    }

    private static long signed(LedgerEntry.Kind kind, long quantity) {
        return switch (kind) {
            case SALE, TRANSFER_OUT -> -quantity;
            default -> quantity;
        };
    }

    private static void ensureRow(EntityManager em, String productId, String location) {
        if (em.find(StockEntity.class, new StockEntity.Key(productId, location)) == null) {
            StockEntity row = new StockEntity();
            row.productId = productId;
            row.locationCode = location;
            em.persist(row);
            em.flush();
        }
    }

    private static int update(EntityManager em, String set, String guard, String productId, String location, long quantity) {
        return em.createQuery("UPDATE StockEntity s SET " + set + " WHERE s.productId = :p AND s.locationCode = :l" + guard)
                .setParameter("q", quantity).setParameter("p", productId).setParameter("l", location).executeUpdate();
    }

    private static ConflictException shortOf(EntityManager em, String productId, String sku, String location, long wanted) {
        StockEntity stock = level(em, productId, location);
        long available = stock == null ? 0 : stock.onHand - stock.reserved;
        return new ConflictException("Not enough " + sku + " at " + location + ": " + available + " available, " + wanted + " asked.",
                Map.of("sku", sku, "location", location, "available", available, "requested", wanted));
    }

    private static LedgerEntity append(EntityManager em, String productId, String location, LedgerEntry.Kind kind, long quantity,
                                       String reason, String orderId, String user, Instant at) {
        LedgerEntity entry = new LedgerEntity();
        entry.productId = productId;
        entry.locationCode = location;
        entry.kind = kind;
        entry.quantity = quantity;
        entry.reason = reason;
        entry.orderId = orderId;
        entry.user = user;
        entry.at = at;
        em.persist(entry);
        return entry;
    }
}
