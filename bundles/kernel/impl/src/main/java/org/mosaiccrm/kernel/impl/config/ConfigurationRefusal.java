package org.mosaiccrm.kernel.impl.config;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.mosaiccrm.kernel.api.problem.FieldError;

/**
 * A configuration the kernel refused: the module runs on its last good one until the administrator
 * writes one it accepts.
 *
 * @param pid      the configuration
 * @param bundleId the bundle whose components use it
 * @param errors   one per key and problem
 * @param at       when it was refused
 * @param fallback what the module runs on instead: its last good configuration, or (when none was ever
 *                 accepted, e.g. a first start with a broken file) every setting at its default
 */
public record ConfigurationRefusal(String pid, long bundleId, List<FieldError> errors, Instant at, Fallback fallback) {

    public enum Fallback { LAST_GOOD, DEFAULTS }


    public ConfigurationRefusal {
        errors = List.copyOf(errors);
    }

    /** One line, as the log, {@code crm:modules} and health show it. */
    public String summary() {
        return "configuration " + pid + " refused, running on "
                + (fallback == Fallback.LAST_GOOD ? "the last good one" : "the defaults (none was accepted before)") + ": "
                + errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
