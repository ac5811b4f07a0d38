package org.mosaiccrm.leads.impl.exchange;

import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.mosaiccrm.commons.imports.CsvImports;
import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.commons.imports.HeaderMap;
import org.mosaiccrm.kernel.api.imports.ImportReport;
import org.mosaiccrm.commons.imports.ImportTally;
import org.mosaiccrm.commons.imports.ImportTally.Outcome;
import org.mosaiccrm.commons.imports.JpaBatchWriter;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.leads.api.Consent;
import org.mosaiccrm.leads.api.LeadDraft;
import org.mosaiccrm.leads.api.LeadSource;
import org.mosaiccrm.leads.impl.LeadServiceImpl;
import org.mosaiccrm.leads.impl.persistence.LeadEntity;
import org.mosaiccrm.leads.impl.pipeline.LeadRules;

/**
 * Leads from CSV through the shared machinery (commons.imports): this class only maps columns to a
 * draft and says what a row does to the stored leads.
 */
public final class LeadImport {

    /** Stores a new lead from a validated draft, in the batch's transaction. */
    public interface NewLead {
        void store(EntityManager em, LeadDraft valid);
    }

    private final JpaBatchWriter<LeadDraft> writer;
    private final NewLead newLead;

    public LeadImport(JpaTemplate jpa, LeadRules rules, NewLead newLead, int batchSize) {
        this.newLead = newLead;
        this.writer = new JpaBatchWriter<>(jpa, draft -> rules.validated(withSource(draft)), () -> this::store, batchSize);
    }

    private final org.mosaiccrm.commons.imports.ImportLock running =
            new org.mosaiccrm.commons.imports.ImportLock("Another import of leads is running; try again in a minute.");

    /** One import at a time (commons' ImportLock): each row's "new or known lead" depends on the rows stored before it. */
    public ImportReport run(Reader csv, boolean dryRun, Character delimiter, LongConsumer progress) {
        try (org.mosaiccrm.commons.imports.ImportLock.Held alone = running.acquire()) {
            return runAlone(csv, dryRun, delimiter, progress);
        }
    }

    private ImportReport runAlone(Reader csv, boolean dryRun, Character delimiter, LongConsumer progress) {
        ImportTally<LeadDraft> tally = new ImportTally<>(dryRun, progress == null ? rows -> { } : progress, writer);
        HeaderMap<LeadColumns> headers = new HeaderMap<>(LeadColumns.class, LeadColumns::of);
        return CsvImports.run(csv, delimiter, headers,
                (cells, map) -> new CsvImports.Mapped<>(draftOf(cells, map), field -> headerOf(map, field)), tally);
    }

    /** Updates the lead with the row's e-mail, else phone; else creates one. */
    private Outcome store(EntityManager em, LeadDraft valid) {
        LeadEntity existing = match(em, valid);
        if (existing == null) {
            newLead.store(em, valid);
            return Outcome.CREATED;
        }
        boolean changed = !Objects.equals(existing.firstName, or(valid.firstName(), existing.firstName))
                || !Objects.equals(existing.lastName, or(valid.lastName(), existing.lastName))
                || !Objects.equals(existing.company, or(valid.company(), existing.company))
                || !Objects.equals(existing.phone, or(valid.phone(), existing.phone))
                || !Objects.equals(existing.email, or(valid.email(), existing.email))
                || !Objects.equals(existing.campaign, or(valid.campaign(), existing.campaign))
                || !Objects.equals(existing.affiliate, or(valid.affiliate(), existing.affiliate))
                || !Objects.equals(existing.owner, or(valid.owner(), existing.owner));
        if (!changed) {
            return Outcome.UNCHANGED;
        }
        existing.firstName = or(valid.firstName(), existing.firstName);
        existing.lastName = or(valid.lastName(), existing.lastName);
        existing.nameKey = LeadServiceImpl.nameKey(existing.firstName, existing.lastName);
        existing.company = or(valid.company(), existing.company);
        existing.phone = or(valid.phone(), existing.phone);
        existing.email = or(valid.email(), existing.email);
        existing.campaign = or(valid.campaign(), existing.campaign);
        existing.affiliate = or(valid.affiliate(), existing.affiliate);
        existing.owner = or(valid.owner(), existing.owner);
        existing.updatedAt = java.time.Instant.now();
        return Outcome.UPDATED;
    }

    private static LeadEntity match(EntityManager em, LeadDraft row) {
        for (String[] key : new String[][] { { "email", row.email() }, { "phone", row.phone() } }) {
            if (key[1] != null) {
                List<LeadEntity> found = em.createQuery("SELECT l FROM LeadEntity l WHERE l." + key[0] + " = :value "
                        + "ORDER BY l.createdAt", LeadEntity.class).setParameter("value", key[1]).setMaxResults(1).getResultList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        return null;
    }

    private static LeadDraft draftOf(CsvRows.Cells cells, HeaderMap<LeadColumns> columns) {
        String consent = cell(cells, columns, LeadColumns.CONSENT);
        String consentText = cell(cells, columns, LeadColumns.CONSENT_TEXT);
        boolean optIn = consent != null && Set.of("yes", "true", "1", "on", "x", "oui").contains(consent.toLowerCase(Locale.ROOT));
        String source = cell(cells, columns, LeadColumns.SOURCE);
        LeadSource parsed = null;
        if (source != null) {
            try {
                parsed = LeadSource.valueOf(source.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(List.of(new FieldError(columns.header(LeadColumns.SOURCE), "'" + source
                        + "' is not one of " + java.util.Arrays.toString(LeadSource.values()))));
            }
        }
        return new LeadDraft(cell(cells, columns, LeadColumns.FIRST_NAME), cell(cells, columns, LeadColumns.LAST_NAME),
                cell(cells, columns, LeadColumns.COMPANY), cell(cells, columns, LeadColumns.EMAIL),
                cell(cells, columns, LeadColumns.PHONE), parsed, cell(cells, columns, LeadColumns.CAMPAIGN),
                cell(cells, columns, LeadColumns.AFFILIATE), null, cell(cells, columns, LeadColumns.OWNER),
                cell(cells, columns, LeadColumns.NOTES),
                consent == null && consentText == null ? null : new Consent(optIn, null, consentText), List.of());
    }

    private static LeadDraft withSource(LeadDraft draft) {
        return draft.source() != null ? draft : new LeadDraft(draft.firstName(), draft.lastName(), draft.company(),
                draft.email(), draft.phone(), LeadSource.IMPORT, draft.campaign(), draft.affiliate(), draft.utm(),
                draft.owner(), draft.notes(), draft.consent(), draft.trackingCodes());
    }

    private static String cell(CsvRows.Cells cells, HeaderMap<LeadColumns> columns, LeadColumns column) {
        return columns.cell(cells, column);
    }

    /** The file's own header for a draft field, for the report. */
    private static String headerOf(HeaderMap<LeadColumns> columns, String field) {
        return columns.headers().entrySet().stream().filter(e -> e.getKey().field().equals(field)).map(Map.Entry::getValue)
                .findFirst().orElse(field);
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
