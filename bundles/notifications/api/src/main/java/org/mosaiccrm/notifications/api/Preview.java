package org.mosaiccrm.notifications.api;

/** A template rendered with sample data: what a customer would receive. */
public record Preview(String template, String language, String subject, String text, String html) {
}
