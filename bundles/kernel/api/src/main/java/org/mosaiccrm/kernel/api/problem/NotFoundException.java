package org.mosaiccrm.kernel.api.problem;

/** The thing asked for does not exist, or the caller may not know that it exists (HTTP 404). */
public class NotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(404, "not-found", "Not found", what + " " + id + " does not exist.", null, null);
    }
}
