package org.mosaiccrm.service.impl.routing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.mosaiccrm.service.api.Agent;

public class RouterTest {

    private final RoutingRules rules = RoutingRules.parse(new String[] {"technical=technical:5, technical=network:3?, complaint=complaints:3"},
            new String[] {"LAV-=washers:4?"});

    private static Agent agent(String user, Map<String, Integer> skills, int open, int capacity, String... languages) {
        return new Agent(user, skills, List.of(languages), capacity, true, null, 0, open);
    }

    @Test
    public void picksTheLeastLoadedQualifiedAgentAndSaysWhy() {
        List<Agent> agents = List.of(
                agent("alice", Map.of("technical", 7, "network", 4), 4, 8, "fr"),
                agent("bruno", Map.of("technical", 5, "network", 3), 1, 8, "fr", "en"),
                agent("chloe", Map.of("technical", 4, "network", 9), 0, 8, "fr"),
                agent("david", Map.of("technical", 9, "network", 9), 0, 8, "en"));
        Router.Choice choice = Router.route(agents, rules.needs("technical", null), "fr", true);
        assertEquals("bruno", choice.agent());
        assertTrue(choice.reason(), choice.reason().contains("technical 5, network 3"));
        assertTrue(choice.reason(), choice.reason().contains("1/8"));
        assertTrue(choice.reason(), choice.reason().contains("also qualified: alice 4/8"));
    }

    @Test
    public void nobodyQualifiedExplainsEachRefusalThenOptionalSkillsAreDropped() {
        List<Agent> agents = List.of(agent("alice", Map.of("technical", 7), 0, 8, "fr"), agent("bruno", Map.of("technical", 8, "network", 5), 8, 8, "fr"));
        Router.Choice first = Router.route(agents, rules.needs("technical", null), "fr", true);
        assertNull(first.agent());
        assertTrue(first.reason(), first.reason().contains("alice lacks network") && first.reason().contains("bruno is full (8/8)"));
        Router.Choice later = Router.route(agents, rules.needs("technical", null), "fr", false);
        assertEquals("alice", later.agent());
        assertTrue(later.reason(), later.reason().contains("optional skills dropped"));
    }

    @Test
    public void productsAddTheirSkillsAndLanguagesCount() {
        assertEquals(List.of(new RoutingRules.Need("complaints", 3, false), new RoutingRules.Need("washers", 4, true)),
                rules.needs("complaint", "lav-200"));
        List<Agent> agents = List.of(agent("emma", Map.of("complaints", 5), 0, 5, "en"));
        assertTrue(Router.route(agents, rules.needs("complaint", null), "fr", false).reason().contains("does not speak fr"));
    }

    @Test
    public void badRulesSayWhatIsExpected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RoutingRules.parse(new String[] {"technical"}, null))
                .getMessage().contains("key=skill:level"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RoutingRules.parse(new String[] {"technical=network:11"}, null))
                .getMessage().contains("1 to 10"));
    }
}
