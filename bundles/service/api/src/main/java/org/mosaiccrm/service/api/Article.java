package org.mosaiccrm.service.api;

import java.time.Instant;
import java.util.List;

/**
 * A knowledge-base article. {@code body} is Markdown; {@code html} its rendering, with raw HTML escaped and
 * unsafe links removed, safe to show as it is.
 */
public record Article(String id, long version, String title, String body, String html, List<String> tags,
                      List<String> products, String language, boolean published, int helpful, int notHelpful,
                      Instant updatedAt, String updatedBy) {

    public Article {
        tags = tags == null ? List.of() : List.copyOf(tags);
        products = products == null ? List.of() : List.copyOf(products);
    }

    /** What an author saves. */
    public record Draft(String title, String body, List<String> tags, List<String> products, String language,
                        Boolean published) {
    }
}
