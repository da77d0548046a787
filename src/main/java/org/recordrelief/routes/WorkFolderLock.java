package org.recordrelief.routes;

import org.recordrelief.store.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process per work folder. Two processes on one folder would take the same exports, interrupt each
 * other's runs and share one H2 file, so the second refuses at start. The lock is the operating system's
 * lock on {@code .record-relief.lock}: it is released when the process ends, however it ends, so a killed
 * process never leaves the folder locked. The file holds the owner's process id, for the message.
 */
public final class WorkFolderLock implements AutoCloseable {

    /** The work folder is in use by another process. */
    public static final class InUseException extends RuntimeException {
        InUseException(String message) {
            super(message);
        }
    }

    static final String FILE_NAME = ".record-relief.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the work folder, or throws {@link InUseException} naming the process that has it. */
    public static WorkFolderLock take(Path workDir) {
        Path file = workDir.toAbsolutePath().resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            OwnerOnly.folder(workDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            OwnerOnly.file(file);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String owner = owner(channel);
                channel.close();
                throw new InUseException("the work folder " + workDir.toAbsolutePath() + " is in use by another "
                        + "record-relief process" + (owner.isEmpty() ? "" : " (process " + owner + ")")
                        + "; wait for it to finish, or give this one another --work folder");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new WorkFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the work folder " + workDir.toAbsolutePath(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static String owner(FileChannel channel) throws IOException {
        ByteBuffer pid = ByteBuffer.allocate(32);
        channel.read(pid, 0);
        return new String(pid.array(), 0, pid.position(), StandardCharsets.US_ASCII).trim();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel; nothing else to undo
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
