package org.recordrelief.pipeline;

import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Does the work on each input on a second thread while the caller goes on reading, and hands every result
 * to {@code then} on the caller's thread in the order the inputs came. A run so uses two cores (reading
 * and writing on one, mapping and evaluating on the other) and still writes exactly what a single thread
 * would. At most {@code inFlight} inputs wait or are worked on at once, so memory stays bounded.
 *
 * <p>Not for use by several callers at once: one run, one caller thread.
 */
public final class InOrderWorker<I, O> implements AutoCloseable {

    private final Function<I, O> work;
    private final Consumer<O> then;
    private final int inFlight;
    private final String threadName;
    private final ExecutorService thread;
    private final ArrayDeque<Future<O>> pending = new ArrayDeque<>();

    public InOrderWorker(String threadName, Function<I, O> work, Consumer<O> then, int inFlight) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("inFlight must be at least 1, not " + inFlight);
        }
        this.work = work;
        this.then = then;
        this.inFlight = inFlight;
        this.threadName = threadName;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues the input; hands on every result that is ready, waiting for the oldest when the queue is full. */
    public void submit(I input) {
        pending.add(thread.submit(() -> work.apply(input)));
        while (!pending.isEmpty() && (pending.size() >= inFlight || pending.peek().isDone())) {
            then.accept(await(pending.poll()));
        }
    }

    /** Waits for every queued input and hands on their results. */
    public void drain() {
        while (!pending.isEmpty()) {
            then.accept(await(pending.poll()));
        }
    }

    /**
     * Waits for every queued input and forgets their results (failures included): they are no longer wanted.
     * Waits even when the caller is interrupted (the interrupt is kept): what follows a discard cleans up after
     * the work, which must have ended.
     */
    public void discard() {
        boolean interrupted = false;
        while (!pending.isEmpty()) {
            Future<O> result = pending.peek();
            try {
                result.get();
                pending.poll();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | CancellationException forgotten) {
                pending.poll(); // a result nobody wants cannot fail the run
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private O await(Future<O> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + threadName, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the thread; work still queued is abandoned. */
    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        thread.shutdownNow();
    }
}
