package parley.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One progress line on the console: rewritten in place on a terminal, printed at most every few
 * seconds otherwise so that logs stay readable.
 */
final class ConsoleProgress {

    private final PrintStream err;
    private final String verb;
    private final boolean terminal;
    private final long intervalNanos;
    private long lastPrint;
    private boolean open;

    ConsoleProgress(PrintStream err, String verb) {
        this.err = err;
        this.verb = verb;
        this.terminal = System.console() != null;
        this.intervalNanos = (terminal ? 100L : 5000L) * 1_000_000L;
    }

    synchronized void update(int done, int total, Path current) {
        long now = System.nanoTime();
        if (done < total && now - lastPrint < intervalNanos) {
            return;
        }
        lastPrint = now;
        String line = String.format("%s %d/%d (%d%%) %s", verb, done, total, total == 0 ? 100 : done * 100 / total,
                current == null ? "" : current.getFileName());
        if (terminal) {
            err.print("\r\033[K" + line);
            open = done < total;
            if (!open) {
                err.println();
            }
        } else {
            err.println(line);
        }
    }

    /** Ends the progress line before another message is printed. */
    synchronized void interrupt() {
        if (open) {
            err.println();
            open = false;
        }
    }
}
