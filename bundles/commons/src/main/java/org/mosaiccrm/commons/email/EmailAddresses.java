package org.mosaiccrm.commons.email;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses as every module stores and finds them: checked loosely, trimmed, lower-cased. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 320;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddresses() {
    }

    /** {@code " Ada@Example.ORG"} gives {@code ada@example.org}; empty when it is not an address. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.trim();
        return SHAPE.matcher(value).matches() && value.length() <= MAX_LENGTH
                ? Optional.of(value.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
