package org.mosaiccrm.reporting.api.predictions;

import java.math.BigDecimal;

/**
 * "Customers who bought {@code ifSku} also bought {@code thenSku}".
 *
 * @param ifSku       the product bought
 * @param thenSku     the product also bought
 * @param thenName    its name
 * @param customers   customers who bought both
 * @param support     share of all customers who bought both
 * @param confidence  share of the buyers of {@code ifSku} who also bought {@code thenSku}
 * @param lift        confidence divided by the share of all customers who bought {@code thenSku}: above 1,
 *                    buying the first makes the second likelier
 */
public record AssociationRule(String ifSku, String thenSku, String thenName, long customers, BigDecimal support,
                              BigDecimal confidence, BigDecimal lift) {
}
