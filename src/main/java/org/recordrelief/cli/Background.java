package org.recordrelief.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A piece of a command's start done on a thread of its own while the command does another. Its failure is
 * thrown as it was thrown there, and it wins over a failure of the work done meanwhile, so that the command
 * reports what it would have reported had it done both in turn.
 */
final class Background<T> {

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    static <T> Background<T> start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /** The result, once there; what the work threw, if it failed. */
    T result() throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Does {@code meanwhile}, unless this work has failed already (its failure is thrown, nothing done); should
     * {@code meanwhile} fail, this work's own failure is thrown instead, if it has one.
     */
    <R> R unlessItFails(Supplier<R> meanwhile) throws InterruptedException {
        if (task.isDone()) {
            result();
        }
        try {
            return meanwhile.get();
        } catch (RuntimeException | Error failed) {
            try {
                result();
            } catch (InterruptedException interrupted) {
                failed.addSuppressed(interrupted);
                Thread.currentThread().interrupt();
            }
            throw failed;
        }
    }
}
