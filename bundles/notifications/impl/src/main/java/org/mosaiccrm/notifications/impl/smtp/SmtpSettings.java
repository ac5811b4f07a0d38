package org.mosaiccrm.notifications.impl.smtp;

import java.util.Locale;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.mosaiccrm.notifications.impl.NotificationsConfig;

/**
 * The SMTP part of the configuration, parsed once. Each parser is also what the configuration rules run
 * ({@code NotificationsConfigRules}), so a value the module would choke on is refused before it arrives.
 */
public record SmtpSettings(String host, int port, Security security, String user, String password, InternetAddress from,
                           InternetAddress replyTo) {

    public enum Security {
        NONE, STARTTLS, SSL
    }

    public static SmtpSettings of(NotificationsConfig config) {
        return new SmtpSettings(host(config.smtpHost()), config.smtpPort(), security(config.smtpSecurity()), blankToNull(config.smtpUser()),
                config.smtpPassword() == null ? "" : config.smtpPassword(), address(config.from()), optionalAddress(config.replyTo()));
    }

    public static String host(String value) {
        String host = value == null ? "" : value.trim();
        if (host.isEmpty() || host.length() > 253 || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            throw new IllegalArgumentException("a host name or an IP address, e.g. smtp.example.com");
        }
        return host;
    }

    public static Security security(String value) {
        try {
            return Security.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("none, starttls or ssl");
        }
    }

    /** An address with an optional name: {@code Mosaic CRM <crm@example.com>}. */
    public static InternetAddress address(String value) {
        try {
            InternetAddress address = new InternetAddress(value == null ? "" : value.trim(), true);
            if (address.getAddress() == null || !address.getAddress().contains("@")) {
                throw new AddressException("no domain");
            }
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("an e-mail address, optionally with a name: Mosaic CRM <crm@example.com>");
        }
    }

    public static InternetAddress optionalAddress(String value) {
        return value == null || value.isBlank() ? null : address(value);
    }

    /** The domain of Message-IDs: the sender's, unless too long for the column (uniqueness is what matters). */
    public String messageIdDomain() {
        String address = from.getAddress();
        String domain = address.substring(address.indexOf('@') + 1);
        return domain.length() <= 150 ? domain : "mosaic-crm.invalid";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Never the password: settings are printed in logs. */
    @Override
    public String toString() {
        return security.name().toLowerCase(Locale.ROOT) + "://" + (user == null ? "" : user + "@") + host + ":" + port;
    }
}
