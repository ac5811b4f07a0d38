package org.mosaiccrm.contacts.impl.shell;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.commons.imports.TextUpload;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.imports.RowProblem;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "contact-import", description = "Imports customers from a CSV file (Google Contacts, Outlook or CRM columns) or a .vcf file (vCard 2.1/3.0/4.0): updates those with the same external id or e-mail, creates the others, reports bad rows by line.")
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

    @Reference
    ContactService contacts;

    @Override
    public Object execute() throws Exception {
        Character separator = CsvRows.delimiter(delimiter == null || delimiter.isEmpty() ? null : delimiter);
        boolean vCards = file.toLowerCase(java.util.Locale.ROOT).endsWith(".vcf");
        ImportReport report;
        try (TextUpload upload = TextUpload.spool(Files.newInputStream(Path.of(file)),
                encoding == null ? null : "text/plain; charset=" + encoding)) {
            if (!vCards) {
                upload.checkCsv(separator);
            }
            ImportOptions options = new ImportOptions(dryRun, separator);
            ImportProgress progress = rows -> System.out.print("\rImported rows: " + rows);
            try (Reader reader = upload.reader()) {
                report = vCards ? contacts.importVCards(reader, options, progress) : contacts.importCsv(reader, options, progress);
            }
            System.out.println();
            System.out.println("Read as " + upload.charset().name() + ".");
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("No such file: " + file);
        } catch (ProblemException e) {
            // nothing was stored: the file was refused before its first row
            throw new IllegalArgumentException(file + " was not imported: " + (e.errors().isEmpty() ? e.detail()
                    : e.errors().get(0).message()));
        }
        System.out.println();
        System.out.println((report.dryRun() ? "Dry run, nothing stored. " : "") + report.rows() + " rows: " + report.created()
                + " created, " + report.updated() + " updated, " + report.unchanged() + " unchanged, " + report.failed() + " refused.");
        if (!report.ignoredColumns().isEmpty()) {
            System.out.println("Ignored columns: " + String.join(", ", report.ignoredColumns()));
        }
        for (RowProblem problem : report.problems().subList(0, Math.min(20, report.problems().size()))) {
            System.out.println("  line " + problem.line() + ", " + problem.field() + ": " + problem.message());
        }
        if (report.problems().size() > 20) {
            System.out.println("  ... " + (report.problems().size() - 20) + " more problems");
        }
        return null;
    }
}
