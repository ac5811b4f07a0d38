package org.mosaiccrm.commons.imports;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mosaiccrm.kernel.api.problem.UnsupportedMediaTypeException;
import org.mosaiccrm.kernel.api.problem.ValidationException;

/**
 * An uploaded text file (CSV, vCard), copied to a temporary file before anything is imported: a body
 * over the size limit is refused while it is being copied, so an import answered 413 has stored
 * nothing, and the file can be read twice (checked whole, then imported). Its character set is the
 * request's {@code charset} when given, else UTF-8 when the bytes are UTF-8 (with or without a byte
 * order mark), UTF-16 with a UTF-16 byte order mark (Excel's "Unicode text"), and otherwise
 * Windows-1252, in which Excel on a French Windows saves "CSV (séparateur: point-virgule)".
 */
public final class TextUpload implements Closeable {

    /** Windows' Western European code page: Excel's CSV on French, German, Spanish... systems. */
    public static final Charset EXCEL_WESTERN = Charset.forName("windows-1252");

    private final Path file;
    private final Charset charset;
    private final int skip;
    private final long bytes;
    private long rows;

    private TextUpload(Path file, Charset charset, int skip, long bytes) {
        this.file = file;
        this.charset = charset;
        this.skip = skip;
        this.bytes = bytes;
    }

    /**
     * Copies {@code body} to a temporary file and settles its character set.
     *
     * @param contentType the request's {@code Content-Type}, whose {@code charset} parameter is used when
     *                    present; or {@code null}
     * @throws UnsupportedMediaTypeException (415) for a character set this Java does not know
     * @throws ValidationException (422) for an empty body, a binary file, or bytes that are not the given charset
     */
    public static TextUpload spool(InputStream body, String contentType) throws IOException {
        Charset declared = declared(charsetOf(contentType));
        Path file = Files.createTempFile("crm-upload-", ".txt");
        try {
            long bytes = Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            TextUpload upload = settle(file, declared, bytes);
            return upload;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static final java.util.regex.Pattern CHARSET =
            java.util.regex.Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]*)");

    static String charsetOf(String contentType) {
        java.util.regex.Matcher charset = contentType == null ? null : CHARSET.matcher(contentType);
        return charset != null && charset.find() ? charset.group(1) : null;
    }

    private static Charset declared(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedMediaTypeException("The character set '" + name + "' is not one this server reads; "
                    + "send UTF-8 (recommended) or name a standard one, e.g. windows-1252 or ISO-8859-15.");
        }
    }

    private static TextUpload settle(Path file, Charset declared, long bytes) throws IOException {
        byte[] head = new byte[4];
        int headLength;
        try (InputStream in = Files.newInputStream(file)) {
            headLength = in.readNBytes(head, 0, 4);
        }
        boolean utf8Bom = headLength >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        boolean utf16Bom = headLength >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
                || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF));
        if (bytes == 0 || (utf8Bom && bytes == 3)) {
            throw new ValidationException("body", "is empty: send the file's content");
        }
        Charset charset;
        if (declared != null) {
            charset = declared;
        } else if (utf16Bom) {
            charset = StandardCharsets.UTF_16;
        } else {
            charset = decodes(file, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : EXCEL_WESTERN;
        }
        if (!charset.name().startsWith("UTF-16") && containsNul(file)) {
            throw new ValidationException("body", "is not a text file (it contains NUL bytes): send the text the import reads (CSV, vCards, JSON Lines)");
        }
        if (declared != null && !decodes(file, declared)) {
            throw new ValidationException("body", "is not " + declared.name() + " text, as its charset says; "
                    + "send it again without a charset to let the server detect UTF-8 or Windows-1252");
        }
        return new TextUpload(file, charset, utf8Bom && charset.equals(StandardCharsets.UTF_8) ? 3 : 0, bytes);
    }

    private static boolean decodes(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                if (decoder.decode(in, out, end).isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            return !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean containsNul(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reads the whole upload as CSV once, storing nothing: a file that is not CSV is refused here (422 naming
     * the line), before an import has written its first row.
     */
    public TextUpload checkCsv(Character delimiter) throws IOException {
        return checkCsv(delimiter, name -> true, List.of());
    }

    /**
     * As {@link #checkCsv(Character)}, and refuses a file none of whose columns the import reads (a
     * spreadsheet exported with other headers would otherwise be "imported" as rows of nothing).
     *
     * @param knownColumn whether the import reads a column of this name
     * @param examples    column names to suggest in the refusal
     */
    public TextUpload checkCsv(Character delimiter, java.util.function.Predicate<String> knownColumn, List<String> examples)
            throws IOException {
        try (Reader reader = reader()) {
            CsvRows.Checked checked = CsvRows.check(reader, delimiter);
            if (checked.header().stream().noneMatch(knownColumn)) {
                throw new ValidationException("body", "line 1: none of its columns (" + String.join(", ", checked.header())
                        + ") is one this import reads" + (examples.isEmpty() ? "" : "; e.g. " + String.join(", ", examples)));
            }
            this.rows = checked.rows();
        } catch (IOException | RuntimeException refused) {
            // the caller never gets the upload to close: the spooled file goes now
            close();
            throw refused;
        }
        return this;
    }

    /** How many rows the checked file holds (after {@link #checkCsv}); 0 when unknown (a vCard file). */
    public long rows() {
        return rows;
    }

    /** A new reader over the whole text (each call starts again from the beginning). */
    public Reader reader() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        in.skipNBytes(skip);
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** The same upload kept at {@code target} (e.g. a job's spool), beyond the request that brought it. */
    public TextUpload moveTo(Path target) throws IOException {
        Files.move(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        TextUpload moved = new TextUpload(target, charset, skip, bytes);
        moved.rows = rows;
        return moved;
    }

    public Charset charset() {
        return charset;
    }

    /** The uploaded size in bytes. */
    public long bytes() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
