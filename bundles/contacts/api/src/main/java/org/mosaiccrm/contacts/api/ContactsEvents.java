package org.mosaiccrm.contacts.api;

/** Event Admin topics of the contacts module; each event carries {@link #CUSTOMER_ID}. */
public final class ContactsEvents {

    public static final String CREATED = "org/mosaiccrm/contacts/CREATED";
    public static final String UPDATED = "org/mosaiccrm/contacts/UPDATED";
    public static final String MERGED = "org/mosaiccrm/contacts/MERGED";
    public static final String DELETED = "org/mosaiccrm/contacts/DELETED";
    /** The customer's personal data was erased (the anonymous record stays). */
    public static final String ERASED = "org/mosaiccrm/contacts/ERASED";
    /** Carries {@link #CUSTOMER_ID} (when one customer matched), {@link #PHONE} and {@link #AGENT}. */
    public static final String CALL_INCOMING = "org/mosaiccrm/contacts/CALL_INCOMING";

    public static final String CUSTOMER_ID = "customerId";
    public static final String PHONE = "phone";
    public static final String AGENT = "agent";

    private ContactsEvents() {
    }
}
