package org.mosaiccrm.contacts.impl.reports;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.mosaiccrm.contacts.api.ContactPointType;
import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.api.CustomFieldDefinition;
import org.mosaiccrm.contacts.api.CustomerStatus;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportArguments;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportSink;
import org.mosaiccrm.reporting.api.sql.SqlReport;

/**
 * {@code contacts.demographics}: the customers there are (merged and erased ones left out) counted by region,
 * tier, kind or age band, each group with its share of them all.
 */
final class DemographicsReport implements Report {

    static final String UNKNOWN = "(unknown)";
    static final String NONE = "(none)";
    static final String NO_BIRTHDAY_FIELD = "(no birthday field)";

    /** A merged customer is a duplicate of another; an erased one an anonymous remainder without any data left. */
    private static final String LIVE = "C.STATUS <> ? AND C.STATUS <> ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM CONTACTS_CUSTOMER C WHERE " + LIVE;

    private static final String TIER_SQL = "SELECT C.TIER, COUNT(*) FROM CONTACTS_CUSTOMER C WHERE " + LIVE
            + " GROUP BY C.TIER";

    private static final String KIND_SQL = "SELECT C.KIND, COUNT(*) FROM CONTACTS_CUSTOMER C WHERE " + LIVE
            + " GROUP BY C.KIND";

    /** Every live customer once with each address and phone, a customer's rows together (folded one at a time). */
    private static final String POINTS_SQL = "SELECT C.ID, P.POINT_TYPE, P.POINT_VALUE, P.IS_PRIMARY, P.POSITION"
            + " FROM CONTACTS_CUSTOMER C LEFT JOIN CONTACTS_CONTACT_POINT P"
            + " ON P.CUSTOMER_ID = C.ID AND P.POINT_TYPE IN (?, ?, ?)"
            + " WHERE " + LIVE + " ORDER BY C.ID";

    /** Every live customer once, with the value of the birthday field when they have one. */
    private static final String BIRTHDAY_SQL = "SELECT F.FIELD_VALUE"
            + " FROM CONTACTS_CUSTOMER C LEFT JOIN CONTACTS_CUSTOMER_FIELD F"
            + " ON F.CUSTOMER_ID = C.ID AND F.FIELD_NAME = ?"
            + " WHERE " + LIVE;

    private final ReportDefinition definition;
    private final ContactService contacts;
    private final DataSource dataSource;

    DemographicsReport(ReportDefinition definition, ContactService contacts, DataSource dataSource) {
        this.definition = definition;
        this.contacts = contacts;
        this.dataSource = dataSource;
    }

    @Override
    public ReportDefinition definition() {
        return definition;
    }

    @Override
    public void run(ReportArguments arguments, ReportSink sink) {
        String by = arguments.text("by") == null ? "region" : arguments.text("by");
        Map<String, Long> counts = switch (by) {
            case "tier" -> grouped(TIER_SQL);
            case "kind" -> grouped(KIND_SQL);
            case "age-band" -> byAgeBand(arguments.today());
            default -> byRegion();
        };
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> groups = new ArrayList<>(counts.entrySet());
        groups.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.<String, Long>comparingByKey()));
        for (Map.Entry<String, Long> group : groups) {
            if (!sink.wantsMore()) {
                return;
            }
            if (group.getValue() > 0) {
                sink.row(group.getKey(), group.getValue(), SqlReport.percent(group.getValue(), total));
            }
        }
    }

    private static List<Object> live() {
        return List.of(CustomerStatus.MERGED.name(), CustomerStatus.ERASED.name());
    }

    private Map<String, Long> grouped(String sql) {
        return SqlReport.stream(dataSource, sql, live(), rows -> {
            Map<String, Long> counts = new HashMap<>();
            while (rows.next()) {
                String key = rows.getString(1);
                // a tier is free text: a blank one is no tier, like a null one
                counts.merge(key == null || key.isBlank() ? NONE : key.trim(), rows.getLong(2), Long::sum);
            }
            return counts;
        });
    }

    private Map<String, Long> byRegion() {
        List<Object> values = new ArrayList<>(List.of(ContactPointType.ADDRESS.name(), ContactPointType.PHONE.name(),
                ContactPointType.MOBILE.name()));
        values.addAll(live());
        return SqlReport.stream(dataSource, POINTS_SQL, values, rows -> {
            Map<String, Long> counts = new HashMap<>();
            String customer = null;
            Preferred address = new Preferred();
            Preferred phone = new Preferred();
            while (rows.next()) {
                String id = rows.getString(1);
                if (!id.equals(customer)) {
                    if (customer != null) {
                        counts.merge(Regions.region(address.value, phone.value, UNKNOWN), 1L, Long::sum);
                    }
                    customer = id;
                    address = new Preferred();
                    phone = new Preferred();
                }
                String type = rows.getString(2);
                if (type != null) {
                    (ContactPointType.ADDRESS.name().equals(type) ? address : phone)
                            .offer(rows.getString(3), rows.getBoolean(4), rows.getInt(5));
                }
            }
            if (customer != null) {
                counts.merge(Regions.region(address.value, phone.value, UNKNOWN), 1L, Long::sum);
            }
            return counts;
        });
    }

    private Map<String, Long> byAgeBand(LocalDate today) {
        String field = birthdayField(contacts.customFields());
        if (field == null) {
            long customers = SqlReport.<Long>stream(dataSource, COUNT_SQL, live(), rows -> rows.next() ? rows.getLong(1) : 0L);
            return Map.of(NO_BIRTHDAY_FIELD, customers);
        }
        List<Object> values = new ArrayList<>(List.of(field));
        values.addAll(live());
        return SqlReport.stream(dataSource, BIRTHDAY_SQL, values, rows -> {
            Map<String, Long> counts = new HashMap<>();
            while (rows.next()) {
                counts.merge(ageBand(birthday(rows.getString(1)), today), 1L, Long::sum);
            }
            return counts;
        });
    }

    /** The first configured date field whose name says it is a birthday, or {@code null}. */
    static String birthdayField(List<CustomFieldDefinition> fields) {
        return fields.stream()
                .filter(f -> f.type() == CustomFieldDefinition.Type.DATE
                        && f.name().toLowerCase(Locale.ROOT).contains("birth"))
                .map(CustomFieldDefinition::name).findFirst().orElse(null);
    }

    /** A stored date field (ISO text), or {@code null} when missing or no longer a date. */
    static LocalDate birthday(String stored) {
        try {
            return stored == null || stored.isBlank() ? null : LocalDate.parse(stored.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The age band of someone born on {@code birthday}, as of {@code today}. */
    static String ageBand(LocalDate birthday, LocalDate today) {
        // a birthday to come, or more than 120 years ago (1900-01-01 is a common placeholder), says nothing
        if (birthday == null || birthday.isAfter(today)) {
            return UNKNOWN;
        }
        int age = Period.between(birthday, today).getYears();
        if (age > 120) {
            return UNKNOWN;
        }
        if (age < 25) {
            return "under 25";
        }
        if (age >= 65) {
            return "65 and over";
        }
        int from = 25 + (age - 25) / 10 * 10;
        return from + "-" + (from + 9);
    }

    /** A customer's preferred address or phone: the primary one, else the first in their order. */
    private static final class Preferred {
        String value;
        boolean primary;
        int position;

        void offer(String candidate, boolean isPrimary, int at) {
            if (candidate == null) {
                return;
            }
            if (value == null || (isPrimary && !primary) || (isPrimary == primary && at < position)) {
                value = candidate;
                primary = isPrimary;
                position = at;
            }
        }
    }
}
