package org.mosaiccrm.leads.impl.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.Test;
import org.mosaiccrm.leads.api.LeadSource;
import org.mosaiccrm.leads.impl.TestConfig;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;

/** Rules first (source, then the phone's country), then the reps in turn. */
public class LeadAssignmentTest {

    private static LeadEntity lead(LeadSource source, String phone) {
        LeadEntity lead = new LeadEntity();
        lead.source = source;
        lead.phone = phone;
        return lead;
    }

    @Test
    public void theFirstMatchingRuleWinsThenRoundRobin() {
        LeadAssignment assignment = new LeadAssignment(TestConfig.leads(Map.of(
                "assignmentRules", new String[] { "source=REFERRAL:claire, region=+32:bruno" },
                "salesReps", new String[] { "alice, bob" })));
        assertEquals("claire", assignment.ownerFor(lead(LeadSource.REFERRAL, "+32470123456")));
        assertEquals("bruno", assignment.ownerFor(lead(LeadSource.WEB_FORM, "+32470123456")));
        List<String> turns = IntStream.range(0, 4).mapToObj(i -> assignment.ownerFor(lead(LeadSource.WEB_FORM, "+33612345678"))).toList();
        assertEquals(List.of("alice", "bob", "alice", "bob"), turns);
    }

    @Test
    public void nobodyConfiguredLeavesTheLeadUnassigned() {
        assertNull(new LeadAssignment(TestConfig.leads(Map.of())).ownerFor(lead(LeadSource.AD, null)));
    }

    @Test
    public void aMalformedRuleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LeadAssignment(TestConfig.leads(Map.of(
                "assignmentRules", new String[] { "country=FR:alice" }))));
    }
}
