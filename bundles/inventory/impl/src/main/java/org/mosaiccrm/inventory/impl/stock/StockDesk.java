package org.mosaiccrm.inventory.impl.stock;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.inventory.api.InventoryEvents;
import org.mosaiccrm.inventory.api.LedgerEntry;
import org.mosaiccrm.inventory.api.StockLevel;
import org.mosaiccrm.inventory.api.StockMovement;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.catalog.CatalogStore;
import org.mosaiccrm.inventory.impl.persistence.LedgerEntity;
import org.mosaiccrm.inventory.impl.persistence.LocationEntity;
import org.mosaiccrm.inventory.impl.persistence.ProductEntity;
import org.mosaiccrm.inventory.impl.persistence.StockEntity;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.osgi.service.event.Event;
import org.mosaiccrm.kernel.api.events.TransactionalEvents;

/** Stock levels, and the movements operators record: receipts, adjustments with their reason, transfers. */
public final class StockDesk {

    private final JpaTemplate jpa;
    private final CallerContext callers;
    private final AuditLog audit;
    private final TransactionalEvents events;
    private final Clock clock;

    public StockDesk(JpaTemplate jpa, CallerContext callers, AuditLog audit, TransactionalEvents events, Clock clock) {
        this.jpa = jpa;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<StockLevel> levels(String sku, String location) {
        if (sku == null && location == null) {
            throw new ValidationException(List.of(new FieldError("sku", "give a sku, a location, or both")));
        }
        return jpa.txExpr(em -> {
            String productId = sku == null ? null : CatalogStore.find(em, sku).id;
            String where = (productId == null ? "" : " AND s.productId = :p") + (location == null ? "" : " AND s.locationCode = :l");
            TypedQuery<StockEntity> query = em.createQuery("SELECT s FROM StockEntity s WHERE 1 = 1" + where
                    + " ORDER BY s.locationCode, s.productId", StockEntity.class);
            if (productId != null) {
                query.setParameter("p", productId);
            }
            if (location != null) {
                query.setParameter("l", location);
            }
            List<StockLevel> levels = new ArrayList<>();
            for (StockEntity stock : query.setMaxResults(PageRequest.MAX_LIMIT).getResultList()) {
                String code = sku != null ? sku : em.find(ProductEntity.class, stock.productId).sku;
                levels.add(new StockLevel(code, stock.locationCode, stock.onHand, stock.reserved, stock.onHand - stock.reserved, stock.minimum));
            }
            return levels;
        });
    }

    public List<LedgerEntry> move(LedgerEntry.Kind kind, StockMovement movement) {
        if (kind != LedgerEntry.Kind.RECEIPT && kind != LedgerEntry.Kind.ADJUSTMENT && kind != LedgerEntry.Kind.TRANSFER_OUT) {
            throw new ValidationException("kind", "an operator records a RECEIPT, an ADJUSTMENT or a TRANSFER (sales, reservations "
                    + "and returns come from orders)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (movement == null || movement.sku() == null) {
            errors.add(new FieldError("sku", "is required"));
        }
        if (movement == null || movement.location() == null) {
            errors.add(new FieldError("location", "is required"));
        }
        long quantity = movement == null ? 0 : movement.quantity();
        if (quantity == 0 || Math.abs(quantity) > 10_000_000 || (kind != LedgerEntry.Kind.ADJUSTMENT && quantity < 0)) {
            errors.add(new FieldError("quantity", kind == LedgerEntry.Kind.ADJUSTMENT ? "is a signed number of units, not 0"
                    : "is a number of units, more than 0"));
        }
        String reason = movement == null || movement.reason() == null || movement.reason().isBlank() ? null : movement.reason().strip();
        if (kind == LedgerEntry.Kind.ADJUSTMENT && reason == null) {
            errors.add(new FieldError("reason", "an adjustment says why (inventory count, breakage...)"));
        }
        FieldError.checkLength(errors, "reason", reason, 500);
        if (kind == LedgerEntry.Kind.TRANSFER_OUT && (movement == null || movement.toLocation() == null
                || movement.toLocation().equals(movement.location()))) {
            errors.add(new FieldError("toLocation", "a transfer goes to another location"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<LedgerEntry> written = new ArrayList<>();
        List<Event> low = new ArrayList<>();
        JpaTransactions.required(jpa, em -> {
            ProductEntity product = CatalogStore.find(em, movement.sku());
            if (product.service) {
                throw new ValidationException("sku", product.sku + " is a service: it has no stock");
            }
            requireLocation(em, movement.location(), "location");
            String user = callers.name();
            var now = clock.instant();
            LedgerEntity first = switch (kind) {
                case RECEIPT -> StockLedger.record(em, product.id, product.sku, movement.location(), kind, quantity, reason, null, user, now);
                case ADJUSTMENT -> StockLedger.adjust(em, product.id, product.sku, movement.location(), quantity, reason, user, now);
                default -> {
                    requireLocation(em, movement.toLocation(), "toLocation");
                    LedgerEntity out = StockLedger.record(em, product.id, product.sku, movement.location(), LedgerEntry.Kind.TRANSFER_OUT,
                            quantity, reason == null ? "to " + movement.toLocation() : reason, null, user, now);
                    LedgerEntity in = StockLedger.record(em, product.id, product.sku, movement.toLocation(), LedgerEntry.Kind.TRANSFER_IN,
                            quantity, "from " + movement.location(), null, user, now);
                    em.flush();
                    written.add(out.toEntry(product.sku));
                    yield in;
                }
            };
            em.flush();
            written.add(first.toEntry(product.sku));
            audit.record(InventoryModule.NAME, "Stock", product.sku + "@" + movement.location(), AuditAction.UPDATE,
                    List.of(new FieldChange(kind.name(), null, String.valueOf(quantity))));
            StockEntity stock = StockLedger.level(em, product.id, movement.location());
            if (stock.minimum > 0 && stock.onHand - stock.reserved <= stock.minimum) {
                low.add(new Event(InventoryEvents.STOCK_LOW, Map.of(InventoryEvents.SKU, product.sku, InventoryEvents.LOCATION,
                        movement.location(), InventoryEvents.AVAILABLE, stock.onHand - stock.reserved)));
            }
            return null;
        });
        low.forEach(events::publish);
        return written;
    }

    public Page<LedgerEntry> ledger(String sku, String location, PageRequest page) {
        return jpa.txExpr(em -> {
            ProductEntity product = CatalogStore.find(em, sku);
            String where = " WHERE e.productId = :p" + (location == null ? "" : " AND e.locationCode = :l");
            TypedQuery<LedgerEntity> rows = em.createQuery("SELECT e FROM LedgerEntity e" + where + " ORDER BY e.id DESC", LedgerEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM LedgerEntity e" + where, Long.class);
            for (TypedQuery<?> query : List.<TypedQuery<?>>of(rows, count)) {
                query.setParameter("p", product.id);
                if (location != null) {
                    query.setParameter("l", location);
                }
            }
            return Page.of(rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(e -> e.toEntry(product.sku)).toList(), count.getSingleResult(), page);
        });
    }

    private static void requireLocation(EntityManager em, String code, String field) {
        if (code == null || code.length() > 32 || em.find(LocationEntity.class, code) == null) {
            throw new ValidationException(field, "no location has the code '" + code + "'");
        }
    }
}
