package org.recordrelief.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The hashing thread may end when idle; a block handed over while it ends must still be hashed before the next.
 * The executor below has the pool settings of the stream's own (read from it); only its queue is instrumented, to
 * hold the ending thread at the two points where ThreadPoolExecutor looks at the queue, so the interleaving that
 * otherwise needs a 5 s pause and a few microseconds of bad luck happens every time.
 */
class HashingBlockOrderTest {

    private static final int BLOCK = Checksums.Hashing.BLOCK;

    @Test
    void aBlockHandedOverWhileTheIdleHashingThreadEndsIsStillHashedInOrder() throws Exception {
        byte[] data = new byte[4 * BLOCK + 10];
        new Random(7).nextBytes(data);
        Checksums.Hashing in = new Checksums.Hashing(new ByteArrayInputStream(data));

        CountDownLatch idleThreadLooksAtQueue = new CountDownLatch(1);
        CountDownLatch secondBlockQueued = new CountDownLatch(1);
        CountDownLatch endingThreadLooksAgain = new CountDownLatch(1);
        CountDownLatch thirdBlockHandedOver = new CountDownLatch(1);
        AtomicInteger looks = new AtomicInteger();
        LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>() {
            @Override
            public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
                return super.poll(Math.min(unit.toMillis(timeout), 20), TimeUnit.MILLISECONDS); // idles at once
            }

            @Override
            public boolean isEmpty() {
                boolean empty = super.isEmpty();
                int look = looks.incrementAndGet();
                try {
                    if (look == 1) { // the idle thread decides whether it may end: the queue is empty
                        idleThreadLooksAtQueue.countDown();
                        secondBlockQueued.await(5, TimeUnit.SECONDS);
                    } else if (look == 2) { // it has ended, and asks whether a replacement is needed
                        endingThreadLooksAgain.countDown();
                        thirdBlockHandedOver.await(5, TimeUnit.SECONDS);
                        return super.isEmpty();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return empty;
            }
        };
        Field field = Checksums.Hashing.class.getDeclaredField("thread");
        field.setAccessible(true);
        ThreadPoolExecutor own = (ThreadPoolExecutor) field.get(in);
        ThreadPoolExecutor mirrored = new ThreadPoolExecutor(own.getCorePoolSize(), own.getMaximumPoolSize(),
                own.getKeepAliveTime(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS, queue, own.getThreadFactory());
        mirrored.allowCoreThreadTimeOut(own.allowsCoreThreadTimeOut());
        own.shutdownNow();
        field.set(in, mirrored);

        int at = 0;
        at += in.readNBytes(new byte[BLOCK], 0, BLOCK); // block 1 goes to the hashing thread, which then idles
        boolean idles = idleThreadLooksAtQueue.await(2, TimeUnit.SECONDS);
        at += in.readNBytes(new byte[BLOCK], 0, BLOCK); // block 2, queued while the thread is deciding to end
        secondBlockQueued.countDown();
        if (idles) {
            endingThreadLooksAgain.await(2, TimeUnit.SECONDS);
        }
        at += in.readNBytes(new byte[BLOCK], 0, BLOCK); // block 3, handed over before the thread is replaced
        thirdBlockHandedOver.countDown();
        while (in.read() >= 0) {
            at++;
        }
        assertEquals(data.length, at);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)),
                in.sha256().orElseThrow(), "the hash of the bytes read, in the order they were read");
        in.close();
    }
}
