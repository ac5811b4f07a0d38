package org.mosaiccrm.leads.impl.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.commons.email.EmailAddresses;
import org.mosaiccrm.commons.phone.PhoneNumbers;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.leads.api.Consent;
import org.mosaiccrm.leads.api.LeadDraft;
import org.mosaiccrm.leads.api.Utm;

/** Checks a lead draft, every field at once, and normalizes its e-mail and phone as contacts does. */
public final class LeadRules {

    private final PhoneNumbers phones;

    public LeadRules(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** The draft with trimmed text, a normalized e-mail and an E.164 phone; throws with every invalid field. */
    public LeadDraft validated(LeadDraft draft) {
        if (draft == null) {
            throw new ValidationException("(body)", "a lead is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String email = null;
        if (present(draft.email())) {
            email = EmailAddresses.normalize(draft.email()).orElse(null);
            if (email == null) {
                errors.add(new FieldError("email", "'" + draft.email() + "' is not an e-mail address"));
            }
        }
        String phone = null;
        if (present(draft.phone())) {
            phone = phones.toE164(draft.phone()).orElse(null);
            if (phone == null) {
                errors.add(new FieldError("phone", "'" + draft.phone() + "' is not a valid phone number"));
            }
        }
        if (!present(draft.email()) && !present(draft.phone())) {
            errors.add(new FieldError("email", "an e-mail address or a phone number is required to reach the lead"));
        }
        if (!present(draft.firstName()) && !present(draft.lastName()) && !present(draft.company())) {
            errors.add(new FieldError("lastName", "a name or a company is required"));
        }
        FieldError.checkSingleLine(errors, "firstName", draft.firstName());
        FieldError.checkSingleLine(errors, "lastName", draft.lastName());
        FieldError.checkSingleLine(errors, "company", draft.company());
        FieldError.checkLength(errors, "firstName", draft.firstName(), 100);
        FieldError.checkLength(errors, "lastName", draft.lastName(), 100);
        FieldError.checkLength(errors, "company", draft.company(), 200);
        FieldError.checkLength(errors, "campaign", draft.campaign(), 100);
        FieldError.checkLength(errors, "affiliate", draft.affiliate(), 100);
        FieldError.checkLength(errors, "owner", draft.owner(), 128);
        FieldError.checkLength(errors, "notes", draft.notes(), 4000);
        if (draft.trackingCodes().size() > 20 || draft.trackingCodes().stream().anyMatch(code -> code == null || code.length() > 32)) {
            errors.add(new FieldError("trackingCodes", "at most 20 codes of at most 32 characters"));
        }
        Utm utm = draft.utm();
        if (utm != null) {
            FieldError.checkLength(errors, "utm.source", utm.source(), 100);
            FieldError.checkLength(errors, "utm.medium", utm.medium(), 100);
            FieldError.checkLength(errors, "utm.campaign", utm.campaign(), 100);
            FieldError.checkLength(errors, "utm.term", utm.term(), 100);
            FieldError.checkLength(errors, "utm.content", utm.content(), 100);
        }
        Consent consent = draft.consent();
        if (consent != null) {
            if (consent.at() != null) {
                // the moment of consent is the moment the server received it; a client's value would be ignored
                errors.add(new FieldError("consent.at", "is set by the server when the lead arrives"));
            }
            FieldError.checkLength(errors, "consent.text", consent.text(), 500);
            if (consent.optIn() && !present(consent.text())) {
                errors.add(new FieldError("consent.text", "an opt-in needs the wording the person agreed to"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new LeadDraft(trim(draft.firstName()), trim(draft.lastName()), trim(draft.company()), email, phone,
                draft.source(), trim(draft.campaign()), trim(draft.affiliate()), utm, trim(draft.owner()), draft.notes(),
                consent, draft.trackingCodes().stream().map(String::trim).filter(code -> !code.isEmpty()).toList());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
