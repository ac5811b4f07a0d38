package org.mosaiccrm.reporting.api.predictions;

import java.time.Instant;
import java.util.List;

/**
 * A customer's predictions.
 *
 * @param customerId    the customer
 * @param nextPurchases the products they will likely buy again, soonest first (at most a few)
 * @param churn         their churn risk, or {@code null} without any purchase
 * @param crossSell     what goes with what they bought and they do not have yet, strongest first
 * @param computedAt    when the models were trained (the predictions' age), or {@code null} never
 */
public record CustomerOutlook(String customerId, List<NextPurchase> nextPurchases, ChurnRisk churn,
                              List<AssociationRule> crossSell, Instant computedAt) {

    public CustomerOutlook {
        nextPurchases = List.copyOf(nextPurchases);
        crossSell = List.copyOf(crossSell);
    }
}
