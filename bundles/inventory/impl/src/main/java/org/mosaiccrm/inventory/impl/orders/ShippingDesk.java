package org.mosaiccrm.inventory.impl.orders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.inventory.api.InventoryEvents;
import org.mosaiccrm.inventory.api.LedgerEntry;
import org.mosaiccrm.inventory.api.OrderStatus;
import org.mosaiccrm.inventory.api.Shipment;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.persistence.OrderEntity;
import org.mosaiccrm.inventory.impl.persistence.OrderLineEntity;
import org.mosaiccrm.inventory.impl.persistence.ProductEntity;
import org.mosaiccrm.inventory.impl.persistence.ShipmentEntity;
import org.mosaiccrm.inventory.impl.persistence.WarrantyEntity;
import org.mosaiccrm.inventory.impl.stock.StockLedger;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.osgi.service.event.Event;
import org.mosaiccrm.kernel.api.events.TransactionalEvents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Shipments: what was reserved leaves the stock (a sale in the ledger), the serialized units start their
 * warranties, the customer's timeline says so with the tracking link, and what could not go is
 * backordered (reserved as soon as the stock allows, at the next shipment). The order is SHIPPED once
 * every line has gone.
 */
public final class ShippingDesk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JpaTemplate jpa;
    private final OrderDesk orders;
    private final CallerContext callers;
    private final AuditLog audit;
    private final TransactionalEvents events;
    private final Clock clock;
    private final Function<String, String> trackingUrls;

    /** {@code trackingUrls}: the carrier's tracking link for a tracking number (carrier, number → URL), or null. */
    public ShippingDesk(JpaTemplate jpa, OrderDesk orders, CallerContext callers, AuditLog audit, TransactionalEvents events, Clock clock,
                        Function<String, String> trackingUrls) {
        this.jpa = jpa;
        this.orders = orders;
        this.callers = callers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.trackingUrls = trackingUrls;
    }

    public Shipment ship(String orderId, Shipment.Draft draft) {
        Shipment.Draft asked = draft == null ? new Shipment.Draft(null, null, null) : draft;
        List<FieldError> errors = new ArrayList<>();
        FieldError.checkLength(errors, "carrier", asked.carrier(), 64);
        FieldError.checkSingleLine(errors, "carrier", asked.carrier());
        FieldError.checkLength(errors, "trackingNumber", asked.trackingNumber(), 100);
        FieldError.checkSingleLine(errors, "trackingNumber", asked.trackingNumber());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean[] backordered = { false };
        Shipment shipment = JpaTransactions.required(jpa, em -> {
            OrderEntity order = Orders.find(em, orderId, callers.portalScope());
            if (order.status != OrderStatus.PLACED && order.status != OrderStatus.PAID) {
                throw new ConflictException("Order " + order.number + " is " + order.status + ": nothing is left to ship.",
                        Map.of("current", order.status));
            }
            Map<String, Shipment.Line> wanted = wanted(asked, errors);
            List<Shipment.Line> shipped = new ArrayList<>();
            LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            for (OrderLineEntity line : Orders.lines(em, order.id)) {
                ProductEntity product = em.find(ProductEntity.class, line.productId);
                long remaining = line.quantity - line.shipped;
                if (remaining == 0) {
                    continue;
                }
                Shipment.Line request = wanted == null ? null : wanted.remove(product.sku);
                long quantity = wanted == null ? remaining : request == null ? 0 : request.quantity();
                if (quantity > remaining) {
                    errors.add(new FieldError("lines." + product.sku, "only " + remaining + " left to ship on this order"));
                    continue;
                }
                if (product.service) {
                    line.shipped += quantity;
                    continue;
                }
                topUp(em, order, line, product);
                long going = Math.min(quantity, line.reserved);
                if (going < quantity) { // what was asked for waits for stock; a part held back on purpose is no backorder
                    backordered[0] = true;
                }
                if (going == 0) {
                    continue;
                }
                List<String> serials = request == null ? List.of() : request.serialNumbers();
                if (product.serialized && serials.size() != going) {
                    errors.add(new FieldError("lines." + product.sku + ".serialNumbers", going + " serial numbers are needed for "
                            + product.sku + ", " + serials.size() + " given"));
                    continue;
                }
                StockLedger.record(em, product.id, product.sku, order.locationCode, LedgerEntry.Kind.SALE, going,
                        "order " + order.number + " shipped", order.id, callers.name(), clock.instant());
                line.reserved -= going;
                line.shipped += going;
                for (String serial : serials) {
                    warranty(em, serial, product, order, today, errors);
                }
                shipped.add(new Shipment.Line(product.sku, going, serials));
            }
            if (wanted != null) {
                wanted.keySet().forEach(sku -> errors.add(new FieldError("lines." + sku, "is not on this order, or fully shipped")));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (shipped.isEmpty()) {
                throw new ConflictException("Nothing of order " + order.number + " can ship: its products are not in stock at "
                        + order.locationCode + ".", Map.of("location", order.locationCode));
            }
            Shipment recorded = record(em, order, asked, shipped);
            // in the shipment's transaction: an outbox (the shipping notice) commits with it; Event Admin hears after the commit
            published(recorded, order, backordered[0]).forEach(events::publish);
            return recorded;
        });
        return shipment;
    }

    private static List<Event> published(Shipment shipment, OrderEntity order, boolean backordered) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(InventoryEvents.ORDER_ID, shipment.orderId());
        properties.put(InventoryEvents.SHIPMENT_ID, shipment.id());
        properties.put(InventoryEvents.ORDER_NUMBER, order.number);
        properties.put(InventoryEvents.CUSTOMER_ID, order.customerId);
        if (shipment.carrier() != null) {
            properties.put(InventoryEvents.CARRIER, shipment.carrier());
        }
        if (shipment.trackingNumber() != null) {
            properties.put(InventoryEvents.TRACKING_NUMBER, shipment.trackingNumber());
        }
        if (shipment.trackingUrl() != null) {
            properties.put(InventoryEvents.TRACKING_URL, shipment.trackingUrl());
        }
        List<Event> events = new ArrayList<>(List.of(new Event(InventoryEvents.ORDER_SHIPPED, properties)));
        if (backordered) {
            events.add(new Event(InventoryEvents.ORDER_BACKORDERED, Map.of(InventoryEvents.ORDER_ID, shipment.orderId(),
                    InventoryEvents.ORDER_NUMBER, order.number, InventoryEvents.CUSTOMER_ID, order.customerId)));
        }
        return events;
    }

    /** The lines asked for by SKU (quantities summed), or null for "everything still to ship". */
    private static Map<String, Shipment.Line> wanted(Shipment.Draft draft, List<FieldError> errors) {
        if (draft.lines() == null || draft.lines().isEmpty()) {
            return null;
        }
        Map<String, Shipment.Line> wanted = new LinkedHashMap<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            Shipment.Line line = draft.lines().get(i);
            if (line == null || line.sku() == null || line.quantity() < 1) {
                errors.add(new FieldError("lines[" + i + "]", "needs a sku and a quantity of at least 1"));
                continue;
            }
            wanted.merge(line.sku().strip(), line, (a, b) -> new Shipment.Line(a.sku(), a.quantity() + b.quantity(),
                    concat(a.serialNumbers(), b.serialNumbers())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return wanted;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A backordered line reserves what has arrived since. */
    private void topUp(EntityManager em, OrderEntity order, OrderLineEntity line, ProductEntity product) {
        long missing = line.quantity - line.shipped - line.reserved;
        if (missing <= 0) {
            return;
        }
        var stock = StockLedger.level(em, product.id, order.locationCode);
        long available = stock == null ? 0 : stock.onHand - stock.reserved;
        long taking = Math.min(missing, available);
        if (taking > 0) {
            StockLedger.record(em, product.id, product.sku, order.locationCode, LedgerEntry.Kind.RESERVATION, taking,
                    "backorder of " + order.number, order.id, callers.name(), clock.instant());
            line.reserved += taking;
        }
    }

    private static void warranty(EntityManager em, String serial, ProductEntity product, OrderEntity order, LocalDate today,
                                 List<FieldError> errors) {
        String number = serial == null ? "" : serial.strip();
        if (number.isEmpty() || number.length() > 100) {
            errors.add(new FieldError("serialNumbers", "a serial number has 1 to 100 characters"));
            return;
        }
        if (em.find(WarrantyEntity.class, number) != null) {
            errors.add(new FieldError("serialNumbers", "serial number " + number + " was already sold"));
            return;
        }
        WarrantyEntity warranty = new WarrantyEntity();
        warranty.serialNumber = number;
        warranty.productId = product.id;
        warranty.customerId = order.customerId;
        warranty.orderId = order.id;
        warranty.starts = today;
        warranty.ends = today.plusMonths(product.warrantyMonths);
        em.persist(warranty);
    }

    private Shipment record(EntityManager em, OrderEntity order, Shipment.Draft asked, List<Shipment.Line> shipped) {
        ShipmentEntity entity = new ShipmentEntity();
        entity.id = UUID.randomUUID().toString();
        entity.orderId = order.id;
        entity.carrier = blank(asked.carrier());
        entity.trackingNumber = blank(asked.trackingNumber());
        entity.trackingUrl = entity.carrier == null || entity.trackingNumber == null ? null
                : trackingUrls.apply(entity.carrier + "\n" + entity.trackingNumber);
        entity.lines = json(shipped);
        entity.at = clock.instant();
        entity.user = callers.name();
        em.persist(entity);
        boolean complete = Orders.lines(em, order.id).stream().allMatch(l -> l.shipped == l.quantity);
        if (complete) {
            order.status = OrderStatus.SHIPPED;
        }
        audit.record(InventoryModule.NAME, "Shipment", entity.id, AuditAction.CREATE, List.of(new FieldChange("orderId", null, order.id),
                new FieldChange("lines", null, entity.lines)));
        orders.timeline(order, Direction.OUTBOUND, "Expédition de la commande " + order.number + (complete ? "" : " (partielle)"),
                entity.carrier == null ? null : entity.carrier + " " + entity.trackingNumber
                        + (entity.trackingUrl == null ? "" : " — " + entity.trackingUrl));
        return toShipment(entity);
    }

    public List<Shipment> shipments(String orderId) {
        return jpa.txExpr(em -> {
            Orders.find(em, orderId, callers.portalScope());
            return em.createQuery("SELECT s FROM ShipmentEntity s WHERE s.orderId = :o ORDER BY s.at", ShipmentEntity.class)
                    .setParameter("o", orderId).getResultList().stream().map(ShippingDesk::toShipment).toList();
        });
    }

    static Shipment toShipment(ShipmentEntity entity) {
        try {
            List<Shipment.Line> lines = JSON.readValue(entity.lines, new TypeReference<List<Shipment.Line>>() { });
            return new Shipment(entity.id, entity.orderId, entity.carrier, entity.trackingNumber, entity.trackingUrl, lines,
                    entity.at, entity.user);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("shipment " + entity.id + " has unreadable lines", e);
        }
    }

    private static String json(List<Shipment.Line> lines) {
        try {
            return JSON.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
