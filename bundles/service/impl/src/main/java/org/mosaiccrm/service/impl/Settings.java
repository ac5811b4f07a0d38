package org.mosaiccrm.service.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.service.impl.routing.RoutingRules;

/**
 * {@link ServiceConfig} parsed once per change; {@link ServiceConfigRules} runs the same parsers before the
 * kernel lets a change through, so a component never meets a value it cannot read.
 */
public record Settings(List<String> categories, List<String> languages, RoutingRules routing, int routingTimeoutMinutes,
                       String defaultTeam, int reopenDays, String complaintCategory, int complaintsBeforeEscalation,
                       int complaintWindowDays, int badSurveyRating, int surveyDays, int suggestionCount,
                       int scanIntervalSeconds, Set<String> captureOrigins, String honeypotField, int listLimit,
                       org.mosaiccrm.service.impl.prompts.Prompts prompts, int attachmentMaxKb, List<String> attachmentTypes) {

    public static Settings of(ServiceConfig config) {
        List<String> categories = names(config.categories(), "category");
        String complaint = config.complaintCategory().trim().toLowerCase(Locale.ROOT);
        if (!categories.contains(complaint)) {
            throw new IllegalArgumentException("complaintCategory '" + complaint + "' is not one of the categories " + categories);
        }
        return new Settings(categories, languages(config.languages()),
                RoutingRules.parse(new String[] {config.categorySkills()}, new String[] {config.productSkills()}),
                config.routingTimeoutMinutes(), team(config.defaultTeam()), config.reopenDays(), complaint,
                config.complaintsBeforeEscalation(), config.complaintWindowDays(), config.badSurveyRating(),
                config.surveyDays(), config.suggestionCount(), config.scanIntervalSeconds(),
                Set.copyOf(ConfigurationValues.entries(new String[] {config.captureOrigins()})), config.honeypotField().trim(),
                config.listLimit(), org.mosaiccrm.service.impl.prompts.Prompts.parse(config.prompts()), config.attachmentMaxKb(),
                attachmentTypes(config.attachmentTypes()));
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    static List<String> names(String value, String what) {
        List<String> names = ConfigurationValues.entries(new String[] {value}).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("at least one " + what + " is needed");
        }
        for (String name : names) {
            if (!name.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
                throw new IllegalArgumentException("'" + name + "': a " + what + " is lower-case letters, digits, - and _ (at most 40)");
            }
        }
        return names;
    }

    static List<String> languages(String value) {
        List<String> languages = ConfigurationValues.entries(new String[] {value}).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed, e.g. fr, en");
        }
        for (String language : languages) {
            if (!Set.of(Locale.getISOLanguages()).contains(language)) {
                throw new IllegalArgumentException("'" + language + "' is not an ISO 639-1 language code (fr, en, de...)");
            }
        }
        return languages;
    }

    static List<String> attachmentTypes(String value) {
        List<String> types = ConfigurationValues.entries(new String[] {value}).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        for (String type : types) {
            if (!org.mosaiccrm.service.impl.attachments.FileTypes.CHECKABLE.contains(type)) {
                throw new IllegalArgumentException("'" + type + "' is not a type whose content the CRM checks: "
                        + String.join(", ", new java.util.TreeSet<>(org.mosaiccrm.service.impl.attachments.FileTypes.CHECKABLE)));
            }
        }
        return types;
    }

    static String team(String value) {
        String team = value == null ? "" : value.trim();
        if (!team.matches("[A-Za-z0-9][A-Za-z0-9 _-]{0,59}")) {
            throw new IllegalArgumentException("'" + value + "': a team is letters, digits, spaces, - and _ (at most 60)");
        }
        return team;
    }
}
