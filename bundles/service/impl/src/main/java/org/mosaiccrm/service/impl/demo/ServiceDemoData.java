package org.mosaiccrm.service.impl.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.Customer;
import org.mosaiccrm.contacts.api.CustomerQuery;
import org.mosaiccrm.kernel.api.demo.DemoData;
import org.mosaiccrm.kernel.api.paging.PageRequest;
import org.mosaiccrm.kernel.api.security.UserDirectory;
import org.mosaiccrm.service.api.Agent;
import org.mosaiccrm.service.api.Article;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.api.TicketChannel;
import org.mosaiccrm.service.api.TicketDraft;
import org.mosaiccrm.service.api.TicketPriority;
import org.mosaiccrm.service.impl.ServiceModule;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service module's part of the demo set: the knowledge base of the demo company (espresso machines,
 * {@code demo/articles/*.md}), demo-agent's skills, and two tickets of demo customers.
 */
@Component(service = DemoData.class)
public class ServiceDemoData implements DemoData {

    private final ServiceDesk desk;
    private final ContactService contacts;
    private final UserDirectory users;

    @Activate
    public ServiceDemoData(@Reference ServiceDesk desk, @Reference ContactService contacts, @Reference UserDirectory users) {
        this.desk = desk;
        this.contacts = contacts;
        this.users = users;
    }

    @Override
    public String module() {
        return ServiceModule.NAME;
    }

    @Override
    public boolean isEmpty() {
        return desk.articles(null, null, PageRequest.first(1)).total() == 0 && desk.tickets(null, PageRequest.first(1)).total() == 0;
    }

    @Override
    public String load() {
        List<Article.Draft> articles = articles();
        articles.forEach(article -> desk.saveArticle(null, 0, article));
        int agents = 0;
        if (users.isUser("demo-agent") && desk.agents().stream().noneMatch(a -> a.user().equals("demo-agent"))) {
            desk.saveAgent("demo-agent", 0, new Agent.Draft(Map.of("technical", 7, "installation", 4, "complaints", 5, "billing", 3,
                    "returns", 5), List.of("fr", "en"), 12, true, "support"));
            agents++;
        }
        int tickets = 0;
        Customer amelie = first("amelie.poulain@exemple.fr");
        if (amelie != null) {
            desk.open(TicketDraft.forCustomer(amelie.id(), "technical", "La Barista 1200 affiche E3",
                    "Depuis ce matin la machine clignote en rouge et affiche E3, plus une goutte de café.")
                    .withPriority(TicketPriority.HIGH).withProduct("CAF-1200", null, "B1200-2026-000417"));
            tickets++;
        }
        Customer dubois = first("f.dubois@dubois-fils.fr");
        if (dubois != null) {
            desk.open(TicketDraft.forCustomer(dubois.id(), "billing", "Facture au nom de la société",
                    "Pouvez-vous refaire la facture de la dernière commande au nom de Dubois & Fils ?").withChannel(TicketChannel.EMAIL));
            tickets++;
        }
        return articles.size() + " knowledge-base articles, " + agents + " agent profile, " + tickets + " tickets";
    }

    private Customer first(String email) {
        List<Customer> found = contacts.search(CustomerQuery.byEmail(email), PageRequest.first(1)).items();
        return found.isEmpty() ? null : found.get(0);
    }

    /** {@code demo/articles/*.md}: a header (title, language, tags, products), a line {@code ---}, then the Markdown. */
    static List<Article.Draft> articles() {
        Bundle bundle = FrameworkUtil.getBundle(ServiceDemoData.class);
        List<URL> files = bundle == null ? List.of() : Collections.list(bundle.findEntries("demo/articles", "*.md", false));
        List<URL> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        List<Article.Draft> drafts = new ArrayList<>();
        for (URL file : sorted) {
            try (InputStream in = file.openStream()) {
                drafts.add(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("demo article " + file, e);
            }
        }
        return drafts;
    }

    static Article.Draft parse(String text) {
        String[] parts = text.split("\n---\n", 2);
        Map<String, String> header = new HashMap<>();
        for (String line : parts[0].split("\n")) {
            String[] pair = line.split(":", 2);
            header.put(pair[0].trim(), pair.length > 1 ? pair[1].trim() : "");
        }
        return new Article.Draft(header.get("title"), parts[1].strip(), list(header.get("tags")), list(header.get("products")),
                header.get("language"), true);
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }
}
