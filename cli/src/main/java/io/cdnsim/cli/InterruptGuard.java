package io.cdnsim.cli;

import io.cdnsim.report.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * For the duration of a command, a JVM shutdown hook that gives up the command's output folders if it is interrupted
 * (Ctrl-C, SIGTERM) before they are committed, and says so on stderr. A folder that was committed is left alone: the
 * folder's commit and abandon exclude each other. Closing the guard removes the hook.
 *
 * <p>Watching starts by saying on stderr which temporary folders of earlier, interrupted runs into the same places the
 * folders removed when they were opened.
 */
final class InterruptGuard implements AutoCloseable {

    /**
     * An output folder, and its target as the user named it.
     *
     * @param folder the output folder, not committed yet
     * @param shown  the target folder as the user named it (or as the default named it)
     */
    record Watched(OutputFolder folder, Path shown) {
    }

    private final Thread hook;

    private InterruptGuard(Thread hook) {
        this.hook = hook;
    }

    /**
     * @param folder the command's output folder
     * @param shown  the target folder as the user named it
     * @param err    standard error
     * @return the guard, its hook registered
     */
    static InterruptGuard watch(OutputFolder folder, Path shown, PrintWriter err) {
        return watch(List.of(new Watched(folder, shown)), err);
    }

    /**
     * @param folders the command's output folders
     * @param err     standard error
     * @return the guard, its hook registered
     */
    static InterruptGuard watch(List<Watched> folders, PrintWriter err) {
        for (Watched w : folders) {
            for (String leftover : w.folder().removedLeftovers()) {
                err.println("removed a leftover temporary folder " + w.shown().resolveSibling(leftover)
                        + " of an interrupted run");
            }
        }
        Thread hook = new Thread(() -> {
            boolean first = true;
            for (Watched w : folders) {
                try {
                    if (w.folder().abandon()) {
                        if (first) {
                            err.println();
                            first = false;
                        }
                        err.println("interrupted: no output written to " + w.shown());
                    }
                } catch (IOException e) {
                    err.println("interrupted: could not delete the temporary output folder beside " + w.shown()
                            + ": " + e);
                }
            }
            err.flush();
        }, "cdnsim-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return new InterruptGuard(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs (or ran) and decides
        }
    }
}
