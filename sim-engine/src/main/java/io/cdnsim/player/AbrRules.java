package io.cdnsim.player;

import java.util.List;

/** The ABR rules by the names a scenario uses (player settings' {@code abr}). See docs/abr.md. */
public final class AbrRules {

    /** The known names. */
    public static final List<String> NAMES = List.of("throughput", "bola", "dynamic");

    private AbrRules() {
    }

    /**
     * @param name a rule name from {@link #NAMES}
     * @return the rule with dash.js's defaults (throughput safety 0.9), or null for an unknown name
     */
    public static AbrRule named(String name) {
        return named(name, ThroughputRule.DEFAULT_SAFETY);
    }

    /**
     * @param name   a rule name from {@link #NAMES}
     * @param safety the throughput rule's safety factor (also used by the dynamic rule's throughput mode; BOLA ignores it)
     * @return the rule, or null for an unknown name
     */
    public static AbrRule named(String name, double safety) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "throughput" -> new ThroughputRule(safety);
            case "bola" -> new BolaRule();
            case "dynamic" -> new DynamicRule(new ThroughputRule(safety), new BolaRule());
            default -> null;
        };
    }
}
