package org.mosaiccrm.contacts.impl.shell;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.mosaiccrm.commons.shell.CommandRefusals;
import org.mosaiccrm.commons.shell.ConsoleFiles;
import org.mosaiccrm.commons.shell.ConsoleProgress;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.kernel.api.ModuleRegistry;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.problem.ProblemException;

@Command(scope = "crm", name = "contact-export", description = "Writes customers to a CSV file in the columns crm:contact-import reads (custom fields included), to a .jsonl file in the transfer format (everything, interactions and ids included, to move to another installation; administrators), or to a .vcf file as vCards 4.0.")
@Service
public class ContactExportCommand implements Action {

    @Argument(index = 0, name = "file", description = "The file to write (UTF-8): .csv, .jsonl or .vcf.", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--name", description = "Only customers whose name starts so.")
    String name;

    @Option(name = "--tag", description = "Only customers with this tag.")
    String tag;

    @Reference(optional = true)
    ContactService contacts;

    @Reference(optional = true)
    ModuleRegistry registry;

    @Option(name = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ContactService contacts = CommandRefusals.require(this.contacts, "contacts", registry);
        Path target = ConsoleFiles.resolve(file, "write");
        if (!Files.isDirectory(target.getParent())) {
            throw CommandRefusals.refused("Not exported: the folder " + target.getParent() + " does not exist");
        }
        if (Files.exists(target) && !force) {
            throw CommandRefusals.refused("Not exported: " + file + " exists; add --force to replace it");
        }
        CustomerQuery query = CustomerQuery.byName(name).withTag(tag);
        long total = contacts.search(query, PageRequest.first(1)).total();
        ConsoleProgress progress = new ConsoleProgress(session, System.out, "Exported", total, Clock.systemUTC());
        // written beside the target and moved at the end: a failed export leaves no half file, nor a lost old one
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            long written;
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                String lower = file.toLowerCase(java.util.Locale.ROOT);
                written = lower.endsWith(".vcf") ? contacts.exportVCards(query, false, writer)
                        : lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? contacts.exportTransfer(query, writer, progress::update)
                        : contacts.exportCsv(query, writer, progress::update);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.finish();
            System.out.println(written + " customers written to " + target);
        } catch (ProblemException e) {
            throw CommandRefusals.refused("Not exported", e);
        } finally {
            Files.deleteIfExists(partial);
        }
        return null;
    }
}
