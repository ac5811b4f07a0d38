package org.mosaiccrm.commons.imports;

import java.util.Map;

/**
 * The columns every contact list has, whatever wrote it: this CRM, Google Contacts, Outlook, Excel
 * sheets people type themselves, in English or in French. One table for every module's import, so
 * that a header contacts reads, leads reads too. Headers are compared by {@link CsvRows#key}: without
 * case, accents, spaces or punctuation ({@code "Téléphone (bureau)"} is {@code telephonebureau}).
 */
public enum ContactColumn {
    FIRST_NAME, LAST_NAME, COMPANY, EMAIL, PHONE, MOBILE, FAX, WEB, ADDRESS, TAGS, NOTES, OWNER;

    private static final Map<String, ContactColumn> ALIASES = Map.ofEntries(
            // this CRM, Google Contacts and Outlook in English
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
            Map.entry("notes", NOTES), Map.entry("owner", OWNER),
            // French: Outlook, Google Contacts, and the words people type
            Map.entry("prenom", FIRST_NAME), Map.entry("nom", LAST_NAME), Map.entry("nomdefamille", LAST_NAME),
            Map.entry("societe", COMPANY), Map.entry("entreprise", COMPANY), Map.entry("organisation", COMPANY),
            Map.entry("organisation1nom", COMPANY), Map.entry("raisonsociale", COMPANY),
            Map.entry("adressedemessagerie", EMAIL), Map.entry("courriel", EMAIL), Map.entry("mail", EMAIL),
            Map.entry("email1valeur", EMAIL), Map.entry("adresseemail", EMAIL),
            Map.entry("telephonebureau", PHONE), Map.entry("telephonedomicile", PHONE), Map.entry("tel", PHONE),
            Map.entry("telephone1valeur", PHONE), Map.entry("telephoneprincipal", PHONE),
            Map.entry("telmobile", MOBILE), Map.entry("portable", MOBILE), Map.entry("telephonemobile", MOBILE),
            Map.entry("telephone2valeur", MOBILE),
            Map.entry("telecopie", FAX), Map.entry("telecopiebureau", FAX),
            Map.entry("pageweb", WEB), Map.entry("siteweb", WEB), Map.entry("siteweb1valeur", WEB),
            Map.entry("adresse", ADDRESS), Map.entry("adresse1formatee", ADDRESS),
            Map.entry("appartenanceaungroupe", TAGS), Map.entry("etiquettes", TAGS),
            Map.entry("remarques", NOTES), Map.entry("commentaires", NOTES), Map.entry("proprietaire", OWNER),
            Map.entry("commercial", OWNER));

    /** The column a header means, or {@code null} when it is none of these. */
    public static ContactColumn of(String header) {
        return ALIASES.get(CsvRows.key(header));
    }
}
