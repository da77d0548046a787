package org.recordrelief.bench;

import java.util.concurrent.CountDownLatch;

/**
 * How much CPU the machine gives two busy threads at once, in cores: the work two threads do in the same time,
 * against one thread alone. When something else takes part of the cores (a busy host under a virtual machine,
 * a process left running beside the benchmark), the pipeline, which needs both cores, slows far more than the
 * floor, which needs one, and the ratio between them says more about the machine's hour than about the code.
 * The benchmark prints this beside its figures.
 */
final class CoreCheck {

    private static final long SPIN_NANOS = 500_000_000L;
    private static volatile long sink;

    private CoreCheck() {
    }

    /** About 2.0 on two free cores; 1.0 when the two threads share one. */
    static double coresForTwoThreads() throws InterruptedException {
        spin(1); // the loop compiled before it is measured
        long alone = spin(1)[0];
        long[] together = spin(2);
        return (together[0] + together[1]) / (double) alone;
    }

    private static long[] spin(int threads) throws InterruptedException {
        long[] done = new long[threads];
        CountDownLatch start = new CountDownLatch(1);
        Thread[] running = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            running[t] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = System.nanoTime() + SPIN_NANOS;
                long rounds = 0;
                long x = index + 1;
                while (System.nanoTime() < end) {
                    for (int i = 0; i < 10_000; i++) {
                        x = x * 6364136223846793005L + 1442695040888963407L;
                    }
                    rounds++;
                }
                sink = x;
                done[index] = rounds;
            });
            running[t].start();
        }
        start.countDown();
        for (Thread t : running) {
            t.join();
        }
        return done;
    }
}
