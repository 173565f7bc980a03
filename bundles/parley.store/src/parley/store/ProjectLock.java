package parley.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * One writer per project: an OS file lock on {@code .parley/lock}, held for the life of the
 * process that took it. The OS releases it when the process dies, even by kill -9, so a crash never
 * leaves a project locked. Within one process the lock is shared, since the OS grants it once.
 */
final class ProjectLock {

    private static final Map<Path, FileLock> HELD = new HashMap<>();

    private ProjectLock() {
    }

    /** True when this process holds (or now took) the lock; false when another process does. */
    static synchronized boolean acquire(Path lockFile) {
        Path key = lockFile.toAbsolutePath().normalize();
        FileLock held = HELD.get(key);
        if (held != null && held.isValid()) {
            return true;
        }
        try {
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            HELD.put(key, lock);
            return true;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // a folder we cannot lock we do not write to either
        }
    }
}
