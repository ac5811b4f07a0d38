package org.mosaiccrm.reporting.impl.output;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.reporting.api.ChartKind;
import org.mosaiccrm.reporting.api.ColumnType;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportDefinition;

public class CsvReportWriterTest {

    private static final ReportDefinition REPORT = new ReportDefinition("leads.test", Titles.of("Test", "Test"), Titles.of("d", "d"),
            Set.of(), List.of(), List.of(ReportColumn.of("campaign", "Campaign", "Campagne", ColumnType.TEXT),
                    ReportColumn.of("month", "Month", "Mois", ColumnType.MONTH),
                    ReportColumn.of("margin", "Margin", "Marge", ColumnType.MONEY, "EUR")), ChartKind.BAR, Set.of());

    @Test
    public void aTextASpreadsheetWouldRunIsWrittenAsTextAndNumbersPlainly() {
        StringWriter out = new StringWriter();
        CsvReportWriter csv = new CsvReportWriter(out, REPORT, "fr");
        csv.row("=HYPERLINK(\"http://evil\")", YearMonth.of(2026, 3), new BigDecimal("-12.50"));
        csv.row("Soldes d'hiver, Paris", null, new BigDecimal("1E+3"));
        csv.close();
        assertEquals("Campagne,Mois,Marge\r\n\"'=HYPERLINK(\"\"http://evil\"\")\",2026-03,-12.50\r\n\"Soldes d'hiver, Paris\",,1000\r\n",
                out.toString());
        assertEquals(2, csv.rows());
    }

    @Test
    public void aRowThatDoesNotFitTheColumnsIsTheProvidersMistakeNamed() {
        CsvReportWriter csv = new CsvReportWriter(new StringWriter(), REPORT, "en");
        try {
            csv.row("x", "2026-03", BigDecimal.ONE);
            fail("accepted");
        } catch (IllegalStateException e) {
            assertEquals("Report leads.test gave a String for its MONTH column month", e.getMessage());
        }
    }
}
