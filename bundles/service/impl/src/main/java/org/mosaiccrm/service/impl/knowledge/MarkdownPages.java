package org.mosaiccrm.service.impl.knowledge;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * An article's Markdown as safe HTML (raw HTML in the source is escaped, {@code javascript:} and other unsafe
 * link targets are dropped: commonmark-java's own options, so no tag a writer types reaches a browser) and as
 * plain text for the search index.
 */
public final class MarkdownPages {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new WebLinksOnly()).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownPages() {
    }

    /**
     * Links and images may go to http(s) pages, mailto: and paths of this site; anything else ({@code data:},
     * {@code javascript:}, protocol-relative {@code //host}) becomes an empty link.
     */
    static final class WebLinksOnly implements org.commonmark.renderer.html.UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return allowed(url, true) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return allowed(url, false) ? url : "";
        }

        private static boolean allowed(String url, boolean mail) {
            String u = url.strip().toLowerCase(java.util.Locale.ROOT);
            if (u.startsWith("//") || u.startsWith("\\")) {
                return false;
            }
            int colon = u.indexOf(':');
            int slash = u.indexOf('/');
            boolean scheme = colon >= 0 && (slash < 0 || colon < slash) && (u.indexOf('?') < 0 || colon < u.indexOf('?'))
                    && (u.indexOf('#') < 0 || colon < u.indexOf('#'));
            return !scheme || u.startsWith("https:") || u.startsWith("http:") || mail && u.startsWith("mailto:");
        }
    }

    public static String html(String markdown) {
        return HTML.render(parse(markdown));
    }

    public static String text(String markdown) {
        return TEXT.render(parse(markdown));
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
