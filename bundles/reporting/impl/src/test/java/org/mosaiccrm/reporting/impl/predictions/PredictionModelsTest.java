package org.mosaiccrm.reporting.impl.predictions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

import org.junit.Test;

public class PredictionModelsTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);

    private static void buy(PurchaseHistory history, String customer, String sku, int day) {
        history.add(customer, sku, "Product " + sku, DAY0.plusDays(day), new BigDecimal("10.00"), "EUR");
    }

    @Test
    public void nextPurchaseIsTheLastOnePlusTheCustomersMedianInterval() {
        PurchaseHistory history = new PurchaseHistory();
        buy(history, "marie", "CAFE", 0);
        buy(history, "marie", "CAFE", 30);
        buy(history, "marie", "CAFE", 58);
        buy(history, "marie", "CAFE", 90);
        buy(history, "marie", "MACHINE", 0);
        history.seal();
        int marie = history.customerNumber("marie");
        List<NextPurchaseModel.Due> dues = NextPurchaseModel.dues(history, marie, Integer.MAX_VALUE);
        assertEquals(1, dues.size()); // the machine was bought once: no interval to learn from
        NextPurchaseModel.Due coffee = dues.get(0);
        assertEquals("CAFE", history.skus.get(coffee.product()));
        assertEquals(30, coffee.medianInterval()); // intervals 30, 28, 32
        assertEquals((int) DAY0.toEpochDay() + 120, coffee.expectedDay());
        // a whole further interval without coffee: no longer expected
        assertEquals(1, NextPurchaseModel.expected(dues, (int) DAY0.toEpochDay() + 150).size());
        assertEquals(0, NextPurchaseModel.expected(dues, (int) DAY0.toEpochDay() + 151).size());
        assertEquals(coffee.product(), NextPurchaseModel.nextProduct(history, marie, Integer.MAX_VALUE));
    }

    @Test
    public void crossSellRulesCountSupportConfidenceAndLift() {
        PurchaseHistory history = new PurchaseHistory();
        for (int c = 0; c < 5; c++) {
            buy(history, "both" + c, "MACHINE", c);
            buy(history, "both" + c, "DETARTRANT", c + 1);
        }
        buy(history, "machineOnly1", "MACHINE", 1);
        buy(history, "machineOnly2", "MACHINE", 2);
        for (int c = 0; c < 3; c++) {
            buy(history, "other" + c, "TASSES", c);
        }
        history.seal();
        CrossSellRules rules = CrossSellRules.mine(history, Integer.MAX_VALUE, 3);
        int machine = history.skuNumber("MACHINE"), descaler = history.skuNumber("DETARTRANT");
        CrossSellRules.Rule rule = rules.byAntecedent.get(machine).get(0);
        assertEquals(descaler, rule.to());
        assertEquals(5, rule.both());
        assertEquals(0.5, rule.support(), 1e-9); // 5 of 10 customers
        assertEquals(5.0 / 7, rule.confidence(), 1e-9); // 5 of the 7 machine buyers
        assertEquals((5.0 / 7) / 0.5, rule.lift(), 1e-9); // descaler bought by 5 of 10
        BitSet owned = CrossSellRules.owned(history, history.customerNumber("machineOnly1"), Integer.MAX_VALUE);
        assertEquals(descaler, rules.suggestions(owned, 3).get(0).to());
        assertTrue(rules.byAntecedent.get(history.skuNumber("TASSES")) == null); // no pair reaches 3 customers
    }

    @Test
    public void aucCountsPairsRankedRightWithTiesAsHalf() {
        assertEquals(1.0, ChurnModel.auc(new double[] { 0.9, 0.8, 0.1, 0.2 }, new boolean[] { true, true, false, false }), 1e-9);
        assertEquals(0.0, ChurnModel.auc(new double[] { 0.1, 0.2, 0.9, 0.8 }, new boolean[] { true, true, false, false }), 1e-9);
        assertEquals(0.5, ChurnModel.auc(new double[] { 0.5, 0.5 }, new boolean[] { true, false }), 1e-9);
        assertEquals(0.75, ChurnModel.auc(new double[] { 0.9, 0.3, 0.5, 0.1 }, new boolean[] { true, true, false, false }), 1e-9);
    }

    @Test
    public void churnRatesComeFromWhatSimilarCustomersDidAfterTheSnapshot() {
        PurchaseHistory history = new PurchaseHistory();
        // 20 regulars buy every 10 days through day 400; 20 one-off buyers bought on day 100 only
        for (int c = 0; c < 20; c++) {
            for (int day = 0; day <= 400; day += 10) {
                buy(history, "regular" + c, "CAFE", day);
            }
            buy(history, "once" + c, "MACHINE", 100);
        }
        history.seal();
        int base = (int) DAY0.toEpochDay();
        ChurnModel model = ChurnModel.train(history, base + 250, 120);
        ChurnModel.Rfm regular = ChurnModel.rfm(history, history.customerNumber("regular0"), base + 401);
        ChurnModel.Rfm once = ChurnModel.rfm(history, history.customerNumber("once0"), base + 401);
        assertEquals(1, regular.recency());
        assertEquals(301, once.recency());
        assertTrue(model.score(once) > 0.8);
        assertTrue(model.score(regular) < 0.2);
    }
}
