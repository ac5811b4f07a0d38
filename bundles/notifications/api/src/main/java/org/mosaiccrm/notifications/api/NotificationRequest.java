package org.mosaiccrm.notifications.api;

import java.util.Map;

/**
 * What to send. Exactly one of {@code customerId} (the address and language come from the customer; with no
 * address, their organization's main contact) and {@code address} (a member of staff, say).
 *
 * @param idempotencyKey the same key twice gives the same notification (at most 200 characters)
 * @param template       a template name, e.g. {@code shipping-notice}
 * @param language       ISO 639 code, or null for the customer's language, else the configured default
 * @param data           the template's fields (strings); the customer's own fields are added as {@code customer.*}
 * @param trigger        what caused it, in words a supervisor reads ("order CMD-2026-000012 shipped")
 */
public record NotificationRequest(String idempotencyKey, String customerId, String address, String template, String language,
                                  Purpose purpose, Map<String, String> data, String trigger) {

    public NotificationRequest {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** To a customer. */
    public static NotificationRequest toCustomer(String idempotencyKey, String customerId, String template, Purpose purpose,
                                                 Map<String, String> data, String trigger) {
        return new NotificationRequest(idempotencyKey, customerId, null, template, null, purpose, data, trigger);
    }

    /** To an address of staff, in the configured default language. */
    public static NotificationRequest toStaff(String idempotencyKey, String address, String template, Map<String, String> data,
                                              String trigger) {
        return new NotificationRequest(idempotencyKey, null, address, template, null, Purpose.STAFF, data, trigger);
    }
}
