package org.mosaiccrm.kernel.api.problem;

/**
 * One invalid field of a request.
 *
 * @param field   the field's path as the client sent it, e.g. {@code email} or {@code contactPoints[1].value}
 * @param message what is wrong with it, for a person to read
 */
public record FieldError(String field, String message) {
}
