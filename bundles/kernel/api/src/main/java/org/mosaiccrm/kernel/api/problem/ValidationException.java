package org.mosaiccrm.kernel.api.problem;

import java.util.List;

/** The request is well-formed but its content breaks a rule (HTTP 422, or 400 for bad parameters). */
public class ValidationException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ValidationException(List<FieldError> errors) {
        this(422, errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** For request parameters (query, path) rather than content: HTTP 400. */
    public static ValidationException badParameters(List<FieldError> errors) {
        return new ValidationException(400, errors);
    }

    private ValidationException(int status, List<FieldError> errors) {
        super(status, "validation", "Invalid input", summary(errors), errors, null);
    }

    private static String summary(List<FieldError> errors) {
        if (errors == null || errors.isEmpty()) {
            return "The input is not valid.";
        }
        FieldError first = errors.get(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return first.field() + ": " + first.message() + more;
    }
}
