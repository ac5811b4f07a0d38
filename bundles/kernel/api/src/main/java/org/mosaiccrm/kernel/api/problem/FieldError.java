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
}
