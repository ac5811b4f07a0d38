package org.mosaiccrm.inventory.impl.view;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.contacts.api.CustomerViewContributor;
import org.mosaiccrm.inventory.api.CustomerAccount;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.api.Money;
import org.mosaiccrm.inventory.api.OrderStatus;
import org.mosaiccrm.inventory.api.RelationKind;
import org.mosaiccrm.inventory.api.ReorderPrediction;
import org.mosaiccrm.inventory.api.Warranty;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.persistence.OrderEntity;
import org.mosaiccrm.inventory.impl.persistence.ProductEntity;
import org.mosaiccrm.inventory.impl.prediction.PurchaseHistory;
import org.mosaiccrm.inventory.impl.persistence.RelationEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inventory's section of the 360° view and the screen pop: the account (open balance, credit limit,
 * available credit, payment terms), the latest orders, the products owned with their warranties, and
 * what goes with what they bought and they do not have yet (cross-sell).
 */
@Component(service = CustomerViewContributor.class)
public class InventorySection implements CustomerViewContributor {

    /** What the view shows. */
    public record Section(CustomerAccount account, List<RecentOrder> recentOrders, List<Warranty> owned, List<Suggestion> suggestions,
                          List<ReorderPrediction> likelyNext) {
    }

    /** An order as the panel lists it (its lines are one click away). */
    public record RecentOrder(String id, String number, OrderStatus status, Money total, java.time.Instant placedAt) {
    }

    /** A product that goes with one they bought. */
    public record Suggestion(String sku, String name, String because, RelationKind kind) {
    }

    /** Suggestions and predictions a screen pop has room for. */
    private static final int SHOWN = 5;

    private final InventoryService inventory;
    private final JpaTemplate jpa;

    @Activate
    public InventorySection(@Reference InventoryService inventory,
                            @Reference(target = "(osgi.unit.name=" + InventoryModule.NAME + ")") JpaTemplate jpa) {
        this.inventory = inventory;
        this.jpa = jpa;
    }

    @Override
    public String section() {
        return InventoryModule.NAME;
    }

    /**
     * Read while the phone rings: the account (the contacts API checks the caller may see the customer), then
     * one transaction for the latest orders, the purchase history (cross-sell and predictions from the same
     * rows) and the relations.
     */
    @Override
    public Section contribute(String customerId) {
        CustomerAccount account = inventory.account(customerId);
        List<Warranty> owned = inventory.warranties(customerId);
        return jpa.txExpr(em -> {
            List<RecentOrder> recent = em.createQuery("SELECT o FROM OrderEntity o WHERE o.customerId = :c ORDER BY o.placedAt DESC, o.id",
                            OrderEntity.class).setParameter("c", customerId).setMaxResults(SHOWN).getResultList().stream()
                    .map(o -> new RecentOrder(o.id, o.number, o.status, new Money(o.total, o.currency), o.placedAt)).toList();
            List<PurchaseHistory.Purchase> purchases = PurchaseHistory.of(em, List.of(customerId));
            List<ReorderPrediction> likelyNext = PurchaseHistory.predictions(purchases).stream()
                    .sorted(java.util.Comparator.comparing(ReorderPrediction::expectedOn)).limit(SHOWN).toList();
            Set<String> bought = new LinkedHashSet<>();
            purchases.forEach(purchase -> bought.add(purchase.sku()));
            return new Section(account, recent, owned, suggestions(em, bought), likelyNext);
        });
    }

    /**
     * Related products of what they bought that they do not have, in three queries whatever the number of
     * products bought (the screen pop answers while the phone rings).
     */
    private static List<Suggestion> suggestions(EntityManager em, Set<String> bought) {
        if (bought.isEmpty()) {
            return List.<Suggestion>of();
        }
        List<RelationEntity> related = em.createQuery("SELECT r FROM RelationEntity r WHERE r.sku IN :bought AND r.kind <> :substitute "
                + "ORDER BY r.sku, r.relatedSku", RelationEntity.class).setParameter("bought", bought)
                .setParameter("substitute", RelationKind.SUBSTITUTE).getResultList();
        Map<String, RelationEntity> offered = new LinkedHashMap<>();
        for (RelationEntity relation : related) {
            if (!bought.contains(relation.relatedSku) && offered.size() < SHOWN) {
                offered.putIfAbsent(relation.relatedSku, relation);
            }
        }
        if (offered.isEmpty()) {
            return List.<Suggestion>of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("SELECT p FROM ProductEntity p WHERE p.sku IN :skus", ProductEntity.class).setParameter("skus", offered.keySet())
                .getResultList().forEach(product -> names.put(product.sku, product.name));
        return offered.values().stream().filter(r -> names.containsKey(r.relatedSku))
                .map(r -> new Suggestion(r.relatedSku, names.get(r.relatedSku), r.sku, r.kind)).toList();
    }
}
