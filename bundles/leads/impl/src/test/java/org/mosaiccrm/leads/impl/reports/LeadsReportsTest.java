package org.mosaiccrm.leads.impl.reports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

/** The folding of clicks and leads into funnel figures, and the clamping of the links' limit. */
public class LeadsReportsTest {

    /** Grouped rows as the queries give them: clicks per campaign, then leads and conversions per campaign. */
    private static Funnel campaigns() {
        Funnel funnel = new Funnel();
        funnel.addClicks("soldes-hiver", 120);
        funnel.addClicks("salon", 40);
        funnel.addClicks(null, 5);
        funnel.addClicks("retired", 9);
        funnel.addLeads("soldes-hiver", 3, 1);
        funnel.addLeads("salon", 3, 2);
        funnel.addLeads(null, 8, 0);
        funnel.addLeads("spring", 1, 1);
        return funnel;
    }

    @Test
    public void mergesClicksAndLeadsPerKeyWithNullAsNone() {
        List<Funnel.Group> groups = campaigns().byLeads();

        assertEquals(List.of(
                new Funnel.Group(Funnel.NONE, 5, 8, 0),
                new Funnel.Group("salon", 40, 3, 2),
                new Funnel.Group("soldes-hiver", 120, 3, 1),
                new Funnel.Group("spring", 0, 1, 1),
                new Funnel.Group("retired", 9, 0, 0)), groups);
    }

    @Test
    public void conversionRateIsConversionsOverLeadsWithOneDecimal() {
        List<Funnel.Group> groups = campaigns().byLeads();

        assertEquals(new BigDecimal("0.0"), groups.get(0).conversionRate());
        assertEquals(new BigDecimal("66.7"), groups.get(1).conversionRate());
        assertEquals(new BigDecimal("33.3"), groups.get(2).conversionRate());
        assertEquals(new BigDecimal("100.0"), groups.get(3).conversionRate());
        assertNull("clicks without any lead have no rate", groups.get(4).conversionRate());
    }

    @Test
    public void rawRowsFoldPerMonthInChronologicalOrder() {
        Funnel funnel = new Funnel();
        // one call per raw lead row (month of creation, converted or not) and per raw click row
        funnel.addLeads("2026-03", 1, 1);
        funnel.addLeads("2025-12", 1, 0);
        funnel.addLeads("2026-03", 1, 0);
        funnel.addLeads("2026-03", 1, 0);
        funnel.addLeads("2026-01", 1, 1);
        funnel.addClicks("2026-03", 1);
        funnel.addClicks("2026-02", 1);
        funnel.addClicks("2026-02", 1);

        assertEquals(List.of(
                new Funnel.Group("2025-12", 0, 1, 0),
                new Funnel.Group("2026-01", 0, 1, 1),
                new Funnel.Group("2026-02", 2, 0, 0),
                new Funnel.Group("2026-03", 1, 3, 1)), funnel.byKey());
        assertEquals(new BigDecimal("33.3"), funnel.byKey().get(3).conversionRate());
    }

    @Test
    public void linksRankByClicksThenCode() {
        Funnel links = new Funnel();
        links.addClicks("bbb", 10);
        links.addClicks("aaa", 10);
        links.addClicks("ccc", 30);
        links.addLeads("aaa", 4, 1);
        links.addLeads("ddd", 2, 2);

        List<Funnel.Group> ranked = links.byClicks();

        assertEquals(List.of("ccc", "aaa", "bbb", "ddd"), ranked.stream().map(Funnel.Group::key).toList());
        assertEquals(new BigDecimal("25.0"), ranked.get(1).conversionRate());
        assertTrue(links.has("ddd"));
        assertFalse(links.has("eee"));
    }

    @Test
    public void nothingAddedGivesNoGroup() {
        assertEquals(List.of(), new Funnel().byLeads());
    }

    @Test
    public void limitIsKeptWithinOneToAThousand() {
        assertEquals(20, LeadsReports.clamp(null));
        assertEquals(20, LeadsReports.clamp(20L));
        assertEquals(1, LeadsReports.clamp(0L));
        assertEquals(1, LeadsReports.clamp(-5L));
        assertEquals(1000, LeadsReports.clamp(1001L));
        assertEquals(1000, LeadsReports.clamp(Long.MAX_VALUE));
    }
}
