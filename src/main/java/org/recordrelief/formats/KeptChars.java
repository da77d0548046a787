package org.recordrelief.formats;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The reader FastCSV parses from, keeping a copy of what it hands out from the start of the current row on,
 * so that a row's text can be taken in one piece ({@link #text}) instead of value by value.
 * <p>
 * It also tells where a character of the parser's buffer lies in the whole text ({@link #position}). That
 * rests on how FastCSV's buffer is filled: each read appends to it, and what lies before the read's offset
 * is what was read last (FastCSV 4 moves the unparsed rest to the buffer's start, then reads after it).
 * Each read checks this at both ends of what the buffer holds; if it ever does not hold, positions are no
 * longer given ({@link #positionsKnown}) and rows are copied value by value, as before.
 */
final class KeptChars extends Reader {

    /** Read at once from the decoder: as much as its reader buffers, so that it copies nothing itself. */
    private static final int READ = 1 << 16;

    private final Reader in;
    private char[] kept = new char[4 * READ];
    /** Where {@code kept[0]} lies in the whole text. */
    private long keptFrom;
    private int keptLength;
    /** How much of the text the parser has been given. */
    private long handedOut;
    /** Nothing before this position is asked for any more. */
    private long keepFrom;
    /** Where index 0 of the parser's buffer lies in the whole text, as of its last read. */
    private long bufferStart;
    private boolean positionsKnown = true;

    KeptChars(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        bufferStart = handedOut - offset;
        if (offset > 0 && !matchesKept(buffer, offset)) {
            positionsKnown = false;
        }
        // all that is asked while there is more, as a BufferedReader gives it: where FastCSV's buffer ends
        // decides which over-long field it refuses, so that stays as it was
        while (keptFrom + keptLength - handedOut < length && fill()) {
            // filled
        }
        if (handedOut == keptFrom + keptLength) {
            return -1;
        }
        int chars = (int) Math.min(length, keptFrom + keptLength - handedOut);
        System.arraycopy(kept, (int) (handedOut - keptFrom), buffer, offset, chars);
        handedOut += chars;
        return chars;
    }

    /** Whether the buffer's first and last characters before {@code offset} are the kept ones there. */
    private boolean matchesKept(char[] buffer, int offset) {
        long first = bufferStart - keptFrom;
        long last = handedOut - 1 - keptFrom;
        return first >= 0 && buffer[0] == kept[(int) first] && buffer[offset - 1] == kept[(int) last];
    }

    /** Reads more, keeping what is still asked for (the parser's buffer and the current row). */
    private boolean fill() throws IOException {
        if (kept.length - keptLength < READ) {
            // once positions are not known, no row is taken from here: only what is not handed out yet is kept
            long keep = positionsKnown ? Math.min(keepFrom, bufferStart) : handedOut;
            int drop = (int) Math.max(0, keep - keptFrom);
            System.arraycopy(kept, drop, kept, 0, keptLength - drop);
            keptFrom += drop;
            keptLength -= drop;
            if (kept.length - keptLength < READ) {
                kept = Arrays.copyOf(kept, Math.max(2 * kept.length, keptLength + READ));
            }
        }
        int read = in.read(kept, keptLength, kept.length - keptLength);
        if (read <= 0) {
            return false;
        }
        keptLength += read;
        return true;
    }

    /** How many characters it can keep without growing: for a test that it does not grow without need. */
    int keptCapacity() {
        return kept.length;
    }

    boolean positionsKnown() {
        return positionsKnown;
    }

    /** Where the parser's buffer index lies in the whole text. */
    long position(int bufferIndex) {
        return bufferStart + bufferIndex;
    }

    /** Whether the character at this position was read and is {@code c}. */
    boolean readAt(long position, char c) {
        return position >= keptFrom && position < handedOut && kept[(int) (position - keptFrom)] == c;
    }

    /** Text before this position will not be asked for. */
    void keepFrom(long position) {
        keepFrom = position;
    }

    /** The text between two positions at or after the last {@link #keepFrom}. */
    String text(long from, long to) {
        return new String(kept, (int) (from - keptFrom), (int) (to - from));
    }

    /** Copies the text between two positions into {@code into} at {@code at}. */
    void copy(long from, long to, char[] into, int at) {
        System.arraycopy(kept, (int) (from - keptFrom), into, at, (int) (to - from));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
