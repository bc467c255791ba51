package io.cdnsim.cli;

import picocli.CommandLine.Mixin;

/**
 * The options of the commands that run scenario files ({@code run}, {@code compare}): {@code --replications},
 * {@code --threads} and {@code --seed}, each declared and checked once in its own class, mixed in together
 * (picocli's {@code @Mixin}).
 */
final class ScenarioRunOptions {

    @Mixin
    private ReplicationsOption replications;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private SeedOption seed;

    /** @return {@code --replications} */
    ReplicationsOption replications() {
        return replications;
    }

    /** @return {@code --threads} */
    ThreadsOption threads() {
        return threads;
    }

    /** @return {@code --seed} */
    SeedOption seed() {
        return seed;
    }
}
