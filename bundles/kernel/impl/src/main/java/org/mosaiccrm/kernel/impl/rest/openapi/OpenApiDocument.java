package org.mosaiccrm.kernel.impl.rest.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.mosaiccrm.kernel.api.CrmRest;
import org.mosaiccrm.kernel.impl.security.Access;

/**
 * An OpenAPI 3.0 description built from what the JAX-RS runtime serves right now: every resource method
 * of every application is an operation (so a module's operations come and go with it), with the roles
 * the kernel's authentication filter enforces for it ({@code x-roles}; the same {@link Access} rules),
 * its path and query parameters, and the problem+json errors every CRM endpoint answers with.
 */
public final class OpenApiDocument {

    /** One resource method as the runtime reports it, with the Java method behind it when it could be found. */
    public record Operation(String application, String httpMethod, String path, List<String> consumes, List<String> produces,
                            Class<?> resourceClass, Method javaMethod) {
    }

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");

    private OpenApiDocument() {
    }

    public static ObjectNode build(ObjectMapper json, String version, List<Operation> operations) {
        ObjectNode document = json.createObjectNode();
        document.put("openapi", "3.0.3");
        ObjectNode info = document.putObject("info");
        info.put("title", "Mosaic CRM");
        info.put("version", version);
        info.put("description", "Every operation of the modules running now. Errors are application/problem+json (RFC 9457); "
                + "lists take ?offset=&limit= (limit at most 500) and give the total in X-Total-Count; x-roles names the roles "
                + "of which the caller needs one.");
        document.putArray("servers").addObject().put("url", "/");
        Map<String, ObjectNode> paths = new TreeMap<>();
        for (Operation operation : operations) {
            String path = openApiPath(operation.path());
            ObjectNode item = paths.computeIfAbsent(path, p -> json.createObjectNode());
            item.set(operation.httpMethod().toLowerCase(java.util.Locale.ROOT), operation(json, operation, path));
        }
        ObjectNode pathsNode = document.putObject("paths");
        paths.forEach(pathsNode::set);
        components(document.putObject("components"));
        return document;
    }

    /** {@code /crm/api/contacts/customers/{id: [0-9]+}} → {@code /crm/api/contacts/customers/{id}}. */
    static String openApiPath(String path) {
        return TEMPLATE.matcher(path).replaceAll("{$1}");
    }

    /** The application's base and the method's path relative to it, as one clean path. */
    public static String join(String base, String relative) {
        String joined = (base == null ? "" : base) + "/" + (relative == null ? "" : relative);
        String clean = joined.replaceAll("/+", "/");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }

    private static ObjectNode operation(ObjectMapper json, Operation operation, String path) {
        ObjectNode node = json.createObjectNode();
        node.putArray("tags").add(operation.application());
        node.put("operationId", operation.httpMethod().toLowerCase(java.util.Locale.ROOT) + path.replaceAll("[^A-Za-z0-9]+", "_"));
        if (operation.javaMethod() != null) {
            node.put("summary", operation.resourceClass().getSimpleName() + "." + operation.javaMethod().getName());
        }
        Access access = operation.javaMethod() == null ? Access.ADMIN_ONLY : Access.of(operation.resourceClass(), operation.javaMethod());
        ArrayNode roles = node.putArray("x-roles");
        new TreeSet<>(access.roles()).forEach(roles::add);
        ArrayNode security = node.putArray("security");
        if (!access.open()) {
            security.addObject().putArray("basicAuth");
        }
        ArrayNode parameters = node.putArray("parameters");
        Matcher template = TEMPLATE.matcher(operation.path());
        while (template.find()) {
            ObjectNode parameter = parameters.addObject();
            parameter.put("name", template.group(1));
            parameter.put("in", "path");
            parameter.put("required", true);
            parameter.putObject("schema").put("type", "string");
        }
        if (operation.javaMethod() != null) {
            for (Parameter parameter : operation.javaMethod().getParameters()) {
                QueryParam query = parameter.getAnnotation(QueryParam.class);
                if (query != null) {
                    ObjectNode queryParameter = parameters.addObject();
                    queryParameter.put("name", query.value());
                    queryParameter.put("in", "query");
                    queryParameter.putObject("schema").put("type", schemaType(parameter.getType()));
                }
            }
        }
        if (!operation.consumes().isEmpty() && !List.of("GET", "DELETE", "HEAD").contains(operation.httpMethod())) {
            ObjectNode content = node.putObject("requestBody").putObject("content");
            operation.consumes().forEach(type -> content.putObject(type).putObject("schema").put("type", "object"));
        }
        ObjectNode responses = node.putObject("responses");
        ObjectNode ok = responses.putObject("2XX");
        ok.put("description", "Done");
        if (!operation.produces().isEmpty()) {
            ObjectNode content = ok.putObject("content");
            operation.produces().forEach(type -> content.putObject(type).putObject("schema").put("type", "object"));
        }
        for (String status : access.open() ? List.of("400", "404", "413", "415", "422", "429", "503")
                : List.of("400", "401", "403", "404", "409", "413", "415", "422", "429", "503")) {
            responses.putObject(status).put("$ref", "#/components/responses/Problem");
        }
        return node;
    }

    private static String schemaType(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        return "string";
    }

    private static void components(ObjectNode components) {
        components.putObject("securitySchemes").putObject("basicAuth").put("type", "http").put("scheme", "basic");
        ObjectNode problem = components.putObject("schemas").putObject("Problem");
        problem.put("type", "object");
        problem.put("description", "RFC 9457 problem details, as every CRM error is answered");
        ObjectNode properties = problem.putObject("properties");
        for (String text : List.of("type", "title", "detail", "instance", "incident")) {
            properties.putObject(text).put("type", "string");
        }
        properties.putObject("status").put("type", "integer");
        ObjectNode error = properties.putObject("errors").put("type", "array").putObject("items");
        error.put("type", "object");
        ObjectNode errorFields = error.putObject("properties");
        errorFields.putObject("field").put("type", "string");
        errorFields.putObject("message").put("type", "string");
        components.putObject("responses").putObject("Problem").put("description", "A problem (see its status)")
                .putObject("content").putObject(CrmRest.PROBLEM_JSON).putObject("schema").put("$ref", "#/components/schemas/Problem");
    }

    /** The Java method of {@code type} serving {@code httpMethod} at {@code relativePath}, or {@code null}. */
    public static Method javaMethod(Class<?> type, String httpMethod, String relativePath) {
        String wanted = join("", openApiPath(relativePath));
        Path classPath = type.getAnnotation(Path.class);
        for (Method method : type.getMethods()) {
            String verb = httpMethodOf(method);
            if (verb == null || !verb.equals(httpMethod)) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String path = join(join("", classPath == null ? "" : classPath.value()), methodPath == null ? "" : methodPath.value());
            if (join("", openApiPath(path)).equals(wanted)) {
                return method;
            }
        }
        return null;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    static List<String> list(String[] values) {
        return values == null ? List.of() : new ArrayList<>(Arrays.asList(values));
    }
}
