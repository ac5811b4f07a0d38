package org.mosaiccrm.kernel.api.problem;

/**
 * A service this request needs is not running, e.g. another module is not installed or licensed
 * (HTTP 503). The caller may retry once the administrator has fixed it.
 */
public class UnavailableException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String detail) {
        super(503, "unavailable", "Service unavailable", detail, null, null);
    }
}
