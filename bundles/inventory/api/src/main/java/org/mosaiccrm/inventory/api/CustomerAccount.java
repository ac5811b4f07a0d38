package org.mosaiccrm.inventory.api;

/**
 * A customer's account as sales and the screen pop see it.
 *
 * @param creditLimit     from the customer's profile (contacts); {@code null}: no limit is set, no check
 * @param availableCredit the limit less the open balance; {@code null} without a limit
 */
public record CustomerAccount(String customerId, Money openBalance, Money creditLimit, Money availableCredit, String paymentTerms) {
}
