package org.mosaiccrm.service.impl.sla;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mosaiccrm.service.api.SlaPolicy;
import org.mosaiccrm.service.api.TicketPriority;

/**
 * The written form of SLA targets: {@code 15m/30m/4h} (first response / next response / resolution, business
 * time, in minutes {@code m} and hours {@code h}, e.g. {@code 1h30m}), one per priority.
 */
public final class SlaTargets {

    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,5})m)?");

    private SlaTargets() {
    }

    public static SlaPolicy.Targets parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + text + "' must be first response/next response/resolution, e.g. 1h/2h/24h");
        }
        SlaPolicy.Targets targets = new SlaPolicy.Targets(duration(parts[0]), duration(parts[1]), duration(parts[2]));
        if (targets.resolution().compareTo(targets.firstResponse()) < 0) {
            throw new IllegalArgumentException("'" + text + "': the resolution target cannot be shorter than the first response's");
        }
        return targets;
    }

    /** Every priority must have its targets. */
    public static Map<TicketPriority, SlaPolicy.Targets> parseAll(Map<String, String> byPriority) {
        Map<TicketPriority, SlaPolicy.Targets> targets = new EnumMap<>(TicketPriority.class);
        if (byPriority != null) {
            byPriority.forEach((priority, text) -> {
                TicketPriority key;
                try {
                    key = TicketPriority.valueOf(priority.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + priority + "' is not a priority: URGENT, HIGH, NORMAL or LOW");
                }
                targets.put(key, parse(text));
            });
        }
        for (TicketPriority priority : TicketPriority.values()) {
            if (!targets.containsKey(priority)) {
                throw new IllegalArgumentException("targets for " + priority + " are missing (e.g. " + priority + ": 1h/2h/24h)");
            }
        }
        return targets;
    }

    public static String format(SlaPolicy.Targets targets) {
        return format(targets.firstResponse()) + "/" + format(targets.nextResponse()) + "/" + format(targets.resolution());
    }

    static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (text.isBlank() || !matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
            throw new IllegalArgumentException("'" + text.trim() + "' must be a business time like 15m, 4h or 1h30m");
        }
        Duration duration = Duration.ofHours(matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1)))
                .plusMinutes(matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2)));
        if (duration.isZero()) {
            throw new IllegalArgumentException("'" + text.trim() + "' must be more than nothing");
        }
        return duration;
    }

    static String format(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        return (hours > 0 ? hours + "h" : "") + (minutes > 0 || hours == 0 ? minutes + "m" : "");
    }
}
