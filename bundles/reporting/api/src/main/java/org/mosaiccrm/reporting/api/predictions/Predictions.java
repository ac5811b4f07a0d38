package org.mosaiccrm.reporting.api.predictions;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the CRM anticipates from purchase history (read from inventory's {@code inventory.purchase-lines}
 * report while inventory runs): each customer's next purchase and churn risk, and the cross-sell rules.
 * Computed in-process by explainable models, refreshed by a nightly job or on demand, each model's quality
 * measured on a time holdout against a naive baseline.
 */
@ProviderType
public interface Predictions {

    /** The customer's outlook; empty parts when the customer has no purchase history (or none is known yet). */
    CustomerOutlook outlook(String customerId);

    /** "Customers who bought {@code sku} also bought": the strongest rules first. */
    List<AssociationRule> alsoBought(String sku, int limit);

    /** Each model's measured quality, with its baseline's. */
    List<ModelQuality> models();

    /** Trains every model again from the current history, now (the nightly job does the same). */
    List<ModelQuality> refresh();
}
