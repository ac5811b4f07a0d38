package org.mosaiccrm.sales.impl.quotes;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.mosaiccrm.sales.api.Quote;

public class QuoteDocumentTest {

    private static Quote quote(String language, int lines) {
        List<Quote.Line> items = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            items.add(new Quote.Line(i, "BAR-" + i, i == 1 ? "Machine Barista 1200 à café expresso avec broyeur intégré et buse vapeur" : "Détartrant",
                    2, new BigDecimal("1299.00"), new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("2338.20")));
        }
        return new Quote("q1", "DEV-2026-000042", 1, "o1", "c1", Quote.Status.DRAFT, "EUR", language, LocalDate.of(2027, 1, 3), null, items,
                new BigDecimal("2338.20"), new BigDecimal("467.64"), new BigDecimal("2805.84"), null, null,
                Instant.parse("2026-12-04T10:00:00Z"), "demo-sales", null, null);
    }

    private static String text(Quote quote, String customer) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        QuoteDocument.write(quote, customer, "Mosaic CRM", java.time.ZoneId.of("Europe/Paris"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    public void aFrenchQuoteWritesAmountsAndDatesTheFrenchWay() throws Exception {
        String text = text(quote("fr", 1), "Amélie Poulain");
        for (String expected : new String[] { "Devis DEV-2026-000042", "Client : Amélie Poulain", "3 janvier 2027", "1 299,00 €", "10 %",
                "Total TTC", "2 805,84 €" }) {
            assertTrue(expected + " in " + text, text.contains(expected));
        }
        assertTrue("a long name is cut to its column: " + text, text.contains("..."));
    }

    @Test
    public void anEnglishQuoteSpeaksEnglish() throws Exception {
        String text = text(quote("en", 1), "Amélie Poulain");
        assertTrue(text, text.contains("Quote DEV-2026-000042") && text.contains("Total incl. tax") && text.contains("€2,805.84"));
    }

    @Test
    public void charactersTheFontLacksDoNotBreakTheDocumentAndManyLinesTakeSeveralPages() throws Exception {
        String text = text(quote("fr", 120), "Łukasz 李 😀 O’Brien");
        assertTrue(text, text.contains("ukasz") && text.contains("O’Brien") && text.contains("Page 3"));
    }
}
