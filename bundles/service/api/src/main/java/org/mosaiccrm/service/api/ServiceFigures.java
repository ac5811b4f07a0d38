package org.mosaiccrm.service.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The service figures of a period (tickets created within it): volumes, deflection by automated answers,
 * time to first response and resolution (averages, calendar and business time), satisfaction.
 */
public record ServiceFigures(Instant from, Instant to, long opened, long resolved, long selfServiceOpened, long deflected,
                             BigDecimal deflectionRate, long breached, Duration averageFirstResponseBusiness,
                             Duration averageResolution, Duration averageResolutionBusiness, long surveysAnswered,
                             BigDecimal averageRating, List<Satisfaction> byAgent, List<Satisfaction> byCategory) {

    /** Survey results of one agent or category. */
    public record Satisfaction(String key, long answers, BigDecimal averageRating) {
    }
}
