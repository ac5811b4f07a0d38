package org.mosaiccrm.contacts.impl.shell;

import org.mosaiccrm.kernel.api.imports.ImportProgress;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.kernel.api.imports.RowProblem;
import org.mosaiccrm.kernel.api.imports.ImportReport;

@Command(scope = "crm", name = "contact-import", description = "Imports customers from a CSV file (Google Contacts, Outlook or CRM columns) or a .vcf file (vCard 2.1/3.0/4.0): updates those with the same external id or e-mail, creates the others, reports bad rows by line.")
@Service
public class ContactImportCommand implements Action {

    @Argument(index = 0, name = "file", description = "The CSV file, UTF-8.", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--dry-run", description = "Check every row and report; store nothing.")
    boolean dryRun;

    @Option(name = "--delimiter", description = "; or , (default: detected from the header line).")
    String delimiter;

    @Reference
    ContactService contacts;

    @Override
    public Object execute() throws Exception {
        Character separator = delimiter == null || delimiter.isEmpty() ? null : delimiter.charAt(0);
        ImportReport report;
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            ImportOptions options = new ImportOptions(dryRun, separator);
            org.mosaiccrm.kernel.api.imports.ImportProgress progress = rows -> System.out.print("\rImported rows: " + rows);
            report = file.toLowerCase(java.util.Locale.ROOT).endsWith(".vcf")
                    ? contacts.importVCards(reader, options, progress) : contacts.importCsv(reader, options, progress);
        } catch (NoSuchFileException e) {
            System.out.println("No such file: " + file);
            return null;
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
