package org.mosaiccrm.leads.api;

/** The UTM parameters of the page a lead came from; any may be {@code null}. */
public record Utm(String source, String medium, String campaign, String term, String content) {
}
