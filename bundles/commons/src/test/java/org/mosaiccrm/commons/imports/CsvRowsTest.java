package org.mosaiccrm.commons.imports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class CsvRowsTest {

    private final List<String> headers = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();

    private void read(String csv) throws Exception {
        CsvRows.read(new StringReader(csv), null, new CsvRows.Visitor() {
            @Override
            public void header(List<String> names) {
                headers.addAll(names);
            }

            @Override
            public void row(long line, CsvRows.Cells cells) {
                rows.add(line + ":" + cells.get("name") + "|" + cells.get("note"));
            }
        });
    }

    @Test
    public void aByteOrderMarkSemicolonsAndMultilineFieldsKeepTheRealLineNumbers() throws Exception {
        read("\uFEFFname;note\r\nAda;\"first\nsecond\"\r\n\r\nAlan;  \r\n");
        assertEquals(List.of("name", "note"), headers);
        assertEquals("the multi-line field moves Alan to line 5 (after a blank line)", List.of("2:Ada|first\nsecond", "5:Alan|null"), rows);
    }

    @Test
    public void theDelimiterIsWhicheverTheHeaderHasMoreOfOutsideQuotes() {
        assertEquals(',', CsvRows.detectDelimiter("name,\"a;b;c\",note"));
        assertEquals(';', CsvRows.detectDelimiter("name;note;\"x,y\""));
    }

    @Test
    public void anEmptyFileIsSaidToBeOne() throws Exception {
        assertFalse(CsvRows.read(new StringReader(""), null, null));
    }

    @Test
    public void headersCompareWithoutCaseSpacesOrPunctuation() {
        assertEquals(CsvRows.key("emailaddress"), CsvRows.key("E-mail Address"));
    }
}
