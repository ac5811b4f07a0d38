package org.mosaiccrm.reporting.impl.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.mosaiccrm.reporting.impl.ReportingServiceImpl;
import org.mosaiccrm.reporting.impl.ReportingServiceImpl.PreparedReport;

/** A report written to a CSV file whole or not at all: rows go to a {@code .part} file renamed at the end. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** @return the rows written */
    public static long write(ReportingServiceImpl service, PreparedReport prepared, Path file, String language) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // a part file of its own: two runs of one schedule at once (the nightly one and one on demand) never share it
        Path partial = file.resolveSibling(file.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
        try {
            long rows;
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                CsvReportWriter sink = new CsvReportWriter(writer, prepared.definition(), language);
                service.execute(prepared, sink);
                sink.close();
                rows = sink.rows();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
