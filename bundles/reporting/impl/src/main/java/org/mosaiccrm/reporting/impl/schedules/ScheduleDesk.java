package org.mosaiccrm.reporting.impl.schedules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.jpa.JpaTransactions;
import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.reporting.impl.ReportingModule;
import org.mosaiccrm.reporting.impl.ReportingServiceImpl;
import org.mosaiccrm.reporting.impl.ReportingServiceImpl.PreparedReport;
import org.mosaiccrm.reporting.impl.ReportingSettings;
import org.mosaiccrm.reporting.impl.catalog.ArgumentReader;
import org.mosaiccrm.reporting.impl.output.ReportFiles;
import org.mosaiccrm.reporting.impl.persistence.ScheduleEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scheduled reports: each runs at its frequency (at the configured hour, in the users' zone) as the system,
 * and is written whole as CSV to {@code <report folder>/<report>/<report>-<date>.csv}. Checked when it is
 * made (the report exists, the maker may run it, its parameters are right), so that a nightly run never
 * fails on a typo; a run that fails anyway keeps its error on the schedule and in the log.
 */
@Component(service = ScheduleDesk.class)
public class ScheduleDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleDesk.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final String ENTITY = "Schedule";
    /** Each runs every night at the same hour: a bound on what a night's runs may cost. */
    private static final int MAX_SCHEDULES = 200;

    private final ReportingServiceImpl reports;
    private final JpaTemplate jpa;
    private final CallerContext callers;
    private final AuditLog audit;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "crm-reporting-schedules");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ScheduleDesk(@Reference ReportingServiceImpl reports,
                        @Reference(target = "(osgi.unit.name=" + ReportingModule.NAME + ")") JpaTemplate jpa,
                        @Reference CallerContext callers, @Reference AuditLog audit) {
        this.reports = reports;
        this.jpa = jpa;
        this.callers = callers;
        this.audit = audit;
        ticker.scheduleWithFixedDelay(this::runDueQuietly, 1, 1, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        ticker.shutdownNow();
    }

    public List<Schedule> list() {
        return jpa.txExpr(em -> em.createQuery("SELECT s FROM ScheduleEntity s ORDER BY s.report, s.createdAt", ScheduleEntity.class)
                .getResultList().stream().map(ScheduleDesk::toSchedule).toList());
    }

    public Schedule add(String report, Map<String, String> parameters, String frequency, String language) {
        List<FieldError> errors = new ArrayList<>();
        Frequency every = null;
        try {
            every = Frequency.valueOf(frequency == null ? "" : frequency.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("frequency", "must be daily, weekly or monthly"));
        }
        String lang = language == null || language.isBlank() ? "fr" : language.trim();
        if (!lang.matches("[a-z]{2}")) {
            errors.add(new FieldError("language", "must be a two-letter language code such as fr"));
        }
        if (report == null || report.isBlank()) {
            errors.add(new FieldError("report", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, String> given = parameters == null ? Map.of() : new LinkedHashMap<>(parameters);
        for (String reserved : ArgumentReader.RESERVED) {
            if (given.containsKey(reserved)) {
                errors.add(new FieldError("parameters." + reserved, "is not a report parameter: a schedule writes CSV, in its language"));
            }
        }
        long count = jpa.txExpr(em -> em.createQuery("SELECT COUNT(s) FROM ScheduleEntity s", Long.class).getSingleResult());
        if (count >= MAX_SCHEDULES) {
            throw new ConflictException("There are already " + count + " scheduled reports, the most there may be: remove one first.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        reports.prepare(report, given, lang); // the report exists, the caller may run it, its parameters are right
        String json = json(given);
        FieldError.checkLength(errors, "parameters", json, 2000);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ReportingSettings settings = reports.settings();
        Instant now = reports.clock().instant();
        Frequency chosen = every;
        ScheduleEntity entity = new ScheduleEntity();
        entity.id = UUID.randomUUID().toString();
        entity.report = report;
        entity.parameters = json;
        entity.frequency = chosen.name();
        entity.language = lang;
        entity.nextRunAt = chosen.next(now, settings.zone(), settings.runHour());
        entity.createdBy = callers.name();
        entity.createdAt = now;
        JpaTransactions.required(jpa, em -> {
            em.persist(entity);
            audit.record(ReportingModule.NAME, ENTITY, entity.id, AuditAction.CREATE, List.of(new FieldChange("report", null, report),
                    new FieldChange("frequency", null, entity.frequency), new FieldChange("parameters", null, json)));
            return null;
        });
        return toSchedule(entity);
    }

    public void remove(String id) {
        JpaTransactions.required(jpa, em -> {
            ScheduleEntity entity = id == null ? null : em.find(ScheduleEntity.class, id);
            if (entity == null) {
                throw new NotFoundException(ENTITY, id);
            }
            em.remove(entity);
            audit.record(ReportingModule.NAME, ENTITY, id, AuditAction.DELETE, List.of(new FieldChange("report", entity.report, null)));
            return null;
        });
    }

    /** Runs a schedule now (its next run stays as planned) and returns it with the file written. */
    public Schedule runNow(String id) {
        ScheduleEntity entity = jpa.txExpr(em -> id == null ? null : em.find(ScheduleEntity.class, id));
        if (entity == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return run(entity, false);
    }

    private void runDueQuietly() {
        try {
            Instant now = reports.clock().instant();
            List<ScheduleEntity> due = jpa.txExpr(em -> em.createQuery("SELECT s FROM ScheduleEntity s WHERE s.nextRunAt <= :now",
                    ScheduleEntity.class).setParameter("now", now).getResultList());
            due.forEach(entity -> run(entity, true));
        } catch (RuntimeException e) {
            LOG.warn("Scheduled reports not run: {}", e.getMessage());
        }
    }

    private Schedule run(ScheduleEntity entity, boolean advance) {
        ReportingSettings settings = reports.settings();
        Instant now = reports.clock().instant();
        String file = null, error = null;
        long rows = 0;
        try {
            PreparedReport prepared = reports.prepare(entity.report, parameters(entity.parameters), entity.language);
            // the schedule's id in the name: two schedules of one report with other parameters keep their own files
            Path target = settings.reportFolder().resolve(entity.report).resolve(entity.report + "-"
                    + FILE_DATE.format(now.atZone(settings.zone())) + "-" + entity.id.substring(0, 8) + ".csv");
            rows = ReportFiles.write(reports, prepared, target, entity.language);
            file = target.toString();
            LOG.info("Scheduled report {} wrote {} rows to {}", entity.report, rows, target);
        } catch (IOException | RuntimeException e) { // whatever it is, the schedule records it and the next ones still run
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warn("Scheduled report {} ({}) failed: {}", entity.report, entity.id, error);
        }
        String writtenFile = file, failure = error;
        long written = rows;
        Instant next = advance ? Frequency.valueOf(entity.frequency).next(now, settings.zone(), settings.runHour()) : entity.nextRunAt;
        return JpaTransactions.required(jpa, em -> {
            ScheduleEntity current = em.find(ScheduleEntity.class, entity.id);
            if (current == null) {
                return toSchedule(entity);
            }
            current.lastRunAt = now;
            current.lastFile = writtenFile;
            current.lastRows = failure == null ? written : null;
            current.lastError = failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000));
            current.nextRunAt = next;
            return toSchedule(current);
        });
    }

    private static String json(Map<String, String> parameters) {
        try {
            return JSON.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parameters(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable parameters: " + e.getOriginalMessage());
        }
    }

    private static Schedule toSchedule(ScheduleEntity entity) {
        return new Schedule(entity.id, entity.report, parameters(entity.parameters), Frequency.valueOf(entity.frequency), entity.language,
                entity.nextRunAt, entity.lastRunAt, entity.lastFile, entity.lastRows, entity.lastError, entity.createdBy);
    }
}
