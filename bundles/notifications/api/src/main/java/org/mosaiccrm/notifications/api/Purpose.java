package org.mosaiccrm.notifications.api;

/** Why a message is sent, which decides whose consent it needs. */
public enum Purpose {
    /** About something the customer did or asked for (a shipment, a ticket): goes to every customer with an address. */
    TRANSACTIONAL,
    /** A reminder or anything promotional: only to customers who opted in, with an unsubscribe link. */
    REMINDER,
    /** To the CRM's own staff (a supervisor told of an SLA breach). */
    STAFF
}
