package org.mosaiccrm.service.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Targets for the customers of some tiers, counted on a business-hours calendar. The policy named
 * {@code standard} applies to every customer no other policy names by tier.
 *
 * @param tiers        customer tiers (contacts' {@code tier}) this policy serves; empty for {@code standard}
 * @param timeZone     the calendar's zone, e.g. {@code Europe/Paris}
 * @param openingHours e.g. {@code mon-fri 09:00-18:00, sat 09:00-12:00}, or {@code 24x7}
 * @param holidays     days the calendar is closed
 * @param targets      per priority
 */
public record SlaPolicy(String name, List<String> tiers, String timeZone, String openingHours, List<LocalDate> holidays,
                        Map<TicketPriority, Targets> targets, long version) {

    public static final String STANDARD = "standard";

    public SlaPolicy {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }

    /** Business time allowed for the first answer, each next answer, and the resolution. */
    public record Targets(Duration firstResponse, Duration nextResponse, Duration resolution) {
    }
}
