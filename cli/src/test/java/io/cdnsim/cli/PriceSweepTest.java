package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.config.Sweep;
import io.cdnsim.config.SweepReader;
import io.cdnsim.report.RunFigures;
import io.cdnsim.sweep.LocalSweepEngine;
import io.cdnsim.sweep.SweepEngine;
import io.cdnsim.sweep.SweepRow;
import io.cdnsim.sweep.SweepTask;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep that varies prices alone runs each replication once and prices it under every point's sheets: its rows are
 * those of one run per point and replication, and a sweep that varies anything else runs every task.
 */
class PriceSweepTest {

    private static final String PRICES = """
            name: prices
            scenario: small.yaml
            replications: 2
            grid:
              cost.projection.repeatsPerMonth: [30, 300, 3000]
            figures: [edge.requestHitRatio, origin.requestsPerSecond, bill.totalUsd, bill.cdnDeliveryUsd]
            """;

    @TempDir
    Path dir;

    // Pins that a shared run gives each task the row a run of its own gives it (names and exact values), and that the
    // points do differ by their bill (ten times the month, more than ten times the delivery price past the tiers).
    @Test
    void aRunPricedForEveryPointGivesTheRowsOfOneRunEach() throws Exception {
        Sweep sweep = SweepReader.read(SweepFiles.write(dir, PRICES), RunFigures::names);
        assertTrue(SweepCommand.pricesOnly(sweep));
        List<SweepTask> tasks = new ArrayList<>();
        for (Sweep.Point p : sweep.points()) {
            for (int r = 0; r < sweep.replications(); r++) {
                tasks.add(new SweepTask(p.index(), r, sweep.scenarioFile().toAbsolutePath().toString(),
                        p.scenarioText(), p.topologyText()));
            }
        }
        List<SweepRow> shared = rows(new LocalSweepEngine(2, true), tasks);
        List<SweepRow> alone = rows(new LocalSweepEngine(2, false), tasks);
        assertEquals(6, shared.size());
        for (int i = 0; i < alone.size(); i++) {
            assertEquals(alone.get(i).point(), shared.get(i).point());
            assertEquals(alone.get(i).replication(), shared.get(i).replication());
            assertArrayEquals(alone.get(i).names(), shared.get(i).names());
            assertArrayEquals(alone.get(i).values(), shared.get(i).values(), "row " + i);
        }
        assertEquals(shared.get(0).figures().get("origin.requestsPerSecond"),
                shared.get(4).figures().get("origin.requestsPerSecond"));
        assertNotEquals(shared.get(0).figures().get("bill.totalUsd"), shared.get(4).figures().get("bill.totalUsd"));
    }

    // Pins the rule: any parameter outside the cost section makes every task a run of its own.
    @Test
    void aSweepOfAnythingElseIsNotPricesOnly() throws Exception {
        Sweep sweep = SweepReader.read(SweepFiles.write(dir, SweepFiles.SWEEP), RunFigures::names);
        assertFalse(SweepCommand.pricesOnly(sweep));
    }

    private static List<SweepRow> rows(SweepEngine engine, List<SweepTask> tasks) throws Exception {
        List<SweepRow> rows = new ArrayList<>();
        try (engine) {
            engine.run(tasks, new SweepEngine.Listener() {
                @Override
                public void finished(SweepRow row) {
                    rows.add(row);
                }

                @Override
                public void running(int inFlight) {
                }
            });
        }
        rows.sort(Comparator.comparingInt(SweepRow::point).thenComparingInt(SweepRow::replication));
        return rows;
    }
}
