package io.cdnsim.player;

import io.cdnsim.content.Ladder;
import io.cdnsim.kernel.Micros;
import io.cdnsim.model.Audience;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.DeviceClass;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LastMile;
import io.cdnsim.model.ThroughputTrace;
import io.cdnsim.steering.Shares;
import io.cdnsim.steering.Steering;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Draws who each joining viewer is (V1-V3, N2): a region by the audience's region weights (or by the edge nodes'
 * weights; through several CDNs, each CDN's edges weighted by its share of the region when the run starts, so a
 * region's audience is what each CDN's POPs say of it, in the steering's proportions), an edge node of that region by node weight, a device class by weight, a session length, a last-mile
 * throughput and RTT from the region's distributions (the throughput scaled by the device's factor). All draws come
 * from one stream, {@code viewers}, in joining order. Through several CDNs (N8), the viewer's CDN is chosen by the
 * steering from the viewer's own number (no draw) between the region and the edge node, and the edge node is one of
 * that CDN's in the region ({@link #ViewerFactory(Audience, List, List, int[], List, Ladder, UniformRandomProvider,
 * Steered) how it is drawn}).
 */
public final class ViewerFactory {

    /**
     * One viewer's draw.
     *
     * @param region        region index
     * @param edgeNode      edge node number in the network
     * @param device        device index
     * @param maxBuffer     its player's maximum buffer, microseconds
     * @param maxRendition  highest rendition its device plays
     * @param sessionLength how long it stays, microseconds
     * @param patience      how long it waits for playback to start, microseconds
     * @param throughput    its last-mile throughput, bit/s
     * @param variation     standard deviation of the log of its throughput over time
     * @param rtt           its RTT to the edge, microseconds
     */
    public record Viewer(int region, int edgeNode, int device, long maxBuffer, int maxRendition, long sessionLength,
                         long patience, double throughput, double variation, long rtt) {
    }

    /** The lowest throughput a viewer is drawn or has under congestion, bit/s (1 kbit/s). */
    static final double MIN_THROUGHPUT = 1_000;

    private final Audience audience;
    private final UniformRandomProvider rng;
    private final ZigguratSampler.NormalizedGaussian gaussian;
    private final List<String> regionNames;
    private final List<String> deviceNames = new ArrayList<>();
    private final List<String> nodeNames;
    private final DiscreteSampler regionSampler;
    private final DiscreteSampler[][] edgeSampler;
    private final int[][][] edgeNodes;
    private final int[] cdnOfNode;
    private final int cdnCount;
    private final Steering steering;
    private final long steeringKey;
    /** The edges' weights by region and CDN, added up in order. */
    private final double[][][] edgeCumulative;
    private final DiscreteSampler deviceSampler;
    private final int[] maxRendition;
    private final LastMile[] lastMile;

    /**
     * How a network of several CDNs (N8) spreads its viewers.
     *
     * @param cdns        the topology's CDNs
     * @param steering    the steering service, which chooses each viewer's CDN
     * @param key         the first number of the stream {@code steering}, from which each viewer's own number is
     *                    drawn ({@link Shares#numberOf})
     * @param edgeStreams for each CDN after the first, the stream its edges are drawn from ({@code viewers/<cdn>});
     *                    the first CDN's are drawn from {@code viewers}
     */
    public record Steered(List<Cdn> cdns, Steering steering, long key, List<UniformRandomProvider> edgeStreams) {

        /** A network of one CDN. */
        public static final Steered NONE = new Steered(List.of(), null, 0, List.of());

        /** Copies the lists. */
        public Steered {
            cdns = List.copyOf(cdns);
            edgeStreams = List.copyOf(edgeStreams);
        }
    }

    /**
     * @param audience  the audience
     * @param regions   the topology's regions, in order
     * @param edges     the edge nodes' specs, in topology order
     * @param edgeNodes their node numbers in the network, same order
     * @param nodeNames every node's id by node number
     * @param ladder    the ladder (for the devices' resolution caps)
     * @param rng       the {@code viewers} stream
     */
    public ViewerFactory(Audience audience, List<String> regions, List<CacheNodeSpec> edges, int[] edgeNodes,
                         List<String> nodeNames, Ladder ladder, UniformRandomProvider rng) {
        this(audience, regions, edges, edgeNodes, nodeNames, ladder, rng, Steered.NONE);
    }

