package org.mosaiccrm.sales.impl.quotes;

import java.math.BigDecimal;
import java.util.List;

import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.Order;
import org.mosaiccrm.inventory.api.Product;
import org.mosaiccrm.sales.api.Quote;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The optional link to the inventory module: its catalog prices a quote's lines, its orders take an accepted
 * quote. Present while inventory runs (this bundle imports its API optionally, and only this class uses it).
 */
@Component(service = CatalogSource.class, property = "crm.optional=true")
public class CatalogSource {

    /** What a quote line takes from the catalog. */
    public record Item(String sku, String name, BigDecimal unitPrice, String currency, BigDecimal taxRate, boolean active) {
    }

    private final InventoryService inventory;

    @Activate
    public CatalogSource(@Reference InventoryService inventory) {
        this.inventory = inventory;
    }

    public boolean hasLocation(String code) {
        return inventory.locations().stream().anyMatch(location -> location.code().equals(code));
    }

    /** @throws org.mosaiccrm.kernel.api.problem.NotFoundException for an unknown SKU */
    public Item item(String sku) {
        Product product = inventory.product(sku);
        return new Item(product.sku(), product.name(), product.unitPrice().amount(), product.unitPrice().currency(), product.taxRate(),
                product.active());
    }

    /**
     * Places the order of an accepted quote, in the caller's transaction: the same lines at the same prices and
     * discounts, the opportunity's owner as the sales rep; the credit check and the stock reservation apply.
     */
    /** The order placed: its id and its total (tax included). */
    public record Placed(String id, BigDecimal total) {
    }

    public Placed placeOrder(Quote quote, String salesRep) {
        List<Order.LineDraft> lines = quote.lines().stream()
                .map(line -> new Order.LineDraft(line.sku(), line.quantity(), line.unitPrice(), line.discount())).toList();
        Order order = inventory.placeOrder(new Order.Draft(quote.customerId(), quote.currency(), null, salesRep, quote.location(),
                ("en".equals(quote.language()) ? "Quote " : "Devis ") + quote.number(), lines, false, false));
        return new Placed(order.id(), order.total().amount());
    }
}
