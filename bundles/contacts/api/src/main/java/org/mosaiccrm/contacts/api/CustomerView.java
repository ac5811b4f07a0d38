package org.mosaiccrm.contacts.api;

import java.util.List;
import java.util.Map;

/**
 * The 360° view: the profile, the recent interactions and every contributed section.
 *
 * @param customer     the profile with its contact points
 * @param interactions the most recent timeline entries, newest first
 * @param sections     by section name
 */
public record CustomerView(Customer customer, List<Interaction> interactions, Map<String, Section> sections) {

    /**
     * @param available whether the contributor answered in time
     * @param data      its content, when available
     * @param reason    why not, when unavailable
     */
    public record Section(boolean available, Object data, String reason) {
    }
}
