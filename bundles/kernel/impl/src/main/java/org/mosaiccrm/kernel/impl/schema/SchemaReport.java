package org.mosaiccrm.kernel.impl.schema;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * One module's schema as an administrator reads it ({@code crm:schema}, {@code GET /crm/api/system/schema}):
 * its changelog, every change set recorded (EXECUTED, or MARK_RAN for a table an earlier release had
 * already created), what the module's last start added, and the failure that keeps it inactive.
 */
public record SchemaReport(String module, String bundle, String changelog, State state, String failure,
                           Instant checkedAt, List<String> appliedAtStart, List<ChangeSet> changeSets) {

    public enum State { UP_TO_DATE, FAILED }

    /** A recorded change set: {@code file::id::author}, how it was recorded, when. */
    public record ChangeSet(String changeSet, String outcome, Instant at) {
    }

    public static List<SchemaReport> of(Collection<SchemaOutcome> outcomes) {
        return outcomes.stream().map(SchemaReport::of).toList();
    }

    static SchemaReport of(SchemaOutcome outcome) {
        return new SchemaReport(outcome.module(), outcome.bundle(), outcome.changelog(),
                outcome.failed() ? State.FAILED : State.UP_TO_DATE, outcome.failure(), outcome.at(), outcome.applied(),
                outcome.history().stream().map(row -> new ChangeSet(row.key(), row.outcome(), row.at())).toList());
    }
}
