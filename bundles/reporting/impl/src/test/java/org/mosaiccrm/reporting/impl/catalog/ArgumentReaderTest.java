package org.mosaiccrm.reporting.impl.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.mosaiccrm.kernel.api.problem.FieldError;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.reporting.api.ChartKind;
import org.mosaiccrm.reporting.api.ColumnType;
import org.mosaiccrm.reporting.api.ParameterType;
import org.mosaiccrm.reporting.api.ReportArguments;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportParameter;

public class ArgumentReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final java.time.Instant NOW = java.time.Instant.parse("2026-12-03T10:00:00Z");
    private static final ReportDefinition FUNNEL = new ReportDefinition("leads.funnel", Titles.of("Funnel", "Entonnoir"),
            Titles.of("d", "d"), Set.of(), List.of(ReportParameter.from(), ReportParameter.to(),
                    ReportParameter.choice("by", "By", "Par", "campaign", List.of("campaign", "month")),
                    ReportParameter.integer("limit", "Limit", "Limite", 20, 1, 1000),
                    new ReportParameter("month", Titles.of("Month", "Mois"), ParameterType.MONTH, false, "-2M", List.of())),
            List.of(ReportColumn.of("key", "Key", "Clé", ColumnType.TEXT)), ChartKind.BAR, Set.of("marketing"));

    @Test
    public void defaultsAreRelativeToTodayInTheUsersZone() {
        ReportArguments arguments = ArgumentReader.read(FUNNEL, Map.of(), NOW, PARIS, "fr");
        assertEquals(LocalDate.of(2025, 12, 3), arguments.date("from"));
        assertEquals(TODAY, arguments.date("to"));
        assertEquals("campaign", arguments.text("by"));
        assertEquals(20L, (long) arguments.integer("limit"));
        assertEquals(YearMonth.of(2026, 10), arguments.month("month"));
        // the last day is included: the period ends at the next midnight in Paris (UTC+1 in December)
        assertEquals("2026-12-03T23:00:00Z", arguments.endOf("to").toString());
    }

    @Test
    public void everyMistakeIsNamedAtOnce() {
        try {
            ArgumentReader.read(FUNNEL, Map.of("from", "2026-13-01", "by", "weather", "limit", "12abc", "colour", "red",
                    "format", "csv"), NOW, PARIS, "fr");
            fail("accepted");
        } catch (ValidationException e) {
            List<String> fields = e.errors().stream().map(FieldError::field).sorted().toList();
            assertEquals(List.of("by", "colour", "from", "limit"), fields);
        }
    }

    @Test
    public void boundsHoldForRelativeDatesMonthsAndNumbers() {
        try {
            ArgumentReader.read(FUNNEL, Map.of("to", "+9999Y", "month", "0001-01", "limit", "0"), NOW, PARIS, "fr");
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals(List.of("limit", "month", "to"), e.errors().stream().map(FieldError::field).sorted().toList());
        }
        assertEquals(1000L, (long) ArgumentReader.read(FUNNEL, Map.of("limit", "1000"), NOW, PARIS, "fr").integer("limit"));
    }

    @Test
    public void aPeriodMayNotEndBeforeItStarts() {
        try {
            ArgumentReader.read(FUNNEL, Map.of("from", "2026-06-01", "to", "2026-05-31"), NOW, PARIS, "fr");
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals("to", e.errors().get(0).field());
        }
    }
}
