package org.mosaiccrm.contacts.api;

import java.time.Instant;

/**
 * A merge of one customer into another, kept so that it can be undone.
 *
 * @param id         the merge, for {@link ContactService#unmerge}
 * @param survivorId the customer that received the contact points and interactions
 * @param mergedId   the customer now {@code MERGED} into the survivor
 * @param at         when
 * @param by         who
 * @param undone     whether it was undone
 */
public record Merge(String id, String survivorId, String mergedId, Instant at, String by, boolean undone) {
}
