package org.mosaiccrm.contacts.impl.exchange;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mosaiccrm.commons.imports.CsvImports;
import org.mosaiccrm.commons.imports.CsvRows;
import org.mosaiccrm.commons.imports.HeaderMap;
import org.mosaiccrm.commons.imports.ImportTally;
import org.mosaiccrm.contacts.api.ContactPoint;
import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.CustomerDraft;
import org.mosaiccrm.contacts.api.CustomerKind;
import org.mosaiccrm.contacts.api.ImportOptions;
import org.mosaiccrm.kernel.api.imports.ImportReport;

/**
 * Customers from CSV: the shared reader ({@link CsvRows}) streams the rows, this class maps this
 * CRM's, Google's and Outlook's columns to a draft, and the tally stores them in batches.
 */
public final class CsvImport {

    private CsvImport() {
    }

    /** @param customFields the deployment's custom fields: a column named like one fills it */
    public static ImportReport run(Reader source, ImportOptions options, ImportTally<CustomerDraft> tally,
                                   Set<String> customFields) {
        HeaderMap<CsvColumns> headers = new HeaderMap<>(CsvColumns.class, CsvColumns::of, customFields::contains);
        return CsvImports.run(source, options.delimiter(), headers, (cells, map) -> {
            Map<String, Object> custom = new LinkedHashMap<>();
            for (String field : map.extras()) {
                String value = value(cells, field);
                if (value != null) {
                    custom.put(field, value);
                }
            }
            Row row = draftOf(cells, map.headers(), custom);
            return new CsvImports.Mapped<>(row.draft(), row::column);
        }, tally);
    }

    /** Whether the import reads a column of this name: one of its own, or a custom field. */
    public static boolean reads(String header, Set<String> customFields) {
        return CsvColumns.of(header) != null || customFields.contains(header);
    }

    /** Whether the import reads a column of this name, with the deployment's custom fields of now. */
    public static java.util.function.Predicate<String> columnsOf(org.mosaiccrm.contacts.api.ContactService contacts) {
        Set<String> custom = new java.util.HashSet<>();
        contacts.customFields().forEach(field -> custom.add(field.name()));
        return header -> reads(header, custom);
    }

    /** Headers to suggest to somebody whose file has none the import reads. */
    public static final List<String> EXAMPLE_COLUMNS = List.of("firstName", "lastName", "company", "email", "phone",
            "Prénom", "Nom", "Société", "Courriel", "Téléphone");

    /** A row as a draft, remembering which column each contact point came from, for the report. */
    private record Row(CustomerDraft draft, Map<String, String> sources) {
        String column(String field) {
            return sources.getOrDefault(field, field);
        }
    }

    private static Row draftOf(CsvRows.Cells record, Map<CsvColumns, String> columns, Map<String, Object> custom) {
        Map<String, String> sources = new LinkedHashMap<>();
        custom.keySet().forEach(field -> sources.put("customFields." + field, field));
        List<ContactPoint> points = new ArrayList<>();
        for (Map.Entry<CsvColumns, String> column : columns.entrySet()) {
            ContactPointType type = column.getKey().contactPointType();
            String value = value(record, column.getValue());
            if (type != null && value != null) {
                sources.put("contactPoints[" + points.size() + "].value", column.getValue());
                points.add(new ContactPoint(type, value, null, points.stream().noneMatch(p -> p.type() == type)));
            }
        }
        String first = value(record, columns.get(CsvColumns.FIRST_NAME));
        String last = value(record, columns.get(CsvColumns.LAST_NAME));
        String company = value(record, columns.get(CsvColumns.COMPANY));
        CustomerKind kind = company != null && first == null && last == null ? CustomerKind.ORGANIZATION : CustomerKind.PERSON;
        for (CsvColumns named : List.of(CsvColumns.FIRST_NAME, CsvColumns.LAST_NAME, CsvColumns.COMPANY, CsvColumns.TIER,
                CsvColumns.OWNER, CsvColumns.LANGUAGE, CsvColumns.EXTERNAL_ID)) {
            if (columns.containsKey(named)) {
                sources.put(fieldOf(named), columns.get(named));
            }
        }
        String tags = value(record, columns.get(CsvColumns.TAGS));
        List<String> tagList = tags == null ? List.of()
                : Arrays.stream(tags.split(":::|;|,")).map(String::trim).filter(t -> !t.isEmpty() && !t.startsWith("*")).toList();
        CustomerDraft draft = CustomerDraft.builder(kind).firstName(first).lastName(last).companyName(company)
                .tier(value(record, columns.get(CsvColumns.TIER))).owner(value(record, columns.get(CsvColumns.OWNER)))
                .language(value(record, columns.get(CsvColumns.LANGUAGE))).tags(tagList).contactPoints(points)
                .externalId(value(record, columns.get(CsvColumns.EXTERNAL_ID))).customFields(custom).build();
        return new Row(draft, sources);
    }

    private static String fieldOf(CsvColumns column) {
        return switch (column) {
            case FIRST_NAME -> "firstName";
            case LAST_NAME -> "lastName";
            case COMPANY -> "companyName";
            case TIER -> "tier";
            case OWNER -> "owner";
            case LANGUAGE -> "language";
            case EXTERNAL_ID -> "externalId";
            default -> column.name();
        };
    }

    private static String value(CsvRows.Cells record, String header) {
        return header == null ? null : record.get(header);
    }
}
