package org.mosaiccrm.kernel.api.ui;

import java.util.Locale;
import java.util.Map;

/**
 * A label in each language the CRM speaks, by language code ({@code "fr"}, {@code "en"}). English is
 * required: it is shown for a language a contribution does not have.
 */
public record Titles(Map<String, String> byLanguage) {

    public Titles {
        byLanguage = Map.copyOf(byLanguage);
        if (byLanguage.getOrDefault("en", "").isBlank()) {
            throw new IllegalArgumentException("a title needs an English text");
        }
    }

    public static Titles of(String english, String french) {
        return new Titles(Map.of("en", english, "fr", french));
    }

    /** The text in {@code language} (a language tag such as {@code fr-FR} is fine), else English. */
    public String in(String language) {
        String code = language == null ? "en" : Locale.forLanguageTag(language).getLanguage();
        return byLanguage.getOrDefault(code, byLanguage.get("en"));
    }
}
