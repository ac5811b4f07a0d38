package org.mosaiccrm.kernel.api.problem;

/**
 * The request body is in a format or character set this endpoint does not read (HTTP 415), e.g.
 * {@code charset=bogus}. Retrying the same request cannot help.
 */
public class UnsupportedMediaTypeException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public UnsupportedMediaTypeException(String detail) {
        super(415, "unsupported-media-type", "Unsupported media type", detail, null, null);
    }
}
