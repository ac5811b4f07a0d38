package org.mosaiccrm.service.api;

/**
 * An article a search or a ticket suggests: {@code highlight} is an excerpt in HTML where only
 * {@code <mark>} is markup (the text is escaped).
 */
public record ArticleHit(String id, String title, String language, String highlight, float score) {
}
