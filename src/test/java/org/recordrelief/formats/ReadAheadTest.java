package org.recordrelief.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read in blocks: every byte as it is, and the reader's "can I read more?" answered without the file. */
class ReadAheadTest {

    @Test
    void givesEveryByteOfAFileLargerThanItsBlock(@TempDir Path tmp) throws IOException {
        byte[] bytes = new byte[3 * (1 << 18) + 12_345];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(tmp.resolve("export.bin"), bytes);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try (InputStream in = ReadAhead.open(file)) {
            byte[] piece = new byte[8192];
            for (int n; (n = in.read(piece, 0, piece.length)) >= 0; ) {
                read.write(piece, 0, n);
            }
        }
        assertThat(read.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void aReaderDecodingTheFileAsksTheFileHowMuchIsLeftOnlyWhenTheBlockIsUsedUp() throws IOException {
        String text = "CII,NAME\n".repeat(200_000);
        int[] asked = {0};
        InputStream file = new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int available() throws IOException {
                asked[0]++;
                return super.available();
            }
        };
        StringBuilder decoded = new StringBuilder();
        try (Reader reader = Encodings.reader(new ReadAhead(file), StandardCharsets.UTF_8)) {
            char[] chars = new char[1 << 16];
            for (int n; (n = reader.read(chars)) >= 0; ) {
                decoded.append(chars, 0, n);
            }
        }
        assertThat(decoded.toString()).isEqualTo(text);
        // 1.8 MB decoded 8 KB at a time: the decoder asks about 220 times, the file at most once per block
        assertThat(asked[0]).isLessThanOrEqualTo(text.length() / (1 << 18) + 1);
    }
}
