package org.mosaiccrm.inventory.api;

/**
 * Topics of the inventory module. Orders' events are published in the change's transaction through the kernel's
 * {@code TransactionalEvents} (in-transaction handlers, such as an outbox, hear them there) and posted to Event Admin
 * after the commit; the others are posted after the commit.
 */
public final class InventoryEvents {

    /** Every topic of the module starts with this. */
    public static final String TOPIC_PREFIX = "org/mosaiccrm/inventory/";

    /** An order was placed: {@link #CUSTOMER_ID}, {@link #ORDER_ID}, {@link #TOTAL}, {@link #CURRENCY}. */
    public static final String ORDER_PLACED = TOPIC_PREFIX + "ORDER_PLACED";
    /** Goods left: {@link #CUSTOMER_ID}, {@link #ORDER_ID}, {@link #SHIPMENT_ID}, {@link #CARRIER}, {@link #TRACKING_NUMBER}, {@link #TRACKING_URL}. */
    public static final String ORDER_SHIPPED = TOPIC_PREFIX + "ORDER_SHIPPED";
    /** A shipment left lines behind for want of stock: {@link #CUSTOMER_ID}, {@link #ORDER_ID}. */
    public static final String ORDER_BACKORDERED = TOPIC_PREFIX + "ORDER_BACKORDERED";
    /** A location's available stock of a product fell to its minimum or below: {@link #SKU}, {@link #LOCATION}, {@link #AVAILABLE}. */
    public static final String STOCK_LOW = TOPIC_PREFIX + "STOCK_LOW";

    public static final String CUSTOMER_ID = "customerId";
    public static final String ORDER_ID = "orderId";
    /** The order's number as customers read it (ORDER_SHIPPED, ORDER_BACKORDERED). @since 1.2 */
    public static final String ORDER_NUMBER = "orderNumber";
    /** The shipment's own id (ORDER_SHIPPED): two parcels of one order are two shipments. @since 1.3 */
    public static final String SHIPMENT_ID = "shipmentId";
    public static final String TOTAL = "total";
    public static final String CURRENCY = "currency";
    public static final String CARRIER = "carrier";
    public static final String TRACKING_NUMBER = "trackingNumber";
    public static final String TRACKING_URL = "trackingUrl";
    public static final String SKU = "sku";
    public static final String LOCATION = "location";
    public static final String AVAILABLE = "available";

    private InventoryEvents() {
    }
}
