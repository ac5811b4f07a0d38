package org.mosaiccrm.contacts.impl.exchange;

import java.util.Map;

import org.mosaiccrm.commons.imports.ContactColumn;
import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.contacts.api.ContactPointType;

/**
 * What a CSV column means, whatever tool wrote the file: this CRM's own names, Google Contacts' and
 * Outlook's export headers, in English and French ({@link ContactColumn}), compared without case,
 * accents, spaces or punctuation.
 */
enum CsvColumns {
    FIRST_NAME, LAST_NAME, COMPANY, EMAIL, PHONE, MOBILE, FAX, WEB, ADDRESS, TAGS, TIER, OWNER, LANGUAGE, EXTERNAL_ID;

    /** What only contacts reads; the rest is commons' table of contact list columns. */
    private static final Map<String, CsvColumns> OWN = Map.of("tier", TIER, "language", LANGUAGE, "langue", LANGUAGE,
            "externalid", EXTERNAL_ID, "idexterne", EXTERNAL_ID);

    /** The column's meaning, or {@code null} for a column the import does not know. */
    static CsvColumns of(String header) {
        CsvColumns own = OWN.get(CsvRows.key(header));
        if (own != null) {
            return own;
        }
        ContactColumn common = ContactColumn.of(header);
        return common == null || common == ContactColumn.NOTES ? null : valueOf(common.name());
    }

    /** The contact point type a column holds, or {@code null}. */
    ContactPointType contactPointType() {
        return switch (this) {
            case EMAIL -> ContactPointType.EMAIL;
            case PHONE -> ContactPointType.PHONE;
            case MOBILE -> ContactPointType.MOBILE;
            case FAX -> ContactPointType.FAX;
            case WEB -> ContactPointType.WEB;
            case ADDRESS -> ContactPointType.ADDRESS;
            default -> null;
        };
    }
}
