package org.mosaiccrm.contacts.impl.exchange;

import java.util.Map;

import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.contacts.api.ContactPointType;

/**
 * What a CSV column means, whatever tool wrote the file: this CRM's own names, Google Contacts'
 * and Outlook's export headers. Headers are compared without case, spaces or punctuation.
 */
enum CsvColumns {
    FIRST_NAME, LAST_NAME, COMPANY, EMAIL, PHONE, MOBILE, FAX, WEB, ADDRESS, TAGS, TIER, OWNER, LANGUAGE, EXTERNAL_ID;

    private static final Map<String, CsvColumns> ALIASES = Map.ofEntries(
            Map.entry("firstname", FIRST_NAME), Map.entry("givenname", FIRST_NAME),
            Map.entry("lastname", LAST_NAME), Map.entry("familyname", LAST_NAME), Map.entry("surname", LAST_NAME),
            Map.entry("company", COMPANY), Map.entry("companyname", COMPANY), Map.entry("organization", COMPANY),
            Map.entry("organizationname", COMPANY), Map.entry("organization1name", COMPANY),
            Map.entry("email", EMAIL), Map.entry("emailaddress", EMAIL), Map.entry("email1value", EMAIL),
            Map.entry("phone", PHONE), Map.entry("phone1value", PHONE), Map.entry("businessphone", PHONE),
            Map.entry("homephone", PHONE), Map.entry("telephone", PHONE), Map.entry("primaryphone", PHONE),
            Map.entry("mobile", MOBILE), Map.entry("mobilephone", MOBILE), Map.entry("phone2value", MOBILE),
            Map.entry("fax", FAX), Map.entry("businessfax", FAX),
            Map.entry("web", WEB), Map.entry("webpage", WEB), Map.entry("website", WEB), Map.entry("website1value", WEB),
            Map.entry("address", ADDRESS), Map.entry("address1formatted", ADDRESS),
            Map.entry("tags", TAGS), Map.entry("categories", TAGS), Map.entry("groupmembership", TAGS),
            Map.entry("tier", TIER), Map.entry("owner", OWNER), Map.entry("language", LANGUAGE),
            Map.entry("externalid", EXTERNAL_ID));

    /** The column's meaning, or {@code null} for a column the import does not know. */
    static CsvColumns of(String header) {
        return ALIASES.get(CsvRows.key(header));
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
