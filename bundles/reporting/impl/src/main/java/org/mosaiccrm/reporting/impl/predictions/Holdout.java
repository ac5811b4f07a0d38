package org.mosaiccrm.reporting.impl.predictions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.mosaiccrm.reporting.api.predictions.ModelQuality;

/**
 * Each model's quality on a time holdout: trained on the history before the cutoff (the last
 * {@code holdoutMonths} are kept aside), scored on what customers really did after it, next to a naive
 * baseline scored on the same cases.
 */
final class Holdout {

    private Holdout() {
    }

    static List<ModelQuality> measure(PurchaseHistory history, int holdoutMonths, int churnWindow, int minRuleCustomers, Instant now) {
        int[] span = history.span();
        int last = span[1] + 1, cutoff = (int) LocalDate.ofEpochDay(last).minusMonths(holdoutMonths).toEpochDay();
        LocalDate from = LocalDate.ofEpochDay(cutoff), to = LocalDate.ofEpochDay(last - 1);
        List<ModelQuality> results = new ArrayList<>();
        // next purchase: which product (vs the most popular one) and when (vs the product's average interval)
        CrossSellRules training = CrossSellRules.mine(history, cutoff, minRuleCustomers);
        double[] averageInterval = NextPurchaseModel.averageIntervals(history, cutoff);
        long productCases = 0, productHits = 0, popularHits = 0, dateCases = 0;
        double modelError = 0, baselineError = 0;
        long ruleCases = 0, ruleHits = 0, rulePopularHits = 0;
        List<Integer> mostPopular = training.popular(new BitSet(), 1);
        for (int c = 0; c < history.customerCount(); c++) {
            BitSet before = CrossSellRules.owned(history, c, cutoff);
            if (before.isEmpty()) {
                continue;
            }
            BitSet after = new BitSet();
            java.util.Map<Integer, Integer> firstDayAfter = new java.util.HashMap<>();
            for (int i = history.customerStart[c]; i < history.customerStart[c + 1]; i++) {
                if (history.day[i] >= cutoff) {
                    after.set(history.product[i]);
                    firstDayAfter.putIfAbsent(history.product[i], history.day[i]);
                }
            }
            if (after.isEmpty()) {
                continue;
            }
            productCases++;
            int predicted = NextPurchaseModel.nextProduct(history, c, cutoff);
            productHits += predicted >= 0 && after.get(predicted) ? 1 : 0;
            popularHits += !mostPopular.isEmpty() && after.get(mostPopular.get(0)) ? 1 : 0;
            for (NextPurchaseModel.Due due : NextPurchaseModel.dues(history, c, cutoff)) {
                Integer actual = firstDayAfter.get(due.product());
                if (actual != null && !Double.isNaN(averageInterval[due.product()])) {
                    dateCases++;
                    modelError += Math.abs(due.expectedDay() - actual);
                    baselineError += Math.abs(due.lastDay() + averageInterval[due.product()] - actual);
                }
            }
            BitSet added = (BitSet) after.clone();
            added.andNot(before);
            if (!added.isEmpty()) {
                ruleCases++;
                ruleHits += training.suggestions(before, 3).stream().anyMatch(rule -> added.get(rule.to())) ? 1 : 0;
                rulePopularHits += training.popular(before, 3).stream().anyMatch(added::get) ? 1 : 0;
            }
        }
        results.add(new ModelQuality("next-purchase", "share of customers whose predicted next product they did buy (%)",
                percent(productHits, productCases), "the most popular product", percent(popularHits, productCases), true, from, to,
                productCases, now));
        results.add(new ModelQuality("next-purchase-date", "mean absolute error of the expected day of a repeat purchase (days)",
                decimal(dateCases == 0 ? null : modelError / dateCases), "the product's average interval",
                decimal(dateCases == 0 ? null : baselineError / dateCases), false, from, to, dateCases, now));
        results.add(new ModelQuality("cross-sell", "share of customers who bought a new product among the 3 suggested (%)",
                percent(ruleHits, ruleCases), "the 3 most popular products they do not own", percent(rulePopularHits, ruleCases), true,
                from, to, ruleCases, now));
        results.add(churn(history, last, churnWindow, now));
        return results;
    }

    /** Trained at a snapshot two windows before the end, tested at one window before it (both fully labelled). */
    private static ModelQuality churn(PurchaseHistory history, int end, int window, Instant now) {
        int testAt = end - window;
        ChurnModel model = ChurnModel.train(history, testAt - window, window);
        List<double[]> scored = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        for (int c = 0; c < history.customerCount(); c++) {
            ChurnModel.Rfm rfm = ChurnModel.rfm(history, c, testAt);
            if (rfm != null) {
                scored.add(new double[] { model.score(rfm), rfm.recency() });
                outcomes.add(!ChurnModel.boughtWithin(history, c, testAt, window));
            }
        }
        double[] modelScores = new double[scored.size()], recency = new double[scored.size()];
        boolean[] churned = new boolean[scored.size()];
        for (int i = 0; i < churned.length; i++) {
            modelScores[i] = scored.get(i)[0];
            recency[i] = scored.get(i)[1];
            churned[i] = outcomes.get(i);
        }
        double modelAuc = ChurnModel.auc(modelScores, churned), baselineAuc = ChurnModel.auc(recency, churned);
        return new ModelQuality("churn", "area under the ROC curve of the risk against who bought nothing in the window (0.5 is chance)",
                decimal(Double.isNaN(modelAuc) ? null : modelAuc, 3), "days since the last purchase alone",
                decimal(Double.isNaN(baselineAuc) ? null : baselineAuc, 3), true, LocalDate.ofEpochDay(testAt),
                LocalDate.ofEpochDay(end - 1), churned.length, now);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Double value) {
        return decimal(value, 1);
    }

    private static BigDecimal decimal(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
