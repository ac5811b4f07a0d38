package org.mosaiccrm.inventory.impl.replenishment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.inventory.api.LedgerEntry;
import org.mosaiccrm.inventory.api.Location;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion.Acceptance;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion.Accepted;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion.Action;
import org.mosaiccrm.inventory.api.StockMovement;
import org.mosaiccrm.inventory.api.StockRule;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.catalog.CatalogStore;
import org.mosaiccrm.inventory.impl.persistence.LocationEntity;
import org.mosaiccrm.inventory.impl.persistence.ProductEntity;
import org.mosaiccrm.inventory.impl.persistence.StockEntity;
import org.mosaiccrm.inventory.impl.stock.StockDesk;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;

/**
 * Replenishment over the database: reads every product × location's stock, sales of the window and
 * decisions in a few set queries (no row-by-row reads, so that 250k pairs take a second or two), and has
 * {@link ReplenishmentPlanner} decide. Accepting re-plans the one product first, so that a manager accepts
 * what is still true, not what the screen showed a while ago.
 */
public final class ReplenishmentDesk {

    private final JpaTemplate jpa;
    private final StockDesk stock;
    private final CallerContext callers;
    private final AuditLog audit;
    private final Clock clock;
    private final ReplenishmentPlanner.Settings settings;

    public ReplenishmentDesk(JpaTemplate jpa, StockDesk stock, CallerContext callers, AuditLog audit, Clock clock,
                             ReplenishmentPlanner.Settings settings) {
        this.jpa = jpa;
        this.stock = stock;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    public Page<ReplenishmentSuggestion> suggestions(String region, String location, PageRequest page) {
        List<ReplenishmentSuggestion> all = jpa.txExpr(em -> plan(em, null));
        List<ReplenishmentSuggestion> asked = all.stream()
                .filter(s -> region == null || s.regionCode().equalsIgnoreCase(region))
                .filter(s -> location == null || s.location().equalsIgnoreCase(location)).toList();
        int from = Math.min(page.offset(), asked.size());
        return Page.of(asked.subList(from, Math.min(asked.size(), from + page.limit())), asked.size(), page);
    }

    public Accepted accept(Acceptance acceptance) {
        List<FieldError> errors = new ArrayList<>();
        if (acceptance == null || acceptance.sku() == null || acceptance.sku().isBlank()) {
            errors.add(new FieldError("sku", "is required"));
        }
        if (acceptance == null || acceptance.location() == null || acceptance.location().isBlank()) {
            errors.add(new FieldError("location", "is required"));
        }
        if (acceptance == null || acceptance.action() == null) {
            errors.add(new FieldError("action", "is TRANSFER or PURCHASE, as suggested"));
        } else if (acceptance.action() == Action.TRANSFER && (acceptance.fromLocation() == null || acceptance.fromLocation().isBlank())) {
            errors.add(new FieldError("fromLocation", "a transfer names the location it takes the units from"));
        }
        if (acceptance == null || acceptance.quantity() <= 0) {
            errors.add(new FieldError("quantity", "is a number of units, more than 0"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return JpaTransactions.required(jpa, em -> {
            ProductEntity product = CatalogStore.find(em, acceptance.sku().strip());
            lockProduct(em, product.id);
            ReplenishmentSuggestion current = plan(em, product.id).stream()
                    .filter(s -> s.location().equalsIgnoreCase(acceptance.location().strip()) && s.action() == acceptance.action()
                            && (s.action() == Action.PURCHASE || s.fromLocation().equalsIgnoreCase(acceptance.fromLocation().strip())))
                    .findFirst().orElse(null);
            if (current == null) {
                throw new ConflictException("This suggestion is no longer current (the stock or the sales changed since it was shown); "
                        + "read the suggestions again.", Map.of("sku", acceptance.sku(), "location", acceptance.location()));
            }
            if (acceptance.quantity() > current.quantity()) {
                throw new ConflictException("The suggestion is now for " + current.quantity() + " × " + current.sku() + ", not "
                        + acceptance.quantity() + ": accept that many or fewer.", Map.of("suggested", current.quantity()));
            }
            long quantity = acceptance.quantity();
            if (current.action() == Action.TRANSFER) {
                String reason = "replenishment: " + current.reason();
                List<LedgerEntry> moved = stock.move(LedgerEntry.Kind.TRANSFER_OUT, new StockMovement(current.sku(), current.fromLocation(),
                        quantity, reason.length() > 500 ? reason.substring(0, 499) + "…" : reason, current.location()));
                return new Accepted(Action.TRANSFER, quantity, moved, current.onOrder());
            }
            Instant now = clock.instant();
            int updated = em.createNativeQuery("UPDATE INVENTORY_REPLENISHMENT SET ON_ORDER = ON_ORDER + ?, DECIDED_BY = ?, DECIDED_AT = ? "
                    + "WHERE PRODUCT_ID = ? AND LOCATION_CODE = ?").setParameter(1, quantity).setParameter(2, callers.name())
                    .setParameter(3, Timestamp.from(now)).setParameter(4, product.id).setParameter(5, current.location()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO INVENTORY_REPLENISHMENT (PRODUCT_ID, LOCATION_CODE, ON_ORDER, DECIDED_BY, DECIDED_AT) "
                        + "VALUES (?, ?, ?, ?, ?)").setParameter(1, product.id).setParameter(2, current.location()).setParameter(3, quantity)
                        .setParameter(4, callers.name()).setParameter(5, Timestamp.from(now)).executeUpdate();
            }
            audit.record(InventoryModule.NAME, "Replenishment", current.sku() + "@" + current.location(), AuditAction.UPDATE,
                    List.of(new FieldChange("onOrder", String.valueOf(current.onOrder()), String.valueOf(current.onOrder() + quantity))));
            return new Accepted(Action.PURCHASE, quantity, List.of(), current.onOrder() + quantity);
        });
    }

    /**
     * Decisions on one product are taken one at a time: its stock rows stay locked until the decision commits,
     * so a second acceptance re-plans with the first one's transfer in the ledger (no surplus promised twice)
     * and two inserts of the same decision row cannot race.
     */
    private static void lockProduct(EntityManager em, String productId) {
        em.createNativeQuery("UPDATE INVENTORY_STOCK SET ON_HAND = ON_HAND WHERE PRODUCT_ID = ?").setParameter(1, productId).executeUpdate();
    }

    public void snooze(String sku, String location, int days) {
        if (days < 1 || days > 365) {
            throw new ValidationException("days", "is 1 to 365");
        }
        JpaTransactions.required(jpa, em -> {
            ProductEntity product = CatalogStore.find(em, sku);
            String code = existingLocation(em, location);
            lockProduct(em, product.id);
            Instant until = clock.instant().plus(Duration.ofDays(days));
            int updated = em.createNativeQuery("UPDATE INVENTORY_REPLENISHMENT SET SNOOZED_UNTIL = ?, DECIDED_BY = ?, DECIDED_AT = ? "
                    + "WHERE PRODUCT_ID = ? AND LOCATION_CODE = ?").setParameter(1, Timestamp.from(until)).setParameter(2, callers.name())
                    .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, product.id).setParameter(5, code).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO INVENTORY_REPLENISHMENT (PRODUCT_ID, LOCATION_CODE, SNOOZED_UNTIL, DECIDED_BY, DECIDED_AT) "
                        + "VALUES (?, ?, ?, ?, ?)").setParameter(1, product.id).setParameter(2, code).setParameter(3, Timestamp.from(until))
                        .setParameter(4, callers.name()).setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
            }
            audit.record(InventoryModule.NAME, "Replenishment", product.sku + "@" + code, AuditAction.UPDATE,
                    List.of(new FieldChange("snoozedUntil", null, until.toString())));
            return null;
        });
    }

