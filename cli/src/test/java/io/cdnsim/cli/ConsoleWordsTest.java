package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words the console summary gets right at the edges: one of a thing is not "1 things". */
class ConsoleWordsTest {

    // Pins the viewers' experience heading for a single viewer: "1 session of 1 viewer who joined", not "1 sessions of
    // 1 viewers".
    @Test
    void oneViewerIsSingular(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("topo.yaml"), SmallScenario.TOPOLOGY);
        Path scenario = Files.writeString(dir.resolve("one.yaml"), SmallScenario.LIVE.replace("viewers: 100",
                "viewers: 1"));
        Cli.Result r = execute("run", scenario.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Viewers' experience (1 session of 1 viewer who joined):"), r::toString);
    }
}
