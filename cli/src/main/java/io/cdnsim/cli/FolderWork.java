package io.cdnsim.cli;

import io.cdnsim.content.BadTraceException;
import io.cdnsim.report.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a command computes and writes into its output folder, and the one way commands run it: in a new
 * {@link OutputFolder} guarded against Ctrl-C ({@link InterruptGuard}), a refused folder or a bad trace met on the way
 * reported as bad input (exit 2), a failed write as a failure (exit 1), each with one line on stderr and no partial
 * outputs left.
 *
 * @param <T> what the work returns to the command (its runs, its curve)
 */
@FunctionalInterface
interface FolderWork<T> {

    /**
     * @param folder the output folder, to write into and commit
     * @return what the command prints from
     * @throws IOException if the work cannot read or write
     */
    T write(OutputFolder folder) throws IOException;

    /**
     * The work's value, or the exit code of a command that stops.
     *
     * @param value the work's value, null when it stopped
     * @param code  {@link Main#OK}, else the exit code
     * @param <T>   the value's type
     */
    record Done<T>(T value, int code) {
    }

    /**
     * @param work   what to compute and write
     * @param outDir the output folder
     * @param files  the files the command writes there (a folder holding others is refused)
     * @param err    where the one-line reasons go
     * @param <T>    what the work returns
     * @return the work's value with {@link Main#OK}, or the exit code
     */
    static <T> Done<T> run(FolderWork<T> work, Path outDir, Set<String> files, PrintWriter err) {
        try (OutputFolder folder = new OutputFolder(outDir, files)) {
            try (InterruptGuard guard = InterruptGuard.watch(folder, outDir, err)) {
                return new Done<>(work.write(folder), Main.OK);
            } catch (IOException e) {
                if (folder.abandoned()) {
                    return new Done<>(null, Main.FAILED);
                }
                throw e;
            }
        } catch (OutputFolder.RefusedException e) {
            err.println("--out: " + e.getMessage());
            return new Done<>(null, Main.BAD_INPUT);
        } catch (BadTraceException e) {
            err.println(e.getMessage());
            return new Done<>(null, Main.BAD_INPUT);
        } catch (IOException e) {
            err.println("cdnsim: cannot write the outputs to " + outDir + ": " + RunCommand.describe(e));
            return new Done<>(null, Main.FAILED);
        }
    }
}
