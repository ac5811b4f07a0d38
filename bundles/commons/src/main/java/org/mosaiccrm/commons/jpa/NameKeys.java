package org.mosaiccrm.commons.jpa;

import java.util.Locale;

/** The lower-cased form of a name that name-prefix search reads through an index. */
public final class NameKeys {

    /** Write {@code LIKE :p} followed by this in JPQL, with the parameter made by {@link #startingWith}. */
    public static final String ESCAPE = " ESCAPE '\\'";

    private NameKeys() {
    }

    /**
     * A {@code LIKE} pattern for values starting with {@code prefix} as typed: its {@code %}, {@code _} and backslash
     * match themselves (with {@link #ESCAPE} after the pattern; without it Derby knows no escape character and a
     * typed {@code _} found nothing, or anything).
     */
    public static String startingWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * {@code name} lower-cased, cut to the column's {@code length}: lower-casing may lengthen a name
     * ({@code "İ"} becomes two characters), and a prefix search never needs the key's tail.
     */
    public static String of(String name, int length) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.length() <= length) {
            return key;
        }
        // never cut a surrogate pair in two
        int end = Character.isHighSurrogate(key.charAt(length - 1)) ? length - 1 : length;
        return key.substring(0, end);
    }
}
