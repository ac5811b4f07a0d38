package org.mosaiccrm.contacts.impl.exchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.mosaiccrm.commons.imports.TextUpload;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.kernel.api.imports.ImportProgress;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports that run after the upload has been answered: the body is first spooled to the bundle's
 * data area (the request can end), then imported by one background thread, one job after the other,
 * as the user who uploaded it. Jobs are kept in memory (the last {@value #KEPT} of them); a job cut
 * short by a restart has stored the batches it finished, and importing the file again completes it
 * without duplicates.
 */
@Component(service = ImportJobs.class)
public class ImportJobs {

    static final int KEPT = 100;
    private static final int CANCEL_WAIT_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    /** The formats an import job reads. */
    public enum Format { CSV, VCARD }

    /**
     * INTERRUPTED: the CRM stopped while the job was queued or running; CANCELLED: somebody stopped it. In both,
     * what it reported done is stored.
     */
    public enum State { QUEUED, RUNNING, DONE, FAILED, INTERRUPTED, CANCELLED }

    /**
     * A job as a client polls it.
     *
     * @param rowsDone  rows read so far
     * @param rowsTotal rows in the file (0 when unknown: a vCard file)
     * @param report   once DONE
     * @param error    once FAILED: why
     */
    public record Status(String id, Format format, boolean dryRun, String user, State state, long rowsDone,
                         long rowsTotal, Instant queuedAt, Instant finishedAt, ImportReport report, String error) {
    }

    /** Thrown from the progress callback of a job being cancelled: the import stops after its last batch. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private final ContactService contacts;
    private final CallerContext callers;
    private final Path spool;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-contacts-import"));
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    @Activate
    public ImportJobs(@Reference ContactService contacts, @Reference CallerContext callers, BundleContext context)
            throws IOException {
        this.contacts = contacts;
        this.callers = callers;
        this.spool = Files.createDirectories(context.getDataFile("import-jobs").toPath());
        List<Job> kept = new ArrayList<>();
        try (var files = Files.list(spool)) {
            for (Path file : files.sorted().toList()) {
                if (file.getFileName().toString().endsWith(STATUS)) {
                    Job job = readJob(file);
                    if (job != null) {
                        kept.add(job);
                    }
                } else {
                    // the upload of a job a stop cut short: the job says what it stored; the file goes
                    Files.deleteIfExists(file);
                }
            }
        }
        // a job is told to its user after a restart too: a job the stop cut short says so, with what it stored
        kept.sort(Comparator.comparing(job -> job.queuedAt));
        for (Job job : kept) {
            if (job.state == State.QUEUED || job.state == State.RUNNING) {
                job.state = State.INTERRUPTED;
                job.error = interruption(job.rowsDone.get());
                job.save();
            }
            jobs.put(job.id, job);
        }
        trim();
    }

    private static final String STATUS = ".status";

    private static String interruption(long rowsDone) {
        return "the CRM stopped during this import: the " + rowsDone + " rows reported done are stored; import the "
                + "file again to finish it (stored rows come back unchanged)";
    }

    /** A job kept by an earlier run, or null when its file cannot be read. */
    private Job readJob(Path file) {
        Properties saved = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
            Job job = new Job(saved.getProperty("id"), Format.valueOf(saved.getProperty("format")),
                    Boolean.parseBoolean(saved.getProperty("dryRun")), saved.getProperty("user"),
                    Instant.parse(saved.getProperty("queuedAt")));
            job.state = State.valueOf(saved.getProperty("state"));
            job.rowsDone.set(Long.parseLong(saved.getProperty("rowsDone", "0")));
            job.rowsTotal = Long.parseLong(saved.getProperty("rowsTotal", "0"));
            job.finishedAt = saved.getProperty("finishedAt") == null ? null : Instant.parse(saved.getProperty("finishedAt"));
            job.error = saved.getProperty("error");
            String report = saved.getProperty("report");
            if (report != null) {
                String[] n = report.split(",", -1);
                job.report = new ImportReport(job.dryRun, Long.parseLong(n[0]), Long.parseLong(n[1]), Long.parseLong(n[2]),
                        Long.parseLong(n[3]), Long.parseLong(n[4]), List.of(), List.of(), n[5].isEmpty() ? null : n[5]);
            }
            return job;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the unreadable import job status {}", file, e);
            return null;
        }
    }

    private void trim() {
        synchronized (jobs) {
            // only finished jobs are forgotten: a queued or running one stays pollable however many arrive
            var oldestFirst = jobs.values().iterator();
            while (jobs.size() > KEPT && oldestFirst.hasNext()) {
                Job job = oldestFirst.next();
                if (job.state != State.QUEUED && job.state != State.RUNNING) {
                    oldestFirst.remove();
                    job.forget();
                }
            }
        }
    }

    /** Set when the module stops: a job that fails from then on was cut short, not wrong. */
    private volatile boolean stopping;

    @Deactivate
    void stop() {
        stopping = true;
        worker.shutdownNow();
        try {
            // the running job records itself INTERRUPTED before a new instance reads the statuses
            worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the spooled upload in the bundle's data area, queues the job and answers at once. */
    public Status submit(TextUpload received, Format format, ImportOptions options) throws IOException {
        String id = UUID.randomUUID().toString();
        TextUpload upload = received.moveTo(spool.resolve(id));
        Job job = new Job(id, format, options.dryRun(), callers.name(), Instant.now());
        job.options = options;
        job.rowsTotal = upload.rows();
        job.save();
        synchronized (jobs) {
            jobs.put(id, job);
        }
        trim();
        worker.execute(callers.propagating(() -> job.run(upload)));
        return job.status();
    }

    /** The job, for the user who submitted it and for administrators; for anybody else it does not exist. */
    public Optional<Status> find(String id) {
        boolean admin = callers.caller().map(caller -> caller.hasRole(CrmRoles.ADMIN)).orElse(false);
        String user = callers.name();
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).filter(job -> admin || job.user.equals(user)).map(Job::status);
        }
    }

    /** The columns a CSV job reads (its own and the custom fields): a file with none of them is refused up front. */
    public java.util.function.Predicate<String> csvColumns() {
        return CsvImport.columnsOf(contacts);
    }

    /** The jobs the caller may see (all for administrators), newest first. */
    public java.util.List<Status> list() {
        boolean admin = callers.caller().map(caller -> caller.hasRole(CrmRoles.ADMIN)).orElse(false);
        String user = callers.name();
        synchronized (jobs) {
            java.util.List<Status> visible = new java.util.ArrayList<>(jobs.values().stream()
                    .filter(job -> admin || job.user.equals(user)).map(Job::status).toList());
            java.util.Collections.reverse(visible);
            return visible;
        }
    }

    /**
     * Stops a queued or running job: the batches already committed stay (like an interruption), nothing
     * more is read. A finished job cannot be cancelled (409).
     */
    public Optional<Status> cancel(String id) {
        if (find(id).isEmpty()) {
            return Optional.empty();
        }
        Job job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        synchronized (job) {
            if (job.state != State.QUEUED && job.state != State.RUNNING) {
                throw new org.mosaiccrm.kernel.api.problem.ConflictException("Import job " + id + " is " + job.state
                        + " already; only a queued or running job can be cancelled.", Map.of("state", job.state.name()));
            }
            job.cancelRequested = true;
            if (job.state == State.QUEUED) {
                job.finish(State.CANCELLED, "cancelled by " + callers.name() + " before it started; nothing was stored");
            }
        }
        LOG.info("Import job {} cancelled by {}", id, callers.name());
        try {
            // a running job stops at its next batch: answer with where it stopped, not with "RUNNING"
            job.ended.await(CANCEL_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return find(id);
    }

    /** A job, kept in memory and, as {@code <id>.status}, in the bundle's data area, so it outlives a restart. */
    private final class Job {
        final String id;
        final Format format;
        final boolean dryRun;
        final String user;
        final Instant queuedAt;
        final AtomicLong rowsDone = new AtomicLong();
        volatile long rowsTotal;
        volatile boolean cancelRequested;
        /** Counted down when the job reaches a final state. */
        final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
        ImportOptions options;
        volatile State state = State.QUEUED;
        volatile Instant finishedAt;
        volatile ImportReport report;
        volatile String error;

        Job(String id, Format format, boolean dryRun, String user, Instant queuedAt) {
            this.id = id;
            this.format = format;
            this.dryRun = dryRun;
            this.user = user;
            this.queuedAt = queuedAt;
        }

        synchronized void finish(State finalState, String why) {
            state = finalState;
            error = why;
            finishedAt = Instant.now();
            save();
            ended.countDown();
        }

        void run(TextUpload upload) {
            synchronized (this) {
                if (cancelRequested) {
                    try {
                        upload.close();
                    } catch (IOException e) {
                        LOG.warn("Cannot delete the upload of cancelled import job {}", id, e);
                    }
                    return;
                }
                state = State.RUNNING;
                save();
            }
            LOG.info("Import job {} ({}, {} bytes, {}) started for {}", id, format, upload.bytes(), upload.charset(), user);
            try (upload; Reader reader = upload.reader()) {
                ImportProgress progress = rows -> {
                    rowsDone.set(rows);
                    save();
                    if (cancelRequested) {
                        throw new Cancelled();
                    }
                };
                ImportReport done = format == Format.CSV ? contacts.importCsv(reader, options, progress)
                        : contacts.importVCards(reader, options, progress);
                report = done.withEncoding(upload.charset().name());
                state = State.DONE;
                LOG.info("Import job {} done: {} rows, {} created, {} updated, {} unchanged, {} refused{}", id, done.rows(),
                        done.created(), done.updated(), done.unchanged(), done.failed(), dryRun ? " (dry run)" : "");
            } catch (Cancelled e) {
                LOG.info("Import job {} stopped on request after {} rows", id, rowsDone.get());
                error = "cancelled: the " + rowsDone.get() + " rows reported done are stored; nothing after them was read";
                state = State.CANCELLED;
            } catch (ProblemException e) {
                error = e.detail() + (e.errors().isEmpty() ? "" : ": " + e.errors().get(0).field() + " " + e.errors().get(0).message());
                state = State.FAILED;
            } catch (IOException | RuntimeException e) {
                if (stopping) {
                    LOG.info("Import job {} interrupted by the module's stop after {} rows", id, rowsDone.get());
                    error = interruption(rowsDone.get());
                    state = State.INTERRUPTED;
                    return;
                }
                // the log has the details; the job's reader gets words and the incident to quote
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.warn("Import job {} failed (incident {})", id, incident, e);
                error = "the import stopped on an unexpected error (incident " + incident + "); the rows reported "
                        + "done so far are stored";
                state = State.FAILED;
            } finally {
                finishedAt = Instant.now();
                save();
                ended.countDown();
            }
        }

        Status status() {
            return new Status(id, format, dryRun, user, state, rowsDone.get(), rowsTotal, queuedAt, finishedAt, report, error);
        }

        /** The job as a small properties file: its counts survive a restart (the problems by line do not). */
        synchronized void save() {
            Properties saved = new Properties();
            saved.setProperty("id", id);
            saved.setProperty("format", format.name());
            saved.setProperty("dryRun", Boolean.toString(dryRun));
            saved.setProperty("user", user);
            saved.setProperty("state", state.name());
            saved.setProperty("rowsDone", Long.toString(rowsDone.get()));
            saved.setProperty("rowsTotal", Long.toString(rowsTotal));
            saved.setProperty("queuedAt", queuedAt.toString());
            if (finishedAt != null) {
                saved.setProperty("finishedAt", finishedAt.toString());
            }
            if (error != null) {
                saved.setProperty("error", error);
            }
            ImportReport done = report;
            if (done != null) {
                saved.setProperty("report", done.rows() + "," + done.created() + "," + done.updated() + ","
                        + done.unchanged() + "," + done.failed() + "," + (done.encoding() == null ? "" : done.encoding()));
            }
            Path file = spool.resolve(id + STATUS);
            Path written = spool.resolve(id + STATUS + ".tmp");
            // written aside then moved: a crash mid-write never leaves an empty status
            try (var out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                saved.store(out, null);
            } catch (IOException e) {
                LOG.warn("Cannot keep the status of import job {} in {}", id, file, e);
                return;
            }
            try {
                Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                LOG.warn("Cannot keep the status of import job {} in {}", id, file, e);
            }
        }

        void forget() {
            try {
                Files.deleteIfExists(spool.resolve(id + STATUS));
            } catch (IOException e) {
                LOG.warn("Cannot delete the status of import job {}", id, e);
            }
        }
    }
}
