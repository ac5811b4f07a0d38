package org.mosaiccrm.leads.api;

import java.time.Instant;

/**
 * A link a campaign or an affiliate publishes: {@code /crm/t/{code}} records the click and redirects
 * to {@code targetUrl} with {@code crm_t=<code>} added, which the web form sends back as its tracking code.
 */
public record TrackedLink(String code, String campaign, String affiliate, String targetUrl, Instant createdAt) {
}
