package org.mosaiccrm.inventory.impl.replenishment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mosaiccrm.inventory.api.Location;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion.Action;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion.RuleSource;

/**
 * Turns stock and sales figures into suggestions; no database, so that the rules are tested as they are.
 *
 * <p>Per product × location: the velocity {@code d} (units sold per day over the window) and the spread
 * {@code σ} of daily sales. Without a manager's rule, {@code minimum = ⌈d·L + k·σ·√L⌉} (lead-time demand plus
 * safety stock, L the lead time, k the safety factor) and {@code maximum = max(minimum, ⌈d·T⌉)} (T the target
 * cover). A location below its minimum (available plus on order) is brought up to its maximum, the most
 * urgent first: from locations holding more than their own maximum (same region first, warehouses first,
 * the largest surplus first), the rest purchased.
 */
public final class ReplenishmentPlanner {

    /** The settings that shape the rules. */
    public record Settings(int windowDays, int leadTimeDays, int targetCoverDays, double safetyFactor) {
    }

    /**
     * One product at one location.
     *
     * @param unitsSold        units sold over the window
     * @param dailySquares     the sum over the window's days of (units sold that day)²
     * @param manualMinimum    with {@code manualMaximum}, a manager's rule; both 0: none
     */
    public record Pair(String productId, String sku, String productName, String location, long available, long onOrder,
                       long manualMinimum, long manualMaximum, long unitsSold, double dailySquares, boolean snoozed) {
    }

    private final Settings settings;
    private final Map<String, Location> locations;

    public ReplenishmentPlanner(Settings settings, Collection<Location> locations) {
        this.settings = settings;
        this.locations = new HashMap<>();
        locations.forEach(location -> this.locations.put(location.code(), location));
    }

    /** A pair with its rule worked out. */
    private final class Position {
        final Pair pair;
        final Location place;
        final double velocity;
        final long minimum;
        final long maximum;
        final RuleSource rule;
        long surplus;

        Position(Pair pair) {
            this.pair = pair;
            this.place = locations.get(pair.location());
            int window = settings.windowDays();
            velocity = (double) pair.unitsSold() / window;
            if (pair.manualMinimum() > 0 || pair.manualMaximum() > 0) {
                rule = RuleSource.MANUAL;
                minimum = pair.manualMinimum();
                maximum = Math.max(pair.manualMaximum(), pair.manualMinimum());
            } else {
                rule = RuleSource.SALES_HISTORY;
                double variance = Math.max(0, pair.dailySquares() / window - velocity * velocity);
                double lead = settings.leadTimeDays();
                long min = velocity == 0 ? 0 : (long) Math.ceil(velocity * lead + settings.safetyFactor() * Math.sqrt(variance * lead) - 1e-9);
                minimum = min;
                maximum = Math.max(min, (long) Math.ceil(velocity * settings.targetCoverDays() - 1e-9));
            }
            // a store that sells nothing and has no rule has just received the product, or shows it: only a
            // warehouse gives away what it does not sell
            boolean keeps = rule == RuleSource.SALES_HISTORY && velocity == 0 && place != null && place.kind() != Location.Kind.WAREHOUSE;
            surplus = keeps ? 0 : Math.max(0, pair.available() - maximum);
        }

        boolean belowMinimum() {
            return place != null && minimum > 0 && pair.available() + pair.onOrder() < minimum;
        }

        Double cover() {
            return velocity == 0 ? null : pair.available() / velocity;
        }

        /** Days of cover; a location that sells nothing (below a manager's minimum) comes after every one that sells. */
        double urgency() {
            return velocity == 0 ? Double.MAX_VALUE : pair.available() / velocity;
        }
    }

