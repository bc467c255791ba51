package io.cdnsim.sweep;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run of a sweep sends back: its figures, by name, in report order.
 *
 * @param point       the point's index
 * @param replication the replication
 * @param names       each figure's name
 * @param values      each figure's value, NaN where the run has none
 */
public record SweepRow(int point, int replication, String[] names, double[] values) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @return the figures by name, in report order */
    public Map<String, Double> figures() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], values[i]);
        }
        return m;
    }
}
