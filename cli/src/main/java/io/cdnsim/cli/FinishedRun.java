package io.cdnsim.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.config.InputFile;
import io.cdnsim.config.Limits;
import io.cdnsim.report.OutputFolder;
import io.cdnsim.report.SummaryJson;
import io.cdnsim.report.WrittenFiles;
import io.cdnsim.report.chart.SeriesTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * An output folder of an earlier run, as {@code compare} reads it: its summary.json (a regular file of JSON whose
 * key figures have the shape cdnsim writes, each within its range) and its time series for the charts. A file that is
 * not what cdnsim wrote is refused with one line naming it and the problem, its line and column where the JSON is
 * broken. When the folder has a {@code .cdnsim-manifest}, both files must be as it lists them (size and SHA-256): an
 * edited figure is refused however plausible it looks. A folder without one (written by an older cdnsim) is read;
 * what guards it is the check that every figure is within its range, made on every folder.
 *
 * @param folder  the output folder
 * @param summary its summary.json
 * @param series  replication 0 of its timeseries.csv, or null if it has none
 */
record FinishedRun(Path folder, JsonNode summary, SeriesTable series) {

    /** Largest summary.json read: far above what 1,000 replications of the largest topology write. */
    static final long MAX_SUMMARY_BYTES = 64L << 20;

