package org.mosaiccrm.contacts.api;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module that stores personal data about customers takes part in their rights of access and erasure
 * by registering this service (a whiteboard: contacts calls every holder there is). Erasure runs in the
 * contacts module's transaction: every holder erases, or none does, and the customer's erasure answer
 * lists each module with what it erased.
 */
@ConsumerType
public interface PersonalDataHolder {

    /** The module holding the data, e.g. {@code leads}. */
    String module();

    /**
     * What the module holds about the customer, for the customer's right of access: any JSON-serializable
     * value (typically a map of record lists); empty when it holds nothing.
     */
    Map<String, Object> personalData(String customerId);

    /**
     * Removes everything that identifies the customer from the module's records (and their values in the
     * audit trail, through {@code AuditLog.redact}), keeping what reports need anonymously. Called within the
     * erasure's JTA transaction; a failure rolls the whole erasure back.
     *
     * @return how many of the module's records changed
     */
    int erase(String customerId);
}
