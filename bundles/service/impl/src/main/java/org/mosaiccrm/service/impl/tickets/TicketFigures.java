package org.mosaiccrm.service.impl.tickets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.service.api.ServiceFigures;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.surveys.SurveyDesk;

/** The service figures of a period, in a few aggregate queries over the module's own tables. */
public final class TicketFigures {

    private TicketFigures() {
    }

    public static ServiceFigures of(ServiceParts parts, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new ValidationException("from", "the period needs from before to");
        }
        return parts.jpa().txExpr(em -> {
            Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), "
                            + "SUM(CASE WHEN RESOLVED_AT IS NOT NULL THEN 1 ELSE 0 END), "
                            + "SUM(CASE WHEN CHANNEL IN ('WEB_FORM', 'PORTAL', 'EMAIL') THEN 1 ELSE 0 END), "
                            + "SUM(CASE WHEN RESOLUTION = 'DEFLECTED' AND CHANNEL IN ('WEB_FORM', 'PORTAL', 'EMAIL') THEN 1 ELSE 0 END), "
                            + "SUM(CASE WHEN SLA_BREACHED IS NOT NULL THEN 1 ELSE 0 END), "
                            + "AVG(FIRST_RESPONSE_BUSINESS_S), AVG(RESOLUTION_BUSINESS_S) "
                            + "FROM SERVICE_TICKET WHERE CREATED_AT >= ?1 AND CREATED_AT < ?2")
                    .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getSingleResult();
            // calendar time to resolution: averaged here, as the databases' timestamp arithmetic differs
            List<?> resolutions = em.createQuery("SELECT t.createdAt, t.resolvedAt FROM TicketEntity t WHERE t.createdAt >= :from "
                    + "AND t.createdAt < :to AND t.resolvedAt IS NOT NULL").setParameter("from", from).setParameter("to", to)
                    .getResultList();
            Duration resolution = resolutions.isEmpty() ? null : Duration.ofSeconds((long) resolutions.stream()
                    .mapToLong(r -> Duration.between((Instant) ((Object[]) r)[0], (Instant) ((Object[]) r)[1]).toSeconds())
                    .average().orElse(0));
            Object[] surveys = (Object[]) em.createNativeQuery("SELECT COUNT(*), AVG(CAST(RATING AS DECIMAL(5,2))) FROM SERVICE_SURVEY "
                    + "WHERE ANSWERED_AT >= ?1 AND ANSWERED_AT < ?2")
                    .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getSingleResult();
            long selfService = number(row[2]);
            long deflected = number(row[3]);
            return new ServiceFigures(from, to, number(row[0]), number(row[1]), selfService, deflected,
                    selfService == 0 ? null : BigDecimal.valueOf(deflected).divide(BigDecimal.valueOf(selfService), 4, RoundingMode.HALF_UP),
                    number(row[4]), seconds(row[5]), resolution, seconds(row[6]), number(surveys[0]),
                    surveys[1] == null ? null : new BigDecimal(surveys[1].toString()).setScale(2, RoundingMode.HALF_UP),
                    SurveyDesk.satisfaction(em, "AGENT", from, to), SurveyDesk.satisfaction(em, "CATEGORY", from, to));
        });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Duration seconds(Object value) {
        return value == null ? null : Duration.ofSeconds(((Number) value).longValue());
    }
}
