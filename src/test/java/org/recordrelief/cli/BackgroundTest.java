package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What a command reports when work done beside its start fails: as if both had been done in turn. */
class BackgroundTest {

    @Test
    void theResultIsWhatTheOtherThreadMade() throws InterruptedException {
        Background<String> work = Background.start("test-work", () -> Thread.currentThread().getName());
        assertThat(work.unlessItFails(() -> "meanwhile")).isEqualTo("meanwhile");
        assertThat(work.result()).isEqualTo("test-work");
    }

    @Test
    void itsFailureWinsOverAFailureMeanwhileEvenWhenItComesLater() {
        CountDownLatch meanwhileFailed = new CountDownLatch(1);
        IllegalArgumentException bad = new IllegalArgumentException("bad descriptor");
        Background<String> work = Background.start("test-work", () -> {
            meanwhileFailed.await();
            throw bad;
        });
        assertThatThrownBy(() -> work.unlessItFails(() -> {
            meanwhileFailed.countDown();
            throw new IllegalStateException("the work folder is locked");
        })).isSameAs(bad);
    }

    @Test
    void itsFailureIsThrownAsItWasThrownAndNothingIsDoneMeanwhileOnceItFailed() {
        IllegalArgumentException bad = new IllegalArgumentException("bad descriptor");
        Background<String> work = Background.start("test-work", () -> {
            throw bad;
        });
        assertThatThrownBy(work::result).isSameAs(bad);
        AtomicBoolean done = new AtomicBoolean();
        assertThatThrownBy(() -> work.unlessItFails(() -> done.getAndSet(true))).isSameAs(bad);
        assertThat(done).as("the database is not opened for a command that cannot run").isFalse();
    }

    @Test
    void aFailureMeanwhileIsKeptWhenTheWaitIsInterrupted() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        Background<String> work = Background.start("test-work", () -> {
            never.await();
            return "late";
        });
        IllegalStateException locked = new IllegalStateException("the work folder is locked");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> work.unlessItFails(() -> {
                throw locked;
            })).isSameAs(locked).hasSuppressedException(new InterruptedException());
            assertThat(Thread.interrupted()).as("the interruption is kept").isTrue();
        } finally {
            never.countDown();
        }
    }

    @Test
    void aFailureMeanwhileIsThrownWhenTheWorkSucceeds() {
        Background<String> work = Background.start("test-work", () -> "fine");
        IllegalStateException locked = new IllegalStateException("the work folder is locked");
        assertThatThrownBy(() -> work.unlessItFails(() -> {
            throw locked;
        })).isSameAs(locked);
    }
}
