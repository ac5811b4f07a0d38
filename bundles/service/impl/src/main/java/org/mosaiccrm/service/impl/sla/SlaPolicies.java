package org.mosaiccrm.service.impl.sla;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.service.api.SlaPolicy;
import org.mosaiccrm.service.api.TicketPriority;
import org.mosaiccrm.service.impl.ServiceModule;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.persistence.SlaPolicyEntity;

/**
 * The SLA policies (table SERVICE_SLA_POLICY, {@code standard} shipped by the changelog): which one serves a
 * customer's tier, and its clock per priority. Read once and kept until a supervisor saves one.
 */
public final class SlaPolicies {

    /** A policy ready to use: its calendar parsed once. */
    public record Compiled(SlaPolicy policy, BusinessCalendar calendar) {

        public SlaClock clock(TicketPriority priority) {
            return new SlaClock(calendar, policy.targets().get(priority));
        }
    }

    private final ServiceParts parts;
    private volatile Map<String, Compiled> byName;
    // a load that began before a save must not put the old policies back: it stores its map only if no save came between
    private final java.util.concurrent.atomic.AtomicLong saves = new java.util.concurrent.atomic.AtomicLong();

    public SlaPolicies(ServiceParts parts) {
        this.parts = parts;
    }

    public List<SlaPolicy> all() {
        return compiled().values().stream().map(Compiled::policy).toList();
    }

    public Compiled named(String name) {
        Compiled policy = compiled().get(name == null ? SlaPolicy.STANDARD : name);
        return policy != null ? policy : compiled().get(SlaPolicy.STANDARD);
    }

    /** The first policy naming the tier (by name order), else {@code standard}. */
    public Compiled forTier(String tier) {
        if (tier != null) {
            String wanted = tier.trim().toLowerCase(Locale.ROOT);
            for (Compiled policy : compiled().values()) {
                if (policy.policy().tiers().contains(wanted)) {
                    return policy;
                }
            }
        }
        return named(SlaPolicy.STANDARD);
    }

