package org.mosaiccrm.notifications.impl.triggers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mosaiccrm.inventory.api.InventoryEvents;
import org.mosaiccrm.kernel.api.events.TransactionalEventHandler;
import org.mosaiccrm.notifications.api.NotificationRequest;
import org.mosaiccrm.notifications.api.NotificationService;
import org.mosaiccrm.notifications.api.Purpose;
import org.mosaiccrm.notifications.impl.NotificationsConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;

/**
 * Shipping and backorder notices, written in the shipment's own transaction (the inventory module publishes its
 * orders' events there): the notice exists exactly when the shipment committed. Only the topics' and properties'
 * names come from the inventory API (constants), so this works, and waits, without inventory.
 */
@Component(service = TransactionalEventHandler.class, configurationPid = NotificationsConfig.PID,
        property = { TransactionalEventHandler.TOPICS + "=" + InventoryEvents.ORDER_SHIPPED,
                TransactionalEventHandler.TOPICS + "=" + InventoryEvents.ORDER_BACKORDERED })
public class OrderNotices implements TransactionalEventHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OrderNotices.class);

    private final NotificationService notifications;
    private volatile NotificationsConfig config;

    @Activate
    public OrderNotices(@Reference NotificationService notifications, NotificationsConfig config) {
        this.notifications = notifications;
        this.config = config;
    }

    @Modified
    void modified(NotificationsConfig changed) {
        this.config = changed;
    }

    @Override
    public void handle(Event event) {
        String customerId = (String) event.getProperty(InventoryEvents.CUSTOMER_ID);
        String orderId = (String) event.getProperty(InventoryEvents.ORDER_ID);
        if (customerId == null || orderId == null) {
            return;
        }
        boolean shipped = InventoryEvents.ORDER_SHIPPED.equals(event.getTopic());
        if (shipped ? !config.shippingNotices() : !config.backorderNotices()) {
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        String number = (String) event.getProperty(InventoryEvents.ORDER_NUMBER);
        data.put("order.number", number == null ? orderId : number);
        put(data, "order.carrier", event.getProperty(InventoryEvents.CARRIER));
        put(data, "order.trackingNumber", event.getProperty(InventoryEvents.TRACKING_NUMBER));
        Object trackingUrl = event.getProperty(InventoryEvents.TRACKING_URL);
        if (trackingUrl != null && trackingUrl.toString().matches("(?i)https?://\\S+")) { // a link customers click: the web's schemes only
            data.put("order.trackingUrl", trackingUrl.toString());
        }
        // one notice per shipment (two parcels of one order are two notices); a backorder is told each time it happens
        Object shipment = event.getProperty(InventoryEvents.SHIPMENT_ID);
        String key = (shipped ? "shipped:" : "backordered:") + orderId + ":"
                + (shipped && shipment != null ? shipment : java.util.UUID.randomUUID());
        enqueue(notifications, NotificationRequest.toCustomer(key, customerId, shipped ? "shipping-notice" : "backorder-notice",
                Purpose.TRANSACTIONAL, data, "order " + data.get("order.number") + (shipped ? " shipped" : " backordered")));
    }

    /**
     * Writes a trigger's notice; a request the outbox refuses (a value it cannot take) is logged, and the fact commits:
     * the refusal comes before anything is written, so the caller's transaction is untouched.
     */
    static void enqueue(NotificationService notifications, NotificationRequest request) {
        try {
            notifications.enqueue(request);
        } catch (org.mosaiccrm.kernel.api.problem.ValidationException refused) {
            LOG.warn("No {} notice for {}: {}", request.template(), request.trigger(), refused.getMessage());
        }
    }

    static void put(Map<String, String> data, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            data.put(key, value.toString());
        }
    }
}
