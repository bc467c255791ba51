package io.cdnsim.cli;

import io.cdnsim.cache.CurveResult;
import io.cdnsim.cache.MissRatioCurve;
import io.cdnsim.config.CurveReader;
import io.cdnsim.content.BadTraceException;
import io.cdnsim.content.RequestSource;
import io.cdnsim.report.CurveReport;
import io.cdnsim.report.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cdnsim replay TRACE --cache A:B} (or {@code A,B,C}): computes the miss-ratio curve in one pass over the
 * trace ({@link MissRatioCurve}), then writes {@code mrc.csv} and the chart and prints the table and the knee. Nothing
 * is written when the trace turns out to be bad on the way.
 */
final class CurveRun {

    private CurveRun() {
    }

    /**
     * @param spec   the command
     * @param curve  what to compute
     * @param outDir the output folder
     * @param quiet  print nothing but errors
     * @return the exit code
     */
    static int execute(CommandSpec spec, CurveReader.Curve curve, Path outDir, boolean quiet) {
        PrintWriter err = spec.commandLine().getErr();
        CurveResult result;
        try (OutputFolder folder = new OutputFolder(outDir, CurveReport.FILES)) {
            try (InterruptGuard guard = InterruptGuard.watch(folder, outDir, err)) {
                try (RequestSource source = curve.replay().opener().open()) {
                    result = MissRatioCurve.compute(source, curve.setup());
                }
                CurveReport.write(result, "Miss-ratio curve, " + curve.eviction().toUpperCase(Locale.ROOT)
                        + (result.rate() < 1 ? " (SHARDS sample)" : "") + ": " + curve.replay().trace(), folder);
                folder.commit();
            } catch (IOException e) {
                if (folder.abandoned()) {
                    return Main.FAILED;
                }
                throw e;
            }
        } catch (OutputFolder.RefusedException e) {
            err.println("--out: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (BadTraceException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("cdnsim: cannot write the outputs to " + outDir + ": " + RunCommand.describe(e));
            return Main.FAILED;
        }
        if (!quiet) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(CurveReport.console(result, new CurveReport.Labels(curve.replay().trace(),
                    curve.replay().format(), curve.eviction(), curve.admission(), curve.warmup(),
                    curve.setup().salt()), outDir));
            out.flush();
        }
        return Main.OK;
    }
}