    /**
     * A factory for viewers of a network of one CDN or several. Through several, every viewer draws an edge of each
     * CDN that serves its region, each CDN from its own stream, and keeps the one of its CDN: the draws of the
     * {@code viewers} stream do not depend on the CDN a viewer is steered to (two steerings of one audience have the
     * same viewers), and with all of it steered to the first CDN they are those of a network of that CDN alone.
     *
     * @param audience  the audience
     * @param regions   the topology's regions, in order
     * @param edges     the edge nodes' specs, in topology order
     * @param edgeNodes their node numbers in the network, same order
     * @param nodeNames every node's id by node number
     * @param ladder    the ladder (for the devices' resolution caps)
     * @param rng       the {@code viewers} stream
     * @param steered   how the viewers are spread over several CDNs ({@link Steered#NONE} for one)
     */
    public ViewerFactory(Audience audience, List<String> regions, List<CacheNodeSpec> edges, int[] edgeNodes,
                         List<String> nodeNames, Ladder ladder, UniformRandomProvider rng, Steered steered) {
        List<Cdn> cdns = steered.cdns();
        this.audience = audience;
        this.steering = cdns.isEmpty() ? null : steered.steering();
        this.steeringKey = steered.key();
        this.cdnCount = Math.max(1, cdns.size());
        this.cdnOfNode = new int[nodeNames.size()];
        for (int c = 0; c < cdns.size(); c++) {
            for (int node = 0; node < nodeNames.size(); node++) {
                if (cdns.get(c).nodes().contains(nodeNames.get(node))) {
                    cdnOfNode[node] = c;
                }
            }
        }
        this.rng = rng;
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        this.regionNames = List.copyOf(regions);
        this.nodeNames = List.copyOf(nodeNames);
        int n = regions.size();
        double[] regionWeight = new double[n];
        this.edgeSampler = new DiscreteSampler[n][cdnCount];
        this.edgeNodes = new int[n][cdnCount][];
        this.edgeCumulative = new double[n][cdnCount][];
        this.lastMile = new LastMile[n];
        for (int r = 0; r < n; r++) {
            String name = regions.get(r);
            List<Integer> nodes = new ArrayList<>();
            double total = 0;
            for (int c = 0; c < cdnCount; c++) {
                List<Integer> own = new ArrayList<>();
                List<Double> ownWeights = new ArrayList<>();
                for (int e = 0; e < edges.size(); e++) {
                    if (edges.get(e).region().equals(name) && cdnOfNode[edgeNodes[e]] == c) {
                        own.add(edgeNodes[e]);
                        ownWeights.add(edges.get(e).weight());
                    }
                }
                nodes.addAll(own);
                total += (steering == null ? 1 : steering.shares().of(r, c))
                        * ownWeights.stream().mapToDouble(Double::doubleValue).sum();
                this.edgeNodes[r][c] = own.stream().mapToInt(Integer::intValue).toArray();
                this.edgeCumulative[r][c] = new double[own.size()];
                for (int i = 0; i < own.size(); i++) {
                    edgeCumulative[r][c][i] = (i == 0 ? 0 : edgeCumulative[r][c][i - 1]) + ownWeights.get(i);
                }
                if (!own.isEmpty()) {
                    edgeSampler[r][c] = AliasMethodDiscreteSampler.of(c == 0 ? rng : steered.edgeStreams().get(c - 1),
                            ownWeights.stream().mapToDouble(Double::doubleValue).toArray());
                }
            }
            regionWeight[r] = nodes.isEmpty() ? 0
                    : audience.regions().isEmpty() ? total : audience.regions().getOrDefault(name, 0.0);
            lastMile[r] = audience.lastMileOf(name);
        }
        this.regionSampler = AliasMethodDiscreteSampler.of(rng, regionWeight);
        double[] deviceWeight = new double[audience.devices().size()];
        this.maxRendition = new int[deviceWeight.length];
        for (int d = 0; d < deviceWeight.length; d++) {
            DeviceClass dc = audience.devices().get(d);
            deviceNames.add(dc.name());
            deviceWeight[d] = dc.weight();
            maxRendition[d] = ladder.highestWithin(dc.maxHeight());
        }
        this.deviceSampler = AliasMethodDiscreteSampler.of(rng, deviceWeight);
    }

