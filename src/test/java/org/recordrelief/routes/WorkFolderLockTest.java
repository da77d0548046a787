package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.testing.ChildJvm;
import org.recordrelief.testing.WorkFolderHolder;

class WorkFolderLockTest {

    @Test
    void aSecondProcessIsRefusedWithTheOwnersProcessIdAndAKilledOwnerLeavesNoLock(@TempDir Path work)
            throws Exception {
        try (ChildJvm owner = ChildJvm.start(WorkFolderHolder.class, work.toString())) {
            owner.awaitLine("holding");
            assertThatThrownBy(() -> WorkFolderLock.take(work)).isInstanceOf(WorkFolderLock.InUseException.class)
                    .hasMessage("the work folder " + work.toAbsolutePath() + " is in use by another record-relief "
                            + "process (process " + owner.pid() + "); wait for it to finish, or give this one "
                            + "another --work folder");
            owner.kill();
        }
        try (WorkFolderLock lock = WorkFolderLock.take(work)) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void theSameProcessCannotTakeItTwiceAndCanTakeItAgainOnceReleased(@TempDir Path work) {
        try (WorkFolderLock first = WorkFolderLock.take(work)) {
            assertThatThrownBy(() -> WorkFolderLock.take(work)).isInstanceOf(WorkFolderLock.InUseException.class);
        }
        try (WorkFolderLock again = WorkFolderLock.take(work)) {
            assertThat(again).isNotNull();
        }
    }
}
