package com.llmresale.pricing.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive lock a publication holds on its sheets folder from reading the sheets to renaming
 * the new published file into place, so that two publishers (two processes, or two threads of one)
 * run one after the other instead of one losing the other's credits.
 *
 * <p>The lock is an operating-system lock ({@link FileChannel#lock()}) on the empty, hidden file
 * {@value #FILE_NAME} in the sheets folder. The file is created on first use and left in place
 * (deleting a lock file would let a third publisher lock a new file while a second still holds the
 * old one); it is never read as a sheet. The operating system releases the lock when the process
 * ends, however it ends. A second publisher waits until the first is done.
 */
public final class PublishLock implements AutoCloseable {
    public static final String FILE_NAME = ".published-credits.lock";

    /** One JVM may hold a file lock only once: threads of this JVM queue here first. */
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private PublishLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits for and takes the lock of {@code folder}.
     *
     * @param display how messages name the lock file
     */
    public static PublishLock acquire(Path folder, String display) throws WriteException {
        Path file = folder.resolve(FILE_NAME).toAbsolutePath().normalize();
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            // never through a link: the lock file is the tool's own
            channel =
                    FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS);
            return new PublishLock(local, channel, channel.lock());
        } catch (IOException e) {
            closeQuietly(channel);
            local.unlock();
            throw new WriteException(display, OsErrors.reason(e), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            throw e;
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
        local.unlock();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
