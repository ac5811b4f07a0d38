package org.mosaiccrm.inventory.impl.shell;

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
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.commons.shell.ConsoleImportReport;
import org.mosaiccrm.commons.shell.ConsoleFiles;
import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.inventory.impl.exchange.CatalogColumns;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "inventory-import", description = "Imports the catalog from a CSV file (SKU, name, price, VAT... in "
        + "English or French headers, Excel's ; and 149,90 included): creates or updates products by SKU; the same file twice changes nothing.")
@Service
public class CatalogImportCommand implements Action {

    @Argument(index = 0, name = "file", description = "The CSV file (UTF-8, or Excel's Windows-1252: detected).", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--dry-run", description = "Check every row and report; store nothing.")
    boolean dryRun;

    @Option(name = "--delimiter", description = "; or , (default: detected from the header line).")
    String delimiter;

    @Reference(optional = true)
    InventoryService inventory;

    @Reference
    ModuleRegistry modules;

    @Override
    public Object execute() throws Exception {
        InventoryService service = CommandRefusals.require(inventory, InventoryModule.NAME, modules);
        Character separator = CsvRows.delimiter(delimiter == null || delimiter.isEmpty() ? null : delimiter);
        Path source = ConsoleFiles.resolve(file, "import");
        ImportReport result;
        try (TextUpload upload = TextUpload.spool(Files.newInputStream(source), null)) {
            upload.checkCsv(separator, CatalogColumns::reads, CatalogColumns.EXAMPLES);
            try (Reader reader = upload.reader()) {
                result = service.importCatalog(reader, dryRun, separator);
            }
        } catch (NoSuchFileException e) {
            throw CommandRefusals.refused("Not imported: no such file: " + source);
        } catch (java.nio.file.FileSystemException e) {
            throw CommandRefusals.refused("Not imported: " + source + ": " + (e.getReason() == null ? "cannot be read" : e.getReason()));
        } catch (ProblemException e) {
            throw CommandRefusals.refused(file + " was not imported", e);
        }
        if (ConsoleImportReport.print(result, System.out)) {
            System.out.println("  ... " + (result.problems().size() - ConsoleImportReport.SHOWN) + " more.");
        }
        if (result.failed() > 0) {
            throw CommandRefusals.refused(result.failed() + " rows were refused (see above); the others were " + (dryRun ? "checked" : "stored"));
        }
        return null;
    }
}
