package org.mosaiccrm.kernel.api.paging;

import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/**
 * Which slice of a list to return.
 *
 * @param offset items to skip, at least 0
 * @param limit  items to return, 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /**
     * Reads {@code ?offset=&limit=} as a client sent them (either may be absent). A limit above
     * {@link #MAX_LIMIT} is capped rather than refused, so a client asking for "everything" gets the
     * largest page; anything that is not a number, a negative offset or a limit below 1 is refused
     * with a 400 naming the parameter.
     */
    public static PageRequest parse(String offset, String limit) {
        List<FieldError> errors = new ArrayList<>();
        long parsedOffset = parseNumber("offset", offset, 0, errors);
        long parsedLimit = parseNumber("limit", limit, DEFAULT_LIMIT, errors);
        if (errors.isEmpty() && parsedOffset < 0) {
            errors.add(new FieldError("offset", "must be 0 or more"));
        }
        if (errors.isEmpty() && parsedLimit < 1) {
            errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (errors.isEmpty() && parsedOffset > Integer.MAX_VALUE) {
            errors.add(new FieldError("offset", "must be at most " + Integer.MAX_VALUE));
        }
        if (!errors.isEmpty()) {
            throw ValidationException.badParameters(errors);
        }
        return new PageRequest((int) parsedOffset, (int) Math.min(parsedLimit, MAX_LIMIT));
    }

    private static long parseNumber(String name, String value, long absent, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number, got '" + value + "'"));
            return absent;
        }
    }
}
