package org.mosaiccrm.service.impl.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mosaiccrm.service.api.Agent;

/**
 * Skills-based routing: among the active agents who have every needed skill at its level, speak the
 * ticket's language and have room (open tickets below capacity), the least loaded one (open tickets over
 * capacity; then fewer open tickets; then the stronger in the needed skills; then the name, so the choice
 * is repeatable). The answer says why, in words staff read on the ticket.
 */
public final class Router {

    private Router() {
    }

    /** An agent, or null and why nobody. */
    public record Choice(String agent, String reason) {
    }

    public static Choice route(List<Agent> agents, List<RoutingRules.Need> needs, String language, boolean withOptional) {
        List<RoutingRules.Need> wanted = needs.stream().filter(n -> withOptional || !n.optional()).toList();
        List<Agent> qualified = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Agent agent : agents) {
            String missing = missing(agent, wanted, language);
            if (missing == null) {
                qualified.add(agent);
            } else {
                refused.add(agent.user() + " " + missing);
            }
        }
        String asked = describe(wanted, language);
        if (qualified.isEmpty()) {
            return new Choice(null, "nobody qualified for " + asked + (refused.isEmpty() ? " (no active agent)"
                    : ": " + String.join("; ", refused.stream().limit(5).toList()) + (refused.size() > 5 ? "; ..." : "")));
        }
        qualified.sort(Comparator.<Agent>comparingDouble(a -> a.openTickets() / (double) a.capacity())
                .thenComparingInt(Agent::openTickets)
                .thenComparing(Comparator.comparingInt((Agent a) -> strength(a, wanted)).reversed())
                .thenComparing(Agent::user));
        Agent chosen = qualified.get(0);
        String others = qualified.stream().skip(1).limit(4).map(a -> a.user() + " " + a.openTickets() + "/" + a.capacity())
                .collect(Collectors.joining(", "));
        return new Choice(chosen.user(), chosen.user() + " has " + asked + (wanted.isEmpty() ? "" : " (" + levels(chosen, wanted) + ")")
                + " and the lightest load, " + chosen.openTickets() + "/" + chosen.capacity() + " open tickets"
                + (others.isEmpty() ? "; the only qualified agent" : "; also qualified: " + others)
                + (!withOptional && needs.stream().anyMatch(RoutingRules.Need::optional) ? "; optional skills dropped after the routing timeout" : ""));
    }

    private static String missing(Agent agent, List<RoutingRules.Need> needs, String language) {
        if (!agent.active()) {
            return "is inactive";
        }
        if (agent.openTickets() >= agent.capacity()) {
            return "is full (" + agent.openTickets() + "/" + agent.capacity() + ")";
        }
        for (RoutingRules.Need need : needs) {
            int level = agent.skills().getOrDefault(need.skill(), 0);
            if (level < need.level()) {
                return level == 0 ? "lacks " + need.skill() : "has " + need.skill() + " " + level + " < " + need.level();
            }
        }
        if (language != null && !agent.languages().isEmpty() && !agent.languages().contains(language)) {
            return "does not speak " + language;
        }
        return null;
    }

    private static int strength(Agent agent, List<RoutingRules.Need> needs) {
        return needs.stream().mapToInt(n -> agent.skills().getOrDefault(n.skill(), 0)).sum();
    }

    private static String levels(Agent agent, List<RoutingRules.Need> needs) {
        return needs.stream().map(n -> n.skill() + " " + agent.skills().get(n.skill())).collect(Collectors.joining(", "));
    }

    private static String describe(List<RoutingRules.Need> needs, String language) {
        String skills = needs.isEmpty() ? "no particular skill" : needs.stream()
                .map(n -> n.skill() + " ≥ " + n.level()).collect(Collectors.joining(", "));
        return skills + (language == null ? "" : ", language " + language);
    }

    /** Skills as an agent's form shows them: {@code technical:7, network:3}. */
    public static String skillsText(Map<String, Integer> skills) {
        return skills.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(", "));
    }
}
