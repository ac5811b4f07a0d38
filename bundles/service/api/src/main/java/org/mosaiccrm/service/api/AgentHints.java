package org.mosaiccrm.service.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What the agent is prompted with on a ticket: the business rules that hold for this customer ("gold
 * customer: call back within 1 h"), and the warranty of the ticket's serial number while inventory runs
 * ({@code warrantyActive} null when unknown).
 */
public record AgentHints(List<String> prompts, String warrantyProduct, LocalDate warrantyEnds, Boolean warrantyActive) {

    public AgentHints {
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }
}
