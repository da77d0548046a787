package org.recordrelief.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;

/** Text decoding that marks bad bytes instead of failing, so one bad row goes to quarantine, not the file. */
public final class Encodings {

    static final char REPLACEMENT = '\uFFFD';
    private static final int BYTE_ORDER_MARK = '\uFEFF';
    static final char NUL = '\u0000';
    /**
     * FastCSV needs a quote character; a format without quotes gets one no decoder makes from a county's
     * text (a noncharacter), so that a NUL at the start of a field cannot open a "quoted" field.
     */
    public static final char NO_QUOTE = '\uFFFF';

    private Encodings() {
    }

    /**
     * A reader of the text; a UTF-8 byte-order mark at the start is skipped (Java's decoder keeps it as a
     * character, which would become part of the first column's name).
     */
    static BufferedReader reader(InputStream in, Charset charset) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8)) {
            skipByteOrderMark(reader);
        }
        return reader;
    }

    private static void skipByteOrderMark(BufferedReader reader) {
        try {
            reader.mark(1);
            if (reader.read() != BYTE_ORDER_MARK) {
                reader.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the export", e);
        }
    }

    /**
     * The first value holding a byte the encoding could not decode, or a NUL, as a problem naming its column.
     * A NUL is never text (a damaged export, or binary data) and PostgreSQL cannot store one, so the row is
     * quarantined here, the same on every database.
     */
    static RowProblem badBytes(java.util.List<String> values, Columns columns, Charset charset) {
        if (values instanceof RowText text) {
            int bad = text.firstValueWith(REPLACEMENT);
            int nul = text.firstValueWith(NUL);
            if (bad >= 0 && (nul < 0 || bad <= nul)) {
                return undecodable(columns, bad, charset);
            }
            return nul >= 0 ? nulIn(columns, nul, text.get(nul)) : null;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value.indexOf(REPLACEMENT) >= 0) {
                return undecodable(columns, i, charset);
            }
            if (value.indexOf(NUL) >= 0) {
                return nulIn(columns, i, value);
            }
        }
        return null;
    }

    /** The first value holding a NUL, as a problem naming its column (for rows that were never bytes: a query's). */
    public static RowProblem nul(java.util.List<String> values, Columns columns) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).indexOf(NUL) >= 0) {
                return nulIn(columns, i, values.get(i));
            }
        }
        return null;
    }

    private static RowProblem undecodable(Columns columns, int index, Charset charset) {
        return new RowProblem(columnName(columns, index), "holds bytes that are not valid " + charset.name()
                + " (check the descriptor's encoding)");
    }

    private static RowProblem nulIn(Columns columns, int index, String value) {
        return new RowProblem(columnName(columns, index), "holds a NUL character (byte 0) at position "
                + (value.indexOf(NUL) + 1) + ", which is not text: the export is damaged at this line");
    }

    private static String columnName(Columns columns, int index) {
        return index < columns.size() ? columns.names().get(index) : "field " + (index + 1);
    }
}
