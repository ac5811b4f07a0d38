package org.mosaiccrm.licensing;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mosaiccrm.licensing.LicenseException.Reason;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The license document: JSON, read and written here. The signature covers the canonical form:
 * every member but {@code signature}, keys sorted, no white space, UTF-8 — so re-indenting a file
 * does not break it, while changing any value does.
 */
public final class LicenseFormat {

    static final String SIGNATURE = "signature";
    private static final List<String> REQUIRED = List.of("licenseId", "licensee", "issued", "expires", "features",
            "keyId", SIGNATURE);

    private static final ObjectMapper JSON = new ObjectMapper();

    private LicenseFormat() {
    }

    /** Reads a license; says which field is missing or malformed. Does not check the signature. */
    public static License parse(byte[] content) throws LicenseException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            throw new LicenseException(Reason.MALFORMED, "not a license file: it is not valid JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new LicenseException(Reason.MALFORMED, "not a license file: expected a JSON object");
        }
        for (String field : REQUIRED) {
            JsonNode value = root.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                throw new LicenseException(Reason.MISSING_FIELD, "missing field '" + field + "'");
            }
        }
        LocalDate issued = date(root, "issued");
        LocalDate notBefore = root.hasNonNull("notBefore") ? date(root, "notBefore") : issued;
        String expires = root.get("expires").asText();
        try {
            endOfValidity(expires);
        } catch (DateTimeParseException e) {
            throw new LicenseException(Reason.MALFORMED,
                    "field 'expires' must be a date (YYYY-MM-DD) or an instant (YYYY-MM-DDTHH:MM:SSZ), got '" + expires + "'");
        }
        JsonNode featureList = root.get("features");
        if (!featureList.isArray() || featureList.isEmpty()) {
            throw new LicenseException(Reason.MALFORMED, "field 'features' must be a non-empty list of feature names");
        }
        List<String> features = new ArrayList<>();
        featureList.forEach(f -> features.add(f.asText()));
        Integer seats = null;
        if (root.hasNonNull("seats")) {
            if (!root.get("seats").canConvertToInt() || root.get("seats").asInt() < 1) {
                throw new LicenseException(Reason.MALFORMED, "field 'seats' must be a whole number of at least 1");
            }
            seats = root.get("seats").asInt();
        }
        return new License(text(root, "licenseId"), text(root, "licensee"), issued, notBefore, expires, features,
                seats, root.hasNonNull("edition") ? text(root, "edition") : "standard", text(root, "keyId"),
                text(root, SIGNATURE));
    }

    /** The bytes a signature covers, taken from the file as it is. */
    public static byte[] canonical(byte[] content) throws LicenseException {
        try {
            JsonNode root = JSON.readTree(content);
            if (!(root instanceof ObjectNode object)) {
                throw new LicenseException(Reason.MALFORMED, "not a license file: expected a JSON object");
            }
            ObjectNode signed = object.deepCopy();
            signed.remove(SIGNATURE);
            return canonical(signed);
        } catch (IOException e) {
            throw new LicenseException(Reason.MALFORMED, "not a license file: it is not valid JSON", e);
        }
    }

    static byte[] canonical(ObjectNode unsigned) {
        try {
            return JSON.writeValueAsBytes(sorted(unsigned));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document for a license's fields, without the signature. */
    static ObjectNode unsigned(String licenseId, String licensee, LocalDate issued, LocalDate notBefore, String expires,
                               List<String> features, Integer seats, String edition, String keyId) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("licenseId", licenseId);
        node.put("licensee", licensee);
        node.put("issued", issued.toString());
        node.put("notBefore", notBefore.toString());
        node.put("expires", expires);
        ArrayNode list = node.putArray("features");
        features.forEach(list::add);
        if (seats != null) {
            node.put("seats", seats);
        }
        node.put("edition", edition);
        node.put("keyId", keyId);
        return node;
    }

    /** Pretty-printed, for people to read; the signature goes last. */
    static byte[] write(ObjectNode unsigned, String signature) {
        ObjectNode document = unsigned.deepCopy();
        document.put(SIGNATURE, signature);
        try {
            return JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code 2027-01-31} ends at the start of 2027-02-01 UTC; an instant ends at itself. */
    public static Instant endOfValidity(String expires) {
        if (expires.length() == 10) {
            return LocalDate.parse(expires).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(expires);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> members = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                members.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            members.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> result.add(sorted(element)));
            return result;
        }
        return node;
    }

    private static String text(JsonNode root, String field) throws LicenseException {
        JsonNode value = root.get(field);
        if (!value.isTextual()) {
            throw new LicenseException(Reason.MALFORMED, "field '" + field + "' must be a string");
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode root, String field) throws LicenseException {
        String value = root.get(field).asText();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new LicenseException(Reason.MALFORMED, "field '" + field + "' must be a date (YYYY-MM-DD), got '" + value + "'");
        }
    }
}
