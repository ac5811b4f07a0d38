package org.mosaiccrm.sales.impl.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.sales.api.Opportunity;
import org.mosaiccrm.sales.api.SalesEvents;
import org.mosaiccrm.sales.api.Stage;
import org.mosaiccrm.sales.impl.SalesModule;
import org.mosaiccrm.sales.impl.forecast.ForecastCells;
import org.mosaiccrm.sales.impl.persistence.OpportunityEntity;
import org.mosaiccrm.sales.impl.persistence.StageMoveEntity;
import org.osgi.service.event.Event;

/**
 * How an opportunity changes stage — by a rep's move or by its quote's acceptance: which moves a stage allows,
 * what closing does (the close day becomes today in the reps' zone, so that a win counts in its month), the
 * history line and the audit record, in the caller's transaction; and the event to post after the commit.
 */
public final class StageMoves {

    public static final String ENTITY = "Opportunity";

    private StageMoves() {
    }

    /**
     * The caller holds the forecast cells' lock ({@link ForecastCells#lock}), taken before anything else in its transaction.
     *
     * @param before what the opportunity counted in the forecast when the caller read it (its share may have changed since)
     * @throws ConflictException (with {@code stage} and {@code allowed}) for a closed opportunity or the stage it is at
     */
    public static Opportunity move(EntityManager em, OpportunityEntity entity, ForecastCells.Share before, Stage target, String lostReason,
                                   PipelineSettings pipeline, Instant now, String by, AuditLog audit) {
        List<String> allowed = entity.open == 0 ? List.of() : pipeline.stageNames().stream()
                .filter(name -> !name.equals(entity.stage) && !pipeline.retired(name)).toList();
        if (!allowed.contains(target.name())) {
            throw new ConflictException(entity.open == 0 ? "A " + entity.stage + " opportunity is closed: its stage does not change any more."
                    : "The opportunity is at " + entity.stage + " already.", Map.of("stage", entity.stage, "allowed", allowed));
        }
        String from = entity.stage;
        entity.stage = target.name();
        entity.probability = target.probability();
        entity.updatedAt = now;
        if (target.open()) {
            if (pipeline.stageNames().indexOf(target.name()) > pipeline.stageNames().indexOf(entity.furthestStage)) {
                entity.furthestStage = target.name();
            }
        } else {
            entity.open = 0;
            entity.closedAt = now;
            entity.lostReason = lostReason;
            entity.setExpectedClose(LocalDate.ofInstant(now, pipeline.zone()));
            if (target.outcome() == Stage.Outcome.WON) {
                entity.furthestStage = Stage.WON;
            }
        }
        record(em, entity.id, now, by, from, target.name(), lostReason);
        ForecastCells.move(em, before, ForecastCells.of(entity));
        audit.record(SalesModule.NAME, ENTITY, entity.id, AuditAction.UPDATE, List.of(new FieldChange("stage", from, target.name())));
        em.flush();
        return entity.toRecord();
    }

    /** One line of the stage history. */
    public static void record(EntityManager em, String opportunityId, Instant at, String by, String from, String to, String reason) {
        StageMoveEntity move = new StageMoveEntity();
        move.id = UUID.randomUUID().toString();
        move.opportunityId = opportunityId;
        move.at = at;
        move.by = by;
        move.from = from;
        move.to = to;
        move.reason = reason;
        em.persist(move);
    }

    /** What to post once the move is committed: won, lost, or a stage change. */
    public static Event event(Opportunity moved) {
        Map<String, Object> properties = new HashMap<>(Map.of(SalesEvents.OPPORTUNITY_ID, moved.id(), SalesEvents.CUSTOMER_ID,
                moved.customerId(), SalesEvents.OWNER, moved.owner(), SalesEvents.TO, moved.stage()));
        switch (moved.stage()) {
            case Stage.WON -> {
                properties.put(SalesEvents.AMOUNT, moved.amount().toPlainString());
                properties.put(SalesEvents.CURRENCY, moved.currency());
                return new Event(SalesEvents.OPPORTUNITY_WON, properties);
            }
            case Stage.LOST -> {
                properties.put(SalesEvents.REASON, moved.lostReason());
                return new Event(SalesEvents.OPPORTUNITY_LOST, properties);
            }
            default -> {
                return new Event(SalesEvents.OPPORTUNITY_STAGE_CHANGED, properties);
            }
        }
    }
}
