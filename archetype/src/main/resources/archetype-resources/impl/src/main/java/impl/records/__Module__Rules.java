package ${package}.impl.records;

import java.util.ArrayList;
import java.util.List;

import ${package}.api.${Module}Record;
import ${package}.impl.${Module}Config;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/** What a record must be, checked before anything is written; no OSGi, no database: unit-tested. */
public final class ${Module}Rules {

    /** The title column's size: the configured maximum may be smaller, never larger. */
    public static final int TITLE_COLUMN = 200;

    private final int maxTitleLength;

    public ${Module}Rules(int maxTitleLength) {
        if (maxTitleLength < 1 || maxTitleLength > TITLE_COLUMN) {
            throw new IllegalArgumentException("must be between 1 and " + TITLE_COLUMN + " (the column's size), not " + maxTitleLength);
        }
        this.maxTitleLength = maxTitleLength;
    }

    public static ${Module}Rules of(${Module}Config config) {
        return new ${Module}Rules(config.maxTitleLength());
    }

    /**
     * The draft as it will be stored (title trimmed).
     *
     * @throws ValidationException naming every invalid field
     */
    public ${Module}Record.Draft check(${Module}Record.Draft draft) {
        if (draft == null) {
            throw new ValidationException("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String customerId = draft.customerId() == null ? null : draft.customerId().trim();
        String title = draft.title() == null ? null : draft.title().strip();
        if (customerId == null || customerId.isEmpty()) {
            errors.add(new FieldError("customerId", "is required"));
        }
        if (title == null || title.isEmpty()) {
            errors.add(new FieldError("title", "is required"));
        } else if (title.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("title", "must not contain control characters"));
        }
        FieldError.checkLength(errors, "title", title, maxTitleLength);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ${Module}Record.Draft(customerId, title);
    }
}
