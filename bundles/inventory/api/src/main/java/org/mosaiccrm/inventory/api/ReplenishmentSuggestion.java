package org.mosaiccrm.inventory.api;

import java.util.List;

/**
 * What a location should receive so that it keeps enough stock, and why. Computed from each location's own
 * sales over the window ({@code unitsPerDay}) and its min/max: a manual rule when a manager set one, else one
 * derived from the sales history (lead-time demand plus safety stock; target cover).
 *
 * @param fromLocation  where a {@link Action#TRANSFER} takes the units from; {@code null} for a purchase
 * @param unitsPerDay   the destination's own sales velocity over {@code windowDays}
 * @param regionUnitsPerDay the velocity of the destination's whole region
 * @param onOrder       units of accepted purchases not yet received
 * @param daysOfCover   {@code available / unitsPerDay}; {@code null} when nothing sold
 * @param reason        one sentence a manager reads, e.g. "transfer 40 × SKU-123 from Lyon warehouse to Marseille store: ..."
 * @since 1.1
 */
public record ReplenishmentSuggestion(String sku, String productName, String location, String locationName, String regionCode,
                                      String regionName, Action action, String fromLocation, String fromLocationName, long quantity,
                                      double unitsPerDay, double regionUnitsPerDay, int windowDays, long available, long onOrder,
                                      Double daysOfCover, long minimum, long maximum, RuleSource rule, int targetCoverDays,
                                      String reason) {

    public enum Action {
        /** Move units from a location that has more than its own maximum. */
        TRANSFER,
        /** No location can spare them: buy them in. */
        PURCHASE
    }

    public enum RuleSource {
        /** A manager's min/max for this product at this location. */
        MANUAL,
        /** Derived from the location's own sales over the window. */
        SALES_HISTORY
    }

    /** A suggestion as the manager saw it; {@code quantity} may be less than suggested, never more. */
    public record Acceptance(String sku, String location, Action action, String fromLocation, long quantity) {
    }

    /**
     * What accepting did: a transfer's two ledger entries, or the units now on order at the location (counted
     * as incoming until receipts bring them).
     */
    public record Accepted(Action action, long quantity, List<LedgerEntry> movements, long onOrder) {
    }
}
