package org.mosaiccrm.inventory.impl.orders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.money.LinePricing;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.inventory.api.InventoryEvents;
import org.mosaiccrm.inventory.api.LedgerEntry;
import org.mosaiccrm.inventory.api.Money;
import org.mosaiccrm.inventory.api.Order;
import org.mosaiccrm.inventory.api.OrderStatus;
import org.mosaiccrm.inventory.api.Payment;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.reports.SalesRollup;
import org.mosaiccrm.inventory.impl.persistence.LocationEntity;
import org.mosaiccrm.inventory.impl.persistence.OrderEntity;
import org.mosaiccrm.inventory.impl.persistence.OrderLineEntity;
import org.mosaiccrm.inventory.impl.persistence.PaymentEntity;
import org.mosaiccrm.inventory.impl.persistence.ProductEntity;
import org.mosaiccrm.inventory.impl.stock.StockLedger;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.ForbiddenException;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.Caller;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.service.event.Event;
import org.mosaiccrm.kernel.api.events.TransactionalEvents;

/**
 * Orders: placing one (prices, totals, credit check, stock reserved), moving it, paying it. Each change,
 * its audit record, its stock movements and the customer's timeline entry share one transaction; the
 * events are posted after it committed. Shipments are {@link ShippingDesk}'s.
 */
public final class OrderDesk {

    public static final String ENTITY = "Order";
    private static final Set<String> CHANNELS = Set.of("STORE", "PHONE", "WEB", "PORTAL");

    private final JpaTemplate jpa;
    private final ContactService contacts;
    private final CallerContext callers;
    private final AuditLog audit;
    private final TransactionalEvents events;
    private final Clock clock;
    private final String defaultCurrency;
    private final String defaultLocation;
    private final ZoneId salesZone;

    public OrderDesk(JpaTemplate jpa, ContactService contacts, CallerContext callers, AuditLog audit, TransactionalEvents events, Clock clock,
                     String defaultCurrency, String defaultLocation, ZoneId salesZone) {
        this.jpa = jpa;
        this.contacts = contacts;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
        this.defaultLocation = defaultLocation;
        this.salesZone = salesZone;
    }

