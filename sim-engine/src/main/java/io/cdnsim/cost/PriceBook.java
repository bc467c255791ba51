package io.cdnsim.cost;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The price sheets a scenario bills with, each component priced by at most one of them.
 *
 * @param sheets the sheets, in the order the scenario lists them
 */
public record PriceBook(List<PriceSheet> sheets) {

    /** Copies the list and checks that no component is priced twice. */
    public PriceBook {
        sheets = List.copyOf(sheets);
        String problem = conflict(sheets);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * @param sheets sheets
     * @return a component priced by two of them, said in words, or null
     */
    public static String conflict(List<PriceSheet> sheets) {
        Map<Component, PriceSheet> seen = new EnumMap<>(Component.class);
        for (PriceSheet s : sheets) {
            for (Component c : Component.values()) {
                if (s.prices(c)) {
                    PriceSheet before = seen.putIfAbsent(c, s);
                    if (before != null) {
                        return c.label() + " is priced twice, by '" + before.name() + "' and by '" + s.name()
                                + "'; remove it from one of them";
                    }
                }
            }
        }
        return null;
    }

    /**
     * @param component a component
     * @return the sheet that prices it, or null
     */
    public PriceSheet sheetFor(Component component) {
        for (PriceSheet s : sheets) {
            if (s.prices(component)) {
                return s;
            }
        }
        return null;
    }
}
