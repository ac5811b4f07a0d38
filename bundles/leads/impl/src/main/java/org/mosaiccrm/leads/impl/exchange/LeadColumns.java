package org.mosaiccrm.leads.impl.exchange;

import java.util.Map;

import org.mosaiccrm.commons.imports.ContactColumn;
import org.mosaiccrm.commons.imports.CsvRows;

/** What a column of a leads CSV means: this CRM's names and the usual export headers, English and French, compared loosely. */
public enum LeadColumns {
    FIRST_NAME, LAST_NAME, COMPANY, EMAIL, PHONE, SOURCE, CAMPAIGN, AFFILIATE, OWNER, NOTES, CONSENT, CONSENT_TEXT;

    /** What only leads reads; names, company, e-mail, phone and notes come from commons' table. */
    private static final Map<String, LeadColumns> OWN = Map.ofEntries(
            Map.entry("source", SOURCE), Map.entry("leadsource", SOURCE), Map.entry("origine", SOURCE),
            Map.entry("campaign", CAMPAIGN), Map.entry("campagne", CAMPAIGN),
            Map.entry("affiliate", AFFILIATE), Map.entry("affilie", AFFILIATE),
            Map.entry("consent", CONSENT), Map.entry("optin", CONSENT), Map.entry("consentement", CONSENT),
            Map.entry("consenttext", CONSENT_TEXT), Map.entry("texteduconsentement", CONSENT_TEXT));

    /** The column's meaning, or {@code null} for a column the import does not know. */
    /** Whether a leads import reads a column of this name. */
    public static boolean reads(String header) {
        return of(header) != null;
    }

    /** Headers to suggest to somebody whose file has none the import reads. */
    public static final java.util.List<String> EXAMPLES = java.util.List.of("firstName", "lastName", "email", "phone",
            "source", "campaign", "Prénom", "Nom", "Courriel");

    static LeadColumns of(String header) {
        LeadColumns own = OWN.get(CsvRows.key(header));
        if (own != null) {
            return own;
        }
        ContactColumn common = ContactColumn.of(header);
        if (common == null) {
            return null;
        }
        return switch (common) {
            case FIRST_NAME -> FIRST_NAME;
            case LAST_NAME -> LAST_NAME;
            case COMPANY -> COMPANY;
            case EMAIL -> EMAIL;
            // a lead has one phone number: the first phone column of the file, mobile or not
            case PHONE, MOBILE -> PHONE;
            case NOTES -> NOTES;
            case OWNER -> OWNER;
            default -> null;
        };
    }

    /** The draft field a column fills, as validation errors name it. */
    String field() {
        return switch (this) {
            case FIRST_NAME -> "firstName";
            case LAST_NAME -> "lastName";
            case CONSENT_TEXT -> "consent.text";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
