package org.mosaiccrm.contacts.impl.reports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Where a customer is, from what contacts stores: an address is free text (up to 500 characters, no country
 * field; a vCard import writes "street, postal code, locality, country"), a phone an E.164 number.
 */
final class Regions {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** Country names in English and French, unaccented lower case, to ISO 3166 alpha-2 codes. */
    private static final Map<String, String> NAMES = new HashMap<>();

    /** ISO 3166 alpha-3 codes (FRA, USA) to alpha-2 codes; alpha-2 codes are not read: "Springfield, IL" is no Israel. */
    private static final Map<String, String> ALPHA3 = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(code).build();
            for (Locale language : new Locale[] { Locale.ENGLISH, Locale.FRENCH }) {
                String name = country.getDisplayCountry(language);
                // a region without a name is shown as its code: two letters are not read (see ALPHA3)
                if (!name.equalsIgnoreCase(code)) {
                    NAMES.putIfAbsent(key(name), code);
                }
            }
            try {
                ALPHA3.put(country.getISO3Country(), code);
            } catch (MissingResourceException e) {
                // a region without an alpha-3 code: its names still match
            }
        }
        // what people write besides the official names
        for (String name : new String[] { "usa", "united states of america", "etats unis d amerique" }) {
            NAMES.put(name, "US");
        }
        for (String name : new String[] { "uk", "great britain", "england", "scotland", "wales", "angleterre",
                "grande bretagne", "ecosse", "pays de galles" }) {
            NAMES.put(name, "GB");
        }
        NAMES.put("the netherlands", "NL");
        NAMES.put("holland", "NL");
        NAMES.put("hollande", "NL");
    }

    private Regions() {
    }

    /**
     * The ISO 3166 alpha-2 code of the country an address ends with ("12 rue de la Paix, 75002 Paris, France"
     * gives FR; a last line or comma-separated part with a country name in English or French, or an alpha-3
     * code in capitals), or {@code null} when it names none.
     */
    static String countryOf(String address) {
        if (address == null) {
            return null;
        }
        String[] parts = address.split("[,;\\r\\n]");
        for (int i = parts.length - 1; i >= 0; i--) {
            // a postal code after the country ("France 75002", "..., France, 75002") is not part of its name
            String part = parts[i].replaceAll("[0-9]", " ").trim();
            if (!part.isEmpty()) {
                if (part.matches("[A-Z]{3}") && ALPHA3.containsKey(part)) {
                    return ALPHA3.get(part);
                }
                return NAMES.get(key(part));
            }
        }
        return null;
    }

    /** The region (ISO 3166 alpha-2) libphonenumber gives a stored E.164 number, or {@code null}. */
    static String regionOfPhone(String e164) {
        if (e164 == null || e164.isBlank()) {
            return null;
        }
        try {
            String region = PHONES.getRegionCodeForNumber(PHONES.parse(e164, "ZZ"));
            // "001" is a non-geographic number (+800, +882...), "ZZ" none libphonenumber knows
            return region == null || !region.matches("[A-Z]{2}") || region.equals("ZZ") ? null : region;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The country of the address, else the region of the phone, else {@code unknown}. */
    static String region(String address, String phone, String unknown) {
        String country = countryOf(address);
        if (country == null) {
            country = regionOfPhone(phone);
        }
        return country == null ? unknown : country;
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]+", " ").trim();
    }
}
