package org.mosaiccrm.contacts.api;

/**
 * What {@link ContactService#matchOrCreate} did.
 *
 * @param customer    the customer found, or the one created
 * @param existing    whether it was found (by e-mail, then phone) rather than created
 * @param interaction the interaction logged on it
 */
public record CustomerMatch(Customer customer, boolean existing, Interaction interaction) {
}
