package org.recordrelief.formats;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/** Text decoding that marks bad bytes instead of failing, so one bad row goes to quarantine, not the file. */
final class Encodings {

    static final char REPLACEMENT = '\uFFFD';

    private Encodings() {
    }

    static BufferedReader reader(InputStream in, Charset charset) {
        return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
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
