package io.cdnsim.cli;

import io.cdnsim.cache.CurveResult;
import io.cdnsim.cache.MissRatioCurve;
import io.cdnsim.config.CurveReader;
import io.cdnsim.content.RequestSource;
import io.cdnsim.report.CurveReport;
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
        FolderWork.Done<CurveResult> done = FolderWork.run(folder -> {
            CurveResult result;
            try (RequestSource source = curve.replay().opener().open()) {
                result = MissRatioCurve.compute(source, curve.setup());
            }
            CurveReport.write(result, "Miss-ratio curve, " + curve.eviction().toUpperCase(Locale.ROOT)
                    + (result.rate() < 1 ? " (SHARDS sample)" : "") + ": " + curve.replay().trace(), folder);
            folder.commit();
            return result;
        }, outDir, CurveReport.FILES, spec.commandLine().getErr());
        if (done.code() != Main.OK) {
            return done.code();
        }
        CurveResult result = done.value();
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
