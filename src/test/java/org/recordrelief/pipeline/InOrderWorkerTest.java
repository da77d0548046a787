package org.recordrelief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InOrderWorkerTest {

    @Test
    void resultsComeInTheOrderTheInputsCameWhateverTheWorkTakes() {
        List<Integer> seen = new ArrayList<>();
        try (InOrderWorker<Integer, Integer> worker = new InOrderWorker<>("test", i -> {
            // the later inputs finish sooner than the earlier ones
            spin((50 - i) * 20_000L);
            return i * 10;
        }, seen::add, 4)) {
            IntStream.range(0, 50).forEach(worker::submit);
            worker.drain();
        }
        assertEquals(IntStream.range(0, 50).map(i -> i * 10).boxed().toList(), seen);
    }

    @Test
    void theWorkRunsOnTheSecondThreadAndTheResultsOnTheCallers() {
        List<String> workThreads = new ArrayList<>();
        List<String> resultThreads = new ArrayList<>();
        try (InOrderWorker<Integer, Integer> worker = new InOrderWorker<>("second", i -> {
            synchronized (workThreads) {
                workThreads.add(Thread.currentThread().getName());
            }
            return i;
        }, i -> resultThreads.add(Thread.currentThread().getName()), 2)) {
            IntStream.range(0, 5).forEach(worker::submit);
            worker.drain();
        }
        assertEquals(List.of("second"), workThreads.stream().distinct().toList());
        assertEquals(List.of(Thread.currentThread().getName()), resultThreads.stream().distinct().toList());
        assertNotEquals("second", Thread.currentThread().getName());
    }

    @Test
    void noMoreThanInFlightInputsWaitAtOnce() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        try (InOrderWorker<Integer, Integer> worker = new InOrderWorker<>("test", i -> {
            started.incrementAndGet();
            await(release);
            return i;
        }, seen::add, 3)) {
            worker.submit(1);
            worker.submit(2);
            assertEquals(List.of(), seen, "nothing is handed on while the work is held");
            Thread caller = new Thread(() -> worker.submit(3));
            caller.start();
            caller.join(300);
            assertTrue(caller.isAlive(), "the third input waits for the first result");
            release.countDown();
            caller.join(5_000);
            assertFalse(caller.isAlive());
            assertEquals(1, seen.get(0));
        }
    }

    @Test
    void aFailureReachesTheCallerAfterTheResultsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        try (InOrderWorker<Integer, Integer> worker = new InOrderWorker<>("test", i -> {
            if (i == 3) {
                throw new IllegalStateException("input 3 cannot be worked");
            }
            return i;
        }, seen::add, 8)) {
            // it surfaces while submitting or at the drain, whichever takes the failed result first
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                IntStream.range(0, 6).forEach(worker::submit);
                worker.drain();
            });
            assertEquals("input 3 cannot be worked", e.getMessage());
        }
        assertEquals(List.of(0, 1, 2), seen);
    }

    @Test
    void discardedResultsAreNeverHandedOnAndLaterOnesAre() {
        List<Integer> seen = new ArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        try (InOrderWorker<Integer, Integer> worker = new InOrderWorker<>("test", i -> {
            if (i == 1) {
                await(release); // still at work when discarded
                throw new IllegalStateException("not wanted anyway");
            }
            return i;
        }, seen::add, 8)) {
            worker.submit(0);
            worker.submit(1);
            release.countDown();
            worker.discard();
            worker.submit(7);
            worker.drain();
        }
        // 0 may have been handed on before the discard, if it was ready; 1 never is, 7 always is
        assertTrue(seen.equals(List.of(7)) || seen.equals(List.of(0, 7)), seen.toString());
    }

    /**
     * A discard is what lets the caller clean up after the work: it returns only once the work has ended, also
     * when the caller is being stopped (interrupted), whose interrupt it keeps.
     */
    @ParameterizedTest(name = "caller interrupted: {0}")
    @ValueSource(booleans = {false, true})
    void discardWaitsForTheWorkStillGoing(boolean interrupted) {
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        try (InOrderWorker<Integer, Integer> worker = new InOrderWorker<>("test", i -> {
            await(release);
            ended.set(true);
            return i;
        }, i -> { }, 2)) {
            worker.submit(1);
            Thread releaser = new Thread(() -> {
                spin(50_000_000);
                release.countDown();
            });
            releaser.start();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            try {
                worker.discard();
                assertTrue(ended.get(), "the work had ended when discard returned");
                assertEquals(interrupted, Thread.currentThread().isInterrupted(), "the caller's interrupt is kept");
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void anErrorOfDiscardedWorkIsForgottenToo() {
        CountDownLatch release = new CountDownLatch(1);
        try (InOrderWorker<Integer, Integer> worker = new InOrderWorker<>("test", i -> {
            await(release); // still at work when submit returns, so only discard can see the error
            throw new AssertionError("not wanted anyway");
        }, i -> { }, 2)) {
            worker.submit(1);
            release.countDown();
            worker.discard();
            worker.drain();
        }
    }

    private static void spin(long iterations) {
        long x = 0;
        for (long i = 0; i < iterations; i++) {
            x += i ^ (x >>> 3);
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
