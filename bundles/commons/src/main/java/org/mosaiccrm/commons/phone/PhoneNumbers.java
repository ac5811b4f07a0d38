package org.mosaiccrm.commons.phone;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers in any national or international format to E.164, with libphonenumber. */
public final class PhoneNumbers {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region for numbers written without a country code, e.g. {@code FR} */
    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /**
     * The region as {@code defaultRegion} settings take it, checked against the regions libphonenumber
     * knows: {@code XX} would make every number without a country code invalid.
     */
    public static String requireRegion(String region) {
        String code = region == null ? "" : region.trim();
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(code)) {
            throw new IllegalArgumentException("'" + region + "' is not a region code (ISO 3166, upper case, e.g. FR, BE, CH, CA)");
        }
        return code;
    }

    /** {@code 01.23.45.67.89} (region FR) and {@code +33 1 23 45 67 89} both give {@code +33123456789}. */
    public Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = util.parse(raw, defaultRegion);
            if (!util.isPossibleNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
