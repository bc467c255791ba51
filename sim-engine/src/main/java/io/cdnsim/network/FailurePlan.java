package io.cdnsim.network;

import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Failure;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Uplink;
import io.cdnsim.random.SplitMix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A run's failure schedule (N7) as the network reads it, the same in every partition and never changed by the run:
 * which node is down when, which link is degraded when, which origin is in trouble when, each node's routes upstream
 * in order of preference, and where the viewers of a down edge POP go. Because it is a function of time alone, a node
 * in one partition knows at any instant whether a parent in another is down, with no message between them.
 *
 * <p>A node's routes: its parents in the order of its topology's {@code parents} (the first is the one it fetches
 * from), then, for each parent in that order, that parent's own routes (the next tier up, reached through the links of
 * both, RTTs added and the narrower bandwidth kept). A request goes by the first route whose end is not down when it
 * is sent; if every end is down it goes by the first (and is refused there).
 *
 * <p>Viewers of a down edge POP keep asking it until their DNS (or anycast) moves them: from {@code from + detection}
 * to {@code to + detection} of the failure, each is sent to another edge of its region that is not itself moved away
 * from then (one of its own CDN's while it has one there, else another CDN's: the multi-CDN DNS fails it over),
 * chosen by the edges' weights with a number drawn from the viewer's number and the stream {@code failover}, so a
 * viewer sticks to one POP for the whole failure.
 */
public final class FailurePlan {

    /** A window of time during which failure {@code failure} (its index in the schedule) applies. */
    private record Window(long from, long to, int failure) {
        boolean covers(long t) {
            return t >= from && t < to;
        }
    }

    /**
     * One way upstream.
     *
     * @param target the node at its end
     * @param rtt    its round-trip time, microseconds, degradations aside
     * @param bps    the narrowest bandwidth on it
     * @param links  the configured links it crosses (numbered as {@code linkOf} says)
     */
    private record Route(int target, long rtt, long bps, int[] links) {
    }

    private static final Window[] NO_WINDOWS = {};
    /** 2^-53: a long's top 53 bits times this is uniform in [0, 1). */
    private static final double UNIT = 0x1.0p-53;

    private final List<Failure> failures;
    private final Window[][] down;
    private final Window[][] movedAway;
    private final Window[][] trouble;
    private final Window[][] degraded;
    private final Route[][] routes;
    private final boolean[] steady;
    /** The number of each cache node's first configured link (to its first parent); the others follow. */
    private final int[] linkOf;
    private final int[] regionOf;
    /** Each node's CDN (0 for a network of one CDN). */
    private final int[] cdnOf;
    private final int[][] regionEdges;
    private final double[][] regionWeights;
    private final long steeringKey;
    private final int maxRoutes;

