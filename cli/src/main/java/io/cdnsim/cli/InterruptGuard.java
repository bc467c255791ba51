package io.cdnsim.cli;

import io.cdnsim.report.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * For the duration of a run, a JVM shutdown hook that gives up the run's output folder if the run is interrupted
 * (Ctrl-C, SIGTERM) before it committed, and says so on stderr. A run that committed is left alone: the folder's
 * commit and abandon exclude each other. Closing the guard removes the hook.
 */
final class InterruptGuard implements AutoCloseable {

    private final Thread hook;

    private InterruptGuard(Thread hook) {
        this.hook = hook;
    }

    /**
     * @param folder the run's output folder
     * @param shown  the target folder as the user named it
     * @param err    standard error
     * @return the guard, its hook registered
     */
    static InterruptGuard watch(OutputFolder folder, Path shown, PrintWriter err) {
        Thread hook = new Thread(() -> {
            try {
                if (folder.abandon()) {
                    err.println();
                    err.println("interrupted: no output written to " + shown);
                }
            } catch (IOException e) {
                err.println("interrupted: could not delete the temporary output folder beside " + shown + ": " + e);
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
