package org.mosaiccrm.kernel.api.problem;

import java.util.List;

/**
 * One invalid field of a request.
 *
 * @param field   the field's path as the client sent it, e.g. {@code email} or {@code contactPoints[1].value}
 * @param message what is wrong with it, for a person to read
 */
public record FieldError(String field, String message) {

    /**
     * Adds to {@code errors} the error every module gives for a text longer than its column allows
     * ({@code null} is not checked: whether a field is required is the caller's rule).
     */
    public static void checkLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    /** Adds the error for a one-line value (a name, a company) that holds a line break. */
    public static void checkSingleLine(List<FieldError> errors, String field, String value) {
        if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            errors.add(new FieldError(field, "must be on one line"));
        }
    }

    /** The earliest and latest instants an SQL {@code TIMESTAMP} holds on every database the CRM runs on. */
    public static final java.time.Instant EARLIEST = java.time.Instant.parse("0001-01-01T00:00:00Z");
    public static final java.time.Instant LATEST = java.time.Instant.parse("9999-12-31T23:59:59Z");

    /**
     * Adds the error for a decimal that a {@code DECIMAL(precision, scale)} column cannot hold, judged on its
     * digits without ever writing it out ({@code 1e200000000} is 11 characters and would be 200 million digits).
     */
    public static void checkDecimal(List<FieldError> errors, String field, java.math.BigDecimal value, int precision, int scale) {
        if (value == null) {
            return;
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > precision - scale) {
            errors.add(new FieldError(field, "must be less than 10^" + (precision - scale)));
        } else if (value.scale() > scale && value.stripTrailingZeros().scale() > scale) {
            errors.add(new FieldError(field, "must have at most " + scale + " decimals"));
        }
    }

    /** Adds the error for an instant outside the years 1 to 9999. */
    public static void checkInstant(List<FieldError> errors, String field, java.time.Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            errors.add(new FieldError(field, "must be between the years 1 and 9999"));
        }
    }

    /**
     * Whether {@code code} is an ISO 4217 currency code the JVM knows, in capitals (EUR, GBP, USD), of money people
     * pay with: not gold, special drawing rights or the test code (XAU, XDR, XTS: no minor unit to round to).
     *
     * @since 1.4
     */
    public static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            return java.util.Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
