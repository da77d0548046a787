package org.recordrelief.testing;

import java.nio.file.Path;
import org.recordrelief.routes.WorkFolderLock;

/** A child JVM's main: holds the lock of the work folder in args[0] until it is killed. */
public final class WorkFolderHolder {

    private WorkFolderHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        WorkFolderLock lock = WorkFolderLock.take(Path.of(args[0]));
        System.out.println("holding " + lock);
        Thread.sleep(120_000);
    }
}
