package org.mosaiccrm.kernel.impl.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * Judges a configuration as a whole: every key must be one the module's metatype declares, every value
 * must have the declared type, range and option, then the module's own rules apply. Keys with a dot
 * ({@code service.pid}, {@code felix.fileinstall.filename}, a reference's {@code .target}) belong to the
 * framework and are left alone.
 */
final class ConfigurationJudge {

    private ConfigurationJudge() {
    }

    /**
     * @param attributes the metatype's attributes by id; {@code null} when the bundle declares none for the pid
     * @param rules      the module's rules, or {@code null}
     */
    static List<FieldError> judge(String pid, Map<String, Object> properties, Map<String, AttributeDefinition> attributes,
                                  ConfigurationRules rules, Predicate<String> knownUser) {
        List<FieldError> errors = new ArrayList<>();
        ConfigurationValues values = new ConfigurationValues(properties, knownUser);
        if (attributes != null) {
            for (String key : new TreeMap<>(properties).keySet()) {
                if (key.indexOf('.') >= 0) {
                    continue;
                }
                AttributeDefinition attribute = attributes.get(key);
                if (attribute == null) {
                    errors.add(new FieldError(key, unknownKey(pid, key, attributes)));
                } else {
                    checkValue(errors, key, values.strings(key), attribute);
                }
            }
        }
        if (rules != null) {
            List<FieldError> ruleErrors = new ArrayList<>();
            try {
                rules.check(values, ruleErrors);
            } catch (RuntimeException e) {
                // a module's rules with a bug must not let an unjudged configuration through
                ruleErrors.add(new FieldError("*", "the module's configuration rules failed: " + e));
            }
            // one error per key: the metatype's (a wrong type) says it first
            ruleErrors.stream().filter(error -> errors.stream().noneMatch(e -> e.field().equals(error.field())))
                    .forEach(errors::add);
        }
        return errors;
    }

    private static String unknownKey(String pid, String key, Map<String, AttributeDefinition> attributes) {
        String closest = attributes.keySet().stream()
                .filter(known -> distance(known.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT)) <= 2)
                .findFirst().orElse(null);
        return "is not a setting of " + pid + (closest == null ? "" : " (did you mean " + closest + "?)")
                + "; its settings: " + String.join(", ", new TreeMap<>(attributes).keySet());
    }

    private static void checkValue(List<FieldError> errors, String key, String[] elements, AttributeDefinition attribute) {
        if (attribute.getCardinality() == 0 && elements.length > 1) {
            errors.add(new FieldError(key, "takes one value, not " + elements.length));
            return;
        }
        for (String element : elements) {
            String shown = ConfigurationVerdicts.isSecret(key) ? ConfigurationVerdicts.HIDDEN : element;
            String typeProblem = typeProblem(element.trim(), attribute.getType());
            if (typeProblem != null) {
                errors.add(new FieldError(key, "'" + shown + "' " + typeProblem));
                return;
            }
            String[] options = attribute.getOptionValues();
            if (options != null && options.length > 0 && !Arrays.asList(options).contains(element.trim())) {
                errors.add(new FieldError(key, "'" + shown + "' is not allowed; allowed: " + String.join(", ", options)));
                return;
            }
            String problem = attribute.validate(element.trim());
            if (problem != null && !problem.isEmpty()) {
                errors.add(new FieldError(key, "'" + shown + "': " + problem));
                return;
            }
        }
    }

    /** Why {@code value} is not of the metatype {@code type}, or {@code null} when it is. */
    static String typeProblem(String value, int type) {
        try {
            switch (type) {
                case AttributeDefinition.INTEGER -> Integer.parseInt(value);
                case AttributeDefinition.LONG -> Long.parseLong(value);
                case AttributeDefinition.SHORT -> Short.parseShort(value);
                case AttributeDefinition.BYTE -> Byte.parseByte(value);
                case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> Double.parseDouble(value);
                case AttributeDefinition.BOOLEAN -> {
                    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                        return "is not true or false";
                    }
                }
                default -> {
                    return null;
                }
            }
            return null;
        } catch (NumberFormatException e) {
            return type == AttributeDefinition.DOUBLE || type == AttributeDefinition.FLOAT ? "is not a number"
                    : "is not a whole number (or too large)";
        }
    }

    /** Levenshtein distance, for "did you mean" on a misspelt key. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
