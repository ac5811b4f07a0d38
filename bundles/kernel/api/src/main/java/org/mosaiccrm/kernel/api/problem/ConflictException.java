package org.mosaiccrm.kernel.api.problem;

import java.util.Map;

/**
 * The request clashes with the current state: a stale version, a duplicate, an illegal transition
 * (HTTP 409). Extensions tell the client how to resolve it, e.g. {@code candidates} or {@code allowed}.
 */
public class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        this(detail, null);
    }

    public ConflictException(String detail, Map<String, ?> extensions) {
        super(409, "conflict", "Conflict", detail, null, extensions);
    }
}
