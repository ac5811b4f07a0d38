package org.mosaiccrm.kernel.impl.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mosaiccrm.kernel.api.problem.FieldError;

public class ConfigurationVerdictsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static final String PID = "org.mosaiccrm.leads";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    private static final List<FieldError> BAD_REGION = List.of(new FieldError("defaultRegion", "'XX' is not a region"));

    private ConfigurationVerdicts verdicts(Path file) {
        return new ConfigurationVerdicts(new LastGoodConfigurations(file), CLOCK);
    }

    @Test
    public void aRefusedConfigurationIsReplacedByTheLastGoodOneUntilAGoodOneComes() throws Exception {
        ConfigurationVerdicts verdicts = verdicts(folder.getRoot().toPath().resolve("last-good.json"));
        verdicts.accepted(PID, 7, Map.of("service.pid", PID, "defaultRegion", "BE", "salesReps", new String[] { "a", "b" }));

        Map<String, Object> runOn = verdicts.refused(PID, 7, Map.of("service.pid", PID, "defaultRegion", "XX"), BAD_REGION);

        assertEquals("BE", runOn.get("defaultRegion"));
        assertEquals(List.of("a", "b"), List.of((String[]) runOn.get("salesReps")));
        ConfigurationRefusal refusal = verdicts.refusalsOf(7).get(0);
        assertEquals(ConfigurationRefusal.Fallback.LAST_GOOD, refusal.fallback());
        assertTrue(refusal.summary(), refusal.summary().contains("running on the last good one: defaultRegion: 'XX' is not a region"));
        assertEquals(List.of(), verdicts.refusalsOf(8));

        verdicts.accepted(PID, 7, Map.of("service.pid", PID, "defaultRegion", "FR"));
        assertEquals(List.of(), verdicts.refusals());
    }

    @Test
    public void withoutAnyGoodConfigurationTheModuleRunsOnItsDefaultsAndIsToldSo() {
        ConfigurationVerdicts verdicts = verdicts(folder.getRoot().toPath().resolve("last-good.json"));
        Map<String, Object> runOn = verdicts.refused(PID, 7, Map.of("service.pid", PID,
                "felix.fileinstall.filename", "file:/x.cfg", "defaultRegion", "XX"), BAD_REGION);
        assertEquals(Map.of("service.pid", PID, "felix.fileinstall.filename", "file:/x.cfg"), runOn);
        assertTrue(verdicts.refusals().get(0).summary().contains("running on the defaults"));
    }

    @Test
    public void theLastGoodConfigurationOutlivesARestart() throws Exception {
        Path file = folder.getRoot().toPath().resolve("configuration/last-good.json");
        verdicts(file).accepted(PID, 7, Map.of("service.pid", PID, "defaultRegion", "BE"));
        assertTrue(Files.isRegularFile(file));

        Map<String, Object> runOn = verdicts(file).refused(PID, 9, Map.of("service.pid", PID, "defaultRegion", "XX"), BAD_REGION);

        assertEquals("BE", runOn.get("defaultRegion"));
    }

    @Test
    public void theSameRefusalReadByEveryComponentIsOneRefusal() {
        // a clock that moves at each reading: a second refusal would carry a later time
        java.util.concurrent.atomic.AtomicLong readings = new java.util.concurrent.atomic.AtomicLong();
        Clock ticking = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return Instant.EPOCH.plusSeconds(readings.incrementAndGet()); }
        };
        ConfigurationVerdicts verdicts = new ConfigurationVerdicts(new LastGoodConfigurations(null), ticking);
        verdicts.refused(PID, 7, Map.of("salesReps", new String[] { "nobody" }), BAD_REGION);
        Instant first = verdicts.refusals().get(0).at();
        verdicts.refused(PID, 7, Map.of("salesReps", new String[] { "nobody" }), BAD_REGION);
        assertEquals(first, verdicts.refusals().get(0).at());
        verdicts.refused(PID, 7, Map.of("salesReps", new String[] { "somebody else" }), BAD_REGION);
        assertTrue("a different refusal is news", verdicts.refusals().get(0).at().isAfter(first));
    }
}
