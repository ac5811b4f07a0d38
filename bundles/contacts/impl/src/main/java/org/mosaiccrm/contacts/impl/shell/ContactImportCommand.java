package org.mosaiccrm.contacts.impl.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.commons.imports.TextUpload;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.commons.shell.ConsoleImportReport;
import org.mosaiccrm.commons.shell.ConsoleFiles;
import org.mosaiccrm.commons.shell.ConsoleProgress;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.contacts.impl.exchange.CsvImport;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.imports.RowProblem;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "contact-import", description = "Imports customers from a CSV file (Google Contacts, Outlook or CRM columns), a .jsonl file (the transfer format crm:contact-export writes: ids and interactions kept; administrators) or a .vcf file (vCard 2.1/3.0/4.0): updates those with the same external id or e-mail, creates the others, reports bad rows by line.")
@Service
public class ContactImportCommand implements Action {

    @Argument(index = 0, name = "file", description = "The CSV or .vcf file (UTF-8, or Excel's Windows-1252: detected).", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--dry-run", description = "Check every row and report; store nothing.")
    boolean dryRun;

    @Option(name = "--delimiter", description = "; or , (default: detected from the header line).")
    String delimiter;

    @Option(name = "--encoding", description = "The file's character set, e.g. UTF-8 or windows-1252 (default: UTF-8 when the bytes are UTF-8, else windows-1252).")
    String encoding;

    @Reference(optional = true)
    ContactService contacts;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Option(name = "--report", description = "Also write every refused row (line, column, reason) to this CSV file.")
    @Completion(FileCompleter.class)
    String reportFile;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ContactService contacts = CommandRefusals.require(this.contacts, "contacts", registry);
        Character separator = CsvRows.delimiter(delimiter == null || delimiter.isEmpty() ? null : delimiter);
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        boolean vCards = lower.endsWith(".vcf");
        boolean transfer = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
        Path source = ConsoleFiles.resolve(file, "import");
        Path report = reportFile == null ? null : ConsoleFiles.resolve(reportFile, "write");
        if (report != null && Files.exists(report)) {
            throw CommandRefusals.refused("Not imported: the report file " + reportFile + " exists already; name another one");
        }
        ImportReport result;
        try (TextUpload upload = TextUpload.spool(Files.newInputStream(source),
                encoding == null ? null : "text/plain; charset=" + encoding)) {
            if (!vCards && !transfer) {
                upload.checkCsv(separator, CsvImport.columnsOf(contacts), CsvImport.EXAMPLE_COLUMNS);
            }
            ImportOptions options = new ImportOptions(dryRun, separator);
            ConsoleProgress progress = new ConsoleProgress(session, System.out, dryRun ? "Checked" : "Imported",
                    upload.rows(), Clock.systemUTC());
            try (Reader reader = upload.reader()) {
                result = vCards ? contacts.importVCards(reader, options, progress::update)
                        : transfer ? contacts.importTransfer(reader, options, progress::update)
                        : contacts.importCsv(reader, options, progress::update);
            }
            progress.finish();
            System.out.println("Read as " + upload.charset().name() + ".");
        } catch (NoSuchFileException e) {
            throw CommandRefusals.refused("Not imported: no such file: " + source);
        } catch (java.nio.file.FileSystemException e) {
            throw CommandRefusals.refused("Not imported: " + source + ": " + (e.getReason() == null ? "cannot be read" : e.getReason()));
        } catch (ProblemException e) {
            // nothing was stored: the file was refused before its first row
            throw CommandRefusals.refused(file + " was not imported", e);
        }
        boolean more = ConsoleImportReport.print(result, System.out);
        if (report != null) {
            writeReport(report, result.problems());
            System.out.println("Every refused row is in " + report + ".");
        } else if (more) {
            System.out.println("  ... " + (result.problems().size() - ConsoleImportReport.SHOWN) + " more; --report <file.csv> lists them all");
        }
        return null;
    }

    private static void writeReport(Path report, List<RowProblem> problems) throws IOException {
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("line", "column", "problem").build())) {
            for (RowProblem problem : problems) {
                printer.printRecord(problem.line(), CsvRows.guarded(problem.field()), CsvRows.guarded(problem.message()));
            }
        }
    }
}
