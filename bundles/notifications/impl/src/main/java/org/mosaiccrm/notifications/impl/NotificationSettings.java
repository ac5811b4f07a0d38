package org.mosaiccrm.notifications.impl;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.mosaiccrm.notifications.impl.smtp.SmtpSettings;

/** The configuration as the module uses it, parsed once per change (the parsers are also the configuration rules). */
public record NotificationSettings(SmtpSettings smtp, int maxPerMinute, int maxAttempts, Duration firstRetry, String defaultLanguage,
                                   String publicUrl, boolean shippingNotices, boolean backorderNotices, boolean ticketNotices,
                                   boolean surveyAfterResolution, boolean reorderReminders, int reminderDays, Duration reminderCheck,
                                   boolean supervisorAlerts, List<String> supervisorAddresses) {

    public static NotificationSettings of(NotificationsConfig config) {
        return new NotificationSettings(SmtpSettings.of(config), config.maxPerMinute(), config.maxAttempts(),
                Duration.ofSeconds(config.retrySeconds()), config.defaultLanguage().trim(), publicUrl(config.publicUrl()),
                config.shippingNotices(), config.backorderNotices(), config.ticketNotices(), config.surveyAfterResolution(),
                config.reorderReminders(), config.reminderDays(), Duration.ofHours(config.reminderCheckHours()), config.supervisorAlerts(),
                supervisors(config.supervisorAddresses()));
    }

    /** An absolute http(s) URL without a trailing slash. */
    public static String publicUrl(String value) {
        String url = value == null ? "" : value.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException();
            }
            return url;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("an absolute http or https address where customers reach the CRM, e.g. https://crm.example.com");
        }
    }

    public static List<String> supervisors(String[] values) {
        if (values == null) {
            return List.of();
        }
        // one address per value, or several separated by commas in one (as etc/*.cfg files write lists)
        return java.util.Arrays.stream(values).flatMap(value -> java.util.Arrays.stream(value.split(","))).map(String::trim)
                .filter(value -> !value.isEmpty())
                .map(value -> SmtpSettings.address(value).getAddress()).toList();
    }
}