    /** Every suggestion, the most urgent destination first. */
    public List<ReplenishmentSuggestion> plan(Collection<Pair> pairs) {
        Map<String, List<Position>> byProduct = new HashMap<>();
        Map<String, Long> regionSales = new HashMap<>();
        for (Pair pair : pairs) {
            Position position = new Position(pair);
            byProduct.computeIfAbsent(pair.productId(), id -> new ArrayList<>()).add(position);
            if (position.place != null) {
                regionSales.merge(pair.productId() + "\u0000" + position.place.regionCode(), pair.unitsSold(), Long::sum);
            }
        }
        List<Position> destinations = new ArrayList<>();
        byProduct.values().forEach(positions -> positions.stream().filter(p -> p.belowMinimum() && !p.pair.snoozed()).forEach(destinations::add));
        destinations.sort(Comparator.comparingDouble(Position::urgency).thenComparing(p -> p.pair.sku()).thenComparing(p -> p.pair.location()));
        List<ReplenishmentSuggestion> suggestions = new ArrayList<>();
        for (Position destination : destinations) {
            long need = destination.maximum - destination.pair.available() - destination.pair.onOrder();
            double regionVelocity = (double) regionSales.getOrDefault(destination.pair.productId() + "\u0000"
                    + destination.place.regionCode(), 0L) / settings.windowDays();
            List<Position> sources = byProduct.get(destination.pair.productId()).stream()
                    .filter(p -> p != destination && p.surplus > 0 && p.place != null)
                    .sorted(Comparator.<Position, Boolean>comparing(p -> !p.place.regionCode().equals(destination.place.regionCode()))
                            .thenComparing(p -> p.place.kind() != Location.Kind.WAREHOUSE)
                            .thenComparing(p -> -p.surplus).thenComparing(p -> p.pair.location()))
                    .toList();
            for (Position source : sources) {
                if (need <= 0) {
                    break;
                }
                long quantity = Math.min(need, source.surplus);
                source.surplus -= quantity;
                need -= quantity;
                suggestions.add(suggestion(destination, source, quantity, regionVelocity));
            }
            if (need > 0) {
                suggestions.add(suggestion(destination, null, need, regionVelocity));
            }
        }
        return suggestions;
    }

    private ReplenishmentSuggestion suggestion(Position to, Position from, long quantity, double regionVelocity) {
        Pair pair = to.pair;
        Action action = from == null ? Action.PURCHASE : Action.TRANSFER;
        String reason = reason(to, from, quantity, regionVelocity);
        return new ReplenishmentSuggestion(pair.sku(), pair.productName(), pair.location(), to.place.name(), to.place.regionCode(),
                to.place.regionName(), action, from == null ? null : from.pair.location(), from == null ? null : from.place.name(),
                quantity, round(to.velocity), round(regionVelocity), settings.windowDays(), pair.available(), pair.onOrder(),
                to.cover() == null ? null : round(to.cover()), to.minimum, to.maximum, to.rule, settings.targetCoverDays(), reason);
    }

    /** E.g. "transfer 40 × SKU-123 from Entrepôt Lyon to Magasin Marseille: region Sud sold 6.2/day over 28 days, ...". */
    private String reason(Position to, Position from, long quantity, double regionVelocity) {
        StringBuilder text = new StringBuilder();
        text.append(from == null ? "purchase " : "transfer ").append(quantity).append(" × ").append(to.pair.sku());
        if (from != null) {
            text.append(" from ").append(from.place.name());
        }
        text.append(" to ").append(to.place.name()).append(": ");
        int window = settings.windowDays();
        text.append("region ").append(to.place.regionName()).append(" sold ").append(decimal(regionVelocity)).append("/day over ")
                .append(window).append(" days, ").append(to.place.name()).append(' ').append(decimal(to.velocity)).append("/day");
        Double cover = to.cover();
        text.append("; ").append(to.pair.available()).append(" available");
        if (to.pair.onOrder() > 0) {
            text.append(" and ").append(to.pair.onOrder()).append(" on order");
        }
        if (cover != null) {
            text.append(" = ").append(decimal(cover)).append(" days of cover");
        }
        text.append(", below its minimum ").append(to.minimum)
                .append(to.rule == RuleSource.MANUAL ? " (manager's rule)" : " (from its sales history)");
        text.append("; target ").append(to.rule == RuleSource.MANUAL ? "maximum " + to.maximum
                : settings.targetCoverDays() + " days of cover = " + to.maximum);
        if (from != null) {
            text.append("; ").append(from.place.name()).append(" holds ").append(from.pair.available()).append(", its maximum is ")
                    .append(from.maximum);
        }
        return text.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
