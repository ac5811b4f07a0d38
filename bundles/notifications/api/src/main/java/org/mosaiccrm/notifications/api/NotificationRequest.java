package org.mosaiccrm.notifications.api;

import java.util.Map;

/**
 * What to send: to {@code customerId} (the address and language come from the customer; with no address, their
 * organization's main contact), to {@code address} alone (a member of staff, say), or to both: the customer's message
 * written to the address they used (a ticket's requester writing from another address). A reminder needs a customer.
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
        // a field without a value is left out (the template shows nothing for it), rather than failing the caller's fact
        data = data == null ? Map.of() : data.entrySet().stream().filter(entry -> entry.getKey() != null && entry.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
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
