package org.mosaiccrm.service.impl.knowledge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mosaiccrm.service.api.ArticleHit;

public class KnowledgeIndexTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final List<KnowledgeIndex.Entry> articles = List.of(
            new KnowledgeIndex.Entry("a1", "fr", "Résilier son abonnement", "Pour résilier l'abonnement, écrivez au service client."),
            new KnowledgeIndex.Entry("a2", "fr", "Suivre une livraison", "Le numéro de suivi du colis est dans l'e-mail d'expédition."),
            new KnowledgeIndex.Entry("a3", "en", "Reset your password", "Click 'forgot password' on the login page."));

    private KnowledgeIndex index;

    @After
    public void close() {
        if (index != null) {
            index.close();
        }
    }

    private KnowledgeIndex open(Path path) {
        index = new KnowledgeIndex(path, sink -> articles.forEach(sink));
        return index;
    }

    @Test
    public void frenchQueriesMatchThroughStemmingAccentsAndElision() {
        KnowledgeIndex kb = open(folder.getRoot().toPath().resolve("kb"));
        List<ArticleHit> hits = kb.search("comment resilier mes abonnements", "fr", 3);
        assertEquals("a1", hits.get(0).id());
        assertTrue(hits.get(0).highlight(), hits.get(0).highlight().contains("<mark>"));
        assertEquals("a2", kb.search("où est mon colis ? livraisons", "fr", 3).get(0).id());
        assertEquals("a3", kb.search("I forgot my passwords", "en", 3).get(0).id());
        assertTrue(kb.search("?! -- ...", "fr", 3).isEmpty());
    }

    @Test
    public void highlightsEscapeTheArticleText() {
        KnowledgeIndex kb = open(folder.getRoot().toPath().resolve("kb"));
        kb.put(new KnowledgeIndex.Entry("x", "fr", "Script", "<script>alert(1)</script> remboursement"));
        String highlight = kb.search("remboursement", "fr", 1).get(0).highlight();
        assertFalse(highlight, highlight.contains("<script>"));
        assertTrue(highlight, highlight.contains("&lt;script&gt;"));
    }

    @Test
    public void aDeletedIndexIsRebuiltOnTheNextSearch() throws IOException {
        Path path = folder.getRoot().toPath().resolve("kb");
        KnowledgeIndex kb = open(path);
        assertEquals("a1", kb.search("résiliation abonnement", "fr", 3).get(0).id());
        int before = kb.rebuilds();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        assertEquals("a1", kb.search("résiliation abonnement", "fr", 3).get(0).id());
        assertEquals(before + 1, kb.rebuilds());
    }

    @Test
    public void aCorruptIndexIsRebuiltWhenOpened() throws IOException {
        Path path = folder.getRoot().toPath().resolve("kb");
        open(path).search("abonnement", "fr", 1);
        index.close();
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        KnowledgeIndex reopened = open(path);
        assertEquals("a1", reopened.search("abonnement", "fr", 3).get(0).id());
    }

    @Test
    public void markdownIsRenderedWithoutRawHtmlOrUnsafeLinks() {
        String html = MarkdownPages.html("# Titre\n\n<img src=x onerror=alert(1)> [clic](javascript:alert(1)) **gras**");
        assertFalse(html, html.contains("<img"));
        assertFalse(html, html.contains("javascript:"));
        assertTrue(html, html.contains("<strong>gras</strong>"));
        assertEquals("Titre\ngras", MarkdownPages.text("# Titre\n\n**gras**").trim());
        String links = MarkdownPages.html("[a](data:text/html;base64,PHNjcmlwdD4=) ![b](data:image/svg+xml,x) [c](//evil.example) "
                + "[d](JaVaScRiPt:alert(1)) [e](https://exemple.fr/aide) [f](/crm/portal/) [g](mailto:aide@exemple.fr) [h](#etapes)");
        assertFalse(links, links.contains("data:") || links.contains("evil.example") || links.toLowerCase().contains("javascript"));
        assertTrue(links, links.contains("href=\"https://exemple.fr/aide\"") && links.contains("href=\"/crm/portal/\"")
                && links.contains("href=\"mailto:aide@exemple.fr\"") && links.contains("href=\"#etapes\""));
    }
}
