package org.recordrelief.adapter;

/**
 * Reads a county database by what changed since the last completed run, instead of whole. The county's
 * tables carry a watermark: a last-updated time or a sequence number that grows with every change. Each
 * run asks which people changed after the watermark it kept, then reads every row of those people with
 * the source query (all of their history, never only the changed rows), in batches of people. The
 * watermark moves on only when the run completed.
 *
 * @param changes      a SELECT giving one row per change: {@code person} (the value of the person key
 *                     column) and {@code changed} (the watermark: a timestamp or a number)
 * @param personColumn the column of the source query that holds the person key
 * @param batchSize    how many people one read of the source query covers (default 500)
 */
public record IncrementalSpec(String changes, String personColumn, Integer batchSize) {

    public static final int DEFAULT_BATCH = 500;

    public int batch() {
        return batchSize == null ? DEFAULT_BATCH : batchSize;
    }
}
