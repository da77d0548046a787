package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
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
    void itsFailureIsThrownAsItWasThrown() {
        IllegalArgumentException bad = new IllegalArgumentException("bad descriptor");
        Background<String> work = Background.start("test-work", () -> {
            throw bad;
        });
        assertThatThrownBy(work::result).isSameAs(bad);
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
    void aFailureMeanwhileIsThrownWhenTheWorkSucceeds() {
        Background<String> work = Background.start("test-work", () -> "fine");
        IllegalStateException locked = new IllegalStateException("the work folder is locked");
        assertThatThrownBy(() -> work.unlessItFails(() -> {
            throw locked;
        })).isSameAs(locked);
    }
}
