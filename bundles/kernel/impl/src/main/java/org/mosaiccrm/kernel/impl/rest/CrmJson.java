package org.mosaiccrm.kernel.impl.rest;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.mosaiccrm.kernel.impl.security.TextRules;

/** The one JSON dialect of the CRM API. */
public final class CrmJson {

    private CrmJson() {
    }

    /**
     * Unknown properties are refused rather than ignored: a client that sends {@code id}, {@code version}
     * or a misspelt field learns about it instead of silently losing data (docs/security.md).
     * <p>
     * Each mapper has a type cache of its own: Jackson's default {@code TypeFactory} is one static cache
     * shared by every mapper in the JVM, and it kept the classes of uninstalled module revisions alive.
     */
    public static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .typeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<>(16, 200)))
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("crm-text").addDeserializer(String.class, new CleanStrings()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 1.5 units is a mistake to name, never 1 unit: a fraction for a whole number is refused
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // durations (SLA targets, times to resolution) as ISO 8601, "PT4H", not as a number of seconds
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        // "tags":[null] is the client's mistake, named as such (422 tags[0]), not a record's NullPointerException
        for (Class<?> collection : List.of(List.class, Set.class, Collection.class)) {
            mapper.configOverride(collection).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        return mapper;
    }

    /** Strings as Jackson reads them, refused when they hold NUL and other control characters or broken Unicode. */
    static final class CleanStrings extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        CleanStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && TextRules.hasControlCharacters(value, true)) {
                throw InvalidFormatException.from(parser, "control characters", TextRules.printable(value), String.class);
            }
            return value;
        }
    }
}
