package org.mosaiccrm.kernel.api.problem;

/** The request is understood and refused whoever sends it again, e.g. a web form posted from a site not allowed (HTTP 403). */
public class ForbiddenException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** @param type a stable slug for the reason, e.g. {@code origin-not-allowed} */
    public ForbiddenException(String type, String title, String detail) {
        super(403, type, title, detail, null, null);
    }
}
