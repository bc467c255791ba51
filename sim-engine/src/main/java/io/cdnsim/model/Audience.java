package io.cdnsim.model;

import java.util.List;
import java.util.Map;

/**
 * The viewers of a live event (V1-V3).
 *
 * @param viewers       how many join in all
 * @param arrival       when they join
 * @param sessionLength how long each stays (from joining), microseconds
 * @param patience      a viewer whose playback has not started this long after joining gives up (a join failure)
 * @param regions       share of viewers per region; empty to split by edge-node weights
 * @param devices       device classes, with their weights
 * @param lastMile      throughput and RTT per region (key "*" for every region without its own)
 * @param congestion    episodes during which a region's viewers get a fraction of their throughput
 */
public record Audience(int viewers, Arrival arrival, Distribution sessionLength, long patience,
                       Map<String, Double> regions, List<DeviceClass> devices, Map<String, LastMile> lastMile,
                       List<Congestion> congestion) {

    /** Copies the collections. */
    public Audience {
        regions = Map.copyOf(regions);
        devices = List.copyOf(devices);
        lastMile = Map.copyOf(lastMile);
        congestion = List.copyOf(congestion);
    }

    /**
     * @param region a region
     * @return its last mile, or the default one
     */
    public LastMile lastMileOf(String region) {
        LastMile m = lastMile.get(region);
        return m != null ? m : lastMile.get("*");
    }
}
