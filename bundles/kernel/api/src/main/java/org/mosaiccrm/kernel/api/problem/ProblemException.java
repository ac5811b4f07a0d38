package org.mosaiccrm.kernel.api.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can do something about. Carries what an RFC 9457 problem needs:
 * an HTTP status, a stable type slug, a short title and a detail for this occurrence.
 * Services throw the subclasses; the kernel maps them for REST and the console.
 */
public abstract class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    protected ProblemException(int status, String type, String title, String detail,
                               List<FieldError> errors, Map<String, ?> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** HTTP status code. */
    public int status() {
        return status;
    }

    /** Stable slug naming the kind of problem, e.g. {@code not-found}; part of the problem {@code type} URI. */
    public String type() {
        return type;
    }

    /** Short summary of the kind of problem, the same for every occurrence. */
    public String title() {
        return title;
    }

    /** What went wrong this time. */
    public String detail() {
        return getMessage();
    }

    /** Field-level errors, for validation problems; empty otherwise. */
    public List<FieldError> errors() {
        return errors;
    }

    /** Extra members of the problem document (e.g. {@code candidates}, {@code allowed}). */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
