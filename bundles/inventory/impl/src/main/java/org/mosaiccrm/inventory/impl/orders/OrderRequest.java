package org.mosaiccrm.inventory.impl.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mosaiccrm.inventory.api.Order;
import org.mosaiccrm.inventory.impl.catalog.ProductRules;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.PortalScope;

/** An order draft checked as a whole (422 naming every field), with its defaults. A portal customer orders for themselves. */
record OrderRequest(String customerId, String currency, String channel, String salesRep, String location, String instructions,
                    List<Order.LineDraft> lines, boolean overrideCredit, boolean allowBackorder) {

    static final int MAX_LINES = 200;

    static OrderRequest check(Order.Draft draft, PortalScope scope, String defaultCurrency, String defaultLocation) {
        if (draft == null) {
            throw new ValidationException("customerId", "the request body must be an order");
        }
        List<FieldError> errors = new ArrayList<>();
        String customer = scope.restricted() ? scope.customerId() : trim(draft.customerId());
        if (customer == null) {
            errors.add(new FieldError("customerId", "is required"));
        } else if (scope.restricted() && draft.customerId() != null && !draft.customerId().equals(scope.customerId())) {
            errors.add(new FieldError("customerId", "a customer orders for themselves"));
        }
        String currency = trim(draft.currency()) == null ? defaultCurrency : trim(draft.currency()).toUpperCase(Locale.ROOT);
        if (!ProductRules.isCurrency(currency)) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code such as EUR"));
        }
        String channel = trim(draft.channel()) == null ? (scope.restricted() ? "PORTAL" : "PHONE") : trim(draft.channel()).toUpperCase(Locale.ROOT);
        if (!OrderDesk.isChannel(channel)) {
            errors.add(new FieldError("channel", "must be STORE, PHONE, WEB or PORTAL"));
        } else if (scope.restricted() && !"PORTAL".equals(channel)) {
            errors.add(new FieldError("channel", "a customer orders through the PORTAL"));
        }
        String location = trim(draft.location()) == null ? defaultLocation : trim(draft.location());
        if (location == null) {
            errors.add(new FieldError("location", "is required (no default fulfilment location is configured)"));
        }
        FieldError.checkLength(errors, "instructions", draft.instructions(), 1000);
        FieldError.checkLength(errors, "salesRep", draft.salesRep(), 128);
        List<Order.LineDraft> lines = draft.lines() == null ? List.of() : draft.lines();
        if (lines.isEmpty()) {
            errors.add(new FieldError("lines", "an order has at least one line"));
        } else if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "an order has at most " + MAX_LINES + " lines"));
        }
        List<Order.LineDraft> checked = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
            Order.LineDraft line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "]", "is empty"));
                continue;
            }
            if (trim(line.sku()) == null) {
                errors.add(new FieldError(at + "sku", "is required"));
            }
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > 1_000_000) {
                errors.add(new FieldError(at + "quantity", "must be a whole number from 1 to 1,000,000"));
            }
            if (scope.restricted() && line.unitPrice() != null) {
                // a customer pays the catalog's price: prices and discounts are the staff's to give
                errors.add(new FieldError(at + "unitPrice", "is the catalog's: leave it out"));
            } else if (line.unitPrice() != null) {
                if (line.unitPrice().signum() < 0) {
                    errors.add(new FieldError(at + "unitPrice", "must be zero or more"));
                }
                FieldError.checkDecimal(errors, at + "unitPrice", line.unitPrice(), 19, 4);
            }
            BigDecimal discount = line.discount() == null ? BigDecimal.ZERO : line.discount();
            if (scope.restricted() && discount.signum() != 0) {
                errors.add(new FieldError(at + "discount", "is given by the staff: leave it out"));
            } else if (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) > 0) {
                errors.add(new FieldError(at + "discount", "must be a fraction from 0 to 1, e.g. 0.10 for 10 %"));
            }
            checked.add(new Order.LineDraft(trim(line.sku()), line.quantity(), line.unitPrice(), discount));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean override = !scope.restricted() && Boolean.TRUE.equals(draft.overrideCredit());
        // a customer's order names no sales rep of their choosing: the customer's owner is credited (OrderDesk)
        String salesRep = scope.restricted() ? null : trim(draft.salesRep());
        return new OrderRequest(customer, currency, channel, salesRep, location, trim(draft.instructions()), checked,
                override, Boolean.TRUE.equals(draft.allowBackorder()));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
