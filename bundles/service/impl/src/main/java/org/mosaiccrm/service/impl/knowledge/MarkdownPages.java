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
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownPages() {
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
