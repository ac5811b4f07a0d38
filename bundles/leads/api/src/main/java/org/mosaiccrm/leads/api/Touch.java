package org.mosaiccrm.leads.api;

/** A tracked link that brought the lead: the first and the last are kept for attribution. */
public record Touch(String code, String campaign, String affiliate) {
}
