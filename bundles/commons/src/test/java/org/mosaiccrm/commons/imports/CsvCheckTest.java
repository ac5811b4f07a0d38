package org.mosaiccrm.commons.imports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.kernel.api.problem.ProblemException;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/** What an import refuses before its first row is stored: files that are not CSV, and bytes that are not text. */
public class CsvCheckTest {

    private static String refusal(String csv) {
        ValidationException refused = assertThrows(ValidationException.class, () -> CsvRows.check(new StringReader(csv), null));
        assertEquals(422, refused.status());
        return refused.errors().get(0).message();
    }

    @Test
    public void aQuoteNeverClosedIsRefusedWithItsLine() {
        assertEquals("line 3: a quoted value is opened with \" and never closed", refusal("name,email\nAda,a@x.fr\n\"Bob,b@x.fr\n"));
    }

    @Test
    public void charactersAfterAClosingQuoteAreRefusedWithTheirLine() {
        String message = refusal("name,email\n" + "Ada,a@x.fr\n".repeat(600) + "\"bad\"junk,zz@x.fr\n");
        assertTrue(message, message.startsWith("line 602: a quoted value is followed by other characters"));
    }

    @Test
    public void theHeaderMustNameAColumnAndEachOnlyOnce() {
        assertEquals("line 1: the header names no column", refusal(",,,\n1,2,3\n"));
        assertEquals("line 1: the column 'Email' appears twice in the header", refusal("email,Email\na,b\n"));
    }

    @Test
    public void aColumnWithoutANameIsIgnoredNotRefused() throws IOException {
        CsvRows.check(new StringReader("lastName,,email\nLefèvre,,l@x.fr\n"), null);
    }

    @Test
    public void aHeaderLineOver64KiBIsRefused() {
        String message = refusal("a".repeat(70_000) + "\nx\n");
        assertTrue(message, message.startsWith("line 1: the header line is longer than 64 KiB"));
    }

    @Test
    public void aQuoteLeftOpenOverAHugeLineIsRefusedBeforeItFillsMemory() {
        String message = refusal("name,email\n\"" + "x".repeat(2 * 1024 * 1024) + "\n");
        assertTrue(message, message.startsWith("line 2: longer than 1 MiB"));
    }

    @Test
    public void anEmptyFileHasNoHeader() {
        assertEquals("has no header line: the first line must name the columns", refusal(""));
    }

    @Test
    public void utf8IsReadAsUtf8AndExcelsWindows1252AsWindows1252() throws IOException {
        String text = "Nom;Prénom\nLefèvre;Zoé\n";
        try (TextUpload utf8 = upload(text.getBytes(StandardCharsets.UTF_8), "text/csv")) {
            assertEquals(StandardCharsets.UTF_8, utf8.charset());
            assertEquals(text, read(utf8));
        }
        try (TextUpload excel = upload(text.getBytes(TextUpload.EXCEL_WESTERN), "text/csv")) {
            assertEquals(TextUpload.EXCEL_WESTERN, excel.charset());
            assertEquals(text, read(excel));
        }
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        try (TextUpload withBom = upload(bom, "text/csv; charset=\"UTF-8\"")) {
            assertEquals("the byte order mark is not part of the text", text, read(withBom));
        }
    }

    @Test
    public void aDeclaredCharsetWinsAndABogusOneIsA415() throws IOException {
        try (TextUpload latin9 = upload("Cœur;€\n".getBytes("ISO-8859-15"), "text/csv;charset=iso-8859-15")) {
            assertEquals("Cœur;€\n", read(latin9));
        }
        ProblemException bogus = assertThrows(ProblemException.class, () -> upload(new byte[] { 'a' }, "text/csv; charset=bogus"));
        assertEquals(415, bogus.status());
        ProblemException wrong = assertThrows(ProblemException.class,
                () -> upload("Zoé".getBytes(TextUpload.EXCEL_WESTERN), "text/csv; charset=utf-8"));
        assertEquals(422, wrong.status());
    }

    @Test
    public void emptyAndBinaryBodiesAreRefused() {
        assertEquals(422, assertThrows(ProblemException.class, () -> upload(new byte[0], null)).status());
        assertEquals(422, assertThrows(ProblemException.class, () -> upload(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, null)).status());
        assertEquals(422, assertThrows(ProblemException.class, () -> upload(new byte[] { 'P', 'K', 3, 4, 0, 0, 20 }, null)).status());
    }

    @Test
    public void formulasAreExportedAsTextAndImportedBackAsTheyWere() throws IOException {
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", CsvRows.guarded("=HYPERLINK(\"http://evil\",\"x\")"));
        assertEquals("'+33123456789", CsvRows.guarded("+33123456789"));
        assertEquals("Zoé", CsvRows.guarded("Zoé"));
        List<String> read = new java.util.ArrayList<>();
        CsvRows.read(new StringReader("name,phone\n'=1+2,'+33123456789\n"), null, new CsvRows.Visitor() {
            @Override
            public void header(List<String> names) {
            }

            @Override
            public void row(long line, CsvRows.Cells cells) {
                read.add(cells.get("name") + "|" + cells.get("phone"));
            }
        });
        assertEquals(List.of("=1+2|+33123456789"), read);
    }

    private static TextUpload upload(byte[] bytes, String contentType) throws IOException {
        return TextUpload.spool(new ByteArrayInputStream(bytes), contentType);
    }

    private static String read(TextUpload upload) throws IOException {
        try (Reader reader = upload.reader()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[256];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }
}