    private static final double[] SHARE = {0, 1};
    private static final double[] AT_MOST_ONE = {Double.NEGATIVE_INFINITY, 1};
    private static final double[] NOT_NEGATIVE = {0, Double.POSITIVE_INFINITY};
    private static final double[] ANY = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};

    /**
     * @param folder an output folder
     * @return its summary and time series
     * @throws BadInputException if it has no summary.json, or one that is not a regular file of cdnsim's shape and
     *                           ranges, or a timeseries.csv that is not a regular file of cdnsim's, or either differs
     *                           from what the folder's manifest lists, or the manifest is damaged
     */
    static FinishedRun read(Path folder) throws BadInputException {
        Path file = folder.resolve("summary.json");
        if (!Files.exists(file)) {
            throw new BadInputException(folder + ": a folder without summary.json is not a finished run");
        }
        WrittenFiles written = written(folder);
        byte[] bytes;
        try {
            bytes = InputFile.readAll(file, MAX_SUMMARY_BYTES, "summary.json");
        } catch (InputFile.RefusedException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the file (" + reason(e) + ")");
        }
        String changed = written == null ? null : written.problem("summary.json", bytes);
        if (changed != null) {
            throw new BadInputException(file + " " + changed);
        }
        JsonNode summary;
        try {
            summary = new ObjectMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            String reason = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll(":.*|\\s*\\(.*", "");
            throw new BadInputException(file + where + ": not valid JSON (" + reason + ")");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the file (" + reason(e) + ")");
        }
        String problem = shapeProblem(summary);
        if (problem != null) {
            throw new BadInputException(file + ": not a summary.json cdnsim wrote: " + problem);
        }
        return new FinishedRun(folder, summary, series(folder, written));
    }

    /** @return what the folder's manifest vouches for, or null if it has none */
    private static WrittenFiles written(Path folder) throws BadInputException {
        Path manifest = folder.resolve(OutputFolder.MANIFEST);
        try {
            return WrittenFiles.of(folder);
        } catch (WrittenFiles.DamagedException e) {
            throw new BadInputException(manifest + " is damaged (" + e.getMessage() + "), so it vouches for none of "
                    + "the files of " + folder);
        } catch (IOException e) {
            throw new BadInputException(manifest + ": cannot read the file (" + reason(e) + ")");
        }
    }

    /**
     * @return what in {@code summary} is not as cdnsim writes it (its schemaVersion, estimates of numbers, each within
     *         its range), or null
     */
    private static String shapeProblem(JsonNode summary) {
        if (summary == null || !summary.isObject()) {
            return "it is not a JSON object";
        }
        JsonNode version = summary.path("schemaVersion");
        if (!version.isInt() || version.intValue() != SummaryJson.SCHEMA_VERSION) {
            boolean older = version.isInt() && version.intValue() < SummaryJson.SCHEMA_VERSION;
            return "schemaVersion must be " + SummaryJson.SCHEMA_VERSION + ", found "
                    + shown(summary.get("schemaVersion"))
                    + (older ? ": written by an older cdnsim, whose counts mean other things; run the scenario again"
                            : "");
        }
        if (!summary.path("estimates").isObject()) {
            return "estimates must be an object of key figures, found " + shown(summary.get("estimates"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = summary.get("estimates").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String at = "estimates." + e.getKey();
            if (!v.isObject()) {
                return at + " must be an object, found " + shown(v);
            }
            for (String field : new String[] {"mean", "halfWidth95"}) {
                if (v.has(field) && !v.get(field).isNumber() && !v.get(field).isNull()) {
                    return at + "." + field + " must be a number or null, found " + shown(v.get(field));
                }
            }
            if (v.has("n") && (!v.get("n").isInt() || v.get("n").intValue() < 1
                    || v.get("n").intValue() > Limits.MAX_REPLICATIONS)) {
                return at + ".n must be a whole number from 1 to " + Limits.MAX_REPLICATIONS + ", found "
                        + shown(v.get("n"));
            }
            String range = outside(at + ".mean", v.get("mean"), range(e.getKey()));
            if (range == null) {
                range = outside(at + ".halfWidth95", v.get("halfWidth95"), NOT_NEGATIVE);
            }
            if (range != null) {
                return range;
            }
        }
        JsonNode warmup = summary.path("scenario").path("warmupSeconds");
        if (!warmup.isMissingNode() && !warmup.isNumber()) {
            return "scenario.warmupSeconds must be a number, found " + shown(warmup);
        }
        return outside("scenario.warmupSeconds", warmup, NOT_NEGATIVE);
    }

    /**
     * @param key a key figure ({@code edge.requestHitRatio})
     * @return the lowest and highest mean it can have: a share from 0 to 1, an offload at most 1 (below 0 when the
     *         origin sent more than the viewers got), a rate, size or time 0 or more, any finite number otherwise
     */
    private static double[] range(String key) {
        if (key.endsWith("Ratio") || key.endsWith("Rate")) {
            return SHARE;
        }
        if (key.endsWith("offload")) {
            return AT_MOST_ONE;
        }
        boolean measure = key.endsWith("Bytes") || key.endsWith("Ms") || key.endsWith("Kbps")
                || key.endsWith("PerSecond");
        return measure ? NOT_NEGATIVE : ANY;
    }

    /** @return what is wrong with the number {@code v} (a missing value or a null is not), or null if it is in range */
    private static String outside(String at, JsonNode v, double[] range) {
        if (v == null || !v.isNumber()) {
            return null;
        }
        double x = v.doubleValue();
        if (Double.isFinite(x) && x >= range[0] && x <= range[1]) {
            return null;
        }
        String allowed = range == SHARE ? "from 0 to 1" : range == AT_MOST_ONE ? "at most 1"
                : range == NOT_NEGATIVE ? "0 or more" : "";
        String found = Double.isFinite(x) ? shown(v) : "a number too large for a double (beyond 1.8e308)";
        return at + " must be a finite number" + (allowed.isEmpty() ? "" : " " + allowed) + ", found " + found;
    }

    private static String shown(JsonNode v) {
        String text = v == null ? "nothing" : v.toString().replaceAll("\\p{Cntrl}", "?");
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static SeriesTable series(Path folder, WrittenFiles written) throws BadInputException {
        Path file = folder.resolve("timeseries.csv");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            InputFile.check(file, Long.MAX_VALUE, "time series");
            String problem = written == null ? null : written.problem("timeseries.csv", file);
            if (problem != null) {
                throw new BadInputException(file + " " + problem);
            }
        } catch (InputFile.RefusedException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the file (" + reason(e) + ")");
        }
        try {
            return SeriesTable.read(file, 0);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException
                 | IndexOutOfBoundsException e) {
            throw new BadInputException(file + ": not a time series cdnsim wrote (" + reason(e) + ")");
        }
    }

    /** @return the first line of what went wrong, without the names of the exceptions that carried it */
    private static String reason(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.lines().findFirst().orElse("").replaceAll("([a-z]+\\.)+[A-Z]\\w*: ", "").strip();
    }
}
