package org.recordrelief.pipeline;

/** A set of longs in one array (open addressing), for the fingerprints of the people already seen. */
final class LongSet {

    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds the value; false when it was there already. Zero is stored as one (a fingerprint, not a value). */
    boolean add(long value) {
        long v = value == 0 ? 1 : value;
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (mix(v) & mask);
        while (slots[i] != 0) {
            if (slots[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
        return true;
    }

    boolean contains(long value) {
        long v = value == 0 ? 1 : value;
        int mask = slots.length - 1;
        int i = (int) (mix(v) & mask);
        while (slots[i] != 0) {
            if (slots[i] == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }

    private static long mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    /** A 64-bit fingerprint of a text (FNV-1a): equal texts, equal fingerprints. */
    static long fingerprint(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
