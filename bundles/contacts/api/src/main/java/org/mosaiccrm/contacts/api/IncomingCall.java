package org.mosaiccrm.contacts.api;

/**
 * A call reported by the telephony system.
 *
 * @param from  the caller's number, any format
 * @param to    the number called
 * @param agent the agent it rings
 */
public record IncomingCall(String from, String to, String agent) {
}
