package org.mosaiccrm.kernel.impl.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.osgi.service.metatype.AttributeDefinition;

public class ConfigurationJudgeTest {

    /** The part of a metatype attribute the judge reads; Felix's own {@code validate} is out of the picture. */
    record Attribute(String id, int type, int cardinality, String[] options) implements AttributeDefinition {
        @Override public String getName() { return id; }
        @Override public String getID() { return id; }
        @Override public String getDescription() { return id; }
        @Override public int getCardinality() { return cardinality; }
        @Override public int getType() { return type; }
        @Override public String[] getOptionValues() { return options; }
        @Override public String[] getOptionLabels() { return options; }
        @Override public String validate(String value) { return null; }
        @Override public String[] getDefaultValue() { return null; }
    }

    private static final Map<String, AttributeDefinition> LEADS = Map.of(
            "defaultRegion", new Attribute("defaultRegion", AttributeDefinition.STRING, 0, null),
            "scoreTouchpoint", new Attribute("scoreTouchpoint", AttributeDefinition.INTEGER, 0, null),
            "salesReps", new Attribute("salesReps", AttributeDefinition.STRING, Integer.MAX_VALUE, null),
            "mode", new Attribute("mode", AttributeDefinition.STRING, 0, new String[] { "strict", "lenient" }),
            "smtpPassword", new Attribute("smtpPassword", AttributeDefinition.INTEGER, 0, null));

    /** Rules as a module writes them: region must be FR or BE, reps must be users. */
    private static final ConfigurationRules RULES = new ConfigurationRules() {
        @Override
        public String pid() {
            return "org.mosaiccrm.leads";
        }

        @Override
        public void check(ConfigurationValues values, List<FieldError> errors) {
            values.check(errors, "defaultRegion", value -> {
                if (!List.of("FR", "BE").contains(value[0])) {
                    throw new IllegalArgumentException("'" + value[0] + "' is not a region");
                }
            });
            values.check(errors, "salesReps", value -> values.entries("salesReps").forEach(rep -> {
                if (!values.isKnownUser(rep)) {
                    throw new IllegalArgumentException("no user " + rep);
                }
            }));
            values.check(errors, "scoreTouchpoint", value -> {
                throw new IllegalArgumentException("rules never see a value the metatype refused");
            });
        }
    };

    private static List<FieldError> judge(Map<String, Object> properties) {
        return ConfigurationJudge.judge("org.mosaiccrm.leads", properties, LEADS, RULES, "demo-sales"::equals);
    }

    @Test
    public void aGoodConfigurationPassesWithTheFrameworksKeysLeftAlone() {
        assertEquals(List.of(), judge(Map.of("service.pid", "org.mosaiccrm.leads", "felix.fileinstall.filename", "file:/etc/x.cfg",
                "defaultRegion", "BE", "salesReps", "demo-sales")));
    }

    @Test
    public void aMisspeltKeyIsNamedWithWhatWasMeant() {
        List<FieldError> errors = judge(Map.of("defaultRegon", "FR"));
        assertEquals(1, errors.size());
        assertEquals("defaultRegon", errors.get(0).field());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("did you mean defaultRegion?"));
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("its settings: defaultRegion, mode, salesReps"));
    }

    @Test
    public void everyProblemIsReportedOnceEachUnderItsKey() {
        List<FieldError> errors = judge(Map.of("defaultRegion", "XX", "scoreTouchpoint", "five", "salesReps",
                new String[] { "demo-sales, nobody" }, "mode", "loose"));
        assertEquals(List.of(
                new FieldError("mode", "'loose' is not allowed; allowed: strict, lenient"),
                new FieldError("scoreTouchpoint", "'five' is not a whole number (or too large)"),
                new FieldError("defaultRegion", "'XX' is not a region"),
                new FieldError("salesReps", "no user nobody")), errors);
    }

    @Test
    public void aSecretIsNeverEchoed() {
        List<FieldError> errors = judge(Map.of("smtpPassword", "hunter2"));
        assertEquals(List.of(new FieldError("smtpPassword", "'(hidden)' is not a whole number (or too large)")), errors);
    }

    @Test
    public void aSingleValuedSettingTakesOneValue() {
        assertEquals(List.of(new FieldError("defaultRegion", "takes one value, not 2")),
                judge(Map.of("defaultRegion", new String[] { "FR", "BE" })));
    }

    @Test
    public void rulesThatThrowSomethingElseRefuseRatherThanLetItThrough() {
        ConfigurationRules broken = new ConfigurationRules() {
            @Override
            public String pid() {
                return "org.mosaiccrm.leads";
            }

            @Override
            public void check(ConfigurationValues values, List<FieldError> errors) {
                throw new NullPointerException("bug");
            }
        };
        List<FieldError> errors = ConfigurationJudge.judge("org.mosaiccrm.leads", Map.of(), LEADS, broken, name -> true);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("rules failed"));
    }
}
