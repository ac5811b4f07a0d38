package org.mosaiccrm.sales.impl.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.mosaiccrm.sales.api.Stage;

public class PipelineSettingsTest {

    @Test
    public void theConfiguredStagesAreFollowedByWonAndLost() {
        List<Stage> stages = PipelineSettings.stages(new String[] { "decouverte:10, proposition:50", "negociation:80" });
        assertEquals(List.of("decouverte", "proposition", "negociation", "won", "lost"), stages.stream().map(Stage::name).toList());
        assertEquals(100, stages.get(3).probability());
        assertEquals(Stage.Outcome.LOST, stages.get(4).outcome());
    }

    @Test
    public void aStageListThatCannotBeARealPipelineIsRefusedSayingWhy() {
        assertMessage("lower than the stage before it", () -> PipelineSettings.stages(new String[] { "a:50, b:10" }));
        assertMessage("is not name:probability", () -> PipelineSettings.stages(new String[] { "proposal" }));
        assertMessage("not a percentage", () -> PipelineSettings.stages(new String[] { "a:101" }));
        assertMessage("not a whole number", () -> PipelineSettings.stages(new String[] { "a:dix" }));
        assertMessage("not won or lost", () -> PipelineSettings.stages(new String[] { "won:100" }));
        assertMessage("listed twice", () -> PipelineSettings.stages(new String[] { "a:10, a:20" }));
        assertMessage("at least one open stage", () -> PipelineSettings.stages(new String[] { "" }));
        assertMessage("not a stage name", () -> PipelineSettings.stages(new String[] { "Étape:10" }));
    }

    @Test
    public void aDroppedStageOpportunitiesAreStillInIsRetiredNotLost() {
        PipelineSettings previous = TestSettings.defaults();
        PipelineSettings next = PipelineSettings.of(TestSettings.config(Map.of("stages", new String[] { "qualification:10", "negotiation:80" })))
                .keeping(List.of("proposal"), previous);
        assertEquals(List.of("qualification", "negotiation", "proposal", "won", "lost"), next.stageNames());
        assertEquals(50, next.stage("proposal").orElseThrow().probability());
        assertTrue(next.retired("proposal"));
        assertEquals("nothing moves into it, the conversion leaves it out", List.of("qualification", "negotiation"),
                next.activeOpenStages().stream().map(Stage::name).toList());
    }

    @Test
    public void teamsMapEachUserToOneTeam() {
        Map<String, String> teams = PipelineSettings.teams(new String[] { "nord:alice+bruno, sud:chloe" });
        assertEquals("nord", teams.get("bruno"));
        assertEquals("sud", teams.get("chloe"));
        assertMessage("in two teams", () -> PipelineSettings.teams(new String[] { "nord:alice, sud:alice" }));
        assertMessage("team:user+user", () -> PipelineSettings.teams(new String[] { "alice" }));
    }

    @Test
    public void currencyZoneAndSellerAreChecked() {
        assertEquals("EUR", PipelineSettings.currency(" eur "));
        assertMessage("ISO 4217", () -> PipelineSettings.currency("EURO"));
        assertMessage("not a time zone", () -> PipelineSettings.zone("Europe/Lutece"));
        assertMessage("one line", () -> PipelineSettings.seller("Mosaic\nCRM"));
    }

    private static void assertMessage(String expected, org.junit.function.ThrowingRunnable parse) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, parse);
        assertTrue(refused.getMessage(), refused.getMessage().contains(expected));
    }
}
