package org.mosaiccrm.itests.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An SMTP server that behaves as the tests script it, for what GreenMail does not do: refuse a recipient for good
 * ({@code 550}) and take its time over each message (so that a crash can land in the middle of a batch). It speaks
 * enough of RFC 5321 for Jakarta Mail (EHLO, MAIL, RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT) and keeps each
 * accepted message's raw text.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Predicate<String> refused;
    private final Duration perMessage;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public ScriptedSmtpServer(Predicate<String> refusedRecipient, Duration perMessage) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.refused = refusedRecipient;
        this.perMessage = perMessage;
        this.acceptor = new Thread(this::acceptAll, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The raw text (headers and body) of each message accepted, in order. */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread session = new Thread(() -> converse(client), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = client.getOutputStream()) {
            say(out, "220 scripted.test ESMTP");
            boolean recipient = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> say(out, "250 scripted.test");
                    case "MAIL" -> {
                        recipient = false;
                        say(out, "250 2.1.0 Ok");
                    }
                    case "RCPT" -> {
                        String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        if (refused.test(address)) {
                            say(out, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown in virtual mailbox table");
                        } else {
                            recipient = true;
                            say(out, "250 2.1.5 Ok");
                        }
                    }
                    case "DATA" -> {
                        if (!recipient) {
                            say(out, "554 5.5.1 Error: no valid recipients");
                            continue;
                        }
                        say(out, "354 End data with <CR><LF>.<CR><LF>");
                        StringBuilder message = new StringBuilder();
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            message.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                        }
                        Thread.sleep(perMessage.toMillis()); // a slow server, as the test asked
                        accepted.add(message.toString());
                        say(out, "250 2.0.0 Ok: queued as " + accepted.size());
                    }
                    case "RSET", "NOOP" -> say(out, "250 2.0.0 Ok");
                    case "QUIT" -> {
                        say(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> say(out, "502 5.5.2 Error: command not recognized");
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away (or the test closed the server)
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
