/**
 * The reporting module's published API. Every module contributes reports over its own data through the
 * {@link org.mosaiccrm.reporting.api.ReportProvider} whiteboard; the reporting module (license feature
 * {@code reporting}) lists them, checks their parameters, runs them as JSON or CSV, draws them on the
 * dashboards, schedules them, and derives its predictions ({@link org.mosaiccrm.reporting.api.predictions.Predictions}).
 * This bundle is installed with every module that contributes reports, whether or not reporting is
 * licensed, so contributing never needs an optional import. Semantic versioning, checked by the build.
 */
@Export
@Version("1.1.0")
package org.mosaiccrm.reporting.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
