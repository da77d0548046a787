package org.recordrelief.routes;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

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

    /** A stream that hashes what passes through it; the hash is known once the stream was read to its end. */
    static final class Hashing extends FilterInputStream {

        private final MessageDigest digest;
        private boolean atEnd;
        private String hex;

        Hashing(InputStream in) {
            super(in);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                atEnd = true;
            } else {
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                atEnd = true;
            } else {
                digest.update(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("a hashed stream is read, not skipped");
        }

        /** The hash of everything read, or empty when the stream was not read to its end. */
        Optional<String> sha256() {
            if (atEnd && hex == null) {
                hex = HexFormat.of().formatHex(digest.digest());
            }
            return Optional.ofNullable(hex);
        }
    }
}
