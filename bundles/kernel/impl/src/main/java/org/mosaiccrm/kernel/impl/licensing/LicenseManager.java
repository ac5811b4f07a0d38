package org.mosaiccrm.kernel.impl.licensing;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.mosaiccrm.kernel.api.audit.AuditAction;
import org.mosaiccrm.kernel.api.audit.AuditLog;
import org.mosaiccrm.kernel.api.audit.FieldChange;
import org.mosaiccrm.kernel.api.licensing.LicenseService;
import org.mosaiccrm.kernel.api.licensing.LicenseState;
import org.mosaiccrm.kernel.api.licensing.LicenseStatus;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.licensing.License;
import org.mosaiccrm.licensing.LicenseException;
import org.mosaiccrm.licensing.LicenseVerifier;
import org.mosaiccrm.licensing.VendorKeys;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the license in force and the {@code LicensedFeature} services that follow it.
 * <p>
 * The license file is watched (polled): a replaced file is verified within seconds and, if good,
 * takes effect live. A bad file never takes the license in force away — it is reported instead —
 * and the last good license is also kept under {@code data/}, so a bad file does not take effect at
 * the next start either. Expiry is checked on every poll. Nothing is ever deleted because of a license.
 */
@Component(service = LicenseService.class, immediate = true, configurationPid = LicenseManager.PID)
@Designate(ocd = LicenseManager.Config.class)
public class LicenseManager implements LicenseService {

    @ObjectClassDefinition(name = "Mosaic CRM licensing", description = "Where the license and the trusted vendor keys are, and how often they are checked.")
    public @interface Config {

        @AttributeDefinition(description = "The license file; replacing it applies the new license live. Empty: etc/mosaic-crm.license.")
        String licenseFile() default "";

        @AttributeDefinition(description = "Every *.pub file in this directory is a trusted vendor key. Empty: etc/licensing/trusted.")
        String trustedKeysDirectory() default "";

        @AttributeDefinition(description = "Warn (health, crm:license) this many days before the license expires.", min = "0")
        int expiryWarningDays() default 14;

        @AttributeDefinition(description = "Seconds between two checks of the license file, the trusted keys and expiry.", min = "1")
        int checkIntervalSeconds() default 5;

        @AttributeDefinition(description = "Feature names of third-party packs this installation accepts, besides the CRM's own.")
        String[] extraFeatures() default {};
    }

    /** Configured in {@code etc/org.mosaiccrm.licensing.cfg}. */
    public static final String PID = "org.mosaiccrm.licensing";

    /** The CRM's own feature packs. */
    static final Set<String> CRM_FEATURES = org.mosaiccrm.licensing.LicenseTerms.PRODUCT_FEATURES;

    private static final Logger LOG = LoggerFactory.getLogger(LicenseManager.class);

    private final Path licenseFile;
    private final Path trustedKeys;
    private final Path inForceCopy;
    private final Duration warnBefore;
    private final Set<String> knownFeatures;
    private final Clock clock;
    private final FeatureRegistrations features;
    private final ScheduledExecutorService watcher;

