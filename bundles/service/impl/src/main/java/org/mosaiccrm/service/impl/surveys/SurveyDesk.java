package org.mosaiccrm.service.impl.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.service.api.ServiceFigures;
import org.mosaiccrm.service.api.Survey;
import org.mosaiccrm.service.impl.ServiceParts;
import org.mosaiccrm.service.impl.persistence.SurveyEntity;
import org.mosaiccrm.service.impl.persistence.TicketEntity;

/**
 * Satisfaction surveys: one per resolution, answered once through a link that needs no login. Only the
 * SHA-256 of the link's random token is stored, so the table alone opens no survey.
 */
public final class SurveyDesk {

    /** Where the survey page lives (served by the module's screens). */
    public static final String PAGE = "/crm/ui/service/survey.html#";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServiceParts parts;

    public SurveyDesk(ServiceParts parts) {
        this.parts = parts;
    }

    /** Creates the survey of a resolution (its link is handed out by {@link #reissue}). */
    public void invite(EntityManager em, TicketEntity ticket, Instant now) {
        String token = token();
        SurveyEntity survey = new SurveyEntity();
        survey.tokenHash = hash(token);
        survey.ticketId = ticket.id;
        survey.agent = ticket.assignee;
        survey.category = ticket.category;
        survey.createdAt = now;
        survey.expiresAt = now.plus(Duration.ofDays(parts.settings().get().surveyDays()));
        em.persist(survey);
    }

    /**
     * A fresh link to the ticket's survey (unanswered, not expired), for its requester: the stored hash is
     * replaced, so only the latest link handed out works. Empty when there is no survey to answer.
     */
    public Optional<String> reissue(EntityManager em, String ticketId, Instant now) {
        List<?> open = em.createNativeQuery("SELECT TOKEN_HASH FROM SERVICE_SURVEY WHERE TICKET_ID = ?1 AND ANSWERED_AT IS NULL "
                + "AND EXPIRES_AT > ?2").setParameter(1, ticketId).setParameter(2, java.sql.Timestamp.from(now)).getResultList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String token = token();
        em.createNativeQuery("UPDATE SERVICE_SURVEY SET TOKEN_HASH = ?1 WHERE TOKEN_HASH = ?2").setParameter(1, hash(token))
                .setParameter(2, open.get(0)).executeUpdate();
        return Optional.of(PAGE + token);
    }

    private static String token() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public Optional<Survey> survey(String token) {
        Instant now = parts.clock().instant();
        return parts.jpa().txExpr(em -> Optional.ofNullable(live(em, token, now, false))
                .map(s -> toSurvey(s, em.find(TicketEntity.class, s.ticketId))));
    }

    /** The answered survey and its ticket; a second answer is a 409, an unknown or expired link a 404. */
    public record Answered(Survey survey, SurveyEntity entity) {
    }

    public Answered answer(EntityManager em, String token, int rating, String comment) {
        List<FieldError> errors = new ArrayList<>();
        if (rating < 1 || rating > 5) {
            errors.add(new FieldError("rating", "is 1 (very unhappy) to 5 (very happy)"));
        }
        FieldError.checkLength(errors, "comment", comment, 2000);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant now = parts.clock().instant();
        SurveyEntity survey = live(em, token, now, true);
        if (survey == null) {
            throw new NotFoundException("Survey", "(this link)");
        }
        if (survey.answeredAt != null) {
            throw new ConflictException("This survey was already answered, thank you.", Map.of("answeredAt", survey.answeredAt.toString()));
        }
        survey.rating = rating;
        survey.comment = comment == null || comment.isBlank() ? null : comment.strip();
        survey.answeredAt = now;
        return new Answered(toSurvey(survey, em.find(TicketEntity.class, survey.ticketId)), survey);
    }

    private static SurveyEntity live(EntityManager em, String token, Instant now, boolean forUpdate) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return null;
        }
        SurveyEntity survey = forUpdate ? em.find(SurveyEntity.class, hash(token.trim()), LockModeType.PESSIMISTIC_WRITE)
                : em.find(SurveyEntity.class, hash(token.trim()));
        return survey == null || survey.expiresAt.isBefore(now) ? null : survey;
    }

    private static Survey toSurvey(SurveyEntity survey, TicketEntity ticket) {
        return new Survey(ticket.number, ticket.subject, survey.expiresAt, survey.rating, survey.comment, survey.answeredAt);
    }

    /** Answers per agent or category of the surveys answered within the period. */
    public static List<ServiceFigures.Satisfaction> satisfaction(EntityManager em, String column, Instant from, Instant to) {
        List<ServiceFigures.Satisfaction> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT COALESCE(" + column + ", '(none)'), COUNT(*), AVG(CAST(RATING AS DECIMAL(5,2))) "
                        + "FROM SERVICE_SURVEY WHERE ANSWERED_AT >= ?1 AND ANSWERED_AT < ?2 GROUP BY COALESCE(" + column
                        + ", '(none)') ORDER BY 1")
                .setParameter(1, java.sql.Timestamp.from(from)).setParameter(2, java.sql.Timestamp.from(to)).getResultList()) {
            Object[] columns = (Object[]) row;
            rows.add(new ServiceFigures.Satisfaction((String) columns[0], ((Number) columns[1]).longValue(),
                    new BigDecimal(columns[2].toString()).setScale(2, RoundingMode.HALF_UP)));
        }
        return rows;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
