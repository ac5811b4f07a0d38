package org.mosaiccrm.itests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's figures, each next to the floor measured in the same run: printed as a Markdown
 * table and appended to {@code itests/target/bench/summary.md}.
 */
final class BenchReport {

    private record Line(String what, String figure, String floor, String ratio, String goal, boolean met) {
    }

    private final String title;
    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchReport(String title) {
        this.title = title;
    }

    void add(String what, String figure, String floor, String ratio, String goal, boolean met) {
        lines.add(new Line(what, figure, floor, ratio, goal, met));
    }

    void note(String note) {
        notes.add(note);
    }

    static String f(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("\n## ").append(title).append(" (").append(Instant.now()).append(")\n\n")
                .append("| what | figure | floor (same run) | ratio | goal | met |\n|---|---|---|---|---|---|\n");
        for (Line line : lines) {
            out.append("| ").append(line.what()).append(" | ").append(line.figure()).append(" | ").append(line.floor())
                    .append(" | ").append(line.ratio()).append(" | ").append(line.goal()).append(" | ")
                    .append(line.met() ? "yes" : "**no**").append(" |\n");
        }
        notes.forEach(note -> out.append("\n- ").append(note));
        return out.append('\n').toString();
    }

    /** Prints the table and appends it to the summary file. */
    void publish() throws IOException {
        String table = markdown();
        System.out.println(table);
        Path summary = Path.of("target", "bench", "summary.md");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, table, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
