package org.recordrelief.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumsTest {

    /** The hashing thread's block: the sizes below lie around it. */
    private static final int BLOCK = Checksums.Hashing.BLOCK;

    private static String expected(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @Test
    void theHashTakenOnTheWayIsThatOfEveryByteReadWhateverThePiecesAndBlocks() throws Exception {
        // sizes around the hashing thread's blocks: none, less than one, exactly one, several and a part
        for (int size : new int[] {0, 1, 8191, BLOCK - 1, BLOCK, BLOCK + 1, 5 * BLOCK + 12345}) {
            byte[] data = bytes(size);
            Checksums.Hashing in = new Checksums.Hashing(new ByteArrayInputStream(data));
            byte[] piece = new byte[7919]; // pieces that never line up with a block
            while (in.read(piece, 0, piece.length) >= 0) {
                // read on: the hash is taken as the bytes pass
            }
            assertEquals(expected(data), in.sha256().orElseThrow(), "size " + size);
            in.close();
        }
    }

    @Test
    void byteByByteReadsAndAMixAreHashedInOrder() throws Exception {
        byte[] data = bytes(BLOCK + 100);
        try (Checksums.Hashing in = new Checksums.Hashing(new ByteArrayInputStream(data))) {
            byte[] piece = new byte[BLOCK - 50];
            assertEquals(piece.length, in.read(piece, 0, piece.length));
            for (int i = 0; i < 120; i++) {
                assertEquals(data[piece.length + i] & 0xff, in.read());
            }
            while (in.read() >= 0) {
                // the rest one byte at a time
            }
            assertEquals(expected(data), in.sha256().orElseThrow());
        }
    }

    @Test
    void aStreamReadToItsEndAndClosedBeforeTheHashIsAskedStillGivesIt() throws Exception {
        // as a run does: its reader is closed with the run, the hash is asked when the run is recorded
        byte[] data = bytes(12 * BLOCK + 3);
        Checksums.Hashing in = new Checksums.Hashing(new ByteArrayInputStream(data));
        byte[] all = new byte[data.length + 1];
        assertEquals(data.length, in.read(all, 0, all.length)); // one read: its blocks are still queued after it
        assertEquals(-1, in.read(all, 0, all.length));
        in.close();
        assertEquals(expected(data), assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> in.sha256().orElseThrow()));
    }

    @Test
    void aStreamNotReadToItsEndHasNoHash() throws IOException {
        try (Checksums.Hashing in = new Checksums.Hashing(new ByteArrayInputStream(bytes(3 * BLOCK)))) {
            in.read(new byte[2 * BLOCK + 5]);
            assertTrue(in.sha256().isEmpty());
        }
    }

    @Test
    void aFileReadForItsHashAloneGivesTheSameHash(@TempDir Path dir) throws Exception {
        byte[] data = bytes(3 * BLOCK + 7);
        Path file = Files.write(dir.resolve("export.csv"), data);
        assertEquals(expected(data), Checksums.sha256(file));
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(expected(in.readAllBytes()), Checksums.sha256(file));
        }
    }
}
