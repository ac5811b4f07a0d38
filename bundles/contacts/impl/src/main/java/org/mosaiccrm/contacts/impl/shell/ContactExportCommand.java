package org.mosaiccrm.contacts.impl.shell;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.mosaiccrm.contacts.api.CustomerQuery;

@Command(scope = "crm", name = "contact-export", description = "Writes customers to a CSV file in the columns crm:contact-import reads, or to a .vcf file as vCards 4.0.")
@Service
public class ContactExportCommand implements Action {

    @Argument(index = 0, name = "file", description = "The CSV file to write (UTF-8).", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--name", description = "Only customers whose name starts so.")
    String name;

    @Option(name = "--tag", description = "Only customers with this tag.")
    String tag;

    @Reference
    ContactService contacts;

    @Override
    public Object execute() throws Exception {
        try (Writer writer = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            CustomerQuery query = CustomerQuery.byName(name).withTag(tag);
            long written = file.toLowerCase(java.util.Locale.ROOT).endsWith(".vcf")
                    ? contacts.exportVCards(query, false, writer) : contacts.exportCsv(query, writer);
            System.out.println(written + " customers written to " + file);
        }
        return null;
    }
}
