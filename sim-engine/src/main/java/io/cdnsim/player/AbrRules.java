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
     * @return the rule with a scenario's defaults (throughput safety 0.9, BOLA without its pause), or null for an
     *         unknown name
     */
    public static AbrRule named(String name) {
        return named(name, ThroughputRule.DEFAULT_SAFETY);
    }

    /**
     * @param settings the players' settings: the rule's name, its safety, whether BOLA pauses, and whether the
     *                 insufficient-buffer rule caps it
     * @return the rule, or null for an unknown name
     */
    public static AbrRule of(PlayerSettings settings) {
        AbrRule rule = named(settings.abr(), settings.safety(), settings.bolaPause());
        return rule == null || !settings.insufficientBufferRule() ? rule : new InsufficientBufferRule(rule);
    }

    /**
     * @param name   a rule name from {@link #NAMES}
     * @param safety the throughput rule's safety factor
     * @return the rule, BOLA without its pause, or null for an unknown name
     */
    public static AbrRule named(String name, double safety) {
        return named(name, safety, false);
    }

    /**
     * @param name   a rule name from {@link #NAMES}
     * @param safety the throughput rule's safety factor (also BOLA-E's, at start-up and in its up-switch guard, as
     *               dash.js's safe throughput is for both)
     * @param pauses whether BOLA pauses the player rather than fill its buffer below the top rung (dash.js does)
     * @return the rule, or null for an unknown name
     */
    public static AbrRule named(String name, double safety, boolean pauses) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "throughput" -> new ThroughputRule(safety);
            case "bola" -> new BolaRule(safety, pauses);
            case "dynamic" -> new DynamicRule(new ThroughputRule(safety), new BolaRule(safety, pauses));
            default -> null;
        };
    }
}
