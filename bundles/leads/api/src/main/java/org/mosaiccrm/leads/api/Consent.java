package org.mosaiccrm.leads.api;

import java.time.Instant;

/**
 * What the person agreed to, as the proof a regulator asks for.
 *
 * @param optIn  agreed to be contacted
 * @param at     when (set by the server on capture)
 * @param text   the wording the person saw, e.g. the checkbox label
 */
public record Consent(boolean optIn, Instant at, String text) {
}
