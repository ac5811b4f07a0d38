package org.mosaiccrm.inventory.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order's life: placed → paid → shipped → delivered, or cancelled (before it ships) or returned (after).
 * An order may also ship before it is paid (a customer on credit terms).
 */
public enum OrderStatus {
    PLACED, PAID, SHIPPED, DELIVERED, CANCELLED, RETURNED;

    /** The statuses an order in this one may be moved to. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(PAID, SHIPPED, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED, RETURNED);
            case DELIVERED -> EnumSet.of(RETURNED);
            case CANCELLED, RETURNED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Whether the order still counts in the customer's open balance (what is not paid of it). */
    public boolean open() {
        return this != CANCELLED && this != RETURNED;
    }
}