    /* Optional and dynamic: licensing must work even while the database is down. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog audit;

    private FileStamp seen;
    private byte[] inForce;
    private String fileProblem;
    private volatile LicenseStatus status;

    @Activate
    public LicenseManager(BundleContext context, Config config) {
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        Path data = Path.of(System.getProperty("karaf.data", "data"));
        this.licenseFile = config.licenseFile().isBlank() ? etc.resolve("mosaic-crm.license") : Path.of(config.licenseFile());
        this.trustedKeys = config.trustedKeysDirectory().isBlank() ? etc.resolve("licensing/trusted")
                : Path.of(config.trustedKeysDirectory());
        this.inForceCopy = data.resolve("licensing/in-force.license");
        this.warnBefore = Duration.ofDays(config.expiryWarningDays());
        Set<String> known = new LinkedHashSet<>(CRM_FEATURES);
        Arrays.stream(config.extraFeatures()).map(String::trim).filter(f -> !f.isEmpty()).forEach(known::add);
        this.knownFeatures = Set.copyOf(known);
        this.clock = Clock.systemUTC();
        this.features = new FeatureRegistrations(context);
        restoreLastGoodLicense();
        check();
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "crm-license-watch"));
        watcher.scheduleWithFixedDelay(this::checkQuietly, config.checkIntervalSeconds(), config.checkIntervalSeconds(),
                TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        watcher.shutdownNow();
        features.unregisterAll();
    }

    @Override
    public LicenseStatus status() {
        return status;
    }

    @Override
    public synchronized LicenseStatus install(byte[] license) {
        try {
            License verified = verifier().verify(license);
            LicenseStatus before = status;
            writeAtomically(licenseFile, license);
            LOG.info("License {} for {} installed: {}", verified.licenseId(), verified.licensee(), verified.features());
            check();
            recordChange(before, status);
            return status;
        } catch (LicenseException e) {
            LOG.warn("License refused: {}", e.getMessage());
            throw new ValidationException("license", "refused: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + licenseFile + ": " + e.getMessage(), e);
        }
    }

    private void recordChange(LicenseStatus before, LicenseStatus after) {
        AuditLog log = audit;
        if (log == null) {
            LOG.warn("License {} installed while the audit trail is unavailable", after.licenseId());
            return;
        }
        log.record("kernel", "license", String.valueOf(after.licenseId()), AuditAction.LICENSE,
                FieldChange.between(snapshot(before), snapshot(after)));
    }

    private static Map<String, Object> snapshot(LicenseStatus status) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (status != null && status.state() != LicenseState.NONE) {
            fields.put("licenseId", status.licenseId());
            fields.put("licensee", status.licensee());
            fields.put("edition", status.edition());
            fields.put("features", String.join(",", status.features()));
            fields.put("seats", status.seats());
            fields.put("expires", status.expires());
            fields.put("keyId", status.keyId());
        }
        return fields;
    }

    /** Re-reads the license file if it changed, re-verifies the license in force, and updates the features. */
    synchronized void check() {
        FileStamp now = FileStamp.of(licenseFile);
        if (!now.equals(seen)) {
            seen = now;
            readLicenseFile(now);
        }
        LicenseStatus next = evaluate();
        status = next;
        features.follow(next);
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.error("License check failed; the license in force stays", e);
        }
    }

    private void readLicenseFile(FileStamp stamp) {
        if (!stamp.exists()) {
            fileProblem = "there is no license file at " + licenseFile;
            return;
        }
        try {
            byte[] content = Files.readAllBytes(licenseFile);
            License license = verifier().verify(content);
            if (!Arrays.equals(content, inForce)) {
                LOG.info("License {} for {} is in force: {}, valid until {}", license.licenseId(), license.licensee(),
                        license.features(), license.expires());
            }
            inForce = content;
            fileProblem = null;
            keepCopy(content);
        } catch (LicenseException e) {
            fileProblem = licenseFile.getFileName() + " was refused: " + e.getMessage()
                    + (inForce != null ? "; the previous license stays in force" : "");
            LOG.warn("{}", fileProblem);
        } catch (IOException e) {
            fileProblem = "cannot read " + licenseFile + ": " + e.getMessage();
            LOG.warn("{}", fileProblem);
        }
    }

    private LicenseStatus evaluate() {
        List<String> warnings = new ArrayList<>();
        if (fileProblem != null) {
            warnings.add(fileProblem);
        }
        if (inForce == null) {
            warnings.add("no valid license is installed: every licensed module is dormant");
            return new LicenseStatus(LicenseState.NONE, null, null, null, List.of(), null, null, null, null, null, null,
                    warnings);
        }
        LicenseVerifier verifier = verifier();
        License license;
        LicenseState state = LicenseState.VALID;
        try {
            license = verifier.verifyIgnoringTime(inForce);
        } catch (LicenseException e) {
            // e.g. its vendor key was removed from the trusted keys
            warnings.add("the license in force is no longer accepted: " + e.getMessage());
            return new LicenseStatus(LicenseState.NONE, null, null, null, List.of(), null, null, null, null, null, null,
                    warnings);
        }
        try {
            LicenseVerifier.checkTime(license, clock.instant());
        } catch (LicenseException e) {
            state = e.reason() == LicenseException.Reason.EXPIRED ? LicenseState.EXPIRED : LicenseState.NOT_YET_VALID;
            warnings.add("license " + license.licenseId() + " " + e.getMessage() + ": its modules are dormant");
        }
        if (state == LicenseState.VALID && clock.instant().plus(warnBefore).isAfter(license.expiresAt())) {
            long days = Duration.between(clock.instant(), license.expiresAt()).toDays();
            warnings.add("license " + license.licenseId() + " expires " + license.expires() + " (in " + days
                    + " days): ask your vendor for a renewal");
        }
        return new LicenseStatus(state, license.licenseId(), license.licensee(), license.edition(), license.features(),
                license.seats(), license.issued(), license.notBefore(), license.expires(), license.expiresAt(),
                license.keyId(), warnings);
    }

    /** Trusted keys are read on every use, so adding or removing a vendor key applies live. */
    private LicenseVerifier verifier() {
        Map<Path, String> problems = new LinkedHashMap<>();
        Map<String, PublicKey> keys;
        try {
            keys = VendorKeys.readTrusted(trustedKeys, problems);
        } catch (IOException e) {
            LOG.warn("Cannot read trusted vendor keys in {}: {}", trustedKeys, e.getMessage());
            keys = new HashMap<>();
        }
        problems.forEach((file, problem) -> LOG.warn("Ignoring trusted key {}: {}", file, problem));
        return new LicenseVerifier(keys, knownFeatures, clock);
    }

    private void restoreLastGoodLicense() {
        try {
            byte[] copy = Files.readAllBytes(inForceCopy);
            verifier().verifyIgnoringTime(copy);
            inForce = copy;
        } catch (NoSuchFileException first) {
            // first start
        } catch (IOException | LicenseException e) {
            LOG.warn("Ignoring the last good license kept in {}: {}", inForceCopy, e.getMessage());
        }
    }

    private void keepCopy(byte[] content) {
        try {
            Files.createDirectories(inForceCopy.getParent());
            writeAtomically(inForceCopy, content);
        } catch (IOException e) {
            LOG.warn("Cannot keep a copy of the license in force in {}: {}", inForceCopy, e.getMessage());
        }
    }

    /** Written beside the target and moved over it, so that the watcher never reads half a file. */
    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(temporary, content);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Size and modification time: enough to notice a replaced file without reading it every time. */
    private record FileStamp(boolean exists, long size, Instant modified) {
        static FileStamp of(Path file) {
            try {
                return new FileStamp(true, Files.size(file), Files.getLastModifiedTime(file).toInstant());
            } catch (IOException e) {
                return new FileStamp(false, 0, Instant.EPOCH);
            }
        }
    }
}
