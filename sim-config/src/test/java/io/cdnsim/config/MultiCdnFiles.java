package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;
import io.cdnsim.model.Scenario;
import io.cdnsim.player.Session;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped multi-CDN files, read as text and changed for a test: every change names the text it replaces and
 * fails if the shipped file no longer has it, so a test never silently runs something else than it says.
 */
final class MultiCdnFiles {

    static final Path SCENARIOS = Path.of("..", "scenarios");
    static final Path TOPOLOGIES = Path.of("..", "topologies");

    private MultiCdnFiles() {
    }

    /** @return the text of a shipped file */
    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code text} with the first match of the regular expression {@code from} replaced, which must match */
    static String replace(String text, String from, String to) {
        String changed = text.replaceFirst(from, java.util.regex.Matcher.quoteReplacement(to));
        assertTrue(!changed.equals(text) || text.contains(to), "no '" + from + "' in the shipped text");
        return changed;
    }

    /** @return a shipped scenario's text with its topology line naming {@code topology} by its absolute path */
    static String withTopology(String scenarioText, Path topology) {
        return replace(scenarioText, "topology: [^\n]*", "topology: "
                + topology.toAbsolutePath().normalize().toString().replace("\\", "/"));
    }

    /**
     * The topology of one CDN of a shipped multi-CDN topology as a topology of its own: the CDN's tiers (as written,
     * moved out of the {@code cdns} list), then the file's shared tiers and origins as they are.
     *
     * @param topologyText the text of a topology with a {@code cdns} section
     * @param cdn          the CDN's name
     * @return the text of a topology without a {@code cdns} section
     */
    static String oneCdn(String topologyText, String cdn) {
        String[] lines = topologyText.split("\n", -1);
        StringBuilder head = new StringBuilder();
        StringBuilder own = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        int i = 0;
        for (; i < lines.length && !lines[i].equals("cdns:"); i++) {
            head.append(lines[i].startsWith("name: ") ? "name: " + cdn + "-alone" : lines[i]).append('\n');
        }
        i++;
        boolean mine = false;
        for (; i < lines.length && (lines[i].startsWith(" ") || lines[i].isEmpty()); i++) {
            if (lines[i].startsWith("  - name: ")) {
                mine = lines[i].equals("  - name: " + cdn);
            } else if (mine && !lines[i].equals("    tiers:")) {
                own.append(lines[i].substring(4)).append('\n');
            }
        }
        for (; i < lines.length; i++) {
            if (lines[i].equals("tiers:")) {
                continue;
            }
            rest.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
        }
        assertTrue(own.length() > 0, "no CDN '" + cdn + "' in the topology");
        return head + "tiers:\n" + own + rest;
    }

    /** @return a file written into {@code dir} */
    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the scenario of a text written into {@code dir}, its cost section left out (its sheets are found beside
     *         the shipped scenarios, not in the temporary folder)
     */
    static Scenario scenario(Path dir, String name, String text) {
        try {
            return ScenarioReader.read(write(dir, name, text.replaceFirst("(?s)\ncost:.*", "\n")));
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A run's figures and the sessions that ended in it, in the order they ended. */
    record Run(RunResult result, List<Session> sessions) {
    }

    /** @return a run of replication 0 on one thread, with its sessions kept */
    static Run run(Scenario scenario) {
        List<Session> sessions = new ArrayList<>();
        RunResult r = Simulation.run(scenario, 0, RunOptions.defaults().withSessions(sessions::add));
        return new Run(r, sessions);
    }

    /** Asserts two sets of figures equal: requests, each outcome of each kind with its bytes, what went upstream. */
    static void assertSameStats(NodeStats e, NodeStats a, String where) {
        assertEquals(e.requests(), a.requests(), where + " requests");
        for (ObjectKind k : ObjectKind.values()) {
            assertEquals(e.requests(k), a.requests(k), where + " " + k);
            for (Outcome o : Outcome.values()) {
                assertEquals(e.outcomes(k, o), a.outcomes(k, o), where + " " + k + " " + o);
                assertEquals(e.bytesOut(k, o), a.bytesOut(k, o), where + " " + k + " " + o + " bytes");
            }
        }
        for (UpstreamReason r : UpstreamReason.values()) {
            assertEquals(e.upstreamRequests(r), a.upstreamRequests(r), where + " upstream " + r);
        }
        assertEquals(e.upstreamBytes(), a.upstreamBytes(), where + " upstream bytes");
        assertEquals(e.upstreamFailed(), a.upstreamFailed(), where + " upstream failed");
        assertEquals(e.lockTimeouts(), a.lockTimeouts(), where + " lock timeouts");
        assertEquals(e.responseTime().getTotalCount(), a.responseTime().getTotalCount(), where + " response times");
        assertEquals(e.responseTime().getMaxValue(), a.responseTime().getMaxValue(), where + " slowest response");
    }
}
