package org.mosaiccrm.kernel.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The web session's cookie, as every part of the CRM reads it (docs/web.md). */
public final class WebSessionCookie {

    /** The cookie's name. */
    public static final String NAME = "CRM_SESSION";

    private static final Pattern VALUE = Pattern.compile("(?:^|;)\\s*" + NAME + "\\s*=\\s*\"?([^;\"\\s]*)");

    private WebSessionCookie() {
    }

    /**
     * The session token in a {@code Cookie} header, read leniently: a malformed cookie beside it (one without
     * a value, spaces around '=') must not fail the request. With several, the last one is taken.
     */
    public static Optional<String> tokenIn(String cookieHeader) {
        if (cookieHeader == null || cookieHeader.length() > 16_384) {
            return Optional.empty();
        }
        Matcher matcher = VALUE.matcher(cookieHeader);
        String token = null;
        while (matcher.find()) {
            token = matcher.group(1);
        }
        return Optional.ofNullable(token).filter(t -> !t.isEmpty() && t.length() <= 128);
    }

    /** Whether the header carries a session cookie at all, well formed or not: a page's request. */
    public static boolean mentionedIn(String cookieHeader) {
        return cookieHeader != null && cookieHeader.contains(NAME);
    }

    /** What identifies a session without being its secret: the SHA-256 of its token, in hex. */
    public static String fingerprint(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
