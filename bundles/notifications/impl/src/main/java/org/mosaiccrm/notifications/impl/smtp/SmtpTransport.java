package org.mosaiccrm.notifications.impl.smtp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Hands messages to the SMTP server with Jakarta Mail (Eclipse Angus): one connection for a batch, each message with
 * its own fixed Message-ID. The outcome says what the server said: accepted, refused for good (5xx), or a temporary
 * failure (4xx, the server away, a timeout) worth trying again.
 */
public final class SmtpTransport {

    /** A message ready to go; {@code listUnsubscribe} (a URL) is set on reminders. */
    public record Outgoing(String messageId, String to, String subject, String text, String html, String listUnsubscribe, Instant date) {
    }

    /** What the server answered. */
    public sealed interface Outcome {
        String answer();
    }

    public record Accepted(String answer) implements Outcome {
    }

    public record Refused(String answer) implements Outcome {
    }

    /** {@code unreachable}: the server could not be reached at all (the rest of a batch waits); else this message only. */
    public record Temporary(String answer, boolean unreachable) implements Outcome {
    }

    private static final int TIMEOUT_MILLIS = 30_000;

    private final SmtpSettings settings;
    private final Session session;

    public SmtpTransport(SmtpSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        String protocol = protocol();
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail." + protocol + ".auth", String.valueOf(settings.user() != null));
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        // one RCPT refused must not send to the others: every message here has a single recipient anyway
        properties.put("mail." + protocol + ".sendpartial", "false");
        // an address with accents (josé@exemple.fr) goes out with SMTPUTF8 when the server offers it
        properties.put("mail.mime.allowutf8", "true");
        this.session = Session.getInstance(properties);
    }

    private String protocol() {
        return settings.security() == SmtpSettings.Security.SSL ? "smtps" : "smtp";
    }

    /** An open connection; the first message opens it, a temporary failure closes it (the next message reopens). */
    public final class Connection implements AutoCloseable {

        private Transport transport;

        public Outcome send(Outgoing outgoing) {
            // Jakarta Activation finds the MIME handlers (multipart/alternative...) and their mailcap through the context class
            // loader; in OSGi only Angus' own bundle sees them
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
            try {
                return sendWithAngusLoader(outgoing);
            } finally {
                thread.setContextClassLoader(before);
            }
        }

        private Outcome sendWithAngusLoader(Outgoing outgoing) {
            if (outgoing.to() == null || outgoing.to().isBlank()) {
                return new Refused("no address to send it to");
            }
            MimeMessage message;
            try {
                message = compose(outgoing);
            } catch (AddressException e) {
                return new Refused("not an address the CRM can send to: " + outgoing.to() + " (" + e.getMessage() + ")");
            } catch (MessagingException e) {
                return new Refused("the message cannot be written: " + e.getMessage());
            }
            try {
                if (transport == null || !transport.isConnected()) {
                    transport = session.getTransport(protocol());
                    try {
                        transport.connect(settings.host(), settings.port(), settings.user(), settings.user() == null ? null : settings.password());
                    } catch (MessagingException | IllegalStateException e) {
                        close();
                        return new Temporary(describe(e), true);
                    }
                }
                transport.sendMessage(message, message.getAllRecipients());
                return new Accepted(lastAnswer());
            } catch (SendFailedException e) {
                Outcome outcome = classify(e);
                if (outcome instanceof Temporary) {
                    close();
                }
                return outcome;
            } catch (MessagingException | IllegalStateException e) {
                close(); // this message broke the connection (the next one opens another): it alone is tried again later
                return new Temporary(describe(e), false);
            }
        }

        private String lastAnswer() {
            return transport instanceof SMTPTransport smtp && smtp.getLastServerResponse() != null
                    ? smtp.getLastServerResponse().trim() : "accepted";
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException | RuntimeException e) {
                    // the connection is gone either way
                }
                transport = null;
            }
        }
    }

    public Connection connect() {
        return new Connection();
    }

    MimeMessage compose(Outgoing outgoing) throws MessagingException {
        String messageId = outgoing.messageId();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the same Message-ID on every attempt: a copy sent twice after a crash is recognisably the same message
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(settings.from());
        if (settings.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] { settings.replyTo() });
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.to(), true));
        message.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(outgoing.date()));
        if (outgoing.listUnsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + outgoing.listUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"); // RFC 8058
        }
        message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no out-of-office replies to these
        MimeBodyPart text = new MimeBodyPart();
        text.setText(outgoing.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(outgoing.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** A refused recipient (5xx) is for good; a 4xx answer, or no answer at all, is worth another try. */
    static Outcome classify(MessagingException failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            int code = e instanceof SMTPAddressFailedException address ? address.getReturnCode()
                    : e instanceof SMTPSendFailedException send ? send.getReturnCode() : -1;
            if (code >= 500) {
                return new Refused(e.getMessage().trim());
            }
            if (code >= 400) {
                return new Temporary(e.getMessage().trim(), false);
            }
        }
        return new Temporary(describe(failure), false);
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && text.length() < 500; cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString().trim();
    }
}
