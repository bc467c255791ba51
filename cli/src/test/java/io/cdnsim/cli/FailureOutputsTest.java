package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs of a run with failures (N7): a short premiere (2,000 viewers, 60 s) with edge-lon down from 25 s to
 * 45 s (its viewers moved 5 s in) and the shield down from 30 s to 40 s. Its files are byte for byte the same on one
 * thread and on two, and each output says what the failures did.
 */
class FailureOutputsTest {

    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        String text = Files.readString(Cli.shortPremiere(dir));
        text = Cli.replace(text, "name: .*", "name: short-failures");
        text = Cli.replace(text, "  duration: .*", "  duration: 60s");
        text += "failures:\n  - { node: edge-lon, from: 25s, to: 45s, detection: 5s }\n"
                + "  - { node: shield-iad, from: 30s, to: 40s, restart: cold }\n";
        return Files.writeString(dir.resolve("short-failures.yaml"), text);
    }

    // Pins that the failures take effect at the same instants in the partitions whatever the threads: every output
    // file is the same on one thread and on two (run-info.json aside), and the console summary too.
    @Test
    void failuresGiveTheSameBytesOnOneThreadAndOnTwo() throws IOException {
        Path scenario = scenario();
        Cli.Result one = Cli.execute("run", scenario.toString(), "--out", dir.resolve("one").toString(), "--threads",
                "1");
        Cli.Result two = Cli.execute("run", scenario.toString(), "--out", dir.resolve("two").toString(), "--threads",
                "2");
        assertEquals(0, one.code(), one::toString);
        assertEquals(0, two.code(), two::toString);
        List<String> files = files(dir.resolve("one"));
        assertEquals(files, files(dir.resolve("two")));
        for (String f : files) {
            if (!f.equals(RunReport.RUN_INFO) && !f.startsWith(".")) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)),
                        Files.readAllBytes(dir.resolve("two").resolve(f)), f);
            }
        }
        assertEquals(one.out().replaceAll("Outputs: .*", ""), two.out().replaceAll("Outputs: .*", ""));
    }

    // Pins what each output says of the failures: the console's block per failure, summary.json's failures[],
    // report.html's section, and the charts' shaded, labelled windows.
    @Test
    void everyOutputSaysWhatTheFailuresDid() throws IOException {
        Cli.Result r = Cli.execute("run", scenario().toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Failures (replication 0; each over its window"), r.out());
        assertTrue(r.out().contains(" 1. node edge-lon down from 25 s to 45 s; comes back warm"), r.out());
        assertTrue(r.out().contains(" 2. node shield-iad down from 30 s to 40 s; comes back cold (empty)"), r.out());
        JsonNode failures = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile()).at("/runs/0/failures");
        assertEquals(2, failures.size());
        assertEquals("node", failures.get(0).get("kind").asText());
        assertEquals(25.0, failures.get(0).get("fromSeconds").asDouble());
        assertTrue(failures.get(0).get("moved").asLong() > 0, failures.toString());
        assertTrue(failures.get(0).at("/viewerErrors/refused").asLong() > 0, failures.toString());
        assertTrue(failures.get(1).get("rerouted").asLong() > 0, failures.toString());
        assertEquals(0.0, failures.get(1).at("/tiers/2/requestsPerSecond/during").asDouble(), "the shield got none");
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("<section id=\"failures\">"));
        assertTrue(html.contains("2. node shield-iad down from 30 s to 40 s"));
        String chart = Files.readString(dir.resolve("out/charts/origin-requests.svg"));
        assertTrue(chart.contains("failure 1") && chart.contains("failure 2"), "the windows are labelled");
    }

    // Pins that a link losing capacity says what is left of it, in the console and in report.html alike (the short
    // premiere on five-tier-global-capacity, Europe's 1.2 Tbit/s peering losing 90 % from 10 s to 20 s), and that
    // summary.json names its kind and share.
    @Test
    void aLossOfCapacitySaysWhatIsLeft() throws IOException {
        String text = Files.readString(Cli.shortPremiere(dir));
        text = text.replace("five-tier-global.yaml", "five-tier-global-capacity.yaml")
                + "failures:\n  - { peering: eu, from: 10s, to: 20s, lostCapacity: 0.9 }\n";
        Path file = Files.writeString(dir.resolve("cut.yaml"), text);
        Cli.Result r = Cli.execute("run", file.toString(), "--out", dir.resolve("cut").toString());
        assertEquals(0, r.code(), r::toString);
        String left = "capacity left: 120.00 Gbit/s of 1,200.00 Gbit/s";
        assertTrue(r.out().contains(" 1. peering eu lost 90 % of its capacity from 10 s to 20 s\n    " + left),
                r.out());
        assertTrue(Files.readString(dir.resolve("cut/report.html")).contains(left));
        JsonNode failure = new ObjectMapper().readTree(dir.resolve("cut/summary.json").toFile())
                .at("/runs/0/failures/0");
        assertEquals("peering", failure.get("kind").asText());
        assertEquals(0.9, failure.get("lostCapacity").asDouble());
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