    /**
     * @param viewer the viewer's number
     * @param now    when it joins, microseconds
     * @return its draw
     */
    public Viewer draw(int viewer, long now) {
        int r = regionSampler.sample();
        int c = steering == null ? 0 : steering.choose(r, ownNumber(viewer));
        int edge = -1;
        for (int k = 0; k < cdnCount; k++) {
            if (edgeSampler[r][k] != null) {
                int e = edgeNodes[r][k][edgeSampler[r][k].sample()];
                edge = k == c ? e : edge;
            }
        }
        int d = deviceSampler.sample();
        DeviceClass dc = audience.devices().get(d);
        long session = Math.max(1, Math.min(Micros.FOREVER, Math.round(sample(audience.sessionLength()))));
        LastMile m = lastMile[r];
        double bps = Math.max(MIN_THROUGHPUT, sample(m.throughput()) * dc.throughputFactor());
        long rtt = Math.max(0, Math.min(Micros.FOREVER, Math.round(sample(m.rtt()))));
        if (m.trace() != null && m.trace().hasLatency()) {
            rtt = 0;
        }
        return new Viewer(r, edge, d, dc.maxBuffer(), maxRendition[d], session, audience.patience(), bps,
                m.variation(), rtt);
    }

    private double sample(Distribution dist) {
        return sample(dist, rng, gaussian);
    }

    /**
     * Draws one value.
     *
     * @param dist     the distribution
     * @param rng      the stream (for the exponential)
     * @param gaussian a standard normal sampler over the same stream (for the lognormal)
     * @return the value
     */
    public static double sample(Distribution dist, UniformRandomProvider rng, ContinuousSampler gaussian) {
        if (dist instanceof Distribution.Fixed f) {
            return f.value();
        }
        if (dist instanceof Distribution.Exponential e) {
            return -e.mean() * Math.log1p(-rng.nextDouble());
        }
        Distribution.LogNormal ln = (Distribution.LogNormal) dist;
        return ln.median() * Math.exp(ln.sigma() * gaussian.sample());
    }

    /**
     * @param region a region index
     * @return the network trace its viewers follow, or null
     */
    public ThroughputTrace trace(int region) {
        return lastMile[region].trace();
    }

    /** @return region names by index */
    public List<String> regionNames() {
        return regionNames;
    }

    /** @return device class names by index */
    public List<String> deviceNames() {
        return deviceNames;
    }

    /** @return how many CDNs the viewers are spread over (1 for a network of one) */
    public int cdnCount() {
        return cdnCount;
    }

    /** @param node a node number @return the index of its CDN (0 for a network of one CDN) */
    public int cdnOf(int node) {
        return cdnOfNode[node];
    }

    /** @return whether the CDN has an edge in the region */
    public boolean serves(int region, int cdn) {
        return edgeNodes[region][cdn].length > 0;
    }

    /** @return the steering service of a network of several CDNs, or null for one CDN */
    public Steering steering() {
        return steering;
    }

    /**
     * @param viewer a viewer's number in the whole audience
     * @return its own number for steering, uniform in [0, 1), the same whenever asked
     */
    public double ownNumber(int viewer) {
        return Shares.numberOf(steeringKey, viewer);
    }

    /**
     * The edge a viewer moved to a CDN by content steering uses: one of that CDN's edges in its region, by the edges'
     * weights, drawn from the viewer's number (the same edge whenever it moves there).
     *
     * @param region the viewer's region
     * @param cdn    the CDN
     * @param viewer the viewer's number in the whole audience
     * @return the edge's node number
     */
    public int edgeOf(int region, int cdn, int viewer) {
        double[] cumulative = edgeCumulative[region][cdn];
        double u = Shares.numberOf(steeringKey + 1, viewer) * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return edgeNodes[region][cdn][i];
            }
        }
        return edgeNodes[region][cdn][cumulative.length - 1];
    }

    /** @param node a node number @return its id */
    public String edgeName(int node) {
        return nodeNames.get(node);
    }
}
