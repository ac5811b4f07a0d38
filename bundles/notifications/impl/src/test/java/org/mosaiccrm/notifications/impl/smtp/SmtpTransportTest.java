package org.mosaiccrm.notifications.impl.smtp;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.Rule;
import org.junit.Test;

import com.icegreen.greenmail.junit4.GreenMailRule;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

public class SmtpTransportTest {

    @Rule
    public final GreenMailRule server = new GreenMailRule(ServerSetupTest.SMTP);

    private SmtpTransport transport(int port) throws Exception {
        return new SmtpTransport(new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.NONE, null, "", new InternetAddress("Mosaic CRM <crm@example.org>"),
                null));
    }

    @Test
    public void theServerReceivesTheMessageWithItsOwnMessageIdAndBothParts() throws Exception {
        try (SmtpTransport.Connection connection = transport(server.getSmtp().getPort()).connect()) {
            SmtpTransport.Outcome outcome = connection.send(new SmtpTransport.Outgoing("<fixed-1@example.org>", "amelie@example.fr",
                    "Votre commande est en route", "Numéro de suivi : 6A1", "<p>Numéro de suivi : 6A1</p>", null, Instant.now()));
            assertTrue(outcome.toString(), outcome instanceof SmtpTransport.Accepted);
            outcome = connection.send(new SmtpTransport.Outgoing("<fixed-2@example.org>", "bob@example.com", "Second", "t", "<p>h</p>",
                    "https://crm.example.org/crm/api/notifications/unsubscribe/x", Instant.now()));
            assertTrue(outcome.toString(), outcome instanceof SmtpTransport.Accepted);
        }
        MimeMessage[] received = server.getReceivedMessages();
        assertEquals(2, received.length);
        assertEquals("<fixed-1@example.org>", received[0].getMessageID());
        assertEquals("Votre commande est en route", received[0].getSubject());
        assertTrue(GreenMailUtil.getBody(received[0]), GreenMailUtil.getBody(received[0]).contains("text/html"));
        assertEquals("<https://crm.example.org/crm/api/notifications/unsubscribe/x>", received[1].getHeader("List-Unsubscribe")[0]);
    }

    @Test
    public void noServerIsATemporaryFailureAndARefusedRecipientIsForGood() throws Exception {
        int closed = com.icegreen.greenmail.util.ServerSetupTest.SMTP.getPort() + 7;
        try (SmtpTransport.Connection connection = transport(closed).connect()) {
            SmtpTransport.Outcome outcome = connection.send(new SmtpTransport.Outgoing("<x@example.org>", "a@example.org", "s", "t", "<p>h</p>",
                    null, Instant.now()));
            assertTrue(outcome.toString(), outcome instanceof SmtpTransport.Temporary);
        }
        InternetAddress to = new InternetAddress("nobody@example.org");
        SmtpTransport.Outcome refused = SmtpTransport.classify(new jakarta.mail.SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT", 550, "550 5.1.1 <nobody@example.org>: Recipient address rejected")));
        assertTrue(refused.toString(), refused instanceof SmtpTransport.Refused && refused.answer().contains("550 5.1.1"));
        SmtpTransport.Outcome later = SmtpTransport.classify(new jakarta.mail.SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT", 451, "451 4.3.0 try again later")));
        assertTrue(later.toString(), later instanceof SmtpTransport.Temporary);
    }

    @Test
    public void theConfigurationsValuesAreCheckedByTheParsersTheModuleUses() {
        assertEquals(SmtpSettings.Security.STARTTLS, SmtpSettings.security(" StartTLS "));
        assertThrowsIllegal(() -> SmtpSettings.security("tls"));
        assertThrowsIllegal(() -> SmtpSettings.address("not an address"));
        assertThrowsIllegal(() -> SmtpSettings.host("smtp host"));
        assertEquals("crm@example.org", SmtpSettings.address("Mosaic CRM <crm@example.org>").getAddress());
    }

    private static void assertThrowsIllegal(org.junit.function.ThrowingRunnable run) {
        org.junit.Assert.assertThrows(IllegalArgumentException.class, run);
    }
}
