package io.cdnsim.player;

import io.cdnsim.model.PlayerSettings;
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
     * @param settings the players' settings: the rule's name, its safety, and whether the insufficient-buffer rule
     *                 caps it
     * @return the rule, or null for an unknown name
     */
    public static AbrRule of(PlayerSettings settings) {
        AbrRule rule = named(settings.abr(), settings.safety());
        return rule == null || !settings.insufficientBufferRule() ? rule : new InsufficientBufferRule(rule);
    }

    /**
     * @param name   a rule name from {@link #NAMES}
     * @param safety the throughput rule's safety factor (also BOLA-E's, at start-up and in its up-switch guard, as
     *               dash.js's safe throughput is for both)
     * @return the rule, or null for an unknown name
     */
    public static AbrRule named(String name, double safety) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "throughput" -> new ThroughputRule(safety);
            case "bola" -> new BolaRule(safety);
            case "dynamic" -> new DynamicRule(new ThroughputRule(safety), new BolaRule(safety));
            default -> null;
        };
    }
}
