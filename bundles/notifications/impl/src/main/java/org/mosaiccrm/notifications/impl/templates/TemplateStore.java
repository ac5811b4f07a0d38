package org.mosaiccrm.notifications.impl.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;

/**
 * The messages' templates, one file per template and language, {@code <name>.<language>.mustache}: a
 * {@code subject:} line, then a {@code --- text} part and a {@code --- html} part, in Mustache (jmustache). The
 * administrator's copy in {@code etc/notifications/} wins over the one shipped in this bundle. Values are
 * HTML-escaped in the HTML part (a customer's name cannot inject markup), left as they are in the text part.
 */
public final class TemplateStore {

    public record Rendered(String subject, String text, String html) {
    }

    public static final List<String> NAMES = List.of("shipping-notice", "backorder-notice", "reorder-reminder", "ticket-opened",
            "ticket-answered", "ticket-resolved", "supervisor-alert");
    public static final List<String> LANGUAGES = List.of("fr", "en");

    /** No partials: a template is one file ({@code {{> name}}} is an error saying so, not a failure of the fact). */
    private static final Mustache.TemplateLoader NO_PARTIALS = name -> {
        throw new IllegalArgumentException("partials ({{> " + name + "}}) are not supported: a template is one file");
    };
    // escapes what HTML needs, no more ('=' stays '=' in links)
    private static final Mustache.Compiler HTML = Mustache.compiler().defaultValue("").withLoader(NO_PARTIALS)
            .withEscaper(Escapers.simple(new String[][] { { "&", "&amp;" }, { "<", "&lt;" }, { ">", "&gt;" }, { "\"", "&quot;" },
                    { "'", "&#39;" } }));
    private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false).defaultValue("").withLoader(NO_PARTIALS);

    private final Path overrides;
    private final ClassLoader bundled;

    /** {@code overrides}: the administrator's folder (may not exist); {@code bundled}: where {@code templates/} is shipped. */
    public TemplateStore(Path overrides, ClassLoader bundled) {
        this.overrides = overrides;
        this.bundled = bundled;
    }

    public boolean knows(String name) {
        return NAMES.contains(name);
    }

    /** Renders a template; a mistake in an administrator's copy is an {@link IllegalArgumentException} saying where. */
    public Rendered render(String name, String language, Map<String, String> data) {
        if (!knows(name)) {
            throw new IllegalArgumentException("no template " + name + "; there are " + NAMES);
        }
        String file = name + "." + (LANGUAGES.contains(language) ? language : LANGUAGES.get(0)) + ".mustache";
        String source = read(file);
        Map<String, Object> context = nest(data);
        try {
            int text = source.indexOf("\n--- text\n");
            int html = source.indexOf("\n--- html\n");
            if (!source.startsWith("subject:") || text < 0 || html < text) {
                throw new IllegalArgumentException(file + " must start with 'subject:', then a '--- text' and a '--- html' line");
            }
            String subject = TEXT.compile(source.substring("subject:".length(), text).trim()).execute(context);
            return new Rendered(subject.replaceAll("\\s+", " ").trim(), TEXT.compile(source.substring(text + 10, html)).execute(context),
                    HTML.compile(source.substring(html + 10)).execute(context));
        } catch (MustacheException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(file) ? e : new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private String read(String file) {
        try {
            Path own = overrides == null ? null : overrides.resolve(file);
            if (own != null && Files.isRegularFile(own)) {
                return Files.readString(own, StandardCharsets.UTF_8).replace("\r\n", "\n");
            }
            try (InputStream shipped = bundled.getResourceAsStream("templates/" + file)) {
                if (shipped == null) {
                    throw new IllegalArgumentException("template file " + file + " is missing");
                }
                return new String(shipped.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("template file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@code {"order.number": "X"}} → {@code {"order": {"number": "X"}}}: Mustache's sections and dotted names read it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> nest(Map<String, String> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        flat.forEach((key, value) -> {
            String[] parts = key.split("\\.");
            Map<String, Object> at = root;
            for (int i = 0; i < parts.length - 1; i++) {
                at = (Map<String, Object>) at.computeIfAbsent(parts[i], part -> new LinkedHashMap<String, Object>());
            }
            at.put(parts[parts.length - 1], value);
        });
        return root;
    }

    /** What a preview shows: plausible values for every field a template uses. */
    public static Map<String, String> sample(String language) {
        return sample(language, "https://crm.example.com");
    }

    /** The sample, with the links where customers reach this CRM. */
    public static Map<String, String> sample(String language, String publicUrl) {
        boolean fr = !"en".equals(language);
        Map<String, String> data = new LinkedHashMap<>();
        data.put("customer.name", fr ? "Amélie Poulain" : "Amelia Poole");
        data.put("customer.firstName", fr ? "Amélie" : "Amelia");
        data.put("order.number", "CMD-2026-000042");
        data.put("order.carrier", "Colissimo");
        data.put("order.trackingNumber", "6A12345678901");
        data.put("order.trackingUrl", "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901");
        data.put("product.name", fr ? "Capsules espresso intenso (x50)" : "Espresso intenso capsules (x50)");
        data.put("product.sku", "CAPS-INT-50");
        data.put("product.expectedOn", "2026-12-12");
        data.put("ticket.number", "SR-2026-000108");
        data.put("ticket.subject", fr ? "Machine qui fuit" : "Leaking machine");
        data.put("ticket.answer", fr ? "Bonjour, voici comment détartrer votre machine…" : "Hello, here is how to descale your machine…");
        data.put("ticket.reason", fr ? "SLA de première réponse dépassé" : "first response SLA missed");
        data.put("links.portal", publicUrl + "/crm/portal/");
        data.put("links.survey", publicUrl + "/crm/ui/service/survey.html#…");
        data.put("links.unsubscribe", publicUrl + "/crm/api/notifications/unsubscribe/…");
        return data;
    }
}
