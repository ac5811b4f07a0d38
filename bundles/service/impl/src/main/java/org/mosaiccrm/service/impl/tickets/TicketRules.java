package org.mosaiccrm.service.impl.tickets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mosaiccrm.commons.email.EmailAddresses;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.service.api.TicketChannel;
import org.mosaiccrm.service.api.TicketDraft;
import org.mosaiccrm.service.api.TicketPriority;
import org.mosaiccrm.service.impl.Settings;

/** What a new ticket must hold; every problem at once (422), defaults filled in. */
public final class TicketRules {

    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_COMMENT = 20_000;

    private TicketRules() {
    }

    public static TicketDraft check(TicketDraft draft, Settings settings) {
        if (draft == null) {
            throw new ValidationException("subject", "a ticket needs a subject, a category and a customer or an e-mail address");
        }
        List<FieldError> errors = new ArrayList<>();
        String email = null;
        if (draft.requesterEmail() != null) {
            email = EmailAddresses.normalize(draft.requesterEmail()).orElse(null);
            if (email == null) {
                errors.add(new FieldError("requesterEmail", "is not an e-mail address"));
            }
        }
        if (blank(draft.customerId()) && draft.requesterEmail() == null) {
            errors.add(new FieldError("requesterEmail", "is needed when no customerId is given"));
        }
        String category = draft.category() == null ? null : draft.category().trim().toLowerCase(Locale.ROOT);
        if (category == null || !settings.categories().contains(category)) {
            errors.add(new FieldError("category", "must be one of " + String.join(", ", settings.categories())));
        }
        if (blank(draft.subject())) {
            errors.add(new FieldError("subject", "is required"));
        } else {
            FieldError.checkLength(errors, "subject", draft.subject().trim(), 200);
            FieldError.checkSingleLine(errors, "subject", draft.subject().trim());
        }
        FieldError.checkLength(errors, "description", draft.description(), MAX_DESCRIPTION);
        String language = draft.language() == null ? settings.defaultLanguage() : draft.language().trim().toLowerCase(Locale.ROOT);
        if (!settings.languages().contains(language)) {
            errors.add(new FieldError("language", "must be one of " + String.join(", ", settings.languages())));
        }
        FieldError.checkLength(errors, "requesterName", draft.requesterName(), 200);
        FieldError.checkSingleLine(errors, "requesterName", draft.requesterName());
        FieldError.checkLength(errors, "productSku", draft.productSku(), 64);
        FieldError.checkSingleLine(errors, "productSku", draft.productSku());
        FieldError.checkLength(errors, "orderId", draft.orderId(), 36);
        FieldError.checkLength(errors, "serialNumber", draft.serialNumber(), 64);
        FieldError.checkSingleLine(errors, "serialNumber", draft.serialNumber());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TicketDraft(blank(draft.customerId()) ? null : draft.customerId().trim(), email, trim(draft.requesterName()),
                category, draft.channel() == null ? TicketChannel.PHONE : draft.channel(),
                draft.priority() == null ? TicketPriority.NORMAL : draft.priority(), draft.subject().trim(),
                trim(draft.description()), language, upper(draft.productSku()), trim(draft.orderId()), trim(draft.serialNumber()));
    }

    /** A comment's text: required, within the size limit. */
    public static String text(String text, String field) {
        if (blank(text)) {
            throw new ValidationException(field, "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        FieldError.checkLength(errors, field, text, MAX_COMMENT);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return text.strip();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }

    private static String upper(String value) {
        return blank(value) ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}
