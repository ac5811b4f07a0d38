package org.mosaiccrm.notifications.impl;

import java.util.List;

import org.mosaiccrm.kernel.api.config.ConfigurationRules;
import org.mosaiccrm.kernel.api.config.ConfigurationValues;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.notifications.impl.smtp.SmtpSettings;

/**
 * What {@link NotificationsConfig} must hold beyond its metatype (ranges and options are the metatype's). The kernel
 * runs these rules before the module sees a change; a refused configuration is reported and the module keeps
 * sending with its last good one. Each rule runs the parser the module runs with.
 */
public final class NotificationsConfigRules implements ConfigurationRules {

    @Override
    public String pid() {
        return NotificationsConfig.PID;
    }

    @Override
    public void check(ConfigurationValues values, List<FieldError> errors) {
        values.check(errors, "smtpHost", value -> SmtpSettings.host(first(value)));
        values.check(errors, "smtpSecurity", value -> SmtpSettings.security(first(value)));
        values.check(errors, "from", value -> SmtpSettings.address(first(value)));
        values.check(errors, "replyTo", value -> SmtpSettings.optionalAddress(first(value)));
        values.check(errors, "publicUrl", value -> NotificationSettings.publicUrl(first(value)));
        values.check(errors, "supervisorAddresses", NotificationSettings::supervisors);
    }

    private static String first(String[] value) {
        return value.length == 0 ? "" : value[0];
    }
}
