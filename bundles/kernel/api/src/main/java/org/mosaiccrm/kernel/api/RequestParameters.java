package org.mosaiccrm.kernel.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/** Reads the request parameters every module's REST resources share, with the same 400 problems. */
public final class RequestParameters {

    private RequestParameters() {
    }

    /**
     * The version an {@code If-Match} header sends back (the ETag the client read, {@code "3"} or {@code W/"3"}).
     *
     * @throws ValidationException (400) when it is missing or not a version
     */
    public static long ifMatchVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ValidationException.badParameters(List.of(new FieldError("If-Match",
                    "send the version you read (the ETag), e.g. If-Match: \"3\"")));
        }
        try {
            return Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ValidationException.badParameters(List.of(new FieldError("If-Match", "'" + ifMatch + "' is not a version")));
        }
    }

    /**
     * A query parameter the request cannot do without, stripped.
     *
     * @throws ValidationException (400) naming it when it is missing or blank
     * @since 1.5
     */
    public static String required(String name, String value, String example) {
        if (value == null || value.isBlank()) {
            throw ValidationException.badParameters(List.of(new FieldError(name, "is required, e.g. ?" + name + "=" + example)));
        }
        return value.strip();
    }

    /**
     * An enum parameter in any case; {@code null} when absent.
     *
     * @throws ValidationException (400) naming the allowed values
     */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.badParameters(List.of(new FieldError(name,
                    "must be one of " + Arrays.toString(type.getEnumConstants()))));
        }
    }
}
