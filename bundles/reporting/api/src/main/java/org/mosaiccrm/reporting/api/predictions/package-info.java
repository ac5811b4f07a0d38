/**
 * The reporting module's predictions: each customer's next purchases and churn risk, cross-sell rules, and each
 * model's measured quality. A package of its own, versioned apart from the report contract every module
 * implements, so that a change here never touches a report provider.
 */
@Export
@Version("1.0.0")
package org.mosaiccrm.reporting.api.predictions;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
