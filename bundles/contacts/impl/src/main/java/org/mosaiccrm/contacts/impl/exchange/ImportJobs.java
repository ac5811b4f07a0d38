package org.mosaiccrm.contacts.impl.exchange;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.mosaiccrm.commons.imports.TextUpload;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.ImportOptions;
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
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    /** The formats an import job reads. */
    public enum Format { CSV, VCARD }

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /**
     * A job as a client polls it.
     *
     * @param rowsDone rows read so far
     * @param report   once DONE
     * @param error    once FAILED: why
     */
    public record Status(String id, Format format, boolean dryRun, String user, State state, long rowsDone,
                         Instant queuedAt, Instant finishedAt, ImportReport report, String error) {
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
        try (var leftovers = Files.list(spool)) {
            // uploads of jobs a stop cut short: their job is gone with the stop
            for (Path leftover : leftovers.toList()) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    /** Keeps the spooled upload in the bundle's data area, queues the job and answers at once. */
    public Status submit(TextUpload received, Format format, ImportOptions options) throws IOException {
        String id = UUID.randomUUID().toString();
        TextUpload upload = received.moveTo(spool.resolve(id));
        Job job = new Job(id, format, options, callers.name());
        synchronized (jobs) {
            jobs.put(id, job);
            while (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
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

    private final class Job {
        final String id;
        final Format format;
        final ImportOptions options;
        final String user;
        final Instant queuedAt = Instant.now();
        final AtomicLong rowsDone = new AtomicLong();
        volatile State state = State.QUEUED;
        volatile Instant finishedAt;
        volatile ImportReport report;
        volatile String error;

        Job(String id, Format format, ImportOptions options, String user) {
            this.id = id;
            this.format = format;
            this.options = options;
            this.user = user;
        }

        void run(TextUpload upload) {
            state = State.RUNNING;
            try (upload; Reader reader = upload.reader()) {
                ImportReport done = format == Format.CSV ? contacts.importCsv(reader, options, rowsDone::set)
                        : contacts.importVCards(reader, options, rowsDone::set);
                report = done.withEncoding(upload.charset().name());
                state = State.DONE;
            } catch (ProblemException e) {
                error = e.detail() + (e.errors().isEmpty() ? "" : ": " + e.errors().get(0).field() + " " + e.errors().get(0).message());
                state = State.FAILED;
            } catch (IOException | RuntimeException e) {
                // the log has the details; the job's reader gets words and the incident to quote
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.warn("Import job {} failed (incident {})", id, incident, e);
                error = "the import stopped on an unexpected error (incident " + incident + "); the rows reported "
                        + "done so far are stored";
                state = State.FAILED;
            } finally {
                finishedAt = Instant.now();
            }
        }

        Status status() {
            return new Status(id, format, options.dryRun(), user, state, rowsDone.get(), queuedAt, finishedAt, report, error);
        }
    }
}
