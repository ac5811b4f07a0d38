package org.mosaiccrm.kernel.impl.schema;

import java.time.Instant;
import java.util.List;

/**
 * What the last start of a module did to its schema: the change sets it applied, the history after
 * it, or the failure that keeps the module inactive.
 */
public record SchemaOutcome(String module, String bundle, String changelog, Instant at, List<AppliedChangeSet> history,
                     List<String> applied, String failure) {

    public SchemaOutcome {
        history = List.copyOf(history);
        applied = List.copyOf(applied);
    }

    public boolean failed() {
        return failure != null;
    }
}
