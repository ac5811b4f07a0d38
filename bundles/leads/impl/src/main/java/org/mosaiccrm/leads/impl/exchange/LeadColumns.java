package org.mosaiccrm.leads.impl.exchange;

import java.util.Map;

import org.mosaiccrm.commons.imports.CsvRows;

/** What a column of a leads CSV means: this CRM's names and the usual export headers, compared loosely. */
enum LeadColumns {
    FIRST_NAME, LAST_NAME, COMPANY, EMAIL, PHONE, SOURCE, CAMPAIGN, AFFILIATE, OWNER, NOTES, CONSENT, CONSENT_TEXT;

    private static final Map<String, LeadColumns> ALIASES = Map.ofEntries(
            Map.entry("firstname", FIRST_NAME), Map.entry("givenname", FIRST_NAME),
            Map.entry("lastname", LAST_NAME), Map.entry("familyname", LAST_NAME), Map.entry("surname", LAST_NAME),
            Map.entry("company", COMPANY), Map.entry("companyname", COMPANY), Map.entry("organization", COMPANY),
            Map.entry("email", EMAIL), Map.entry("emailaddress", EMAIL), Map.entry("email1value", EMAIL),
            Map.entry("phone", PHONE), Map.entry("businessphone", PHONE), Map.entry("mobilephone", PHONE),
            Map.entry("telephone", PHONE), Map.entry("phone1value", PHONE),
            Map.entry("source", SOURCE), Map.entry("leadsource", SOURCE), Map.entry("campaign", CAMPAIGN),
            Map.entry("affiliate", AFFILIATE), Map.entry("owner", OWNER), Map.entry("notes", NOTES),
            Map.entry("consent", CONSENT), Map.entry("optin", CONSENT), Map.entry("consenttext", CONSENT_TEXT));

    /** The column's meaning, or {@code null} for a column the import does not know. */
    static LeadColumns of(String header) {
        return ALIASES.get(CsvRows.key(header));
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
