package org.mosaiccrm.inventory.api;

import java.time.Instant;
import java.util.List;

/**
 * Goods that left for the customer. A line with a serialized product lists its units' serial numbers.
 *
 * @param trackingUrl from the carrier's template in the configuration, when it has one
 */
public record Shipment(String id, String orderId, String carrier, String trackingNumber, String trackingUrl, List<Line> lines,
                       Instant at, String user) {

    public Shipment {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, long quantity, List<String> serialNumbers) {
        public Line {
            serialNumbers = serialNumbers == null ? List.of() : List.copyOf(serialNumbers);
        }
    }

    /** What a client sends; without lines, everything still to ship that the stock allows. */
    public record Draft(String carrier, String trackingNumber, List<Line> lines) {
    }
}
