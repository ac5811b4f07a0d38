package org.mosaiccrm.sales.api;

import java.io.OutputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Quotes: drafted from the catalog for an open opportunity, sent, then accepted (it becomes an inventory order
 * with the same lines, the customer's credit checked, and the opportunity is won) or declined. Needs the inventory
 * module for its catalog and orders ({@link org.mosaiccrm.kernel.api.problem.UnavailableException} otherwise).
 * Who may see the opportunity may see its quotes.
 */
@ProviderType
public interface QuoteService {

    Quote draft(Quote.Draft draft);

    Quote get(String id);

    /** The opportunity's quotes, newest first. */
    List<Quote> ofOpportunity(String opportunityId);

    /** Replaces a draft's lines and validity; {@code version} as read. */
    Quote revise(String id, long version, Quote.Draft draft);

    /** DRAFT → SENT: the customer has it. */
    Quote send(String id, long version);

    /**
     * SENT → ACCEPTED, before the end of its validity: places the order (credit check and stock reservation
     * apply; a refusal leaves the quote SENT) and wins the opportunity, all in one transaction.
     */
    Quote accept(String id, long version);

    /** SENT → DECLINED, with the customer's reason. */
    Quote decline(String id, long version, String reason);

    /** Writes the printable document (PDF, in the quote's language). */
    void print(String id, OutputStream pdf);
}
