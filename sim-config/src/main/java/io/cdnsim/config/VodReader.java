package io.cdnsim.config;

import io.cdnsim.content.Ladder;
import io.cdnsim.content.SegmentSizes;
import io.cdnsim.model.Audience;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.OnDemandService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code vod} section of a scenario (with its {@code audience}, {@code player} and {@code urls}) into a
 * {@link OnDemandService}; unwritten fields take their {@link Defaults}, the audience and the players those of a live
 * event.
 */
final class VodReader {

    /** Most titles a catalog may have (the object ids leave room for 4 million). */
    static final long MAX_TITLES = 1_000_000;

    private VodReader() {
    }

    static OnDemandService read(Problems p, ScenarioFile f, Topology topology, long duration, Path dir) {
        ScenarioFile.VodFile vf = f.vod();
        long segment = ProgrammeReader.segmentDuration(p, "vod", vf.segmentDuration(),
                Defaults.VOD_SEGMENT_DURATION);
        Ladder ladder = LadderReader.read(p, "vod", vf.ladder());
        double variation = ProgrammeReader.sizeVariation(p, "vod", vf.sizeVariation());
        p.require("vod.titles", vf.titles(), "how many titles the catalog has, for example 5000");
        long titles = vf.titles() == null ? Defaults.VOD_TITLES : vf.titles();
        boolean titlesValid = titles >= 1 && titles <= MAX_TITLES;
        if (!titlesValid) {
            p.add("vod.titles", "must be between 1 and " + MAX_TITLES + ", found " + titles);
            titles = 1;
        }
        double alpha = vf.alpha() == null ? Defaults.ZIPF_ALPHA : vf.alpha();
        if (!(alpha > 0 && alpha <= 5)) {
            p.add("vod.alpha", "a Zipf exponent more than 0 and at most 5, found " + alpha);
            alpha = Defaults.ZIPF_ALPHA;
        }
        Distribution length = DistributionReader.read(p, "vod.length",
                vf.length() == null ? Defaults.VOD_LENGTH : vf.length(), Quantity::micros);
        List<OnDemandService.Release> releases = new ArrayList<>();
        List<ScenarioFile.ReleaseFile> written = vf.releases() == null ? List.of() : vf.releases();
        for (int i = 0; i < written.size(); i++) {
            releases.add(release(p, "vod.releases[" + i + "]", written.get(i)));
            if (releases.get(i).at() >= duration) {
                p.add("vod.releases[" + i + "].at", "released at or after the run's end (" + Limits.written(duration)
                        + "), so nobody would watch it; found '" + written.get(i).at() + "'");
            }
        }
        OnDemandService.PrePosition pre = prePosition(p, vf.prePosition(), topology);
        if (pre != null && titlesValid && pre.titles() > titles) {
            p.add("vod.prePosition.titles", "at most the catalog's " + titles + " titles, found " + pre.titles());
        }
        PlayerSettings player = PlayerReader.read(p, f.player(), segment);
        Audience audience = AudienceReader.read(p, f.audience(), topology, segment, player, ladder, duration, dir);
        SegmentSizes sizes = vf.segmentSizes() == null ? null
                : MovieReader.read(p, "vod.segmentSizes", vf.segmentSizes(), dir, segment, ladder);
        return new OnDemandService(segment, ladder, variation, (int) titles, alpha, length, releases, pre, audience, player,
                PlayerReader.urls(p, f.urls()), ProgrammeReader.keyRotation(p, "vod", vf.keyRotation(), segment),
                sizes);
    }

    private static OnDemandService.Release release(Problems p, String path, ScenarioFile.ReleaseFile r) {
        if (r == null) {
            p.add(path, "empty release: give name, at, viewers, decay and length");
            return new OnDemandService.Release("?", 0, 0, 0, 1, 1);
        }
        p.require(path + ".name", r.name(), "the release's name");
        p.require(path + ".at", r.at(), "when it is released, for example 20min");
        p.require(path + ".viewers", r.viewers(), "how many viewers watch it, for example 20000");
        p.require(path + ".decay", r.decay(), "how fast interest decays (the mean time after the peak), e.g. 30min");
        p.require(path + ".length", r.length(), "the title's length, for example 45min");
        long viewers = r.viewers() == null ? 0 : r.viewers();
        if (viewers < 0 || viewers > AudienceReader.MAX_VIEWERS) {
            p.add(path + ".viewers", "must be between 0 and " + AudienceReader.MAX_VIEWERS + ", found " + viewers);
            viewers = 0;
        }
        long decay = p.micros(path + ".decay", r.decay(), 1);
        if (decay <= 0) {
            p.add(path + ".decay", "must be more than 0");
            decay = 1;
        }
        long length = p.micros(path + ".length", r.length(), 1);
        if (length <= 0) {
            p.add(path + ".length", "must be more than 0");
            length = 1;
        }
        return new OnDemandService.Release(r.name() == null ? "?" : r.name(), p.micros(path + ".at", r.at(), 0),
                (int) viewers, p.micros(path + ".rise", r.rise(), Defaults.RELEASE_RISE), decay, length);
    }

    private static OnDemandService.PrePosition prePosition(Problems p, ScenarioFile.PrePositionFile pf, Topology topology) {
        if (pf == null) {
            return null;
        }
        List<String> tiers = pf.tiers() == null ? List.of() : pf.tiers();
        if (tiers.isEmpty()) {
            p.add("vod.prePosition.tiers", "missing: the tiers to fill, for example [edge]");
        }
        if (topology != null) {
            List<String> known = topology.tiers().stream().map(Tier::name).toList();
            for (int i = 0; i < tiers.size(); i++) {
                if (!known.contains(tiers.get(i))) {
                    p.add("vod.prePosition.tiers[" + i + "]", "no tier '" + tiers.get(i) + "' in topology "
                            + topology.name() + Problems.didYouMean(tiers.get(i), known) + "; its tiers: " + known);
                }
            }
        }
        p.require("vod.prePosition.titles", pf.titles(), "how many of the most popular titles to fill");
        long titles = pf.titles() == null ? 0 : pf.titles();
        if (titles < 0 || titles > MAX_TITLES) {
            p.add("vod.prePosition.titles", "must be between 0 and " + MAX_TITLES + ", found " + titles);
            titles = 0;
        }
        return new OnDemandService.PrePosition(tiers, (int) titles);
    }
}
