package org.mosaiccrm.contacts.impl;

import java.util.List;

import org.mosaiccrm.commons.phone.PhoneNumbers;
import org.mosaiccrm.contacts.impl.customers.CustomFields;
import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;

/**
 * What {@link ContactsConfig} must hold beyond its metatype, judged by the kernel before the components see
 * it (declared in {@code META-INF/services}). Each rule runs the parser the components use.
 */
public final class ContactsConfigRules implements ConfigurationRules {

    @Override
    public String pid() {
        return ContactsConfig.PID;
    }

    @Override
    public void check(ConfigurationValues values, List<FieldError> errors) {
        values.check(errors, "defaultRegion", value -> PhoneNumbers.requireRegion(value[0]));
        values.check(errors, "customFields", CustomFields::parse);
    }
}
