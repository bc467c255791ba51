package io.cdnsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.config.Sweep;
import io.cdnsim.report.SweepLayout;
import io.cdnsim.report.SweepReport;
import io.cdnsim.report.chart.Charts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sweep's output folder: the tables and page, and in {@code points/} each finished point's runs (with the SHA-256
 * of the scenario it ran), written as the point finishes, so that {@code --resume} picks up the points already done
 * after an interruption. A folder is used only if it is new, empty, or a sweep's (it has {@value #MARKER}); without
 * {@code --resume} a sweep's earlier files are removed first.
 */
final class SweepFolder {

    /** The file that marks a folder as a sweep's. */
    static final String MARKER = ".cdnsim-sweep";
    /** Where each finished point's runs are kept. */
    static final String POINTS = "points";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    private SweepFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * @param dir    the folder
     * @param resume whether to keep the points an earlier run of the sweep finished
     * @return the folder, ready for points
     * @throws BadInputException if the folder holds something that is not a sweep's
     * @throws IOException       if it cannot be made or cleared
     */
    static SweepFolder open(Path dir, boolean resume) throws BadInputException, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out: " + dir + " exists and is not a folder");
        }
        boolean ours = Files.isRegularFile(dir.resolve(MARKER));
        if (Files.isDirectory(dir) && !ours) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    throw new BadInputException("--out: " + dir + " is not empty and is not a sweep's folder (it has "
                            + "no " + MARKER + "); choose another --out");
                }
            }
        }
        Files.createDirectories(dir.resolve(POINTS));
        SweepFolder folder = new SweepFolder(dir);
        if (ours && !resume) {
            folder.clear();
        }
        Files.writeString(dir.resolve(MARKER), "cdnsim sweep\n");
        return folder;
    }

    /** Removes what an earlier sweep wrote here: its points, tables, page and charts. */
    private void clear() throws IOException {
        for (String f : SweepReport.FILES) {
            Files.deleteIfExists(dir.resolve(f));
        }
        Files.deleteIfExists(dir.resolve(SweepReport.PAGE));
        for (Path sub : List.of(dir.resolve(POINTS), dir.resolve(Charts.FOLDER))) {
            if (Files.isDirectory(sub)) {
                try (Stream<Path> files = Files.list(sub)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    /** @return the folder */
    Path dir() {
        return dir;
    }

    /**
     * @param sweep the sweep
     * @return the points an earlier run finished whose scenario is still the point's, by index
     */
    Map<Integer, SweepLayout.Runs> done(Sweep sweep) {
        Map<Integer, SweepLayout.Runs> done = new LinkedHashMap<>();
        for (Sweep.Point p : sweep.points()) {
            Path file = file(p.index());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                JsonNode root = JSON.readTree(file.toFile());
                if (!identity(sweep, p).equals(root.path("sha256").asText())
                        || root.path("replications").size() != sweep.replications()) {
                    continue;
                }
                List<Map<String, Double>> reps = new ArrayList<>();
                for (JsonNode rep : root.get("replications")) {
                    Map<String, Double> figures = new LinkedHashMap<>();
                    rep.fields().forEachRemaining(e -> figures.put(e.getKey(), e.getValue().isNumber()
                            ? e.getValue().doubleValue() : Double.NaN));
                    reps.add(figures);
                }
                done.put(p.index(), new SweepLayout.Runs(p.index(), reps));
            } catch (IOException | RuntimeException e) {
                // a damaged or half-written point is run again
                continue;
            }
        }
        return done;
    }

    /**
     * Keeps a finished point's runs, atomically.
     *
     * @param sweep the sweep
     * @param runs  the point's runs
     * @throws IOException if the file cannot be written
     */
    void save(Sweep sweep, SweepLayout.Runs runs) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("point", runs.point());
        root.put("sha256", identity(sweep, sweep.points().get(runs.point())));
        ArrayNode reps = root.putArray("replications");
        for (Map<String, Double> rep : runs.replications()) {
            ObjectNode figures = reps.addObject();
            rep.forEach((k, v) -> {
                if (Double.isFinite(v)) {
                    figures.put(k, v);
                } else {
                    figures.putNull(k);
                }
            });
        }
        SweepReport.replace(dir.resolve(POINTS), file(runs.point()).getFileName().toString(),
                JSON.writeValueAsString(root) + "\n");
    }

    private Path file(int point) {
        return dir.resolve(POINTS).resolve(String.format("%05d.json", point));
    }

    /** @return the SHA-256 of what a point runs: its scenario and topology, seed and replications */
    private static String identity(Sweep sweep, Sweep.Point p) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((sweep.seed() + "\n" + sweep.replications() + "\n" + p.scenarioText() + "\n---\n"
                    + (p.topologyText() == null ? "" : p.topologyText())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
