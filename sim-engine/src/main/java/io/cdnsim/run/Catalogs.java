package io.cdnsim.run;

import io.cdnsim.content.Catalog;
import io.cdnsim.content.FixedCatalog;
import io.cdnsim.content.LiveChannel;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.content.TraceCatalog;
import io.cdnsim.content.VodCatalog;
import io.cdnsim.model.Demand;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.Replay;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.Workload;
import io.cdnsim.player.ViewerFactory;
import io.cdnsim.random.RandomStreams;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * What the origin holds for each kind of demand: a live channel, an on-demand service's titles (their lengths drawn
 * from {@code title-lengths}), the objects a replay's log names, or a synthetic stream's objects (their sizes drawn
 * from {@code object-sizes}).
 */
final class Catalogs {

    private Catalogs() {
    }

    /**
     * @param demand  the scenario's demand
     * @param streams the replication's random streams
     * @return the origin's catalog
     */
    static Catalog of(Demand demand, RandomStreams streams) {
        if (demand instanceof LiveEvent live) {
            return new LiveChannel(0, live.segmentDuration(), -live.dvrWindow(), live.dvrWindow(), live.ladder(),
                    live.sizeVariation(), streams.stream("segment-sizes").nextLong(),
                    (int) (live.keyRotation() / live.segmentDuration()),
                    live.lowLatency() == null ? 0 : live.lowLatency().partsPerSegment(),
                    live.lowLatency() == null ? 0 : live.lowLatency().partHoldBack());
        }
        if (demand instanceof Replay) {
            return new TraceCatalog(ObjectKind.MEDIA_SEGMENT);
        }
        if (demand instanceof OnDemandService vod) {
            long segment = vod.segmentDuration();
            int[] segments = new int[vod.titles() + vod.releases().size()];
            UniformRandomProvider lengths = streams.stream("title-lengths");
            ContinuousSampler gaussian = ZigguratSampler.NormalizedGaussian.of(lengths);
            for (int t = 0; t < vod.titles(); t++) {
                segments[t] = segmentsOf(Math.round(ViewerFactory.sample(vod.length(), lengths, gaussian)), segment);
            }
            for (int k = 0; k < vod.releases().size(); k++) {
                segments[vod.titles() + k] = segmentsOf(vod.releases().get(k).length(), segment);
            }
            return new VodCatalog(segment, vod.ladder(), segments, vod.sizeVariation(),
                    streams.stream("segment-sizes").nextLong(), (int) (vod.keyRotation() / segment),
                    vod.segmentSizes(), vod.releases().size());
        }
        Workload workload = ((SyntheticStream) demand).workload();
        return new FixedCatalog(workload.kind(), sizes(workload, streams.stream("object-sizes")));
    }

    private static int segmentsOf(long length, long segment) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (length + segment - 1) / segment));
    }

    private static long[] sizes(Workload workload, UniformRandomProvider rng) {
        long[] sizes = new long[workload.objects()];
        SizeSpec spec = workload.size();
        if (spec instanceof SizeSpec.Fixed fixed) {
            Arrays.fill(sizes, fixed.bytes());
        } else if (spec instanceof SizeSpec.LogNormal ln && ln.sigma() == 0) {
            Arrays.fill(sizes, ln.medianBytes());
        } else if (spec instanceof SizeSpec.LogNormal ln) {
            ContinuousSampler sampler = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng),
                    Math.log(ln.medianBytes()), ln.sigma());
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = Math.max(1, Math.min(SizeSpec.MAX_BYTES, Math.round(sampler.sample())));
            }
        }
        return sizes;
    }
}