    /**
     * @param topology    the validated topology
     * @param failures    its validated failure schedule (ids that exist, windows within the run)
     * @param number      node numbers by id ({@link Wiring}: the cache tiers from the edge, then the origins)
     * @param steeringKey the first number of the stream {@code failover}
     */
    FailurePlan(Topology topology, List<Failure> failures, Map<String, Integer> number, long steeringKey) {
        this.failures = List.copyOf(failures);
        this.steeringKey = steeringKey;
        int n = number.size();
        List<CacheNodeSpec> caches = new ArrayList<>();
        for (Tier t : topology.tiers()) {
            caches.addAll(t.nodes());
        }
        List<List<Window>> downs = lists(n);
        List<List<Window>> moved = lists(n);
        List<List<Window>> troubles = lists(n);
        int[] firstLink = new int[caches.size() + 1];
        for (int c = 0; c < caches.size(); c++) {
            firstLink[c + 1] = firstLink[c] + caches.get(c).uplinks().size();
        }
        List<List<Window>> degradations = lists(firstLink[caches.size()]);
        for (int f = 0; f < failures.size(); f++) {
            Failure failure = failures.get(f);
            Window w = new Window(failure.from(), failure.to(), f);
            if (failure instanceof Failure.Outage d) {
                for (String node : d.nodes()) {
                    downs.get(number.get(node)).add(w);
                    moved.get(number.get(node)).add(new Window(d.from() + d.detection(), d.to() + d.detection(), f));
                }
            } else if (failure instanceof Failure.OriginTrouble o) {
                troubles.get(number.get(o.origin())).add(w);
            } else if (failure instanceof Failure.LinkDegraded l) {
                int c = number.get(l.child());
                List<Uplink> up = caches.get(c).uplinks();
                for (int j = 0; j < up.size(); j++) {
                    if (up.get(j).parent().equals(l.parent())) {
                        degradations.get(firstLink[c] + j).add(w);
                    }
                }
            }
        }
        this.down = arrays(downs);
        this.movedAway = arrays(moved);
        this.trouble = arrays(troubles);
        this.degraded = arrays(degradations);
        this.linkOf = firstLink;
        this.routes = new Route[n][];
        for (int c = n - 1; c >= 0; c--) {
            routes[c] = c < caches.size() ? routes(caches.get(c), c, number) : new Route[0];
        }
        this.steady = new boolean[n];
        int most = 0;
        for (int c = 0; c < n; c++) {
            boolean calm = true;
            for (Route r : routes[c]) {
                calm &= down[r.target()].length == 0;
                for (int l : r.links()) {
                    calm &= degraded[l].length == 0;
                }
            }
            steady[c] = calm;
            most = Math.max(most, routes[c].length);
        }
        this.maxRoutes = Math.max(1, most);
        this.cdnOf = new int[n];
        for (int c = 0; c < topology.cdns().size(); c++) {
            for (String id : topology.cdns().get(c).nodes()) {
                cdnOf[number.get(id)] = c;
            }
        }
        List<String> regions = topology.regions();
        this.regionOf = new int[n];
        Arrays.fill(regionOf, -1);
        this.regionEdges = new int[regions.size()][];
        this.regionWeights = new double[regions.size()][];
        List<CacheNodeSpec> edges = topology.edge().nodes();
        for (int r = 0; r < regions.size(); r++) {
            List<Integer> ids = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (CacheNodeSpec e : edges) {
                if (e.region().equals(regions.get(r))) {
                    ids.add(number.get(e.id()));
                    weights.add(e.weight());
                    regionOf[number.get(e.id())] = r;
                }
            }
            regionEdges[r] = ids.stream().mapToInt(Integer::intValue).toArray();
            regionWeights[r] = weights.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private Route[] routes(CacheNodeSpec spec, int c, Map<String, Integer> number) {
        List<Route> list = new ArrayList<>();
        List<Uplink> up = spec.uplinks();
        for (int j = 0; j < up.size(); j++) {
            list.add(new Route(number.get(up.get(j).parent()), up.get(j).rtt(), up.get(j).bandwidth(),
                    new int[] {linkOf[c] + j}));
        }
        for (int j = 0; j < up.size(); j++) {
            int parent = number.get(up.get(j).parent());
            for (Route beyond : routes[parent]) {
                if (list.stream().noneMatch(r -> r.target() == beyond.target())) {
                    int[] links = new int[beyond.links().length + 1];
                    links[0] = linkOf[c] + j;
                    System.arraycopy(beyond.links(), 0, links, 1, beyond.links().length);
                    list.add(new Route(beyond.target(), up.get(j).rtt() + beyond.rtt(),
                            Math.min(up.get(j).bandwidth(), beyond.bps()), links));
                }
            }
        }
        return list.toArray(new Route[0]);
    }

    private static List<List<Window>> lists(int n) {
        List<List<Window>> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(new ArrayList<>());
        }
        return l;
    }

    private static Window[][] arrays(List<List<Window>> lists) {
        Window[][] a = new Window[lists.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = lists.get(i).isEmpty() ? NO_WINDOWS : lists.get(i).toArray(new Window[0]);
        }
        return a;
    }

    private static int covering(Window[] windows, long t) {
        for (Window w : windows) {
            if (w.covers(t)) {
                return w.failure();
            }
        }
        return -1;
    }

    /** @return the schedule */
    public List<Failure> failures() {
        return failures;
    }

    /** @param node a node @param t a time @return whether the node is down then */
    boolean isDown(int node, long t) {
        return covering(down[node], t) >= 0;
    }

    /** @param node a node @param t a time @return the failure that has it down then, or -1 */
    int downBy(int node, long t) {
        return covering(down[node], t);
    }

    /** @param node a node @return whether it is ever down */
    boolean fails(int node) {
        return down[node].length > 0;
    }

    /** @param node a node @return the indices of the failures that take it down, in schedule order */
    int[] downFailures(int node) {
        return Arrays.stream(down[node]).mapToInt(Window::failure).toArray();
    }

    /** @return the most routes any node has: a node's route {@code k} is counted at {@code node * maxRoutes() + k} */
    int maxRoutes() {
        return maxRoutes;
    }

    /**
     * @param node a cache node
     * @param t    when it sends a request
     * @return the route it takes: the first whose end is not down, else 0
     */
    int route(int node, long t) {
        if (steady[node]) {
            return 0;
        }
        Route[] r = routes[node];
        for (int k = 0; k < r.length; k++) {
            if (!isDown(r[k].target(), t)) {
                return k;
            }
        }
        return 0;
    }

    /** @param node a cache node @return how many routes it has */
    int routes(int node) {
        return routes[node].length;
    }

    /** @param node a cache node @param k a route @return the node at its end */
    int target(int node, int k) {
        return routes[node][k].target();
    }

    /** @param node a cache node @param k a route @return its narrowest bandwidth, bit/s */
    long bandwidth(int node, int k) {
        return routes[node][k].bps();
    }

    /**
     * @param node a cache node
     * @param k    a route
     * @param t    when a message starts to cross it
     * @return its RTT then: the links' RTTs plus what degraded links add
     */
    long rtt(int node, int k, long t) {
        Route r = routes[node][k];
        if (steady[node]) {
            return r.rtt();
        }
        long rtt = r.rtt();
        for (int l : r.links()) {
            int f = covering(degraded[l], t);
            if (f >= 0) {
                rtt += ((Failure.LinkDegraded) failures.get(f)).addedRtt();
            }
        }
        return rtt;
    }

    /**
     * @param node a cache node
     * @param to   a node one of its routes ends at
     * @return that route, or -1
     */
    int routeTo(int node, int to) {
        Route[] r = routes[node];
        for (int k = 0; k < r.length; k++) {
            if (r[k].target() == to) {
                return k;
            }
        }
        return -1;
    }

    /**
     * @param origin an origin
     * @param t      a time
     * @return the trouble it is in then, or null
     */
    Failure.OriginTrouble trouble(int origin, long t) {
        int f = covering(trouble[origin], t);
        return f < 0 ? null : (Failure.OriginTrouble) failures.get(f);
    }

    /** @param origin an origin @return whether it is ever in trouble */
    boolean troubled(int origin) {
        return trouble[origin].length > 0;
    }

    /**
     * @param edge an edge node
     * @param t    a time
     * @return the failure whose viewers' failover has them sent elsewhere then, or -1
     */
    int movedAwayBy(int edge, long t) {
        return covering(movedAway[edge], t);
    }

    /**
     * Where a viewer (or a request) of a moved-away edge goes: another edge of its CDN in its region not moved away at
     * the time, else (its CDN has none left there) another CDN's edge of the region, by the edges' weights, the same
     * one for the same key throughout a failure.
     *
     * @param edge    the edge it would use
     * @param key     the viewer's number (or the request's)
     * @param failure the failure that moves it
     * @param t       the time
     * @return the edge it uses, or {@code edge} if every edge of the region is moved away
     */
    int alternate(int edge, long key, int failure, long t) {
        int[] edges = regionEdges[regionOf[edge]];
        double[] weights = regionWeights[regionOf[edge]];
        double own = 0;
        double total = 0;
        for (int i = 0; i < edges.length; i++) {
            if (movedAwayBy(edges[i], t) < 0) {
                total += weights[i];
                own += cdnOf[edges[i]] == cdnOf[edge] ? weights[i] : 0;
            }
        }
        if (!(total > 0)) {
            return edge;
        }
        boolean sameCdn = own > 0;
        double u = (SplitMix.streamOf(steeringKey + failure, key) >>> 11) * UNIT * (sameCdn ? own : total);
        int last = edge;
        for (int i = 0; i < edges.length; i++) {
            if (movedAwayBy(edges[i], t) < 0 && (!sameCdn || cdnOf[edges[i]] == cdnOf[edge])) {
                last = edges[i];
                u -= weights[i];
                if (u < 0) {
                    return last;
                }
            }
        }
        return last;
    }

    /** @param node a node @return the index of its CDN (0 for a network of one) */
    int cdnOf(int node) {
        return cdnOf[node];
    }
}
