package io.cdnsim.model;

/**
 * What asks the network for content during a run, the scenario's kind: a {@link SyntheticStream} of independent
 * requests, a {@link Replay} of a recorded request log, or viewers with players ({@link Viewing}): a
 * {@link LiveEvent} or an {@link OnDemandService}. Each kind carries exactly its own parts.
 */
public sealed interface Demand permits SyntheticStream, Replay, Viewing {
}
