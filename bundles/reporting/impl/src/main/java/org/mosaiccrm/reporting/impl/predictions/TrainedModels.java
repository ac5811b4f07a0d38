package org.mosaiccrm.reporting.impl.predictions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.mosaiccrm.reporting.api.predictions.AssociationRule;
import org.mosaiccrm.reporting.api.predictions.ChurnRisk;
import org.mosaiccrm.reporting.api.predictions.CustomerOutlook;
import org.mosaiccrm.reporting.api.predictions.ModelQuality;
import org.mosaiccrm.reporting.api.predictions.NextPurchase;
import org.mosaiccrm.reporting.impl.ReportingSettings;

/** One training's result: what the outlook of any customer is read from until the next training. */
final class TrainedModels {

    private static final int MAX_NEXT_PURCHASES = 3;
    private static final int MAX_SUGGESTIONS = 5;

    private final PurchaseHistory history;
    private final ChurnModel churn;
    private final CrossSellRules rules;
    private final List<ModelQuality> qualities;
    private final Instant trainedAt;

    private TrainedModels(PurchaseHistory history, ChurnModel churn, CrossSellRules rules, List<ModelQuality> qualities, Instant trainedAt) {
        this.history = history;
        this.churn = churn;
        this.rules = rules;
        this.qualities = qualities;
        this.trainedAt = trainedAt;
    }

    static TrainedModels train(PurchaseHistory history, ReportingSettings settings, Clock clock) {
        Instant now = clock.instant();
        int end = history.span()[1] + 1;
        int window = settings.churnWindowDays();
        List<ModelQuality> qualities = history.size() == 0 ? List.of()
                : Holdout.measure(history, settings.holdoutMonths(), window, settings.minRuleCustomers(), now);
        // the latest snapshot whose outcome is fully known: one churn window before the end of the history
        ChurnModel churn = ChurnModel.train(history, end - window, window);
        CrossSellRules rules = CrossSellRules.mine(history, Integer.MAX_VALUE, settings.minRuleCustomers());
        return new TrainedModels(history, churn, rules, qualities, now);
    }

    List<ModelQuality> qualities() {
        return qualities;
    }

    CustomerOutlook outlook(String customerId, LocalDate today) {
        int customer = history.customerNumber(customerId);
        if (customer < 0) {
            return new CustomerOutlook(customerId, List.of(), null, List.of(), trainedAt);
        }
        int day = (int) today.toEpochDay();
        List<NextPurchase> next = NextPurchaseModel.expected(NextPurchaseModel.dues(history, customer, Integer.MAX_VALUE), day).stream()
                .limit(MAX_NEXT_PURCHASES)
                .map(due -> new NextPurchase(history.skus.get(due.product()), history.productNames.get(due.product()),
                        LocalDate.ofEpochDay(due.expectedDay()), due.purchaseDays(), due.medianInterval(), due.expectedDay() < day))
                .toList();
        BitSet owned = CrossSellRules.owned(history, customer, Integer.MAX_VALUE);
        List<AssociationRule> crossSell = rules.suggestions(owned, MAX_SUGGESTIONS).stream().map(this::rule).toList();
        return new CustomerOutlook(customerId, next, churnRisk(customer, day), crossSell, trainedAt);
    }

    List<AssociationRule> alsoBought(String sku, int limit) {
        int product = history.skuNumber(sku);
        return product < 0 ? List.of() : rules.byAntecedent.getOrDefault(product, List.of()).stream().limit(limit).map(this::rule).toList();
    }

    private AssociationRule rule(CrossSellRules.Rule rule) {
        return new AssociationRule(history.skus.get(rule.from()), history.skus.get(rule.to()), history.productNames.get(rule.to()),
                rule.both(), scaled(rule.support(), 4), scaled(rule.confidence(), 3), scaled(rule.lift(), 2));
    }

    private ChurnRisk churnRisk(int customer, int today) {
        ChurnModel.Rfm rfm = ChurnModel.rfm(history, customer, today + 1);
        if (rfm == null || churn.trainingCases == 0) {
            return null;
        }
        double score = churn.score(rfm);
        String level = score < 0.33 ? "low" : score < 0.66 ? "medium" : "high";
        int[] bands = churn.bands(rfm);
        record Factor(String text, double weight) {
        }
        List<Factor> factors = new ArrayList<>();
        factors.add(new Factor("Last purchase " + rfm.recency() + " days ago: " + share(churn.bandRate[0][bands[0]])
                + " of such customers bought nothing in the next " + churn.window + " days", churn.bandRate[0][bands[0]]));
        factors.add(new Factor(rfm.orders() + " purchase days in the last year: " + share(churn.bandRate[1][bands[1]])
                + " of such customers were lost", churn.bandRate[1][bands[1]]));
        factors.add(new Factor(scaled(rfm.spent(), 2).toPlainString() + " " + (history.currency == null ? "" : history.currency)
                + " spent in the last year: " + share(churn.bandRate[2][bands[2]]) + " of such customers were lost",
                churn.bandRate[2][bands[2]]));
        factors.sort(Comparator.comparingDouble(Factor::weight).reversed());
        return new ChurnRisk(scaled(score, 2), level, rfm.recency(), rfm.orders(), scaled(rfm.spent(), 2), history.currency,
                factors.stream().map(Factor::text).toList());
    }

    private static String share(double rate) {
        return Math.round(rate * 100) + " %";
    }

    private static BigDecimal scaled(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
