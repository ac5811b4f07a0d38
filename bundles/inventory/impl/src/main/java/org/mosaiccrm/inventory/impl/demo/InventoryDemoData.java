package org.mosaiccrm.inventory.impl.demo;

import java.math.BigDecimal;
import java.util.List;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.LedgerEntry;
import org.mosaiccrm.inventory.api.Location;
import org.mosaiccrm.inventory.api.Order;
import org.mosaiccrm.inventory.api.Product;
import org.mosaiccrm.inventory.api.ProductRelation;
import org.mosaiccrm.inventory.api.RelationKind;
import org.mosaiccrm.inventory.api.Shipment;
import org.mosaiccrm.inventory.api.StockMovement;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.kernel.api.demo.DemoData;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inventory's part of the demo data: a small catalog of coffee machines and their accessories, three
 * locations in two regions with stock, and orders for demo customers (when contacts has them) — one shipped
 * with its warranty, one placed — through the module's own service.
 */
@Component(service = DemoData.class)
public class InventoryDemoData implements DemoData {

    private final InventoryService inventory;
    private final ContactService contacts;

    @Activate
    public InventoryDemoData(@Reference InventoryService inventory, @Reference ContactService contacts) {
        this.inventory = inventory;
        this.contacts = contacts;
    }

    @Override
    public String module() {
        return InventoryModule.NAME;
    }

    @Override
    public boolean isEmpty() {
        return inventory.products(null, null, PageRequest.first(1)).total() == 0 && inventory.locations().isEmpty();
    }

    @Override
    public String load() {
        inventory.saveLocation(new Location("LYON-WH", "Entrepôt de Lyon", Location.Kind.WAREHOUSE, "SUD-EST", "Sud-Est", "12 rue de l'Industrie, 69007 Lyon"));
        inventory.saveLocation(new Location("MARSEILLE", "Magasin de Marseille", Location.Kind.STORE, "SUD-EST", "Sud-Est", "4 La Canebière, 13001 Marseille"));
        inventory.saveLocation(new Location("PARIS", "Magasin de Paris", Location.Kind.STORE, "IDF", "Île-de-France", "25 rue de Rivoli, 75004 Paris"));
        List<Product.Draft> products = List.of(
                product("CAF-1200", "Machine à expresso Barista 1200", "Machines", "449.00", true, 24),
                product("CAF-800", "Machine à café filtre Matin 800", "Machines", "89.90", true, 24),
                product("MOUL-50", "Moulin à café manuel", "Accessoires", "39.90", false, 0),
                product("DETART-1", "Détartrant (lot de 3)", "Entretien", "12.50", false, 0),
                product("TASSES-6", "Six tasses à expresso en grès", "Accessoires", "29.00", false, 0),
                product("CAFE-BIO-1K", "Café en grains bio, 1 kg", "Café", "24.90", false, 0));
        products.forEach(inventory::createProduct);
        inventory.relate(new ProductRelation("CAF-1200", "DETART-1", RelationKind.ACCESSORY));
        inventory.relate(new ProductRelation("CAF-1200", "TASSES-6", RelationKind.BOUGHT_WITH));
        inventory.relate(new ProductRelation("CAF-1200", "CAFE-BIO-1K", RelationKind.BOUGHT_WITH));
        inventory.relate(new ProductRelation("CAF-800", "CAF-1200", RelationKind.UPGRADE));
        inventory.relate(new ProductRelation("CAF-800", "MOUL-50", RelationKind.ACCESSORY));
        for (Product.Draft product : products) {
            inventory.move(LedgerEntry.Kind.RECEIPT, new StockMovement(product.sku(), "LYON-WH", 40, "stock initial", null));
            inventory.move(LedgerEntry.Kind.RECEIPT, new StockMovement(product.sku(), "MARSEILLE", 6, "stock initial", null));
            inventory.move(LedgerEntry.Kind.RECEIPT, new StockMovement(product.sku(), "PARIS", 8, "stock initial", null));
        }
        int orders = 0;
        Customer amelie = first("amelie.poulain@exemple.fr");
        if (amelie != null) {
            Order order = inventory.placeOrder(new Order.Draft(amelie.id(), "EUR", "STORE", null, "PARIS", null,
                    List.of(new Order.LineDraft("CAF-1200", 1L, null, null), new Order.LineDraft("DETART-1", 2L, null, null)), false, false));
            inventory.ship(order.id(), new Shipment.Draft("colissimo", "6A12345678901", List.of(
                    new Shipment.Line("CAF-1200", 1, List.of("B1200-2026-000417")), new Shipment.Line("DETART-1", 2, List.of()))));
            orders++;
        }
        Customer dubois = first("f.dubois@dubois-fils.fr");
        if (dubois != null) {
            inventory.placeOrder(new Order.Draft(dubois.id(), "EUR", "PHONE", null, "LYON-WH", "Livrer à l'atelier, porte 3",
                    List.of(new Order.LineDraft("CAF-800", 3L, null, new BigDecimal("0.10")), new Order.LineDraft("CAFE-BIO-1K", 10L, null, null)),
                    false, false));
            orders++;
        }
        return products.size() + " products, 3 locations, " + orders + " orders";
    }

    private Customer first(String email) {
        List<Customer> found = contacts.search(CustomerQuery.byEmail(email), PageRequest.first(1)).items();
        return found.isEmpty() ? null : found.get(0);
    }

    private static Product.Draft product(String sku, String name, String category, String price, boolean serialized, int warranty) {
        return new Product.Draft(sku, name, null, category, new BigDecimal(price), "EUR", new BigDecimal("0.20"), true, serialized,
                false, warranty);
    }
}
