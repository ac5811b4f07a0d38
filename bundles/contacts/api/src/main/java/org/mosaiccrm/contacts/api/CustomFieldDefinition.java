package org.mosaiccrm.contacts.api;

/**
 * A field this deployment adds to every customer, configured as {@code name:type} in
 * {@code etc/org.mosaiccrm.contacts.cfg} ({@code customFields}).
 *
 * @param name the key in {@code customFields}
 * @param type TEXT (up to 500 characters), NUMBER, DATE (ISO, {@code 2026-11-22}) or BOOLEAN
 */
public record CustomFieldDefinition(String name, Type type) {

    public enum Type {
        TEXT, NUMBER, DATE, BOOLEAN
    }
}
