package org.mosaiccrm.service.api;

/**
 * What opens a ticket. Either {@code customerId} or {@code requesterEmail} is given; a category from the
 * module's configured list; priority {@code NORMAL} and the CRM's default language when left out.
 */
public record TicketDraft(String customerId, String requesterEmail, String requesterName, String category,
                          TicketChannel channel, TicketPriority priority, String subject, String description,
                          String language, String productSku, String orderId, String serialNumber) {

    /** A ticket for a known customer, to complete with the {@code with...} methods. */
    public static TicketDraft forCustomer(String customerId, String category, String subject, String description) {
        return new TicketDraft(customerId, null, null, category, TicketChannel.PHONE, null, subject, description, null, null,
                null, null);
    }

    public TicketDraft withChannel(TicketChannel value) {
        return new TicketDraft(customerId, requesterEmail, requesterName, category, value, priority, subject, description,
                language, productSku, orderId, serialNumber);
    }

    public TicketDraft withPriority(TicketPriority value) {
        return new TicketDraft(customerId, requesterEmail, requesterName, category, channel, value, subject, description,
                language, productSku, orderId, serialNumber);
    }

    public TicketDraft withLanguage(String value) {
        return new TicketDraft(customerId, requesterEmail, requesterName, category, channel, priority, subject, description,
                value, productSku, orderId, serialNumber);
    }

    public TicketDraft withProduct(String sku, String order, String serial) {
        return new TicketDraft(customerId, requesterEmail, requesterName, category, channel, priority, subject, description,
                language, sku, order, serial);
    }
}
