package org.mosaiccrm.notifications.impl.templates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TemplateStoreTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private TemplateStore shipped() {
        return new TemplateStore(folder.getRoot().toPath().resolve("none"), TemplateStore.class.getClassLoader());
    }

    @Test
    public void everyTemplateRendersInFrenchAndEnglishWithItsSampleData() {
        for (String name : TemplateStore.NAMES) {
            for (String language : TemplateStore.LANGUAGES) {
                TemplateStore.Rendered rendered = shipped().render(name, language, TemplateStore.sample(language));
                assertFalse(name + "." + language, rendered.subject().isBlank());
                assertFalse(name + "." + language + " leaves a field unfilled", rendered.text().contains("{{"));
                assertTrue(name + "." + language, rendered.html().contains("<p>"));
            }
        }
    }

    @Test
    public void aShippingNoticeSpeaksTheCustomersLanguageAndEscapesTheirNameInHtmlOnly() {
        Map<String, String> data = new HashMap<>(TemplateStore.sample("fr"));
        data.put("customer.firstName", "Zoé <b>&</b>");
        TemplateStore.Rendered french = shipped().render("shipping-notice", "fr", data);
        assertEquals("Votre commande CMD-2026-000042 est en route", french.subject());
        assertTrue(french.text(), french.text().contains("Bonjour Zoé <b>&</b>,"));
        assertTrue(french.text(), french.text().contains("Numéro de suivi : 6A12345678901"));
        assertTrue(french.html(), french.html().contains("Zoé &lt;b&gt;&amp;&lt;/b&gt;"));
        assertTrue(shipped().render("shipping-notice", "en", TemplateStore.sample("en")).subject().startsWith("Your order"));
    }

    @Test
    public void theAdministratorsCopyWinsAndItsMistakeSaysWhere() throws Exception {
        Path etc = folder.newFolder("notifications").toPath();
        Files.writeString(etc.resolve("ticket-opened.fr.mustache"), "subject: Reçu {{ticket.number}}\n--- text\nMerci.\n--- html\n<p>Merci.</p>\n",
                StandardCharsets.UTF_8);
        TemplateStore store = new TemplateStore(etc, TemplateStore.class.getClassLoader());
        assertEquals("Reçu SR-2026-000108", store.render("ticket-opened", "fr", TemplateStore.sample("fr")).subject());
        Files.writeString(etc.resolve("ticket-opened.fr.mustache"), "Reçu\n", StandardCharsets.UTF_8);
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> store.render("ticket-opened", "fr", TemplateStore.sample("fr")));
        assertTrue(broken.getMessage(), broken.getMessage().contains("ticket-opened.fr.mustache"));
        assertThrows(IllegalArgumentException.class, () -> store.render("no-such-template", "fr", Map.of()));
    }
}
