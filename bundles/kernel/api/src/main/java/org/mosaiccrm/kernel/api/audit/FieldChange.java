package org.mosaiccrm.kernel.api.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One field's value before and after a change, as text ({@code null} when absent).
 *
 * @param field  the field's name as the API shows it
 * @param before the old value
 * @param after  the new value
 */
public record FieldChange(String field, String before, String after) {

    /** The fields whose values differ between two snapshots, sorted by name; unchanged ones are left out. */
    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = text(before.get(field));
            String now = text(after.get(field));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
