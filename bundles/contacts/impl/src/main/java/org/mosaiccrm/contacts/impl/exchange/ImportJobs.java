package org.mosaiccrm.contacts.impl.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.kernel.api.security.CallerContext;
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

    /** Spools the upload, queues the job and answers at once. */
    public Status submit(InputStream upload, Format format, ImportOptions options) throws IOException {
        String id = UUID.randomUUID().toString();
        Path file = spool.resolve(id);
        Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        Job job = new Job(id, format, options, callers.name());
        synchronized (jobs) {
            jobs.put(id, job);
            while (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        worker.execute(callers.propagating(() -> job.run(file)));
        return job.status();
    }

    public Optional<Status> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(Job::status);
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

        void run(Path file) {
            state = State.RUNNING;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                report = format == Format.CSV ? contacts.importCsv(reader, options, rowsDone::set)
                        : contacts.importVCards(reader, options, rowsDone::set);
                state = State.DONE;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Import job {} failed", id, e);
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                state = State.FAILED;
            } finally {
                finishedAt = Instant.now();
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Cannot delete the spooled upload {}", file, e);
                }
            }
        }

        Status status() {
            return new Status(id, format, options.dryRun(), user, state, rowsDone.get(), queuedAt, finishedAt, report, error);
        }
    }
}
