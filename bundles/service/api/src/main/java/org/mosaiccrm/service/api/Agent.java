package org.mosaiccrm.service.api;

import java.util.List;
import java.util.Map;

/**
 * A user with the {@code crm-agent} role as routing sees them: skills with levels 1 to 10, the languages
 * they serve (ISO 639-1), how many open tickets they take at once, and how many they hold now.
 */
public record Agent(String user, Map<String, Integer> skills, List<String> languages, int capacity, boolean active,
                    String team, long version, int openTickets) {

    public Agent {
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** What is saved for an agent. */
    public record Draft(Map<String, Integer> skills, List<String> languages, Integer capacity, Boolean active, String team) {
    }
}