    /** Creates or replaces a policy; {@code version} 0 creates, else it must be the stored one (409). */
    public SlaPolicy save(SlaPolicy policy) {
        SlaPolicy checked = check(policy);
        for (Compiled other : compiled().values()) {
            if (!other.policy().name().equals(checked.name())) {
                for (String tier : checked.tiers()) {
                    if (other.policy().tiers().contains(tier)) {
                        throw new ValidationException("tiers", "tier '" + tier + "' is already served by the policy " + other.policy().name()
                                + ": a tier has one policy");
                    }
                }
            }
        }
        SlaPolicy saved = JpaTransactions.required(parts.jpa(), em -> {
            SlaPolicyEntity entity = em.find(SlaPolicyEntity.class, checked.name());
            boolean created = entity == null;
            if (created && checked.version() != 0 || !created && entity.version != checked.version()) {
                throw new ConflictException("The policy " + checked.name() + " is at version "
                        + (created ? "none (create it with version 0)" : entity.version) + ", not " + checked.version() + ".",
                        Map.of("currentVersion", created ? 0 : entity.version));
            }
            if (created) {
                entity = new SlaPolicyEntity();
                entity.name = checked.name();
            }
            String before = created ? null : describe(entity);
            entity.tiers = String.join(",", checked.tiers());
            entity.timeZone = checked.timeZone();
            entity.openingHours = checked.openingHours();
            entity.holidays = checked.holidays().stream().map(LocalDate::toString).collect(Collectors.joining(","));
            entity.targets = checked.targets().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + SlaTargets.format(e.getValue())).collect(Collectors.joining(","));
            if (created) {
                em.persist(entity);
            }
            em.flush();
            parts.audit().record(ServiceModule.NAME, "SlaPolicy", entity.name, created ? AuditAction.CREATE : AuditAction.UPDATE,
                    List.of(new FieldChange("policy", before, describe(entity))));
            return toPolicy(entity).policy();
        });
        saves.incrementAndGet();
        byName = null;
        return saved;
    }

    static SlaPolicy check(SlaPolicy policy) {
        List<FieldError> errors = new ArrayList<>();
        if (policy == null || policy.name() == null || !policy.name().matches("[a-z0-9][a-z0-9_-]{0,59}")) {
            throw new ValidationException("name", "a policy's name is lower-case letters, digits, - and _ (at most 60)");
        }
        List<String> tiers = policy.tiers().stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList();
        if (policy.name().equals(SlaPolicy.STANDARD) && !tiers.isEmpty()) {
            errors.add(new FieldError("tiers", "the standard policy serves every tier no other policy names: it lists none"));
        } else if (!policy.name().equals(SlaPolicy.STANDARD) && tiers.isEmpty()) {
            errors.add(new FieldError("tiers", "name the customer tiers this policy serves, e.g. [\"gold\"]"));
        }
        FieldError.checkLength(errors, "tiers", String.join(",", tiers), 500);
        for (String tier : tiers) {
            if (!tier.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,39}")) {
                errors.add(new FieldError("tiers", "'" + tier + "': a tier is letters, digits, spaces, - and _ (at most 40)"));
            }
        }
        BusinessCalendar calendar = null;
        try {
            calendar = BusinessCalendar.of(policy.timeZone(), policy.openingHours(), policy.holidays());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(e.getMessage().contains("time zone") ? "timeZone" : "openingHours", e.getMessage()));
        }
        if (calendar != null) {
            // every target must be reachable: a calendar open a few minutes a week cannot hold a 45 h target
            java.time.Instant now = java.time.Instant.now();
            for (var target : policy.targets().entrySet()) {
                java.time.Duration longest = java.util.stream.Stream.of(target.getValue().firstResponse(), target.getValue().nextResponse(),
                        target.getValue().resolution()).max(java.util.Comparator.naturalOrder()).orElseThrow();
                try {
                    calendar.plus(now, longest);
                } catch (IllegalStateException e) {
                    errors.add(new FieldError("openingHours", "opens too little for the " + target.getKey() + " targets "
                            + SlaTargets.format(target.getValue()) + ": " + e.getMessage()));
                    break;
                }
            }
        }
        FieldError.checkLength(errors, "openingHours", policy.openingHours(), 500);
        if (policy.holidays().size() > 150) {
            errors.add(new FieldError("holidays", "at most 150 days"));
        }
        for (TicketPriority priority : TicketPriority.values()) {
            if (!policy.targets().containsKey(priority)) {
                errors.add(new FieldError("targets." + priority, "is missing (first response/next response/resolution)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SlaPolicy(policy.name(), tiers, policy.timeZone().trim(), policy.openingHours().trim(),
                policy.holidays().stream().distinct().sorted().toList(), policy.targets(), policy.version());
    }

    /** The written holidays of a request: {@code 2026-12-25}. */
    public static List<LocalDate> holidays(List<String> days) {
        List<LocalDate> holidays = new ArrayList<>();
        for (String day : days == null ? List.<String>of() : days) {
            try {
                holidays.add(LocalDate.parse(day.trim()));
            } catch (DateTimeParseException e) {
                throw new ValidationException("holidays", "'" + day + "' is not a day like 2026-12-25");
            }
        }
        return holidays;
    }

    private Map<String, Compiled> compiled() {
        Map<String, Compiled> current = byName;
        if (current == null) {
            long seen = saves.get();
            current = parts.jpa().txExpr(em -> {
                Map<String, Compiled> all = new LinkedHashMap<>();
                em.createQuery("SELECT p FROM SlaPolicyEntity p ORDER BY p.name", SlaPolicyEntity.class).getResultList()
                        .forEach(entity -> all.put(entity.name, toPolicy(entity)));
                return all;
            });
            if (saves.get() == seen) {
                byName = current;
            }
        }
        return current;
    }

    private static Compiled toPolicy(SlaPolicyEntity entity) {
        List<LocalDate> holidays = entity.holidays.isBlank() ? List.of()
                : Arrays.stream(entity.holidays.split(",")).map(String::trim).map(LocalDate::parse).toList();
        Map<String, String> written = new LinkedHashMap<>();
        for (String entry : entity.targets.split(",")) {
            String[] sides = entry.split("=", 2);
            written.put(sides[0], sides[1]);
        }
        SlaPolicy policy = new SlaPolicy(entity.name, entity.tiers.isBlank() ? List.of() : List.of(entity.tiers.split(",")),
                entity.timeZone, entity.openingHours, holidays, SlaTargets.parseAll(written), entity.version);
        return new Compiled(policy, BusinessCalendar.of(entity.timeZone, entity.openingHours, holidays));
    }

    private static String describe(SlaPolicyEntity entity) {
        return "tiers=" + entity.tiers + "; " + entity.timeZone + "; " + entity.openingHours + "; holidays=" + entity.holidays
                + "; " + entity.targets;
    }
}
