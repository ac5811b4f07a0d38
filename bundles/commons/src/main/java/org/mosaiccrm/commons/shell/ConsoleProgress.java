package org.mosaiccrm.commons.shell;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.Terminal;

/**
 * Progress of a long command: rewritten in place on a terminal, a line per step otherwise (a script, a
 * log), with the total, the percentage and the time left when the total is known.
 */
public final class ConsoleProgress {

    private static final Duration EVERY = Duration.ofSeconds(2);

    private final PrintStream out;
    private final boolean inPlace;
    private final String verb;
    private final long total;
    private final Clock clock;
    private final Instant start;
    private Instant lastShown;
    private boolean shownInPlace;

    /**
     * @param verb  what is counted, e.g. {@code "Imported"}
     * @param total rows expected, or 0 when unknown
     */
    public ConsoleProgress(Session session, PrintStream out, String verb, long total, Clock clock) {
        this.out = out;
        this.inPlace = onTerminal(session);
        this.verb = verb;
        this.total = total;
        this.clock = clock;
        this.start = clock.instant();
        this.lastShown = start;
    }

    /** A terminal a person watches, able to go back to the start of a line; SSH exec and batch sessions are not. */
    static boolean onTerminal(Session session) {
        Terminal terminal = session == null ? null : session.getTerminal();
        return terminal != null && terminal.getType() != null && !"dumb".equals(terminal.getType())
                && !"ansi".equals(terminal.getType()) && terminal.getWidth() > 0;
    }

    /** Reports {@code done} rows; shown at most every two seconds. */
    public void update(long done) {
        Instant now = clock.instant();
        if (Duration.between(lastShown, now).compareTo(EVERY) < 0) {
            return;
        }
        lastShown = now;
        String line = line(done, Duration.between(start, now));
        if (inPlace) {
            out.print("\r" + line + "   ");
            shownInPlace = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the progress display (the summary comes on a line of its own). */
    public void finish() {
        if (shownInPlace) {
            out.println();
        }
    }

    String line(long done, Duration elapsed) {
        if (total <= 0) {
            return verb + " " + done + " rows (" + elapsed.toSeconds() + " s)";
        }
        long percent = Math.min(100, done * 100 / total);
        String left = done == 0 ? "" : ", about " + format(elapsed.multipliedBy(Math.max(0, total - done)).dividedBy(done)) + " left";
        return verb + " " + done + " of " + total + " rows (" + percent + " %" + left + ")";
    }

    private static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
