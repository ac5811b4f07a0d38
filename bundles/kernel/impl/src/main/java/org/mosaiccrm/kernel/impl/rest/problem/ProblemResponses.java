package org.mosaiccrm.kernel.impl.rest.problem;

import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ProblemException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns failures into problem documents, and problem documents into responses. The mapping is
 * kept free of the JAX-RS runtime so that it can be tested on its own.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(ProblemException e, UriInfo uri) {
        return respond(problem(e, instance(uri)));
    }

    static Response of(JsonProcessingException e, UriInfo uri) {
        return respond(problem(e, instance(uri)));
    }

    public static Response of(int status, String slug, String title, String detail, UriInfo uri) {
        return respond(Problem.of(status, slug, title, detail, instance(uri)));
    }

    static Problem problem(ProblemException e, String instance) {
        return new Problem(Problem.TYPE_BASE + e.type(), e.title(), e.status(), e.detail(), instance, e.errors(),
                e.extensions());
    }

    static Problem problem(JsonProcessingException e, String instance) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return validation(instance, "Unknown field", "The request body has a field this endpoint does not accept.",
                    new FieldError(path(unknown), "is not a field of this resource (or is set by the server)"));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return new Problem(Problem.TYPE_BASE + "validation", "Invalid value", 422,
                    "A text of the request body holds control characters or broken Unicode.", instance,
                    List.of(new FieldError(path(invalid), "must not hold control characters (NUL...) or unpaired surrogates")),
                    Map.of());
        }
        if (e instanceof InvalidFormatException invalid) {
            return validation(instance, "Invalid value", "A field of the request body has a value of the wrong type.",
                    new FieldError(path(invalid), "expected " + typeName(invalid.getTargetType())
                            + ", got '" + invalid.getValue() + "'"));
        }
        if (e instanceof InvalidNullException nulled) {
            return new Problem(Problem.TYPE_BASE + "validation", "Invalid value", 422,
                    "A list of the request body holds an empty (null) element.", instance,
                    List.of(new FieldError(path(nulled), "must not be null")), Map.of());
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return validation(instance, "Invalid value", "A field of the request body has a value of the wrong type.",
                    new FieldError(path(mismatched), "expected " + typeName(mismatched.getTargetType())));
        }
        // Jackson's own words name Java types and parser classes: the client gets the position and plain words
        JsonLocation where = e.getLocation();
        String position = where == null || where.getLineNr() < 0 ? "" : " at line " + where.getLineNr() + ", column "
                + where.getColumnNr();
        String why;
        if (e instanceof MismatchedInputException || e instanceof ValueInstantiationException) {
            why = "it must be a JSON object with the fields this endpoint documents (see /crm/api/openapi.json)";
        } else if (e instanceof StreamConstraintsException) {
            why = "it is nested too deeply or holds a number or text too long to read";
        } else if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            why = "it ends before the JSON does";
        } else {
            why = "it is not JSON";
        }
        return Problem.of(400, "malformed-json", "Malformed JSON", "The request body cannot be read" + position + ": " + why + ".",
                instance);
    }

    private static Problem validation(String instance, String title, String detail, FieldError error) {
        return new Problem(Problem.TYPE_BASE + "validation", title, 400, detail, instance, List.of(error), Map.of());
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(CrmRest.PROBLEM_JSON).entity(problem).build();
    }

    /** {@code contactPoints[1].value}, as the client wrote it. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(body)" : path.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "an object";
    }

    /** The path as the client sent it (JAX-RS paths are relative to the application, each module has its own). */
    static String requestPath(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    private static String instance(UriInfo uri) {
        try {
            return uri == null ? null : requestPath(uri);
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