    public Order place(Order.Draft draft) {
        OrderRequest request = OrderRequest.check(draft, callers.portalScope(), defaultCurrency, defaultLocation);
        Customer customer = contacts.get(request.customerId()); // exists, and this caller may see it (else 404)
        boolean override = request.overrideCredit();
        if (override && callers.caller().map(c -> !c.hasAnyRole(Set.of(CrmRoles.MANAGER, CrmRoles.ADMIN))).orElse(true)) {
            throw new ForbiddenException("credit-override", "Credit override refused", "Only a manager may place an order beyond the "
                    + "customer's credit limit.");
        }
        Order placed = JpaTransactions.required(jpa, em -> {
            if (em.find(LocationEntity.class, request.location()) == null) {
                throw new ValidationException("location", "no location has the code '" + request.location() + "'");
            }
            List<ProductEntity> products = new ArrayList<>();
            List<LinePricing.Priced> priced = new ArrayList<>();
            List<String> lineErrors = new ArrayList<>();
            for (int i = 0; i < request.lines().size(); i++) {
                Order.LineDraft line = request.lines().get(i);
                ProductEntity product = Catalogs.bySku(em, line.sku());
                if (product == null || !product.active) {
                    lineErrors.add("lines[" + i + "].sku");
                    products.add(null);
                    continue;
                }
                BigDecimal price = line.unitPrice() != null ? line.unitPrice() : product.unitPrice;
                if (line.unitPrice() == null && !product.currency.equals(request.currency())) {
                    throw new ValidationException("lines[" + i + "].unitPrice", "the catalog prices " + product.sku + " in "
                            + product.currency + ": give a price in " + request.currency());
                }
                products.add(product);
                priced.add(LinePricing.line(line.quantity(), price, line.discount(), product.taxRate, request.currency()));
            }
            if (!lineErrors.isEmpty()) {
                throw new ValidationException(lineErrors.stream().map(field -> new org.mosaiccrm.kernel.api.problem.FieldError(field,
                        "no active product has this SKU")).toList());
            }
            LinePricing.Totals totals = LinePricing.totals(priced);
            Instant now = clock.instant();
            // the number first: its counter row stays locked until this order commits, so orders are placed one
            // after the other and the credit check below sees the balance of every order placed before it
            String number = OrderNumbers.next(em, now.atZone(ZoneOffset.UTC).getYear());
            String creditNote = creditCheck(em, customer, request.currency(), totals.total(), override);
            OrderEntity order = new OrderEntity();
            order.id = UUID.randomUUID().toString();
            order.number = number;
            order.customerId = customer.id();
            order.status = OrderStatus.PLACED;
            order.channel = request.channel();
            order.salesRep = request.salesRep() != null ? request.salesRep() : callers.caller().filter(c -> !c.isCustomer())
                    .map(Caller::name).orElse(customer.owner());
            order.locationCode = request.location();
            order.instructions = request.instructions();
            order.currency = request.currency();
            order.subtotal = totals.subtotal();
            order.tax = totals.tax();
            order.total = totals.total();
            order.paid = BigDecimal.ZERO;
            order.creditOverridden = creditNote != null;
            order.placedAt = now;
            order.placedBy = callers.name();
            em.persist(order);
            List<OrderLineEntity> lines = new ArrayList<>();
            for (int i = 0; i < priced.size(); i++) {
                OrderLineEntity line = new OrderLineEntity();
                line.orderId = order.id;
                line.lineNo = i + 1;
                line.productId = products.get(i).id;
                line.quantity = priced.get(i).quantity();
                line.unitPrice = priced.get(i).unitPrice();
                line.discount = priced.get(i).discount();
                line.taxRate = priced.get(i).taxRate();
                line.lineTotal = priced.get(i).total();
                em.persist(line);
                lines.add(line);
            }
            em.flush();
            reserve(em, order, lines, products, request.allowBackorder());
            SalesRollup.apply(em, order, lines, salesZone, 1);
            List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("customerId", null, order.customerId),
                    new FieldChange("total", null, order.total + " " + order.currency)));
            if (creditNote != null) {
                changes.add(new FieldChange("creditOverride", null, creditNote));
            }
            audit.record(InventoryModule.NAME, ENTITY, order.id, AuditAction.CREATE, changes);
            timeline(order, Direction.INBOUND, "Commande " + order.number + " : " + Orders.amount(order.total, order.currency),
                    lines.size() + " ligne(s)" + (creditNote != null ? " ; crédit dépassé, autorisé par " + callers.name() : ""));
            Order read = Orders.read(order, lines, products);
            // in the order's transaction: Event Admin hears it only once the order committed
            events.publish(new Event(InventoryEvents.ORDER_PLACED, Map.of(InventoryEvents.CUSTOMER_ID, read.customerId(),
                    InventoryEvents.ORDER_ID, read.id(), InventoryEvents.TOTAL, read.total().amount().toPlainString(),
                    InventoryEvents.CURRENCY, read.total().currency())));
            return read;
        });
        return placed;
    }

    /** The override's note, or null when the order fits; a 409 stating the limit, the balance and the total otherwise. */
    private String creditCheck(EntityManager em, Customer customer, String currency, BigDecimal total, boolean override) {
        if (customer.creditLimit() == null) {
            return null;
        }
        BigDecimal balance = Orders.openBalance(em, customer.id(), currency);
        if (balance.add(total).compareTo(customer.creditLimit()) <= 0) {
            return null;
        }
        String note = "limit " + customer.creditLimit().toPlainString() + ", balance " + balance.toPlainString() + ", order "
                + total.toPlainString() + " " + currency;
        if (override) {
            return note;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("creditLimit", customer.creditLimit());
        facts.put("openBalance", balance);
        facts.put("orderTotal", total);
        facts.put("currency", currency);
        throw new ConflictException("This order would take " + customer.displayName() + " beyond their credit limit: limit "
                + customer.creditLimit().toPlainString() + " " + currency + ", open balance " + balance.toPlainString() + ", order "
                + total.toPlainString() + ". A manager may override it.", facts);
    }

    /** Reserves every stocked line at the order's location, in product order (no two orders lock in opposite orders). */
    private void reserve(EntityManager em, OrderEntity order, List<OrderLineEntity> lines, List<ProductEntity> products,
                         boolean allowBackorder) {
        List<Integer> byProduct = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            byProduct.add(i);
        }
        byProduct.sort(Comparator.comparing(i -> lines.get(i).productId));
        for (int i : byProduct) {
            ProductEntity product = products.get(i);
            OrderLineEntity line = lines.get(i);
            if (product.service) {
                continue;
            }
            long wanted = line.quantity;
            if (allowBackorder) {
                // all of it when there is enough (the guarded update alone), else what there is: the rest is backordered
                try {
                    StockLedger.record(em, product.id, product.sku, order.locationCode, LedgerEntry.Kind.RESERVATION, wanted,
                            "order " + order.number, order.id, callers.name(), order.placedAt);
                    line.reserved = wanted;
                    continue;
                } catch (ConflictException shortOfStock) {
                    var stock = StockLedger.level(em, product.id, order.locationCode);
                    wanted = Math.min(wanted, stock == null ? 0 : Math.max(0, stock.onHand - stock.reserved));
                }
            }
            if (wanted > 0) {
                StockLedger.record(em, product.id, product.sku, order.locationCode, LedgerEntry.Kind.RESERVATION, wanted,
                        "order " + order.number, order.id, callers.name(), order.placedAt);
                line.reserved = wanted;
            }
        }
    }

    public Order changeStatus(String id, long version, OrderStatus target) {
        if (target == null) {
            throw new ValidationException("status", "is required: one of " + java.util.Arrays.toString(OrderStatus.values()));
        }
        if (target == OrderStatus.SHIPPED) {
            throw new ConflictException("An order is shipped by recording its shipment: POST /crm/api/inventory/orders/{id}/shipments.");
        }
        return JpaTransactions.required(jpa, em -> {
            if (target == OrderStatus.CANCELLED || target == OrderStatus.RETURNED) {
                SalesRollup.lock(em); // before the order's own lock, as every writer of the sales figures does
            }
            OrderEntity order = Orders.find(em, id, callers.portalScope());
            if (order.version != version) {
                throw new ConflictException("Order " + order.number + " changed since version " + version + " was read: reload it.",
                        Map.of("currentVersion", order.version));
            }
            if (!order.status.next().contains(target)) {
                throw new ConflictException("An order " + order.status + " cannot become " + target + ".",
                        Map.of("current", order.status, "allowed", order.status.next()));
            }
            OrderStatus before = order.status;
            if (target == OrderStatus.CANCELLED) {
                long shipped = Orders.lines(em, order.id).stream().mapToLong(line -> line.shipped).sum();
                if (shipped > 0) {
                    throw new ConflictException("Order " + order.number + " has " + shipped + " unit(s) shipped already: it cannot be "
                            + "cancelled; record their return once delivered.", Map.of("shipped", shipped));
                }
                release(em, order);
            } else if (target == OrderStatus.RETURNED) {
                restock(em, order);
            }
            if (target == OrderStatus.CANCELLED || target == OrderStatus.RETURNED) {
                SalesRollup.apply(em, order, Orders.lines(em, order.id), salesZone, -1); // net sales: no longer sold
            }
            order.status = target;
            audit.record(InventoryModule.NAME, ENTITY, order.id, AuditAction.UPDATE,
                    List.of(new FieldChange("status", before.name(), target.name())));
            timeline(order, Direction.INBOUND, "Commande " + order.number + " : " + label(target), null);
            em.flush();
            return Orders.read(em, order);
        });
    }

    private void release(EntityManager em, OrderEntity order) {
        for (OrderLineEntity line : Orders.lines(em, order.id)) {
            if (line.reserved > 0) {
                ProductEntity product = em.find(ProductEntity.class, line.productId);
                StockLedger.record(em, line.productId, product.sku, order.locationCode, LedgerEntry.Kind.RELEASE, line.reserved,
                        "order " + order.number + " cancelled", order.id, callers.name(), clock.instant());
                line.reserved = 0;
            }
        }
    }

    private void restock(EntityManager em, OrderEntity order) {
        release(em, order);
        for (OrderLineEntity line : Orders.lines(em, order.id)) {
            if (line.shipped > 0) {
                ProductEntity product = em.find(ProductEntity.class, line.productId);
                StockLedger.record(em, line.productId, product.sku, order.locationCode, LedgerEntry.Kind.RETURN, line.shipped,
                        "order " + order.number + " returned", order.id, callers.name(), clock.instant());
            }
        }
    }

    public Payment pay(String orderId, Payment.Draft draft) {
        if (draft == null || draft.amount() == null || draft.amount().signum() <= 0) {
            throw new ValidationException("amount", "is required, more than zero, in the order's currency");
        }
        List<org.mosaiccrm.kernel.api.problem.FieldError> errors = new ArrayList<>();
        org.mosaiccrm.kernel.api.problem.FieldError.checkDecimal(errors, "amount", draft.amount(), 19, 4);
        org.mosaiccrm.kernel.api.problem.FieldError.checkLength(errors, "method", draft.method(), 32);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return JpaTransactions.required(jpa, em -> {
            OrderEntity order = Orders.find(em, orderId, callers.portalScope());
            if (!order.status.open()) {
                throw new ConflictException("Order " + order.number + " is " + order.status + ": it takes no payment.");
            }
            BigDecimal due = order.total.subtract(order.paid);
            if (draft.amount().compareTo(due) > 0) {
                throw new ValidationException("amount", "is more than what is left to pay (" + due.toPlainString() + " " + order.currency + ")");
            }
            PaymentEntity payment = new PaymentEntity();
            payment.id = UUID.randomUUID().toString();
            payment.orderId = order.id;
            payment.amount = draft.amount();
            payment.currency = order.currency;
            payment.method = draft.method() == null || draft.method().isBlank() ? null : draft.method().strip();
            payment.at = clock.instant();
            payment.user = callers.name();
            em.persist(payment);
            order.paid = order.paid.add(draft.amount());
            if (order.paid.compareTo(order.total) >= 0 && order.status == OrderStatus.PLACED) {
                order.status = OrderStatus.PAID;
            }
            audit.record(InventoryModule.NAME, "Payment", payment.id, AuditAction.CREATE,
                    List.of(new FieldChange("orderId", null, order.id), new FieldChange("amount", null, payment.amount + " " + payment.currency)));
            timeline(order, Direction.INBOUND, "Paiement de " + Orders.amount(payment.amount, payment.currency) + " (commande " + order.number + ")",
                    payment.method);
            return payment.toPayment();
        });
    }

    /** An entry on the customer's timeline, in the order's transaction: the 360° view tells the whole story. */
    void timeline(OrderEntity order, Direction direction, String subject, String summary) {
        Channel channel = switch (order.channel) {
            case "STORE" -> Channel.VISIT;
            case "PHONE" -> Channel.PHONE;
            default -> Channel.WEB;
        };
        contacts.addInteraction(order.customerId, new InteractionDraft(channel, direction, clock.instant(), subject, summary, null,
                InventoryModule.NAME, order.id));
    }

    private static String label(OrderStatus status) {
        return switch (status) {
            case PLACED -> "passée";
            case PAID -> "payée";
            case SHIPPED -> "expédiée";
            case DELIVERED -> "livrée";
            case CANCELLED -> "annulée";
            case RETURNED -> "retournée";
        };
    }

    static boolean isChannel(String channel) {
        return CHANNELS.contains(channel);
    }
}
