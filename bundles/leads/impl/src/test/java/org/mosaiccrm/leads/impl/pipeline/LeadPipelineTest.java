package org.mosaiccrm.leads.impl.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;

import org.junit.Test;
import org.mosaiccrm.leads.api.LeadStatus;

/** The pipeline's transitions, as LeadServiceImpl enforces them (409 with the allowed ones otherwise). */
public class LeadPipelineTest {

    @Test
    public void leadsMoveForwardAndMayBeDisqualifiedFromAnyOpenState() {
        assertEquals(EnumSet.of(LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.DISQUALIFIED), LeadStatus.NEW.next());
        assertEquals(EnumSet.of(LeadStatus.QUALIFIED, LeadStatus.DISQUALIFIED), LeadStatus.CONTACTED.next());
        assertEquals(EnumSet.of(LeadStatus.CONTACTED, LeadStatus.DISQUALIFIED), LeadStatus.QUALIFIED.next());
    }

    @Test
    public void aDisqualifiedLeadReopensAndAConvertedOneIsFinal() {
        assertEquals(EnumSet.of(LeadStatus.NEW), LeadStatus.DISQUALIFIED.next());
        assertTrue(LeadStatus.CONVERTED.next().isEmpty());
    }

    @Test
    public void onlyOpenLeadsConvertAndNoStatusChangeConverts() {
        for (LeadStatus status : LeadStatus.values()) {
            assertEquals(status.toString(), status == LeadStatus.NEW || status == LeadStatus.CONTACTED || status == LeadStatus.QUALIFIED,
                    status.convertible());
            assertFalse(status + " converts by a status change", status.next().contains(LeadStatus.CONVERTED));
        }
    }
}
