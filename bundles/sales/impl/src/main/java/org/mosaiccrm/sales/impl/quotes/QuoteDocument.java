package org.mosaiccrm.sales.impl.quotes;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.mosaiccrm.sales.api.Quote;

/**
 * A quote as a printable PDF (Apache PDFBox), in the quote's language: the seller, the customer, the number, the
 * dates, one row per line, the totals. Amounts and dates are written the way the language writes them
 * ({@code 1 234,50 €} in French). The standard Helvetica font covers French and the other Western European
 * languages; a character it cannot write is replaced by {@code ?} rather than failing the document.
 */
public final class QuoteDocument {

    private static final float MARGIN = 50;
    private static final float ROW = 15;
    private static final float[] COLUMNS = { MARGIN, 130, 330, 370, 445, 490 };
    private static final Map<String, String[]> LABELS = Map.of(
            "fr", new String[] { "Devis", "Client", "Date", "Valable jusqu'au", "Réf.", "Désignation", "Qté", "Prix unitaire HT", "Remise",
                    "Total HT", "Sous-total HT", "TVA", "Total TTC", "Page", " : " },
            "en", new String[] { "Quote", "Customer", "Date", "Valid until", "SKU", "Description", "Qty", "Unit price", "Discount",
                    "Total", "Subtotal", "Tax", "Total incl. tax", "Page", ": " });

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Locale locale;
    private final String[] labels;
    private final NumberFormat money;
    private final NumberFormat percent;

    private QuoteDocument(Quote quote) {
        this.locale = "en".equals(quote.language()) ? Locale.UK : Locale.FRANCE;
        this.labels = LABELS.get("en".equals(quote.language()) ? "en" : "fr");
        this.money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(quote.currency()));
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(2);
    }

    /** Writes the document of {@code quote} for {@code customerName}, issued by {@code seller}, dated in {@code zone}. */
    public static void write(Quote quote, String customerName, String seller, java.time.ZoneId zone, OutputStream out) throws IOException {
        new QuoteDocument(quote).render(quote, customerName, seller, zone, out);
    }

    private void render(Quote quote, String customerName, String seller, java.time.ZoneId zone, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(labels[0] + " " + quote.number());
            info.setCreator(seller);
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            PDPageContentStream page = newPage(document);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            text(page, bold, 16, MARGIN, y, fit(bold, seller, width, 16));
            y -= 30;
            text(page, bold, 14, MARGIN, y, labels[0] + " " + quote.number());
            y -= 20;
            text(page, regular, 10, MARGIN, y, fit(regular, labels[1] + labels[14] + customerName, width, 10));
            y -= ROW;
            text(page, regular, 10, MARGIN, y, labels[2] + labels[14] + dates.format(quote.createdAt().atZone(zone)));
            y -= ROW;
            text(page, regular, 10, MARGIN, y, labels[3] + labels[14] + dates.format(quote.validUntil()));
            y -= 30;
            y = header(page, y);
            int pageNo = 1;
            for (Quote.Line line : quote.lines()) {
                if (y < MARGIN + 4 * ROW) {
                    footer(page, pageNo++);
                    page.close();
                    page = newPage(document);
                    y = header(page, PDRectangle.A4.getHeight() - MARGIN);
                }
                text(page, regular, 9, COLUMNS[0], y, fit(regular, line.sku(), COLUMNS[1] - COLUMNS[0] - 5, 9));
                text(page, regular, 9, COLUMNS[1], y, fit(regular, line.name(), COLUMNS[2] - COLUMNS[1] - 5, 9));
                right(page, regular, 9, COLUMNS[3] - 5, y, Long.toString(line.quantity()));
                right(page, regular, 9, COLUMNS[4] - 5, y, money(line.unitPrice()));
                right(page, regular, 9, COLUMNS[5] - 5, y, line.discount().signum() == 0 ? "" : percent.format(line.discount()));
                right(page, regular, 9, PDRectangle.A4.getWidth() - MARGIN, y, money(line.total()));
                y -= ROW;
            }
            y -= 10;
            float right = PDRectangle.A4.getWidth() - MARGIN;
            for (int i = 0; i < 3; i++) {
                BigDecimal amount = i == 0 ? quote.subtotal() : i == 1 ? quote.tax() : quote.total();
                PDType1Font font = i == 2 ? bold : regular;
                text(page, font, 10, COLUMNS[3], y, labels[10 + i]);
                right(page, font, 10, right, y, money(amount));
                y -= ROW;
            }
            footer(page, pageNo);
            page.close();
            document.save(out);
        }
    }

    private PDPageContentStream newPage(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }

    private float header(PDPageContentStream page, float y) throws IOException {
        text(page, bold, 9, COLUMNS[0], y, labels[4]);
        text(page, bold, 9, COLUMNS[1], y, labels[5]);
        right(page, bold, 9, COLUMNS[3] - 5, y, labels[6]);
        right(page, bold, 9, COLUMNS[4] - 5, y, labels[7]);
        right(page, bold, 9, COLUMNS[5] - 5, y, labels[8]);
        right(page, bold, 9, PDRectangle.A4.getWidth() - MARGIN, y, labels[9]);
        page.moveTo(MARGIN, y - 4);
        page.lineTo(PDRectangle.A4.getWidth() - MARGIN, y - 4);
        page.stroke();
        return y - ROW - 2;
    }

    private void footer(PDPageContentStream page, int pageNo) throws IOException {
        right(page, regular, 8, PDRectangle.A4.getWidth() - MARGIN, MARGIN / 2, labels[13] + " " + pageNo);
    }

    private String money(BigDecimal amount) {
        return money.format(amount);
    }

    private void text(PDPageContentStream page, PDType1Font font, float size, float x, float y, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(writable(font, text));
        page.endText();
    }

    private void right(PDPageContentStream page, PDType1Font font, float size, float x, float y, String text) throws IOException {
        String writable = writable(font, text);
        text(page, font, size, x - font.getStringWidth(writable) / 1000 * size, y, writable);
    }

    /** The text cut with an ellipsis to fit {@code width} points. */
    private static String fit(PDType1Font font, String text, float width, float size) throws IOException {
        String writable = writable(font, text);
        if (font.getStringWidth(writable) / 1000 * size <= width) {
            return writable;
        }
        String cut = writable;
        while (!cut.isEmpty() && font.getStringWidth(cut + "...") / 1000 * size > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    /** Spaces the font lacks (the narrow no-break space French numbers use) become spaces, other unknown characters '?'. */
    static String writable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        // "e" + a combining accent (as some keyboards and exports write it) becomes "é", which the font has
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).codePoints().forEach(c -> {
            if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                out.append(' ');
                return;
            }
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
