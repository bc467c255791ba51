package io.cdnsim.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.config.InputFile;
import io.cdnsim.report.chart.SeriesTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * An output folder of an earlier run, as {@code compare} reads it: its summary.json (a regular file of JSON whose
 * key figures have the shape cdnsim writes) and its time series for the charts. A file that is not what cdnsim wrote
 * is refused with one line naming it and the problem, its line and column where the JSON is broken.
 *
 * @param folder  the output folder
 * @param summary its summary.json
 * @param series  replication 0 of its timeseries.csv, or null if it has none
 */
record FinishedRun(Path folder, JsonNode summary, SeriesTable series) {

    /** Largest summary.json read: far above what 1,000 replications of the largest topology write. */
    static final long MAX_SUMMARY_BYTES = 64L << 20;

    /**
     * @param folder an output folder
     * @return its summary and time series
     * @throws BadInputException if it has no summary.json, or one that is not a regular file of cdnsim's shape, or
     *                           a timeseries.csv that is not a regular file of cdnsim's
     */
    static FinishedRun read(Path folder) throws BadInputException {
        Path file = folder.resolve("summary.json");
        if (!Files.exists(file)) {
            throw new BadInputException(folder + ": a folder without summary.json is not a finished run");
        }
        JsonNode summary;
        try {
            summary = new ObjectMapper().readTree(InputFile.readAll(file, MAX_SUMMARY_BYTES, "summary.json"));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            String reason = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll(":.*|\\s*\\(.*", "");
            throw new BadInputException(file + where + ": not valid JSON (" + reason + ")");
        } catch (InputFile.RefusedException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the file (" + reason(e) + ")");
        }
        String problem = shapeProblem(summary);
        if (problem != null) {
            throw new BadInputException(file + ": not a summary.json cdnsim wrote: " + problem);
        }
        return new FinishedRun(folder, summary, series(folder));
    }

    /** @return what in {@code summary} is not as cdnsim writes it (schemaVersion 1, estimates of numbers), or null */
    private static String shapeProblem(JsonNode summary) {
        if (summary == null || !summary.isObject()) {
            return "it is not a JSON object";
        }
        if (!summary.path("schemaVersion").isInt() || summary.get("schemaVersion").intValue() != 1) {
            return "schemaVersion must be 1, found " + shown(summary.get("schemaVersion"));
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
            if (v.has("n") && (!v.get("n").isInt() || v.get("n").intValue() < 1)) {
                return at + ".n must be a whole number of at least 1, found " + shown(v.get("n"));
            }
        }
        JsonNode warmup = summary.path("scenario").path("warmupSeconds");
        if (!warmup.isMissingNode() && !warmup.isNumber()) {
            return "scenario.warmupSeconds must be a number, found " + shown(warmup);
        }
        return null;
    }

    private static String shown(JsonNode v) {
        String text = v == null ? "nothing" : v.toString().replaceAll("\\p{Cntrl}", "?");
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static SeriesTable series(Path folder) throws BadInputException {
        Path file = folder.resolve("timeseries.csv");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            InputFile.check(file, Long.MAX_VALUE, "time series");
        } catch (InputFile.RefusedException e) {
            throw new BadInputException(file + ": " + e.getMessage());
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
