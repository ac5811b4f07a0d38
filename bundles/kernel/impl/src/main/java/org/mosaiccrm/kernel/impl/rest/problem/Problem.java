package org.mosaiccrm.kernel.impl.rest.problem;

import java.util.List;
import java.util.Map;

import org.mosaiccrm.kernel.api.problem.FieldError;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An RFC 9457 problem document as the CRM writes it. */
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "errors" })
public record Problem(String type, String title, int status, String detail, String instance,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors,
                      Map<String, Object> extensions) {

    static final String TYPE_BASE = "https://mosaiccrm.org/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** Extension members are written beside the standard ones, as RFC 9457 asks. */
    @JsonAnyGetter
    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }

    public static Problem of(int status, String typeSlug, String title, String detail, String instance) {
        return new Problem(TYPE_BASE + typeSlug, title, status, detail, instance, List.of(), Map.of());
    }
}
