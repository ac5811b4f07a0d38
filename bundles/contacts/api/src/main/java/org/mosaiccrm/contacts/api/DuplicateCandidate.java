package org.mosaiccrm.contacts.api;

/**
 * A customer that may be the same person or company as another.
 *
 * @param id          the customer
 * @param displayName its name
 * @param reason      why it looks like a duplicate, e.g. {@code same email ada@example.com}
 */
public record DuplicateCandidate(String id, String displayName, String reason) {
}
