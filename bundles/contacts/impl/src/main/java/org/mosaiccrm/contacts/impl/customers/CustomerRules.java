package org.mosaiccrm.contacts.impl.customers;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.mosaiccrm.commons.email.EmailAddresses;
import org.mosaiccrm.commons.phone.PhoneNumbers;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/**
 * Checks a customer draft and normalizes its contact points: every problem is reported at once,
 * by field, and nothing is stored unless the whole draft is good.
 */
public final class CustomerRules {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final PhoneNumbers phones;
    private final CustomFields customFields;
    private final java.util.function.Predicate<String> knownUser;

    public CustomerRules(PhoneNumbers phones, CustomFields customFields) {
        this(phones, customFields, user -> true);
    }

    /** @param knownUser whether a name is a user of the CRM (the owner of a customer must be one) */
    public CustomerRules(PhoneNumbers phones, CustomFields customFields, java.util.function.Predicate<String> knownUser) {
        this.phones = phones;
        this.customFields = customFields;
        this.knownUser = knownUser;
    }

    /**
     * Refuses an owner who cannot log in: a customer owned by a typo belongs to nobody. Checked when the owner is
     * set or changed, not on every update (a user who left still owns customers until they are given to another).
     */
    public void requireKnownOwner(String owner) {
        if (owner != null && !knownUser.test(owner)) {
            throw new ValidationException("owner", "'" + owner + "' is not a user of this CRM");
        }
    }

    public CustomFields customFields() {
        return customFields;
    }

    /** The draft with normalized contact points; throws with every invalid field. */
    public CustomerDraft validated(CustomerDraft draft) {
        if (draft == null) {
            throw new ValidationException("(body)", "a customer is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "is required: PERSON or ORGANIZATION"));
        } else if (draft.kind() == CustomerKind.PERSON && blank(draft.firstName()) && blank(draft.lastName())) {
            errors.add(new FieldError("lastName", "a person needs a first or last name"));
        } else if (draft.kind() == CustomerKind.ORGANIZATION && blank(draft.companyName())) {
            errors.add(new FieldError("companyName", "an organization needs a company name"));
        }
        FieldError.checkSingleLine(errors, "firstName", draft.firstName());
        FieldError.checkSingleLine(errors, "lastName", draft.lastName());
        FieldError.checkSingleLine(errors, "companyName", draft.companyName());
        FieldError.checkLength(errors, "firstName", draft.firstName(), 100);
        FieldError.checkLength(errors, "lastName", draft.lastName(), 100);
        FieldError.checkLength(errors, "companyName", draft.companyName(), 200);
        FieldError.checkLength(errors, "tier", draft.tier(), 32);
        FieldError.checkLength(errors, "owner", draft.owner(), 128);
        FieldError.checkLength(errors, "paymentTerms", draft.paymentTerms(), 64);
        FieldError.checkLength(errors, "specialInstructions", draft.specialInstructions(), 2000);
        FieldError.checkLength(errors, "externalId", draft.externalId(), 128);
        if (draft.status() == CustomerStatus.MERGED || draft.status() == CustomerStatus.ERASED) {
            errors.add(new FieldError("status", draft.status() + " is set by merging or erasing, not directly"));
        }
        if (draft.creditLimit() != null && draft.creditLimit().compareTo(BigDecimal.ZERO) < 0) {
            errors.add(new FieldError("creditLimit", "must not be negative"));
        }
        // the column is DECIMAL(15,2): checked on the number's digits, never by writing it out
        FieldError.checkDecimal(errors, "creditLimit", draft.creditLimit(), 15, 2);
        if (errors.isEmpty() && displayName(draft) != null && displayName(draft).length() > 200) {
            errors.add(new FieldError(draft.kind() == CustomerKind.ORGANIZATION ? "companyName" : "lastName",
                    "first and last name together must be at most 199 characters"));
        }
        if (draft.language() != null && !LANGUAGE.matcher(draft.language()).matches()) {
            errors.add(new FieldError("language", "must be an ISO 639 code such as fr or en"));
        }
        for (int i = 0; i < draft.tags().size(); i++) {
            String tag = draft.tags().get(i);
            if (blank(tag) || tag.length() > 64) {
                errors.add(new FieldError("tags[" + i + "]", "must be 1 to 64 characters"));
            }
        }
        List<ContactPoint> points = new ArrayList<>();
        for (int i = 0; i < draft.contactPoints().size(); i++) {
            ContactPoint point = draft.contactPoints().get(i);
            String field = "contactPoints[" + i + "]";
            if (point == null || point.type() == null) {
                errors.add(new FieldError(field + ".type", "is required: PHONE, MOBILE, EMAIL, WEB, FAX or ADDRESS"));
                continue;
            }
            if (blank(point.value())) {
                errors.add(new FieldError(field + ".value", "is required"));
                continue;
            }
            String normalized = normalize(point.type(), point.value().trim());
            if (normalized == null) {
                errors.add(new FieldError(field + ".value", "'" + point.value() + "' is not " + describe(point.type())));
                continue;
            }
            // normalizing may lengthen a value (lower-casing 'İ' gives two characters): the stored form must fit
            FieldError.checkLength(errors, field + ".value", normalized, point.type() == ContactPointType.EMAIL ? 320 : 500);
            FieldError.checkLength(errors, field + ".label", point.label(), 32);
            points.add(new ContactPoint(point.type(), normalized, point.label(), point.primary()));
        }
        Map<String, Object> custom = new TreeMap<>(customFields.toStored(draft.customFields(), errors));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CustomerDraft(draft.kind(), trim(draft.firstName()), trim(draft.lastName()), trim(draft.companyName()),
                draft.organizationId(), draft.status() == null ? CustomerStatus.PROSPECT : draft.status(), draft.tier(),
                draft.owner(), draft.creditLimit(), draft.paymentTerms(), draft.preferredChannel(), draft.language(),
                draft.specialInstructions(), draft.tags(), points, draft.externalId(), custom);
    }

    /** The normalized value, or {@code null} when it is not a valid value of its type. */
    public String normalize(ContactPointType type, String value) {
        return switch (type) {
            case PHONE, MOBILE, FAX -> phones.toE164(value).orElse(null);
            case EMAIL -> EmailAddresses.normalize(value).orElse(null);
            case WEB -> web(value);
            case ADDRESS -> value.length() <= 500 ? value : null;
        };
    }

    public static String displayName(CustomerDraft draft) {
        if (draft.kind() == CustomerKind.ORGANIZATION) {
            return draft.companyName();
        }
        return ((draft.firstName() == null ? "" : draft.firstName()) + " "
                + (draft.lastName() == null ? "" : draft.lastName())).trim();
    }

    private static String web(String value) {
        try {
            URI uri = URI.create(value.contains("://") ? value : "https://" + value);
            return uri.getHost() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && value.length() <= 500 ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String describe(ContactPointType type) {
        return switch (type) {
            case PHONE, MOBILE, FAX -> "a valid phone number";
            case EMAIL -> "an e-mail address";
            case WEB -> "a web address";
            case ADDRESS -> "an address of at most 500 characters";
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
