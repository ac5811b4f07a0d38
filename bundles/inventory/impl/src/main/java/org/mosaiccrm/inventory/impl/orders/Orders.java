package org.mosaiccrm.inventory.impl.orders;

import java.math.BigDecimal;
import java.util.List;

import javax.persistence.EntityManager;

import org.mosaiccrm.inventory.api.Order;
import org.mosaiccrm.inventory.api.OrderStatus;
import org.mosaiccrm.inventory.impl.persistence.OrderEntity;
import org.mosaiccrm.inventory.impl.persistence.OrderLineEntity;
import org.mosaiccrm.inventory.impl.persistence.ProductEntity;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.security.PortalScope;

/** Reading orders inside a transaction; a portal customer finds only their own (404 for any other). */
public final class Orders {

    private Orders() {
    }

    public static OrderEntity find(EntityManager em, String id, PortalScope scope) {
        OrderEntity order = id == null || id.length() > 36 ? null : em.find(OrderEntity.class, id);
        if (order == null || !scope.allows(order.customerId)) {
            throw new NotFoundException(OrderDesk.ENTITY, id);
        }
        return order;
    }

    public static List<OrderLineEntity> lines(EntityManager em, String orderId) {
        return em.createQuery("SELECT l FROM OrderLineEntity l WHERE l.orderId = :o ORDER BY l.lineNo", OrderLineEntity.class)
                .setParameter("o", orderId).getResultList();
    }

    public static Order read(EntityManager em, OrderEntity order) {
        List<Order.Line> lines = lines(em, order.id).stream()
                .map(line -> line.toLine(em.find(ProductEntity.class, line.productId), order.currency)).toList();
        return order.toOrder(lines);
    }

    /** An order whose lines and their products are at hand (just placed): no query. */
    static Order read(OrderEntity order, List<OrderLineEntity> lines, List<ProductEntity> products) {
        List<Order.Line> read = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            read.add(lines.get(i).toLine(products.get(i), order.currency));
        }
        return order.toOrder(read);
    }

    /** What the customer still owes on their open orders, in that currency. */
    public static BigDecimal openBalance(EntityManager em, String customerId, String currency) {
        BigDecimal balance = em.createQuery("SELECT SUM(o.total - o.paid) FROM OrderEntity o WHERE o.customerId = :c AND o.currency = :cur"
                        + " AND o.status <> :cancelled AND o.status <> :returned", BigDecimal.class)
                .setParameter("c", customerId).setParameter("cur", currency)
                .setParameter("cancelled", OrderStatus.CANCELLED).setParameter("returned", OrderStatus.RETURNED).getSingleResult();
        return balance == null ? BigDecimal.ZERO : balance;
    }

    /** An amount as the timeline writes it: {@code 1234.50 EUR}. */
    static String amount(BigDecimal amount, String currency) {
        return amount.setScale(java.util.Currency.getInstance(currency).getDefaultFractionDigits(), java.math.RoundingMode.HALF_EVEN)
                .toPlainString() + " " + currency;
    }
}
