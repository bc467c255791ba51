package io.cdnsim.player;

import static io.cdnsim.player.LiveFixture.MS;
import static io.cdnsim.player.LiveFixture.S;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Audience;
import io.cdnsim.model.Congestion;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.UrlSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * dash.js's abandon-requests rule ({@link Abandonment}) on a hand-computed session. One viewer joins at 0 and watches a
 * ten-segment title (4 s segments, renditions of 1 and 4 Mbit/s: 4 and 16 Mbit) on a 10 Mbit/s last mile without
 * latency, through an edge that answers at once; from 10 s on, a congestion leaves it 10 %: 1 Mbit/s. The throughput
 * rule (safety 0.9) picks 1 Mbit/s for segment 0 (no estimate; 0.4 s), then 4 Mbit/s (estimate 10 Mbit/s): its init
 * segment and segments 1 to 6 take 1.6 s each, segment 6 ending at 10.0034 s. Segment 7 is asked at 4 Mbit/s at
 * 10.0034 s, in the congestion: 16 Mbit at 1 Mbit/s would take 16 s.
 */
class AbandonmentTest {

    private static final long D = 4 * S;

    private static Scenario scenario(boolean abandon) {
        Audience audience = LiveFixture.audience(1, new Arrival.Spike(0, 1), 3_600 * S, 10e6, 0,
                List.of(new Congestion("*", 10 * S, 600 * S, 0.1)));
        OnDemandService vod = new OnDemandService(D, LiveFixture.ladder(1_000_000, 4_000_000), 0, 1, 1.0,
                new Distribution.Fixed(10 * D), List.of(), null, audience,
                new PlayerSettings("throughput", 0.9, D, 3, 500 * MS, false, abandon), UrlSpec.SHARED);
        return new Scenario("abandon", "", LiveFixture.edgeOnly(0, 0), 3, new RunSettings(600 * S, 0, 1), Map.of(),
                500, vod);
    }

    /**
     * Pins the abandonment: 500 ms after segment 7's first bit, 0.5 Mbit have arrived (1 Mbit/s), the whole would take
     * 16 s (at least 1.8 × 4 s), 1 Mbit/s fits the 1 Mbit/s rendition and the 15.5 Mbit left exceed the 4 Mbit of
     * that rendition, and the buffer (17.9 s) is below the device's 30 s: the player gives it up and asks segment 7 at
     * 1 Mbit/s, as it then does segments 8 and 9 (its estimate, 3.25 Mbit/s after segment 7, fits only 1 Mbit/s).
     * Played: segment 0 and 7-9 at 1 Mbit/s, 1-6 at 4: (4 × 1 + 6 × 4) / 10 = 2.8 Mbit/s; switches up, down; the edge
     * answered 11 segment requests for 10 segments. Without the rule segment 7 plays at 4 Mbit/s: 3.1 Mbit/s, 10.
     */
    @Test
    void aSegmentThatWouldTakeTooLongIsAskedAgainLower() {
        LiveFixture.Run on = LiveFixture.run(scenario(true));
        Session s = on.sessions().get(0);
        assertEquals(10, s.segments());
        assertEquals(2, s.switches());
        assertEquals(2_800_000, s.averageBitrate(), 1e-6);
        assertEquals(11, on.result().edge().stats().requests(ObjectKind.MEDIA_SEGMENT));

        LiveFixture.Run off = LiveFixture.run(scenario(false));
        Session t = off.sessions().get(0);
        assertEquals(10, t.segments());
        assertEquals(3_100_000, t.averageBitrate(), 1e-6);
        assertEquals(10, off.result().edge().stats().requests(ObjectKind.MEDIA_SEGMENT));
    }
}
