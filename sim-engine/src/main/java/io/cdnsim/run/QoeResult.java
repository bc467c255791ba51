package io.cdnsim.run;

import io.cdnsim.player.QoeStats;
import java.util.List;

/**
 * The viewers' experience of a live event (V6): per region and device class, and in total, over every session of
 * the event. The warm-up resets the request statistics only: a viewer's session is one experience, and a premiere's
 * QoE is that of everyone who came.
 *
 * @param regions  region names
 * @param devices  device class names
 * @param byGroup  QoE of region r and device d at index {@code r * devices.size() + d}
 * @param total    all sessions
 * @param joined   viewers who joined during the run (warm-up included)
 */
public record QoeResult(List<String> regions, List<String> devices, List<QoeStats> byGroup, QoeStats total,
                        int joined) {

    /** Copies the lists. */
    public QoeResult {
        regions = List.copyOf(regions);
        devices = List.copyOf(devices);
        byGroup = List.copyOf(byGroup);
    }

    /** @param region a region index @return the QoE of its sessions, all devices */
    public QoeStats region(int region) {
        QoeStats s = new QoeStats();
        for (int d = 0; d < devices.size(); d++) {
            s.add(byGroup.get(region * devices.size() + d));
        }
        return s;
    }

    /** @param device a device index @return the QoE of its sessions, all regions */
    public QoeStats device(int device) {
        QoeStats s = new QoeStats();
        for (int r = 0; r < regions.size(); r++) {
            s.add(byGroup.get(r * devices.size() + device));
        }
        return s;
    }
}
