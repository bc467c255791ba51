package io.cdnsim.run;

/**
 * What the players' content steering did in a run through several CDNs (N8): the steering manifests they loaded
 * (one as each player starts, one every TTL after) and the moves to another CDN, on a manifest and on a failed request.
 * All zero without content steering.
 *
 * @param manifests      steering manifests loaded: the steering server's requests
 * @param movedOnManifest moves to another CDN because a manifest's priority changed
 * @param movedOnError   moves to another CDN because a request failed (the pathway penalised)
 */
public record SteeringResult(long manifests, long movedOnManifest, long movedOnError) {

    /** A run without content steering. */
    public static final SteeringResult NONE = new SteeringResult(0, 0, 0);
}
