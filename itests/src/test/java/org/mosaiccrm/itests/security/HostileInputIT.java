package org.mosaiccrm.itests.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.QueryParam;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmContainer;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.mosaiccrm.kernel.api.CrmRest;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue #13: what a hostile or careless client sends — broken JSON, absurd numbers, oversized values,
 * files that are not CSV, odd query parameters — to every endpoint the JAX-RS runtime serves (kernel,
 * contacts and leads; a module added later is covered without touching this test). Whatever it sends,
 * the client gets an answer, never a 500 or 503; an error is a problem+json document that shows no
 * internals; and a refused request has stored nothing (customers, leads and audit records are counted
 * around each one). Every wrong answer is collected and reported at once, so one run shows them all.
 */
public class HostileInputIT extends CrmTestSupport {

    private static final String LEADS = "/crm/api/leads";
    private static final String AUDIT = "/crm/api/audit";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String> WRITE_METHODS = List.of("POST", "PUT", "PATCH", "DELETE");

    /**
     * Write endpoints deliberately not fuzzed, {@code "METHOD /crm/api/path"} → why. Empty: none is.
     * An entry must still be served by the runtime (checked), so a stale excuse does not linger.
     */
    private static final Map<String, String> SKIPPED = Map.of();

    /** What only an internal error puts in a body. {@code root:x:0:0} is /etc/passwd, should the XXE case work. */
    private static final List<String> LEAKS = List.of("Exception", "org.", "java.", "EclipseLink", "SQL", "root:x:0:0");
    private static final Pattern STACK_FRAME = Pattern.compile(
            "\\bat [\\w$]+(\\.[\\w$<>]+)+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)");
    /** {@code RequestLimitFilter$LimitedStream} was seen in a 400 body. */
    private static final Pattern INNER_CLASS = Pattern.compile("\\b[A-Z]\\w*\\$[A-Z]\\w*");

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w[\\w.-]*)}");

    /** 60 bytes of it ran the JVM out of memory (issue #13, 2). */
    private static final String HUGE_NUMBER = "1e200000000";
    /** Fits DECIMAL(15,2) as text, not as a value (issue #13, 3). */
    private static final String NUMBER_TOO_BIG_FOR_ITS_COLUMN = "1e15";
    /** 300 characters that lower-casing turns into 600 (issue #13, 3). */
    private static final String TEXT_LONGER_ONCE_NORMALIZED = "\"" + "İ".repeat(300) + "\"";
    private static final String FAR_DATE = "\"+10000-01-01\"";
    private static final String FAR_INSTANT = "\"+10000-01-01T00:00:00Z\"";
    private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String TWO_MB = "x".repeat(2 * 1024 * 1024);
    private static final String XXE = "<?xml version=\"1.0\"?><!DOCTYPE customer [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<customer><lastName>&xxe;</lastName></customer>";
    private static final byte[] GARBAGE = garbage();

    /**
     * What makes the rest of a request type valid, by the type's simple name, so that the hostile value
     * is the only thing wrong and reaches as deep as it can. {@code {tag}} keeps each request unique (no
     * duplicate detection in the way). A type missing here is fuzzed all the same, just less deeply.
     */
    private static final Map<String, Map<String, String>> VALID = Map.of(
            "CustomerDraft", Map.of("kind", "\"PERSON\"", "lastName", "\"Fuzz{tag}\""),
            "ContactPoint", Map.of("type", "\"ADDRESS\"", "value", "\"1 rue {tag}\""),
            "InteractionDraft", Map.of("channel", "\"PHONE\"", "subject", "\"fuzz {tag}\""),
            "MergeRequest", Map.of(),
            "IncomingCall", Map.of("from", "\"+33123456789\"", "to", "\"+33100000000\"", "agent", "\"" + TestUsers.AGENT + "\""),
            "LeadDraft", Map.of("lastName", "\"Fuzz{tag}\"", "email", "\"fuzz.{tag}@example.org\""),
            "StatusChange", Map.of("status", "\"CONTACTED\""),
            "TouchpointRequest", Map.of("kind", "\"CALL\""),
            "LinkRequest", Map.of("campaign", "\"fuzz{tag}\"", "targetUrl", "\"https://www.example.com/\""));

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** HTTP/1.1 as most scripts speak it; bytes sent exactly as given (charsets, binary, no body). */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Collection name ({@code customers}, {@code leads}, {@code merges}) → an id that exists, for {id} in paths. */
    private final Map<String, String> fixtures = new HashMap<>();

    @Inject
    JaxrsServiceRuntime jaxrs;

    @Before
    public void contactsAndLeadsRunning() {
        awaitKernel();
        Await.until("contacts to be ACTIVE", STARTUP, () -> "ACTIVE".equals(moduleState("contacts")));
        if (!"ACTIVE".equals(moduleState("leads"))) {
            String output = console("feature:install crm-leads");
            assertFalse(output, output.contains("Error"));
        }
        awaitModuleState("leads", "ACTIVE");
        Await.until("the leads endpoints", STARTUP, () -> admin().get(LEADS).status() == 200);
    }

    @Test
    public void everyWriteEndpointComesFromTheRuntimeAndNoneIsSkippedSilently() {
        List<Endpoint> all = endpoints();
        Set<String> served = all.stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        for (String expected : List.of("PUT /crm/api/system/license", "POST /crm/api/contacts/customers",
                "POST /crm/api/contacts/imports", "POST /crm/api/leads/capture", "POST /crm/api/leads/{id}/status")) {
            assertTrue("the runtime serves " + expected + " (kernel, contacts and leads are all fuzzed): " + served,
                    served.contains(expected));
        }
        assertEquals("skipped endpoints the runtime no longer serves", List.of(),
                SKIPPED.keySet().stream().filter(key -> !served.contains(key)).sorted().toList());
        // without the Java method, a body's fields and the query parameters cannot be known: they would go untried
        assertEquals("endpoints whose Java method was not found", List.of(), all.stream()
                .filter(endpoint -> endpoint.method().equals("GET") || writes(all).contains(endpoint))
                .filter(endpoint -> endpoint.operations().stream().anyMatch(operation -> operation.javaMethod() == null))
                .map(Endpoint::key).toList());
    }

    @Test
    public void hostileBodiesToAnyWriteEndpointGetAProblemNeverAServerErrorAndStoreNothing() {
        Run run = new Run("hostile request bodies");
        List<Endpoint> all = endpoints();
        Map<String, Kind> customFields = customFields();
        for (Endpoint endpoint : writes(all)) {
            for (Case hostile : bodyCases(endpoint, all, customFields)) {
                attempt(run, endpoint, hostile, "");
            }
        }
        run.assertAllAnsweredWell();
    }

    @Test
    public void malformedFilesToAnyImportGetAProblemNeverAServerErrorAndStoreNothing() {
        Run run = new Run("malformed files");
        for (Endpoint endpoint : writes(endpoints())) {
            for (Operation operation : endpoint.operations()) {
                String type = fileType(operation);
                if (type == null) {
                    continue;
                }
                for (Case file : fileCases()) {
                    attempt(run, endpoint, new Case(file.name() + " as " + type, type, file.body(), file.mustBeRefused()), "");
                }
                // imports read the charset parameter: an unknown one is the client's mistake (415), not a 500 or a 503
                attempt(run, endpoint, new Case("charset=bogus as " + type, type + "; charset=bogus",
                        tag -> utf8("lastName,email\nFuzz" + tag + ",fuzz." + tag + "@example.org\n"), false), "");
            }
        }
        assertTrue("the runtime serves CSV or vCard imports to fuzz", run.requests > 0);
        run.assertAllAnsweredWell();
    }

    @Test
    public void hostileQueryParametersGetAProblemNeverAServerError() {
        Run run = new Run("hostile query parameters");
        for (Endpoint endpoint : endpoints()) {
            boolean get = endpoint.method().equals("GET");
            if (!get && !(WRITE_METHODS.contains(endpoint.method()) && !SKIPPED.containsKey(endpoint.key()))) {
                continue; // OPTIONS, HEAD: nothing to query
            }
            Case harmless = get ? new Case("", null, null, false) : harmlessBody(endpoint);
            for (String parameter : queryParameters(endpoint)) {
                queryValues(parameter).forEach((name, value) -> attempt(run, endpoint,
                        new Case("?" + parameter + "=" + name, harmless.contentType(), harmless.body(), false),
                        "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
        }
        assertTrue("the runtime serves endpoints with query parameters", run.requests > 0);
        run.assertAllAnsweredWell();
    }

    // --- the cases ---------------------------------------------------------------------------------

    /** The brief's bodies for every write endpoint, then one value at a time in every field its body type has. */
    private static List<Case> bodyCases(Endpoint endpoint, List<Endpoint> all, Map<String, Kind> customFields) {
        List<Case> cases = new ArrayList<>();
        cases.add(json("truncated JSON {", tag -> "{"));
        cases.add(json("an array []", tag -> "[]"));
        cases.add(json("null", tag -> "null"));
        cases.add(json("a bare string \"x\"", tag -> "\"x\""));
        cases.add(json("NUL in firstName", tag -> "{\"firstName\":\"\\u0000\"}"));
        cases.add(json("a 2 MB string value", tag -> "{\"firstName\":\"" + TWO_MB + "\"}"));
        cases.add(json("null in tags, contactPoints and trackingCodes",
                tag -> "{\"tags\":[null],\"contactPoints\":[null],\"trackingCodes\":[null]}"));
        cases.add(json("10,000 nested arrays", tag -> DEEP));
        cases.add(json("an unknown field", tag -> "{\"zzUnknownField\":1}"));
        cases.add(new Case("Content-Type charset=bogus", JSON + "; charset=bogus", tag -> utf8("{}"), false));
        cases.add(new Case("Content-Type application/xml (an XXE)", "application/xml", tag -> utf8(XXE), false));

        Class<?> entity = jsonEntity(endpoint);
        Class<?> shapeType = entity != null && Map.class.isAssignableFrom(entity)
                ? largestRecord(endpoint.application(), all) // a JSON map is read into the module's own draft
                : entity;
        Shape shape = shapeOf(shapeType, customFields);
        for (Leaf leaf : shape.leaves()) {
            cases.add(json(HUGE_NUMBER + " in " + leaf.name(), tag -> leaf.body(HUGE_NUMBER, tag)));
            switch (leaf.kind()) {
                case TEXT -> cases.add(json("300 × İ in " + leaf.name(), tag -> leaf.body(TEXT_LONGER_ONCE_NORMALIZED, tag)));
                case NUMBER -> cases.add(json(NUMBER_TOO_BIG_FOR_ITS_COLUMN + " in " + leaf.name(),
                        tag -> leaf.body(NUMBER_TOO_BIG_FOR_ITS_COLUMN, tag)));
                case DATE -> cases.add(json("year +10000 in " + leaf.name(), tag -> leaf.body(FAR_DATE, tag)));
                case DATE_TIME -> cases.add(json("year +10000 in " + leaf.name(), tag -> leaf.body(FAR_INSTANT, tag)));
                default -> {
                }
            }
        }
        for (List<Step> list : shape.lists()) {
            cases.add(json("[null] in " + name(list), tag -> body(list, 0, "null", tag)));
        }
        for (List<Step> map : shape.maps()) {
            List<Step> deep = with(map, new Step("Map", "deep", false));
            cases.add(json("10,000 nested arrays in " + name(deep), tag -> body(deep, 0, DEEP, tag)));
        }
        if (entity != null && Map.class.isAssignableFrom(entity)) {
            cases.add(json("10,000 nested arrays in a field", tag -> "{\"deep\":" + DEEP + "}"));
        }
        String owner = shapeType == null ? "" : shapeType.getSimpleName();
        for (String extra : List.of("creditLimit", "value")) {
            if (!shape.topLevel().contains(extra)) {
                List<Step> field = List.of(new Step(owner, extra, false));
                cases.add(json(HUGE_NUMBER + " in " + extra, tag -> body(field, 0, HUGE_NUMBER, tag)));
            }
        }
        if (endpoint.operations().stream().anyMatch(operation -> operation.declares(FORM))) {
            cases.add(new Case("malformed percent-encoding", FORM, tag -> utf8("lastName=Fuzz" + tag + "&email=%zz%E0%A4%A"), false));
            cases.add(new Case("NUL in a form field", FORM,
                    tag -> utf8("lastName=Fuzz%00" + tag + "&email=fuzz." + tag + "%40example.org"), false));
            cases.add(new Case("a 2 MB form value", FORM, tag -> utf8("lastName=" + TWO_MB), false));
        }
        return cases;
    }

    /** Files a spreadsheet, another CRM or a broken script produces (issue #13, 1 and 4). */
    private static List<Case> fileCases() {
        return List.of(
                file("a header without a name (lastName,,email)", tag -> utf8("lastName,,email\nFuzz" + tag + ",x,fuzz." + tag + "@example.org\n")),
                file("an unterminated quote", tag -> utf8("lastName,email\n\"Fuzz" + tag + ",fuzz." + tag + "@example.org\n")),
                file("text after a closing quote (\"a\"b,)", tag -> utf8("lastName,email\n\"a\"b,fuzz." + tag + "@example.org\n")),
                file("a header over 64 KiB", tag -> utf8("lastName," + "h".repeat(70_000) + "\nFuzz" + tag + ",x\n")),
                file("a line of only commas", tag -> utf8("lastName,email\n,,,,,,,,\n")),
                file("a 1 MB line", tag -> utf8("lastName,email\n" + "x".repeat(1_000_000) + ",fuzz." + tag + "@example.org\n")),
                file("600 good rows, then a malformed one", HostileInputIT::goodRowsThenABadOne),
                // é and è are the same bytes in Windows-1252 and ISO-8859-1: what Excel saves in France
                file("Windows-1252 text (Nom;Prénom)", tag -> "Nom;Prénom\nLefèvre;Zoé\n".getBytes(StandardCharsets.ISO_8859_1)),
                new Case("binary garbage", null, tag -> GARBAGE, true),
                new Case("an empty body", null, tag -> new byte[0], true));
    }

    /** Issue #13, 1: a file whose last line is malformed answered 500 with its first 500 rows stored. */
    private static byte[] goodRowsThenABadOne(String tag) {
        StringBuilder csv = new StringBuilder("lastName,email\n");
        for (int row = 0; row < 600; row++) {
            csv.append("Fuzz").append(tag).append('r').append(row).append(",fuzz.").append(tag).append(".r").append(row)
                    .append("@example.org\n");
        }
        return utf8(csv.append("\"bad\"junk,zz.").append(tag).append("@x.fr\n").toString());
    }

    private static Map<String, String> queryValues(String parameter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NUL", "\u0000");
        values.put("10,000 characters", "x".repeat(10_000));
        if (parameter.matches("(?i)from|to|since|until")) {
            values.put("year +10000", "+10000-01-01T00:00:00Z");
        }
        if (parameter.matches("(?i)offset|limit")) {
            values.put("-1", "-1");
            values.put("20 digits", "99999999999999999999");
        }
        return values;
    }

    /** A write's query parameters are tried with a body that stores nothing by itself. */
    private static Case harmlessBody(Endpoint endpoint) {
        for (Operation operation : endpoint.operations()) {
            if (operation.declares(JSON)) {
                return new Case("", JSON, tag -> utf8("{}"), false);
            }
        }
        for (Operation operation : endpoint.operations()) {
            String type = fileType(operation);
            if (type != null) {
                return new Case("", type, tag -> utf8(type.contains("csv") ? "lastName,email\n" : ""), false);
            }
        }
        return new Case("", null, null, false);
    }

    private static Case json(String name, Function<String, String> body) {
        return new Case(name, JSON, tag -> utf8(body.apply(tag)), false);
    }

    private static Case file(String name, Function<String, byte[]> body) {
        return new Case(name, null, body, false);
    }

    /** The type a file case is sent as: CSV where the operation takes it, else vCard; {@code null} for neither. */
    private static String fileType(Operation operation) {
        if (operation.declares("text/csv")) {
            return "text/csv";
        }
        return operation.consumes().stream().filter(type -> type.contains("vcard")).findFirst().orElse(null);
    }

    // --- one request, judged ------------------------------------------------------------------------

    private void attempt(Run run, Endpoint endpoint, Case hostile, String query) {
        if (run.stopped()) {
            return;
        }
        run.requests++;
        String where = endpoint.key();
        Target target;
        Map<String, String> headers;
        Counts before;
        try {
            target = resolve(endpoint.path(), run);
            headers = ifMatch(endpoint.method(), target);
            before = counts();
        } catch (RuntimeException | AssertionError e) {
            run.fail(where, hostile.name(), null, "could not be prepared: " + e.getMessage());
            return;
        }
        Reply reply;
        try {
            reply = sendPolitely(endpoint.method(), target.path() + query, hostile.contentType(),
                    hostile.body() == null ? null : hostile.body().apply(tag()), headers);
            run.unansweredInARow = 0;
        } catch (RuntimeException e) {
            run.unansweredInARow++;
            run.fail(where, hostile.name(), null, "no answer: " + e);
            return;
        }
        List<String> wrong = new ArrayList<>();
        JsonNode job = finishedJob(target.path(), reply, wrong);
        Counts after = counts();
        int status = reply.status();
        if (status >= 500) {
            // 503 too: a retrying client loops on it (charset=bogus got "applying a change", issue #13, 10)
            wrong.add("a server error");
        }
        if (status >= 400 && !reply.isProblem()) {
            wrong.add("not problem+json");
        }
        leak(reply.body()).ifPresent(leak -> wrong.add("the body shows " + leak));
        if (job != null) {
            leak(job.toString()).ifPresent(leak -> wrong.add("the finished job shows " + leak));
        }
        if (status >= 400 && !before.equals(after)) {
            wrong.add("refused, yet stored: " + before.change(after));
        }
        if (hostile.mustBeRefused() && status / 100 == 2 && (job == null || "DONE".equals(job.path("state").asText()))) {
            wrong.add("taken as a successful import: a body that is no file of its type is a 422 (issue #13, 4)");
        }
        if (!wrong.isEmpty()) {
            run.fail(where, hostile.name(), reply, String.join("; ", wrong));
        }
        if (status / 100 == 2 && WRITE_METHODS.contains(endpoint.method())) {
            // it may have erased, deleted, converted or undone the record: the next case gets a fresh one
            fixtures.keySet().removeAll(target.collections());
        }
    }

    /** An accepted import job (202 with an id and a state) is followed to its end, so it stores nothing later. */
    private JsonNode finishedJob(String path, Reply reply, List<String> wrong) {
        if (reply.status() != 202) {
            return null;
        }
        JsonNode accepted;
        try {
            accepted = reply.json();
        } catch (AssertionError notJson) {
            return null;
        }
        if (!accepted.hasNonNull("id") || !accepted.has("state")) {
            return null;
        }
        String jobPath = path + "/" + accepted.get("id").asText();
        JsonNode[] last = { accepted };
        try {
            Await.until("import job " + jobPath + " to finish", Duration.ofMinutes(2), () -> {
                last[0] = admin().get(jobPath).json();
                String state = last[0].path("state").asText();
                return !state.equals("QUEUED") && !state.equals("RUNNING");
            });
        } catch (AssertionError stillRunning) {
            wrong.add("its job did not finish within 2 minutes: " + last[0]);
        }
        return last[0];
    }

    private static Optional<String> leak(String body) {
        for (String word : LEAKS) {
            if (body.contains(word)) {
                return Optional.of("'" + word + "'");
            }
        }
        if (STACK_FRAME.matcher(body).find()) {
            return Optional.of("a stack frame");
        }
        Matcher inner = INNER_CLASS.matcher(body);
        return inner.find() ? Optional.of("a class name (" + inner.group() + ")") : Optional.empty();
    }

    /** Customers, leads and audit records in store: a refused request must leave all three as they were. */
    private Counts counts() {
        return new Counts(total(Customers.PATH + "?limit=1"), total(LEADS + "?limit=1"), total(AUDIT + "?limit=1"));
    }

    private String total(String path) {
        try {
            Reply reply = admin().get(path);
            return reply.status() == 200 ? String.valueOf(reply.header(CrmRest.TOTAL_COUNT_HEADER)) : "status " + reply.status();
        } catch (RuntimeException e) {
            return "no answer";
        }
    }

    // --- path parameters: real records ---------------------------------------------------------------

    /**
     * Replaces each {@code {param}} with an existing record of the collection named just before it
     * ({@code customers/{id}} → a customer); a collection without a fixture here gets a random id.
     */
    private Target resolve(String template, Run run) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        Set<String> collections = new LinkedHashSet<>();
        String resource = null;
        while (parameter.find()) {
            String before = template.substring(0, parameter.start());
            String parent = before.endsWith("/") ? before.substring(0, before.length() - 1) : before;
            String collection = parent.substring(parent.lastIndexOf('/') + 1);
            String id = fixtures.computeIfAbsent(collection, name -> newFixture(name, parameter.group(1), run));
            collections.add(collection);
            parameter.appendReplacement(path, Matcher.quoteReplacement(id));
            resource = path.toString();
        }
        parameter.appendTail(path);
        return new Target(path.toString(), resource, collections);
    }

    private String newFixture(String collection, String parameter, Run run) {
        String tag = tag();
        return switch (collection) {
            case "customers" -> created("customer", Customers.createPerson(admin(), "Fuzz", "Target" + tag,
                    "target." + tag + "@example.org", null));
            case "leads" -> created("lead", admin().postJson(LEADS, "{\"lastName\":\"Target" + tag + "\",\"email\":\"target."
                    + tag + "@example.org\"}"));
            case "merges" -> created("merge", admin().postJson(Customers.PATH + "/" + newFixture("customers", "id", run)
                    + "/merge", "{\"mergedId\":\"" + newFixture("customers", "id", run) + "\"}"));
            default -> {
                run.notes.add("{" + parameter + "} after /" + collection + "/ was given a random id (no fixture for "
                        + collection + ")");
                yield UUID.randomUUID().toString();
            }
        };
    }

    private static String created(String what, Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new AssertionError("could not create a " + what + " to aim at: " + reply);
        }
        return reply.json().get("id").asText();
    }

    /** The version of the record written to, as a client that read it first sends it: the request then gets past that check. */
    private Map<String, String> ifMatch(String method, Target target) {
        if (method.equals("GET") || target.resource() == null) {
            return Map.of();
        }
        String etag = admin().get(target.resource()).header("ETag");
        return etag == null ? Map.of() : Map.of("If-Match", etag);
    }

    // --- HTTP ------------------------------------------------------------------------------------------

    /** Waits out a 429 as a polite client would (the capture form allows 20 a minute): it would hide the real answer. */
    private Reply sendPolitely(String method, String pathAndQuery, String contentType, byte[] body, Map<String, String> headers) {
        Reply[] reply = new Reply[1];
        // a bounded poll: the limiter's window is a minute, so two are plenty
        Await.until(method + " " + pathAndQuery + " past the rate limit", Duration.ofMinutes(2), () -> {
            reply[0] = send(method, pathAndQuery, contentType, body, headers);
            return reply[0].status() != 429;
        });
        return reply[0];
    }

    private Reply send(String method, String pathAndQuery, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + Integer.getInteger(CrmContainer.HTTP_PORT_PROPERTY) + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (TestUsers.ADMIN + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response,
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- the endpoints, from the JAX-RS runtime ------------------------------------------------------

    /** Every resource method of every CRM application, grouped by method and path (a path may have a CSV and a vCard method). */
    private List<Endpoint> endpoints() {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (ApplicationDTO application : jaxrs.getRuntimeDTO().applicationDTOs) {
            if (application.name == null || !application.name.startsWith(CrmRest.APPLICATION_NAME)
                    || application.base == null || !application.base.startsWith(CrmRest.BASE_PATH)) {
                continue;
            }
            for (ResourceDTO resource : application.resourceDTOs) {
                Class<?> type = resourceClass(resource.serviceId);
                for (ResourceMethodInfoDTO method : resource.resourceMethods) {
                    String path = join(application.base, TEMPLATE.matcher(method.path == null ? "" : method.path).replaceAll("{$1}"));
                    List<String> consumes = method.consumingMimeType == null ? List.of() : Arrays.asList(method.consumingMimeType);
                    endpoints.computeIfAbsent(method.method + " " + path,
                                    key -> new Endpoint(application.name, method.method, path, new ArrayList<>()))
                            .operations().add(new Operation(consumes, type == null ? null : javaMethod(type, method.method, method.path, consumes)));
                }
            }
        }
        return new ArrayList<>(endpoints.values());
    }

    private static List<Endpoint> writes(List<Endpoint> all) {
        return all.stream().filter(endpoint -> WRITE_METHODS.contains(endpoint.method()) && !SKIPPED.containsKey(endpoint.key()))
                .toList();
    }

    /** The resource's class, read from its service registration (as the kernel's OpenAPI document does). */
    private Class<?> resourceClass(long serviceId) {
        try {
            ServiceReference<?>[] references = bundleContext.getAllServiceReferences(null,
                    "(" + Constants.SERVICE_ID + "=" + serviceId + ")");
            for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
                Bundle bundle = reference.getBundle();
                String[] types = (String[]) reference.getProperty(Constants.OBJECTCLASS);
                if (bundle != null && types != null && types.length > 0) {
                    return bundle.loadClass(types[0]);
                }
            }
        } catch (InvalidSyntaxException | ClassNotFoundException | IllegalStateException e) {
            // registered under an interface, or leaving: reported by the coverage test
        }
        return null;
    }

    /** The Java method serving {@code httpMethod} at {@code relativePath}; where two do (CSV, vCard), the one consuming what the runtime says. */
    private static Method javaMethod(Class<?> type, String httpMethod, String relativePath, List<String> consumes) {
        String wanted = join("", TEMPLATE.matcher(relativePath == null ? "" : relativePath).replaceAll("{$1}"));
        javax.ws.rs.Path classPath = type.getAnnotation(javax.ws.rs.Path.class);
        Method found = null;
        for (Method method : type.getMethods()) {
            if (!httpMethod.equals(httpMethodOf(method))) {
                continue;
            }
            javax.ws.rs.Path methodPath = method.getAnnotation(javax.ws.rs.Path.class);
            String path = join(join("", classPath == null ? "" : classPath.value()), methodPath == null ? "" : methodPath.value());
            if (!join("", TEMPLATE.matcher(path).replaceAll("{$1}")).equals(wanted)) {
                continue;
            }
            Consumes declared = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                    : type.getAnnotation(Consumes.class);
            List<String> types = declared == null ? List.of() : Arrays.stream(declared.value())
                    .flatMap(value -> Arrays.stream(value.split(","))).map(String::trim).toList();
            if (found == null || types.stream().anyMatch(consumes::contains)) {
                found = method;
            }
        }
        return found;
    }

    private static String httpMethodOf(Method method) {
        for (java.lang.annotation.Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The type of the body of the operation that takes JSON: the one parameter without a JAX-RS annotation. */
    private static Class<?> jsonEntity(Endpoint endpoint) {
        for (Operation operation : endpoint.operations()) {
            if (operation.javaMethod() != null && operation.declares(JSON)) {
                for (java.lang.reflect.Parameter parameter : operation.javaMethod().getParameters()) {
                    if (Arrays.stream(parameter.getAnnotations())
                            .noneMatch(annotation -> annotation.annotationType().getName().startsWith("javax.ws.rs."))) {
                        return parameter.getType();
                    }
                }
            }
        }
        return null;
    }

    /** The request record with the most fields among the application's bodies: what a JSON map body stands for. */
    private static Class<?> largestRecord(String application, List<Endpoint> all) {
        Class<?> largest = null;
        for (Endpoint endpoint : all) {
            Class<?> entity = endpoint.application().equals(application) ? jsonEntity(endpoint) : null;
            if (entity != null && entity.isRecord()
                    && (largest == null || entity.getRecordComponents().length > largest.getRecordComponents().length)) {
                largest = entity;
            }
        }
        return largest;
    }

    private static Set<String> queryParameters(Endpoint endpoint) {
        Set<String> names = new LinkedHashSet<>();
        for (Operation operation : endpoint.operations()) {
            if (operation.javaMethod() != null) {
                for (java.lang.reflect.Parameter parameter : operation.javaMethod().getParameters()) {
                    QueryParam query = parameter.getAnnotation(QueryParam.class);
                    if (query != null) {
                        names.add(query.value());
                    }
                }
            }
        }
        return names;
    }

    /** The deployment's custom fields (contacts), typed: a number there once ran the JVM out of memory. */
    private Map<String, Kind> customFields() {
        Map<String, Kind> fields = new LinkedHashMap<>();
        Reply reply = admin().get("/crm/api/contacts/custom-fields");
        if (reply.status() == 200) {
            for (JsonNode field : reply.json()) {
                fields.put(field.get("name").asText(), switch (field.path("type").asText()) {
                    case "TEXT" -> Kind.TEXT;
                    case "NUMBER" -> Kind.NUMBER;
                    case "DATE" -> Kind.DATE;
                    default -> Kind.OTHER;
                });
            }
        }
        return fields;
    }

    // --- the fields of a body ------------------------------------------------------------------------

    /** Every field of a request record, nested records and list elements included (two levels), and its maps. */
    private static Shape shapeOf(Class<?> type, Map<String, Kind> customFields) {
        Shape shape = new Shape(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>());
        if (type != null && type.isRecord()) {
            Arrays.stream(type.getRecordComponents()).forEach(component -> shape.topLevel().add(component.getName()));
            walk(type, List.of(), 0, customFields, shape);
        }
        return shape;
    }

    private static void walk(Class<?> type, List<Step> prefix, int depth, Map<String, Kind> customFields, Shape shape) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> raw = component.getType();
            List<Step> here = with(prefix, new Step(type.getSimpleName(), component.getName(), false));
            shape.leaves().add(new Leaf(here, kindOf(raw)));
            if (raw.isRecord() && depth < 2) {
                walk(raw, here, depth + 1, customFields, shape);
            } else if (Collection.class.isAssignableFrom(raw)) {
                List<Step> element = with(prefix, new Step(type.getSimpleName(), component.getName(), true));
                shape.lists().add(element);
                Class<?> elementType = typeArgument(component.getGenericType());
                shape.leaves().add(new Leaf(element, elementType == null ? Kind.OTHER : kindOf(elementType)));
                if (elementType != null && elementType.isRecord() && depth < 2) {
                    walk(elementType, element, depth + 1, customFields, shape);
                }
            } else if (Map.class.isAssignableFrom(raw)) {
                shape.maps().add(here);
                customFields.forEach((name, kind) -> shape.leaves().add(new Leaf(with(here, new Step("Map", name, false)), kind)));
            }
        }
    }

    private static Class<?> typeArgument(Type generic) {
        if (generic instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > 0) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof WildcardType wildcard && wildcard.getUpperBounds().length > 0) {
                argument = wildcard.getUpperBounds()[0];
            }
            if (argument instanceof Class<?> type) {
                return type;
            }
            if (argument instanceof ParameterizedType nested && nested.getRawType() instanceof Class<?> type) {
                return type;
            }
        }
        return null;
    }

    private static Kind kindOf(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return Kind.TEXT;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return Kind.NUMBER;
        }
        if (type == java.time.LocalDate.class) {
            return Kind.DATE;
        }
        return java.time.temporal.Temporal.class.isAssignableFrom(type) ? Kind.DATE_TIME : Kind.OTHER;
    }

    /** The JSON whose field at {@code steps} holds {@code literal}, every object around it otherwise valid where {@link #VALID} knows how. */
    private static String body(List<Step> steps, int index, String literal, String tag) {
        Step step = steps.get(index);
        String value = index == steps.size() - 1 ? literal : body(steps, index + 1, literal, tag);
        Map<String, String> fields = new LinkedHashMap<>();
        VALID.getOrDefault(step.owner(), Map.of()).forEach((name, json) -> fields.put(name, json.replace("{tag}", tag)));
        fields.put(step.field(), step.inList() ? "[" + value + "]" : value);
        return fields.entrySet().stream().map(field -> "\"" + field.getKey() + "\":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String name(List<Step> steps) {
        return steps.stream().map(step -> step.field() + (step.inList() ? "[]" : "")).collect(Collectors.joining("."));
    }

    private static <T> List<T> with(List<T> list, T last) {
        List<T> longer = new ArrayList<>(list);
        longer.add(last);
        return List.copyOf(longer);
    }

    // --- small things ------------------------------------------------------------------------------------

    private static String join(String base, String relative) {
        String clean = ((base == null ? "" : base) + "/" + (relative == null ? "" : relative)).replaceAll("/+", "/");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }

    private static String tag() {
        return "z" + Long.toString(System.currentTimeMillis(), 36) + SEQUENCE.incrementAndGet();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new Random(13).nextBytes(bytes);
        Arrays.fill(bytes, 100, 120, (byte) 0);
        return bytes;
    }

    private enum Kind { TEXT, NUMBER, DATE, DATE_TIME, OTHER }

    /** One resource method: what it consumes, and the Java method behind it ({@code null} if not found). */
    private record Operation(List<String> consumes, Method javaMethod) {
        boolean declares(String type) {
            return consumes.stream().anyMatch(consumed -> consumed.startsWith(type));
        }
    }

    private record Endpoint(String application, String method, String path, List<Operation> operations) {
        String key() {
            return method + " " + path;
        }
    }

    /** {@code body} makes the bytes from a tag unique to the request; {@code mustBeRefused}: a 2xx is wrong too. */
    private record Case(String name, String contentType, Function<String, byte[]> body, boolean mustBeRefused) {
    }

    /** In an object of type {@code owner}, {@code field} holds the next step (in a one-element list if {@code inList}). */
    private record Step(String owner, String field, boolean inList) {
    }

    private record Leaf(List<Step> steps, Kind kind) {
        String name() {
            return HostileInputIT.name(steps);
        }

        String body(String literal, String tag) {
            return HostileInputIT.body(steps, 0, literal, tag);
        }
    }

    private record Shape(List<Leaf> leaves, List<List<Step>> lists, List<List<Step>> maps, Set<String> topLevel) {
    }

    /** The path sent, the record written to (for If-Match) and the collections whose fixtures it used. */
    private record Target(String path, String resource, Set<String> collections) {
    }

    private record Counts(String customers, String leads, String audit) {
        String change(Counts after) {
            List<String> changes = new ArrayList<>();
            if (!customers.equals(after.customers)) {
                changes.add("customers " + customers + " → " + after.customers);
            }
            if (!leads.equals(after.leads)) {
                changes.add("leads " + leads + " → " + after.leads);
            }
            if (!audit.equals(after.audit)) {
                changes.add("audit records " + audit + " → " + after.audit);
            }
            return String.join(", ", changes);
        }
    }

    /** What one test sent and every wrong answer, reported together at the end. */
    private static final class Run {
        private final String what;
        private final List<String> failures = new ArrayList<>();
        private final Set<String> notes = new TreeSet<>();
        private int requests;
        private int unansweredInARow;

        Run(String what) {
            this.what = what;
        }

        /** Three requests in a row without an answer: the CRM is down, the rest would only time out. */
        boolean stopped() {
            return unansweredInARow >= 3;
        }

        void fail(String endpoint, String caseName, Reply reply, String wrong) {
            String body = reply == null ? "" : reply.body().replaceAll("\\s+", " ");
            failures.add(endpoint + " | " + caseName + " | " + (reply == null ? "-" : reply.status() + " " + reply.contentType())
                    + " | " + wrong + (reply == null ? "" : " | " + body.substring(0, Math.min(200, body.length()))));
        }

        void assertAllAnsweredWell() {
            if (stopped()) {
                failures.add("the CRM stopped answering: the remaining cases were not tried");
            }
            if (!failures.isEmpty()) {
                org.junit.Assert.fail(failures.size() + " of " + requests + " " + what
                        + " were answered wrongly (endpoint | case | status | what is wrong | body):\n"
                        + String.join("\n", failures) + (notes.isEmpty() ? "" : "\nNotes:\n" + String.join("\n", notes)));
            }
        }
    }
}
