package org.mosaiccrm.kernel.impl.security;

/** What text the CRM takes from outside: no control characters, no broken Unicode. */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Whether {@code value} holds a C0/C1 control character (tab, and line breaks when {@code multiLine},
     * excepted), or a surrogate without its pair.
     */
    public static boolean hasControlCharacters(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            } else if (Character.isISOControl(c) && c != '\t' && !(multiLine && (c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }

    /** {@code value} with control characters shown as {@code ?}, to quote it back safely. */
    public static String printable(String value) {
        String cut = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return cut.replaceAll("[\\p{Cntrl}\\p{Cs}\"\\\\]", "?");
    }
}
