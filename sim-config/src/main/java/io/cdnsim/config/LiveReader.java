package io.cdnsim.config;

import io.cdnsim.content.Ladder;
import io.cdnsim.model.Audience;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.LowLatency;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.Topology;
import java.nio.file.Path;

/**
 * Reads the {@code live} section of a scenario, with its {@code audience}, {@code player} and {@code urls}, into a
 * {@link LiveEvent}: the channel's timing (segment duration, DVR window, key rotation) here, its parts (low-latency
 * HLS) by {@link LowLatencyReader}, a low-latency player's startup buffer one part by default, the ladder, the players
 * and the audience by their own readers. Unwritten fields take their {@link Defaults}.
 */
final class LiveReader {

    private LiveReader() {
    }

    static LiveEvent read(Problems p, ScenarioFile f, Topology topology, long duration, Path dir) {
        ScenarioFile.LiveFile lf = f.live();
        long segment = ProgrammeReader.segmentDuration(p, "live", lf.segmentDuration(),
                Defaults.LIVE_SEGMENT_DURATION);
        long dvr = p.micros("live.dvrWindow", lf.dvrWindow(), Defaults.DVR_WINDOW);
        if (dvr < segment) {
            p.add("live.dvrWindow", "must hold at least one segment (" + lf.segmentDuration() + ")");
        }
        Ladder ladder = LadderReader.read(p, "live", lf.ladder());
        double variation = ProgrammeReader.sizeVariation(p, "live", lf.sizeVariation());
        LowLatency lowLatency = LowLatencyReader.read(p, lf, segment, dvr);
        PlayerSettings player = PlayerReader.read(p, f.player(),
                lowLatency == null ? segment : segment / lowLatency.partsPerSegment());
        Audience audience = AudienceReader.read(p, f.audience(), topology, segment, player, ladder, duration, dir);
        return new LiveEvent(segment, dvr, ladder, variation, audience, player, PlayerReader.urls(p, f.urls()),
                ProgrammeReader.keyRotation(p, "live", lf.keyRotation(), segment), lowLatency);
    }
}
