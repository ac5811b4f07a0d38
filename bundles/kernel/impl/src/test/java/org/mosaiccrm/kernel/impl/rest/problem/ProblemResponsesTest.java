package org.mosaiccrm.kernel.impl.rest.problem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.mosaiccrm.kernel.api.problem.ConflictException;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.impl.rest.CrmJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

public class ProblemResponsesTest {

    private static final ObjectMapper JSON = CrmJson.newMapper();

    public record Contact(String name, Integer age, LocalDate birthday, List<Phone> phones) {
    }

    public record Phone(String number, Boolean primary) {
    }

    @Test
    public void aValidationErrorKeepsEveryFieldAndSummarisesTheFirst() {
        Problem problem = ProblemResponses.problem(new ValidationException(List.of(
                new FieldError("email", "is not an e-mail address"), new FieldError("phone", "is not a phone number"))),
                "/crm/api/contacts/customers");
        assertEquals(422, problem.status());
        assertEquals("https://mosaiccrm.org/problems/validation", problem.type());
        assertEquals("email: is not an e-mail address (and 1 more)", problem.detail());
        assertEquals(2, problem.errors().size());
        assertEquals("/crm/api/contacts/customers", problem.instance());
    }

    @Test
    public void conflictExtensionsAreWrittenBesideTheStandardMembers() throws Exception {
        Problem problem = ProblemResponses.problem(new ConflictException("A customer with this e-mail exists.",
                Map.of("candidates", List.of(17, 42))), null);
        JsonNode written = JSON.valueToTree(problem);
        assertEquals(409, written.get("status").asInt());
        assertEquals(2, written.get("candidates").size());
        assertTrue("no empty errors member", written.get("errors") == null);
        assertTrue("no extensions wrapper", written.get("extensions") == null);
    }

    @Test
    public void notFoundSaysWhatWasMissing() {
        Problem problem = ProblemResponses.problem(new NotFoundException("Customer", 42), null);
        assertEquals(404, problem.status());
        assertEquals("Customer 42 does not exist.", problem.detail());
    }

    @Test
    public void malformedJsonSaysWhere() {
        Problem problem = ProblemResponses.problem(failureReading("{\n \"name\": \"Ada\",\n}"), null);
        assertEquals(400, problem.status());
        assertTrue(problem.type().endsWith("/malformed-json"));
        assertTrue(problem.detail(), problem.detail().contains("line 3"));
    }

    @Test
    public void anUnknownFieldIsNamed() {
        Problem problem = ProblemResponses.problem(failureReading("{\"name\": \"Ada\", \"id\": 7}"), null);
        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError("id", "is not a field of this resource (or is set by the server)")),
                problem.errors());
    }

    @Test
    public void aWronglyTypedNestedFieldIsNamedByItsPath() {
        Problem problem = ProblemResponses.problem(
                failureReading("{\"name\": \"Ada\", \"phones\": [{\"number\": \"1\"}, {\"number\": \"2\", \"primary\": \"maybe\"}]}"),
                null);
        assertEquals("phones[1].primary", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message(), problem.errors().get(0).message().startsWith("expected true or false"));
    }

    @Test
    public void aBadDateSaysWhichFormatIsExpected() {
        Problem problem = ProblemResponses.problem(failureReading("{\"birthday\": \"31/12/1990\"}"), null);
        assertEquals("birthday", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message(), problem.errors().get(0).message().contains("ISO-8601 LocalDate"));
    }

    @Test
    public void textWhereANumberBelongsIsNamed() {
        Problem problem = ProblemResponses.problem(failureReading("{\"age\": \"forty\"}"), null);
        assertEquals("age", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().startsWith("expected a number"));
    }

    private static JsonProcessingException failureReading(String body) {
        try {
            JSON.readValue(body, Contact.class);
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("expected " + body + " to be refused");
    }
}
