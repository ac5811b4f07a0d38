package org.mosaiccrm.leads.impl.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.mosaiccrm.leads.impl.LeadsConfig;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;


/** Who gets a new lead: the first matching rule (by source or by the phone's country), else the next rep in turn. */
public final class LeadAssignment {

    private final Map<String, String> rules;
    private final List<String> reps;
    private final AtomicInteger turn = new AtomicInteger();

    public LeadAssignment(LeadsConfig config) {
        this.rules = Settings.pairs(config.assignmentRules(), "assignmentRules");
        rules.keySet().forEach(rule -> {
            if (!rule.matches("(?i)source=[A-Z_]+|region=\\+\\d{1,3}")) {
                throw new IllegalArgumentException("assignmentRules: '" + rule + "' must be source=SOURCE or region=+CC");
            }
        });
        this.reps = Settings.entries(config.salesReps());
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
