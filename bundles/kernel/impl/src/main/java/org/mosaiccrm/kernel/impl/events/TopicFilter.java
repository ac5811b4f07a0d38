package org.mosaiccrm.kernel.impl.events;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Event Admin's topic matching: exact names, or a prefix ending in {@code *}. */
record TopicFilter(List<String> patterns) {

    static TopicFilter of(Object property) {
        if (property instanceof String one) {
            return new TopicFilter(List.of(one));
        }
        if (property instanceof String[] many) {
            return new TopicFilter(Arrays.asList(many));
        }
        if (property instanceof Collection<?> many) {
            return new TopicFilter(many.stream().map(String::valueOf).toList());
        }
        return new TopicFilter(List.of());
    }

    boolean matches(String topic) {
        for (String pattern : patterns) {
            if (pattern.equals("*") || pattern.equals(topic)
                    || pattern.endsWith("/*") && topic.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
