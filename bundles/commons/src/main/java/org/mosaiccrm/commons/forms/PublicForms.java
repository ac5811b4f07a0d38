package org.mosaiccrm.commons.forms;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ForbiddenException;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/**
 * What every public form endpoint of the CRM does the same way: a browser may post only from the origins its
 * module's configuration names (CORS); fields arrive form-urlencoded or as flat JSON; a field the form does
 * not know is refused (422), naming the known ones.
 */
public final class PublicForms {

    private PublicForms() {
    }

    /**
     * A configured origin: scheme, host and port, nothing after (a browser's {@code Origin} is compared as a
     * whole). For configuration rules: the message says what is expected.
     */
    public static void requireOrigin(String origin) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + origin + "' is not a web address");
        }
        boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
        if (!web || uri.getHost() == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("'" + origin + "' must be an origin: https://host or https://host:port, "
                    + "without a path or a trailing /");
        }
    }

    /** A configured form field name (the honeypot): for configuration rules. */
    public static void requireFieldName(String name) {
        if (name == null || !name.trim().matches("[A-Za-z][A-Za-z0-9_-]{0,63}")) {
            throw new IllegalArgumentException("'" + name + "' must be a form field name (letters, digits, _ and -)");
        }
    }

    /**
     * The request's origin when the configuration allows it, null for a request that is not a browser's
     * cross-origin one; 403 otherwise, naming the setting an administrator changes.
     */
    public static String allowedOrigin(Set<String> origins, String origin, String setting) {
        if (origin == null || origin.isBlank()) {
            return null;
        }
        if (!origins.contains(origin.trim())) {
            throw new ForbiddenException("origin-not-allowed", "Origin not allowed",
                    "This CRM takes this form from " + (origins.isEmpty() ? "no web site" : String.join(", ", origins))
                            + ", not from " + origin + " (" + setting + ").");
        }
        return origin.trim();
    }

    /** A flat JSON body as form fields (a list gives several values). */
    public static Map<String, List<String>> fromJson(Map<String, Object> body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body != null) {
            body.forEach((name, value) -> fields.put(name, value instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : value == null ? List.of() : List.of(String.valueOf(value))));
        }
        return fields;
    }

    /** The first non-blank value of a field, or null. */
    public static String one(Map<String, List<String>> fields, String name) {
        List<String> values = name == null ? null : fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank() ? null : values.get(0);
    }

    /** 422 for every field the form does not know (the honeypot is known). */
    public static void refuseUnknown(Map<String, List<String>> fields, Set<String> known, String honeypot, String form) {
        List<FieldError> unknown = new ArrayList<>();
        fields.keySet().stream().filter(name -> !known.contains(name) && !name.equals(honeypot)).sorted()
                .forEach(name -> unknown.add(new FieldError(name, "is not a field of the " + form + "; known: "
                        + String.join(", ", known.stream().sorted().toList()))));
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
    }
}
