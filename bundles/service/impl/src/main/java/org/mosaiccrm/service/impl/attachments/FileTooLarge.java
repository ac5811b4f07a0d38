package org.mosaiccrm.service.impl.attachments;

import java.util.List;
import java.util.Map;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ProblemException;

/** 413: a file over the module's attachment size, refused while it was being received (nothing kept). */
final class FileTooLarge extends ProblemException {

    private static final long serialVersionUID = 1L;

    FileTooLarge(long maxBytes) {
        super(413, "payload-too-large", "File too large", "An attachment is at most " + maxBytes / 1024 + " KiB (service attachmentMaxKb).",
                List.of(new FieldError("file", "is larger than " + maxBytes / 1024 + " KiB")), Map.of("maxBytes", maxBytes));
    }
}
