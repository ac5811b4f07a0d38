package org.mosaiccrm.notifications.impl.outbox;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A message's template fields as stored beside it (properties text, the JDK's own escaping), so that a message whose
 * template could not be rendered can be rendered again once the template is fixed.
 */
final class MessageData {

    private MessageData() {
    }

    static String write(Map<String, String> data) {
        Properties properties = new Properties();
        data.forEach((key, value) -> {
            if (value != null) {
                properties.setProperty(key, value);
            }
        });
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Map<String, String> read(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text == null ? "" : text));
        } catch (IOException | IllegalArgumentException e) {
            return Map.of();
        }
        Map<String, String> data = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> data.put(key, properties.getProperty(key)));
        return data;
    }
}
