package org.mosaiccrm.inventory.impl.replenishment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.mosaiccrm.inventory.api.Location;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion.Action;
import org.mosaiccrm.inventory.api.ReplenishmentSuggestion.RuleSource;
import org.mosaiccrm.inventory.impl.replenishment.ReplenishmentPlanner.Pair;

public class ReplenishmentPlannerTest {

    private static final List<Location> PLACES = List.of(
            new Location("LYON-WH", "Entrepôt Lyon", Location.Kind.WAREHOUSE, "SUD", "Sud", null),
            new Location("MRS-01", "Magasin Marseille", Location.Kind.STORE, "SUD", "Sud", null),
            new Location("NICE-01", "Magasin Nice", Location.Kind.STORE, "SUD", "Sud", null),
            new Location("LILLE-WH", "Entrepôt Lille", Location.Kind.WAREHOUSE, "NORD", "Nord", null));

    /** 28-day window, 3 days of lead time, 10 days of cover, no safety stock unless asked. */
    private final ReplenishmentPlanner planner = new ReplenishmentPlanner(new ReplenishmentPlanner.Settings(28, 3, 10, 0), PLACES);

    /** A location that sold the same every day: no spread. */
    private static Pair steady(String location, long available, long perDay) {
        return new Pair("p1", "SKU-123", "Cafetière", location, available, 0, 0, 0, perDay * 28, perDay * perDay * 28.0, false);
    }

    @Test
    public void aStoreBelowItsMinimumGetsATransferFromTheWarehouseOfItsRegionUpToItsTargetCover() {
        List<ReplenishmentSuggestion> plan = planner.plan(List.of(steady("MRS-01", 10, 4), steady("LYON-WH", 200, 0),
                steady("LILLE-WH", 500, 0)));
        assertEquals(1, plan.size());
        ReplenishmentSuggestion transfer = plan.get(0);
        assertEquals(Action.TRANSFER, transfer.action());
        assertEquals("the warehouse of its own region, not the fuller one in the north", "LYON-WH", transfer.fromLocation());
        assertEquals("minimum: 3 days × 4/day", 12, transfer.minimum());
        assertEquals("maximum: 10 days × 4/day", 40, transfer.maximum());
        assertEquals("up to the maximum", 30, transfer.quantity());
        assertEquals(RuleSource.SALES_HISTORY, transfer.rule());
        assertEquals(2.5, transfer.daysOfCover(), 0.001);
        assertTrue(transfer.reason(), transfer.reason().startsWith("transfer 30 × SKU-123 from Entrepôt Lyon to Magasin Marseille: "
                + "region Sud sold 4.0/day over 28 days, Magasin Marseille 4.0/day; 10 available = 2.5 days of cover"));
    }

    @Test
    public void atTheMinimumNothingIsSuggested() {
        assertEquals(List.of(), planner.plan(List.of(steady("MRS-01", 12, 4), steady("LYON-WH", 200, 0))));
    }

    @Test
    public void whatNoLocationCanSpareIsPurchasedAndTheSourceKeepsItsOwnMaximum() {
        // Nice sells 2/day: its maximum is 20, it may give 5 of its 25; Marseille needs 40
        List<ReplenishmentSuggestion> plan = planner.plan(List.of(steady("MRS-01", 0, 4), steady("NICE-01", 25, 2)));
        assertEquals(2, plan.size());
        assertEquals(Action.TRANSFER, plan.get(0).action());
        assertEquals(5, plan.get(0).quantity());
        assertEquals(Action.PURCHASE, plan.get(1).action());
        assertEquals(35, plan.get(1).quantity());
        assertNull(plan.get(1).fromLocation());
    }

    @Test
    public void irregularSalesRaiseTheMinimumBySafetyStock() {
        ReplenishmentPlanner careful = new ReplenishmentPlanner(new ReplenishmentPlanner.Settings(28, 4, 10, 2), PLACES);
        // 56 units in 28 days, all on 7 days of 8: mean 2/day, variance 64·7/28 − 4 = 12
        Pair lumpy = new Pair("p1", "SKU-123", "Cafetière", "MRS-01", 10, 0, 0, 0, 56, 7 * 64.0, false);
        ReplenishmentSuggestion suggestion = careful.plan(List.of(lumpy)).get(0);
        assertEquals("2·4 + 2·√(12·4) = 8 + 13.9", 22, suggestion.minimum());
        assertEquals(22, suggestion.maximum());
    }

    @Test
    public void aManagersRuleWinsAndWhatIsOnOrderCounts() {
        Pair ruled = new Pair("p1", "SKU-123", "Cafetière", "MRS-01", 5, 10, 20, 50, 0, 0, false);
        ReplenishmentSuggestion suggestion = planner.plan(List.of(ruled)).get(0);
        assertEquals(RuleSource.MANUAL, suggestion.rule());
        assertEquals("50 − 5 available − 10 on order", 35, suggestion.quantity());
        assertNull("nothing sold: no cover to speak of", suggestion.daysOfCover());
        assertTrue(suggestion.reason(), suggestion.reason().contains("5 available and 10 on order, below its minimum 20 (manager's rule)"));
        Pair enoughOnOrder = new Pair("p1", "SKU-123", "Cafetière", "MRS-01", 5, 15, 20, 50, 0, 0, false);
        assertEquals(List.of(), planner.plan(List.of(enoughOnOrder)));
    }

    @Test
    public void theMostUrgentComesFirstAndASnoozedLocationIsLeftOut() {
        List<ReplenishmentSuggestion> plan = planner.plan(List.of(steady("MRS-01", 8, 4), steady("NICE-01", 1, 2),
                new Pair("p1", "SKU-123", "Cafetière", "LILLE-WH", 0, 0, 0, 0, 28, 28, true)));
        assertEquals(List.of("NICE-01", "MRS-01"), plan.stream().map(ReplenishmentSuggestion::location).toList());
    }

    @Test
    public void oneSourceIsNotPromisedTwice() {
        List<ReplenishmentSuggestion> plan = planner.plan(List.of(steady("MRS-01", 0, 4), steady("NICE-01", 0, 4),
                steady("LYON-WH", 50, 0)));
        long transferred = plan.stream().filter(s -> s.action() == Action.TRANSFER).mapToLong(ReplenishmentSuggestion::quantity).sum();
        assertEquals(50, transferred);
        assertEquals(30, plan.stream().filter(s -> s.action() == Action.PURCHASE).mapToLong(ReplenishmentSuggestion::quantity).sum());
    }

    @Test
    public void aStoreThatSellsNothingKeepsItsStockAndALocationThatSellsComesBeforeOneThatDoesNot() {
        // Nice sells nothing and has no rule: its 30 units are on show, not surplus; Lille's warehouse gives
        Pair showroom = new Pair("p1", "SKU-123", "Cafetière", "NICE-01", 30, 0, 0, 0, 0, 0, false);
        Pair ruled = new Pair("p1", "SKU-123", "Cafetière", "LYON-WH", 0, 0, 5, 10, 0, 0, false);
        List<ReplenishmentSuggestion> plan = planner.plan(List.of(showroom, ruled, steady("MRS-01", 4, 4),
                steady("LILLE-WH", 100, 0)));
        assertEquals(List.of("MRS-01", "LYON-WH"), plan.stream().map(ReplenishmentSuggestion::location).toList());
        assertTrue(plan.stream().allMatch(s -> "LILLE-WH".equals(s.fromLocation())));
    }
}
