package org.mosaiccrm.kernel.api.security;

/**
 * Event Admin topics of web sessions: what holds something open for a session (an event stream) closes it
 * when the session ends.
 */
public final class WebSessionEvents {

    /** A user logged out: {@link #SESSION} (the SHA-256 of the session's cookie value, in hex) and {@link #USER}. */
    public static final String ENDED = "org/mosaiccrm/kernel/session/ENDED";

    public static final String SESSION = "session";
    public static final String USER = "user";

    private WebSessionEvents() {
    }
}
