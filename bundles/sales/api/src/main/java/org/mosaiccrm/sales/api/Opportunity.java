package org.mosaiccrm.sales.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sale in the making.
 *
 * @param id            assigned by the module
 * @param version       for {@code If-Match}: a change made on an older version is refused (409)
 * @param customerId    the customer (contacts module), by id
 * @param title         what is being sold, in a line
 * @param amount        what it is worth
 * @param currency      ISO 4217 code of {@code amount}
 * @param stage         the stage's name ({@link Stage})
 * @param probability   percent: the stage's default unless a rep set it
 * @param owner         the rep who owns it
 * @param expectedClose the day it is expected to close (the actual day once closed)
 * @param products      catalog references (SKUs), when the inventory module is there
 * @param sourceLeadId  the lead it came from, if any
 * @param campaign      the campaign of that lead, so that marketing follows a campaign to revenue
 * @param lostReason    why it was lost
 * @param closedAt      when it was won or lost
 */
public record Opportunity(String id, long version, String customerId, String title, BigDecimal amount, String currency,
                          String stage, int probability, String owner, LocalDate expectedClose, List<String> products,
                          String sourceLeadId, String campaign, String lostReason, Instant createdAt, String createdBy,
                          Instant updatedAt, Instant closedAt) {

    public Opportunity {
        products = products == null ? List.of() : List.copyOf(products);
    }

    /**
     * What a client sends to open or edit an opportunity: only the fields it may set. {@code stage} and
     * {@code probability} are optional (first stage, the stage's probability); the stage is moved with
     * {@link OpportunityService#moveStage}, the owner changed with {@link OpportunityService#reassign}.
     */
    public record Draft(String customerId, String title, BigDecimal amount, String currency, String stage, Integer probability,
                        String owner, LocalDate expectedClose, List<String> products, String campaign) {
    }
}
