package parley.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Tells when source documents appear in, disappear from or change in a corpus folder, so that an open
 * corpus follows its folder without a manual refresh. Events of one burst (a copy of many files) are
 * reported once, after the folder was quiet for {@link #QUIET_MS}.
 */
public final class CorpusWatcher implements AutoCloseable {

    static final long QUIET_MS = 300;

    private final WatchService service;
    private final Thread thread;

    private CorpusWatcher(Path folder, Runnable changed) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        thread = new Thread(() -> run(changed), "parley-corpus-watcher " + folder.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching; {@code changed} runs on the watcher's thread. */
    public static CorpusWatcher watch(Path folder, Runnable changed) throws DocumentException {
        try {
            return new CorpusWatcher(folder.toAbsolutePath().normalize(), changed);
        } catch (IOException e) {
            throw new DocumentException(folder, "cannot be watched for new documents (" + e.getMessage() + ")", e);
        }
    }

    private void run(Runnable changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = relevant(key);
                // let a burst settle: more events within the quiet time join this report
                for (WatchKey more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS); more != null;
                        more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) {
                    relevant |= relevant(more);
                }
                if (relevant) {
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private static boolean relevant(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
            } else if (event.context() instanceof Path name) {
                String n = name.toString();
                relevant |= !n.startsWith("."); // a text, or a report dropped in to be imported
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
