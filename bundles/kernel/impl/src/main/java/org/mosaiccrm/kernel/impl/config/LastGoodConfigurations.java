package org.mosaiccrm.kernel.impl.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The last configuration accepted for each pid, kept in the kernel's data area so that a module keeps it
 * across a restart made while a refused file is in {@code etc/}. Values are kept as text (or lists of
 * text): Declarative Services converts them to the component's types as it does for a {@code .cfg} file.
 */
final class LastGoodConfigurations {

    private static final Logger LOG = LoggerFactory.getLogger(LastGoodConfigurations.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, Map<String, Object>> byPid = new ConcurrentHashMap<>();

    LastGoodConfigurations(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try {
                byPid.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, Map<String, Object>>>() {
                }));
            } catch (IOException e) {
                LOG.warn("Cannot read the last good configurations in {} ({}); starting without them", file, e.getMessage());
            }
        }
    }

    Optional<Map<String, Object>> get(String pid) {
        Map<String, Object> stored = byPid.get(pid);
        if (stored == null) {
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        stored.forEach((key, value) -> values.put(key,
                value instanceof List<?> list ? list.stream().map(String::valueOf).toArray(String[]::new) : value));
        return Optional.of(values);
    }

    /** Records {@code properties} as the good configuration of {@code pid}; {@code true} when it differs from the last. */
    synchronized boolean put(String pid, Map<String, Object> properties) {
        Map<String, Object> storable = new LinkedHashMap<>();
        properties.forEach((key, value) -> storable.put(key, storable(value)));
        if (storable.equals(byPid.get(pid))) {
            return false;
        }
        byPid.put(pid, storable);
        save();
        return true;
    }

    private static Object storable(Object value) {
        if (value instanceof String[] array) {
            return Arrays.asList(array);
        }
        if (value != null && value.getClass().isArray()) {
            int length = java.lang.reflect.Array.getLength(value);
            String[] text = new String[length];
            for (int i = 0; i < length; i++) {
                text[i] = String.valueOf(java.lang.reflect.Array.get(value, i));
            }
            return Arrays.asList(text);
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return String.valueOf(value);
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path written = file.resolveSibling(file.getFileName() + ".new");
            JSON.writerWithDefaultPrettyPrinter().writeValue(written.toFile(), byPid);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot keep the last good configurations in {}: {}", file, e.getMessage());
        }
    }
}
