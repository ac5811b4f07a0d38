package org.mosaiccrm.contacts.impl.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.mosaiccrm.contacts.api.Channel;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.contacts.api.Direction;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.contacts.api.InteractionDraft;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.kernel.api.demo.DemoData;
import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contacts' part of the demo data: French and English people and organisations (accents, French phone
 * formats, tiers, languages) imported from {@code demo/customers.csv} through the module's own CSV import,
 * and a timeline of calls, e-mails and visits for some of them.
 */
@Component(service = DemoData.class)
public class ContactsDemoData implements DemoData {

    /** Timelines: the customer's e-mail, then interactions as channel, direction, days ago, subject, summary. */
    private static final List<String[]> TIMELINES = List.of(
            new String[] { "amelie.poulain@exemple.fr", "PHONE", "INBOUND", "2", "Question sur la garantie", "Cafetière achetée en mars : la garantie couvre le broyeur." },
            new String[] { "amelie.poulain@exemple.fr", "EMAIL", "OUTBOUND", "9", "Confirmation de commande", "Commande n° 4812 confirmée, livraison jeudi." },
            new String[] { "amelie.poulain@exemple.fr", "VISIT", "INBOUND", "30", "Visite en magasin", "A essayé les moulins à café manuels." },
            new String[] { "f.dubois@dubois-fils.fr", "PHONE", "OUTBOUND", "1", "Relance devis", "Devis de 12 500 € envoyé le 2, décision attendue vendredi." },
            new String[] { "f.dubois@dubois-fils.fr", "EMAIL", "INBOUND", "6", "Demande de devis", "Équipement de trois ateliers." },
            new String[] { "renee.chevalier@pharmacie-marche.fr", "PHONE", "INBOUND", "3", "Réclamation livraison", "Colis abîmé : remplacement accepté." },
            new String[] { "emily.clarke@clarke-consulting.co.uk", "EMAIL", "INBOUND", "4", "Renewal of the support contract", "Asks for the 2027 prices." },
            new String[] { "emily.clarke@clarke-consulting.co.uk", "VIDEO", "OUTBOUND", "12", "Quarterly review", "Happy with the service; wants a training day." },
            new String[] { "hugo.girard@girard-transports.fr", "SMS", "OUTBOUND", "5", "Rappel de rendez-vous", "Visite du commercial mardi 10 h." },
            new String[] { "orders@northwind.example", "EMAIL", "INBOUND", "8", "Bulk order", "200 units of the standard model, delivery to Leeds." });

    private final ContactService contacts;
    private final Clock clock;

    @Activate
    public ContactsDemoData(@Reference ContactService contacts) {
        this(contacts, Clock.systemUTC());
    }

    ContactsDemoData(ContactService contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public String module() {
        return ContactsModule.NAME;
    }

    @Override
    public boolean isEmpty() {
        return contacts.search(CustomerQuery.all(), PageRequest.first(1)).total() == 0;
    }

    @Override
    public String load() {
        ImportReport report;
        try (InputStream in = ContactsDemoData.class.getResourceAsStream("/demo/customers.csv");
             Reader csv = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            report = contacts.importCsv(csv, new ImportOptions(false, ';'), ImportProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int interactions = 0;
        Instant now = clock.instant();
        for (String[] line : TIMELINES) {
            List<Customer> found = contacts.search(CustomerQuery.byEmail(line[0]), PageRequest.first(1)).items();
            if (!found.isEmpty()) {
                contacts.addInteraction(found.get(0).id(), new InteractionDraft(Channel.valueOf(line[1]), Direction.valueOf(line[2]),
                        now.minus(Duration.ofDays(Long.parseLong(line[3]))), line[4], line[5], null, null, null));
                interactions++;
            }
        }
        return report.created() + " customers, " + interactions + " interactions";
    }
}
