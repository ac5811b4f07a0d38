package org.mosaiccrm.service.api;

/** How a ticket reached the CRM. Web form, portal and e-mail tickets get automated answers. */
public enum TicketChannel {
    PHONE, EMAIL, WEB_FORM, PORTAL, CHAT;

    /** A channel where the customer wrote without an agent: suggested articles are offered at once. */
    public boolean isSelfService() {
        return this == WEB_FORM || this == PORTAL || this == EMAIL;
    }
}
