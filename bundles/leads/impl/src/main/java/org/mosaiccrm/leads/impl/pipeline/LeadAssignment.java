package org.mosaiccrm.leads.impl.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.mosaiccrm.leads.impl.LeadsConfig;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;


/** Who gets a new lead: the first matching rule (by source or by the phone's country), else the next rep in turn. */
public final class LeadAssignment {

    private final Map<String, String> rules;
    private final List<String> reps;
    private final AtomicInteger turn = new AtomicInteger();

    public LeadAssignment(LeadsConfig config) {
        this.rules = rules(config.assignmentRules(), name -> true);
        this.reps = Settings.entries(config.salesReps());
    }

    /**
     * {@code assignmentRules}: {@code source=SOURCE:rep} or {@code region=+CC:rep} entries in order, each rep
     * a user {@code knownUser} accepts.
     */
    public static Map<String, String> rules(String[] entries, Predicate<String> knownUser) {
        Map<String, String> rules = Settings.pairs(entries);
        rules.forEach((rule, rep) -> {
            if (!rule.matches("(?i)source=[A-Z_]+|region=\\+\\d{1,3}")) {
                throw new IllegalArgumentException("'" + rule + "' must be source=SOURCE or region=+CC (a phone country code)");
            }
            if (rule.regionMatches(true, 0, "source=", 0, 7)) {
                LeadScoring.source(rule.substring(7));
            }
            if (!knownUser.test(rep)) {
                throw new IllegalArgumentException("'" + rule + ":" + rep + "': no user '" + rep + "' can log in");
            }
        });
        return rules;
    }

    /** {@code salesReps}: users who can log in. */
    public static List<String> reps(String[] entries, Predicate<String> knownUser) {
        List<String> reps = Settings.entries(entries);
        List<String> unknown = reps.stream().filter(rep -> !knownUser.test(rep)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no user " + String.join(", ", unknown) + " can log in");
        }
        return reps;
    }

    /** The owner for the lead, or {@code null} when nobody is configured. */
    public String ownerFor(LeadEntity lead) {
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            String[] condition = rule.getKey().split("=", 2);
            boolean matches = condition[0].equalsIgnoreCase("source")
                    ? lead.source.name().equals(condition[1].toUpperCase(Locale.ROOT))
                    : lead.phone != null && lead.phone.startsWith(condition[1]);
            if (matches) {
                return rule.getValue();
            }
        }
        return reps.isEmpty() ? null : reps.get(Math.floorMod(turn.getAndIncrement(), reps.size()));
    }
}
