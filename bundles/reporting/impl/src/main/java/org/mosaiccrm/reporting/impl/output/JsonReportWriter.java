package org.mosaiccrm.reporting.impl.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

import org.mosaiccrm.reporting.api.ReportArguments;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportSink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A report as JSON, written while its rows are read: {@code {"report", "title", "parameters", "columns",
 * "rows": [[...], ...], "rowCount"}}. Numbers are JSON numbers (decimals exact), months and dates ISO text.
 * Nothing is written before the first row (or the end): a report that fails before it has a row still gets its
 * error as the response; one that fails later is never closed, so that the client sees a broken document,
 * not a complete-looking short one.
 */
public final class JsonReportWriter implements ReportSink {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final OutputStream out;
    private final ReportDefinition definition;
    private final ReportArguments arguments;
    private final Map<String, Object> parameters;
    private JsonGenerator json;
    private long rows;

    public JsonReportWriter(OutputStream out, ReportDefinition definition, ReportArguments arguments, Map<String, Object> parameters) {
        this.out = out;
        this.definition = definition;
        this.arguments = arguments;
        this.parameters = parameters;
    }

    private void start() {
        if (json != null) {
            return;
        }
        try {
            json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeStringField("report", definition.name());
            json.writeStringField("title", definition.titles().in(arguments.language()));
            json.writeStringField("chart", definition.chart().name().toLowerCase());
            json.writeObjectFieldStart("parameters");
            for (var parameter : parameters.entrySet()) {
                json.writeStringField(parameter.getKey(), RowValues.text(parameter.getValue()));
            }
            json.writeEndObject();
            json.writeArrayFieldStart("columns");
            for (ReportColumn column : definition.columns()) {
                json.writeStartObject();
                json.writeStringField("name", column.name());
                json.writeStringField("title", column.titles().in(arguments.language()));
                json.writeStringField("type", column.type().name().toLowerCase());
                if (column.unit() != null) {
                    json.writeStringField("unit", column.unit());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(Object... values) {
        RowValues.check(definition.name(), definition.columns(), values);
        start();
        try {
            json.writeStartArray();
            for (Object value : values) {
                if (value == null) {
                    json.writeNull();
                } else if (value instanceof BigDecimal decimal) {
                    json.writeNumber(decimal);
                } else if (value instanceof Long number) {
                    json.writeNumber(number);
                } else if (value instanceof Integer number) {
                    json.writeNumber(number);
                } else {
                    json.writeString(value.toString());
                }
            }
            json.writeEndArray();
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the document: call only when the report ran to its end. */
    public void close() {
        start();
        try {
            json.writeEndArray();
            json.writeNumberField("rowCount", rows);
            json.writeEndObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