    public StockRule setRule(StockRule rule) {
        List<FieldError> errors = new ArrayList<>();
        if (rule == null || rule.sku() == null || rule.sku().isBlank()) {
            errors.add(new FieldError("sku", "is required"));
        }
        if (rule == null || rule.location() == null || rule.location().isBlank()) {
            errors.add(new FieldError("location", "is required"));
        }
        if (rule != null && (rule.minimum() < 0 || rule.minimum() > 10_000_000)) {
            errors.add(new FieldError("minimum", "is 0 to 10000000 units"));
        }
        if (rule != null && (rule.maximum() < 0 || rule.maximum() > 10_000_000)) {
            errors.add(new FieldError("maximum", "is 0 to 10000000 units"));
        } else if (rule != null && rule.maximum() < rule.minimum()) {
            errors.add(new FieldError("maximum", "is at least the minimum (" + rule.minimum() + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return JpaTransactions.required(jpa, em -> {
            ProductEntity product = CatalogStore.find(em, rule.sku().strip());
            if (product.service) {
                throw new ValidationException("sku", product.sku + " is a service: it has no stock");
            }
            String code = existingLocation(em, rule.location());
            StockEntity row = em.find(StockEntity.class, new StockEntity.Key(product.id, code));
            if (row == null) {
                row = new StockEntity();
                row.productId = product.id;
                row.locationCode = code;
                em.persist(row);
            }
            String before = row.minimum + "/" + row.maximum;
            row.minimum = rule.minimum();
            row.maximum = rule.maximum();
            audit.record(InventoryModule.NAME, "StockRule", product.sku + "@" + code, AuditAction.UPDATE,
                    List.of(new FieldChange("minimum/maximum", before, rule.minimum() + "/" + rule.maximum())));
            return new StockRule(product.sku, code, row.minimum, row.maximum);
        });
    }

    private static String existingLocation(EntityManager em, String code) {
        String stripped = code == null ? null : code.strip();
        if (stripped == null || stripped.isEmpty() || stripped.length() > 32 || em.find(LocationEntity.class, stripped) == null) {
            throw new ValidationException("location", "no location has the code '" + code + "'");
        }
        return stripped;
    }

    /** The plan of every product, or of one ({@code productId}). */
    private List<ReplenishmentSuggestion> plan(EntityManager em, String productId) {
        List<Location> places = em.createQuery("SELECT l FROM LocationEntity l", LocationEntity.class).getResultList().stream()
                .map(LocationEntity::toLocation).toList();
        Instant now = clock.instant();
        String oneProduct = productId == null ? "" : " AND s.PRODUCT_ID = ?";
        Map<String, long[]> sold = new HashMap<>();      // pair -> units
        Map<String, double[]> squares = new HashMap<>(); // pair -> sum of daily units²
        Query sales = em.createNativeQuery("SELECT s.PRODUCT_ID, s.LOCATION_CODE, DATE(s.RECORDED_AT), SUM(-s.QUANTITY) FROM INVENTORY_LEDGER s "
                + "WHERE s.KIND = 'SALE' AND s.RECORDED_AT >= ?" + oneProduct + " GROUP BY s.PRODUCT_ID, s.LOCATION_CODE, DATE(s.RECORDED_AT)")
                .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(settings.windowDays()))));
        if (productId != null) {
            sales.setParameter(2, productId);
        }
        for (Object row : sales.getResultList()) {
            Object[] cells = (Object[]) row;
            String key = cells[0] + "\u0000" + cells[1];
            long units = ((Number) cells[3]).longValue();
            sold.computeIfAbsent(key, k -> new long[1])[0] += units;
            squares.computeIfAbsent(key, k -> new double[1])[0] += (double) units * units;
        }
        Map<String, long[]> decisions = new HashMap<>(); // pair -> { onOrder, snoozed }
        Query decided = em.createNativeQuery("SELECT s.PRODUCT_ID, s.LOCATION_CODE, s.ON_ORDER, s.SNOOZED_UNTIL FROM INVENTORY_REPLENISHMENT s "
                + "WHERE 1 = 1" + oneProduct);
        if (productId != null) {
            decided.setParameter(1, productId);
        }
        for (Object row : decided.getResultList()) {
            Object[] cells = (Object[]) row;
            boolean snoozed = cells[3] != null && ((Timestamp) cells[3]).toInstant().isAfter(now);
            decisions.put(cells[0] + "\u0000" + cells[1], new long[] { ((Number) cells[2]).longValue(), snoozed ? 1 : 0 });
        }
        // the products apart (5,000 rows) rather than joined to each of the 250,000 stock rows
        Map<String, String[]> stocked = new HashMap<>(); // id -> { sku, name }
        Query products = em.createNativeQuery("SELECT p.ID, p.SKU, p.NAME FROM INVENTORY_PRODUCT p WHERE p.SERVICE = FALSE AND p.ACTIVE = TRUE"
                + (productId == null ? "" : " AND p.ID = ?"));
        if (productId != null) {
            products.setParameter(1, productId);
        }
        for (Object row : products.getResultList()) {
            Object[] cells = (Object[]) row;
            stocked.put((String) cells[0], new String[] { (String) cells[1], (String) cells[2] });
        }
        Query levels = em.createNativeQuery("SELECT s.PRODUCT_ID, s.LOCATION_CODE, s.ON_HAND - s.RESERVED, s.MINIMUM, s.MAXIMUM "
                + "FROM INVENTORY_STOCK s WHERE 1 = 1" + oneProduct);
        if (productId != null) {
            levels.setParameter(1, productId);
        }
        List<ReplenishmentPlanner.Pair> pairs = new ArrayList<>();
        for (Object row : levels.getResultList()) {
            Object[] cells = (Object[]) row;
            String[] product = stocked.get((String) cells[0]);
            if (product == null) {
                continue; // a service, or no longer sold
            }
            String key = cells[0] + "\u0000" + cells[1];
            long[] decision = decisions.getOrDefault(key, new long[2]);
            pairs.add(new ReplenishmentPlanner.Pair((String) cells[0], product[0], product[1], (String) cells[1],
                    ((Number) cells[2]).longValue(), decision[0], ((Number) cells[3]).longValue(), ((Number) cells[4]).longValue(),
                    sold.getOrDefault(key, new long[1])[0], squares.getOrDefault(key, new double[1])[0], decision[1] == 1));
        }
        return new ReplenishmentPlanner(settings, places).plan(pairs);
    }
}
