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
final class Encodings {

    static final char REPLACEMENT = '\uFFFD';
    private static final int BYTE_ORDER_MARK = '\uFEFF';

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

    /** The first value holding a byte the encoding could not decode, as a problem naming its column. */
    static RowProblem badBytes(java.util.List<String> values, Columns columns, Charset charset) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).indexOf(REPLACEMENT) >= 0) {
                String column = i < columns.size() ? columns.names().get(i) : "field " + (i + 1);
                return new RowProblem(column, "holds bytes that are not valid " + charset.name()
                        + " (check the descriptor's encoding)");
            }
        }
        return null;
    }
}
