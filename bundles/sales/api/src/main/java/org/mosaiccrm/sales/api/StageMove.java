package org.mosaiccrm.sales.api;

import java.time.Instant;

/** One line of an opportunity's stage history: who moved it, when, from where to where ({@code from} is null at the opening). */
public record StageMove(Instant at, String by, String from, String to, String reason) {
}
