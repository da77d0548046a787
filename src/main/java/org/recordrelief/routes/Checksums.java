package org.recordrelief.routes;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The SHA-256 of a file: read for it alone, or taken on the way while the run reads the file. */
final class Checksums {

    private Checksums() {
    }

    static String sha256(Path file) {
        try (InputStream in = new Hashing(Files.newInputStream(file))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return ((Hashing) in).sha256().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * A stream that hashes what passes through it; the hash is known once the stream was read to its end.
     * The hashing runs on a thread of its own, a block behind the reader: the reading thread is a run's
     * busiest, and SHA-256 of a large export is seconds of work. What is read is copied into blocks, so the
     * hash is of exactly the bytes the run read, even if the file changed meanwhile.
     */
    static final class Hashing extends FilterInputStream {

        /**
         * Blocks of 2 MB, four of them (8 MB): the reader stalls only when the hashing thread is some 50 ms
         * behind, and hands over a block 400 times for an 800 MB export. With blocks of 256 KB (1 MB in
         * all) it was held up whenever the hashing thread waited a few milliseconds for a core, and a million-row
         * run took 0.3 s longer (six pairs of runs, every one slower; docs/performance-log.md).
         */
        static final int BLOCK = 1 << 21;
        private static final int BLOCKS = 4;

        private final MessageDigest digest;
        private final ExecutorService thread;
        private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BLOCKS);
        private final byte[] single = new byte[1];
        private byte[] block;
        private int filled;
        private Future<String> hex;

        Hashing(InputStream in) {
            super(in);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
            for (int i = 1; i < BLOCKS; i++) {
                free.add(new byte[BLOCK]);
            }
            this.block = new byte[BLOCK];
            // At most one thread, which ends when idle (even for a stream nobody reads to its end or closes).
            // No core thread: every block goes through the queue, in order. With a core thread that times out,
            // a block handed over while it ends would start a new thread of its own, ahead of the queue.
            this.thread = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "record-relief-hash");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                end();
            } else {
                single[0] = (byte) b;
                take(single, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                end();
            } else {
                take(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("a hashed stream is read, not skipped");
        }

        private void take(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                int n = Math.min(length, BLOCK - filled);
                System.arraycopy(bytes, offset, block, filled, n);
                filled += n;
                offset += n;
                length -= n;
                if (filled == BLOCK) {
                    byte[] full = block;
                    thread.execute(() -> {
                        digest.update(full, 0, BLOCK);
                        free.add(full);
                    });
                    try {
                        block = free.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted while hashing the export");
                    }
                    filled = 0;
                }
            }
        }

        private void end() {
            if (hex == null) {
                byte[] last = block;
                int length = filled;
                hex = thread.submit(() -> {
                    digest.update(last, 0, length);
                    return HexFormat.of().formatHex(digest.digest());
                });
                thread.shutdown();
            }
        }

        /** The hash of everything read, or empty when the stream was not read to its end. */
        Optional<String> sha256() {
            if (hex == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(hex.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while hashing the export", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("hashing the export failed", e.getCause());
            }
        }

        @Override
        public void close() throws IOException {
            if (hex == null) {
                thread.shutdownNow(); // not read to its end: no hash is wanted
            }
            super.close();
        }
    }
}
