package org.mosaiccrm.inventory.api;

import java.util.List;
import java.util.Optional;

import org.mosaiccrm.kernel.api.paging.Page;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Catalog, stock, orders, payments, shipments and warranties. Present while the license grants the
 * {@code inventory} feature. Every change is audited; a portal customer sees and orders for themselves only.
 */
@ProviderType
public interface InventoryService {

    Product createProduct(Product.Draft draft);

    Product updateProduct(String sku, long version, Product.Draft draft);

    Product product(String sku);

    Page<Product> products(String text, String category, PageRequest page);

    void relate(ProductRelation relation);

    List<ProductRelation> relations(String sku);

    Location saveLocation(Location location);

    List<Location> locations();

    /** The stock of one product everywhere, or of every product at one location (either may be null, not both). */
    List<StockLevel> stock(String sku, String location);

    /** Records a receipt, an adjustment or a transfer; refused (409) when it would take stock below zero. */
    List<LedgerEntry> move(LedgerEntry.Kind kind, StockMovement movement);

    Page<LedgerEntry> ledger(String sku, String location, PageRequest page);

    /**
     * Places an order: prices, totals, the credit check (409 with the limit, the balance and the total; a
     * manager may override) and the stock reserved at the fulfilment location (409 naming what is available).
     */
    Order placeOrder(Order.Draft draft);

    Order order(String id);

    Page<Order> orders(String customerId, OrderStatus status, PageRequest page);

    /** Moves an order; 409 listing the allowed moves otherwise. Cancelling gives the reserved stock back. */
    Order changeStatus(String id, long version, OrderStatus status);

    Payment pay(String orderId, Payment.Draft payment);

    List<Payment> payments(String orderId);

    /** Ships what is asked (or all it can): stock leaves, warranties start, the rest is backordered. */
    Shipment ship(String orderId, Shipment.Draft draft);

    List<Shipment> shipments(String orderId);

    Optional<Warranty> warranty(String serialNumber);

    List<Warranty> warranties(String customerId);

    CustomerAccount account(String customerId);

    /**
     * Sets (or, with 0 and 0, removes) a manager's min/max for a product at a location.
     *
     * @since 1.1
     */
    StockRule setStockRule(StockRule rule);

    /**
     * Replenishment suggestions for the locations asked (region and location may be null), the most urgent
     * (fewest days of cover) first. Snoozed products × locations are left out until their snooze ends.
     *
     * @since 1.1
     */
    Page<ReplenishmentSuggestion> replenishment(String region, String location, PageRequest page);

    /**
     * Accepts a suggestion that is still current: a transfer is recorded in the ledger, a purchase is put on
     * order. 409 when the suggestion changed (the stock moved meanwhile) or asks for more than suggested.
     *
     * @since 1.1
     */
    ReplenishmentSuggestion.Accepted acceptReplenishment(ReplenishmentSuggestion.Acceptance acceptance);

    /** Leaves a product × location out of the suggestions for {@code days} (1 to 365). @since 1.1 */
    void snoozeReplenishment(String sku, String location, int days);

    /** The products a customer buys repeatedly, with when they will likely buy each next. @since 1.1 */
    List<ReorderPrediction> reorderPredictions(String customerId);

    /**
     * Customers expected to reorder within the next {@code days} (or overdue by less than half their usual
     * interval), the soonest first: what reminders are sent from.
     *
     * @since 1.1
     */
    Page<ReorderPrediction> dueToReorder(int days, PageRequest page);

    /**
     * Imports the catalog from CSV (products created or updated by SKU; a re-import of the same file changes
     * nothing), with a per-row report.
     *
     * @since 1.1
     */
    org.mosaiccrm.kernel.api.imports.ImportReport importCatalog(java.io.Reader csv, boolean dryRun, Character delimiter);
}
