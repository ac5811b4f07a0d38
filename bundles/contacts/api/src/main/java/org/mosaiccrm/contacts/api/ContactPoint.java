package org.mosaiccrm.contacts.api;

/**
 * A way to reach a customer. Phones (and mobiles, faxes) are stored in E.164 ({@code +33123456789}),
 * e-mail addresses in lower case.
 *
 * @param type    what it is
 * @param value   the number, address or URL, normalized
 * @param label   e.g. {@code work}, {@code home}
 * @param primary the preferred one of its type
 */
public record ContactPoint(ContactPointType type, String value, String label, boolean primary) {
}
