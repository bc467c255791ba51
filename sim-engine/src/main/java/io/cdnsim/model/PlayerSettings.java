package io.cdnsim.model;

/**
 * How the players behave (V4, V5).
 *
 * @param abr              ABR rule: throughput, bola or dynamic
 * @param safety           the throughput rule's safety factor (0.9: use 90 % of the estimate)
 * @param startupBuffer    media buffered before playback starts (and resumes after a stall), microseconds
 * @param holdbackSegments how many segments behind the live edge a player starts (HLS: 3 target durations)
 * @param retryBase        first retry delay after an error, doubled at each retry up to 8 s, microseconds
 * @param insufficientBufferRule whether dash.js's insufficient-buffer rule caps the ABR rule's choice (docs/abr.md)
 * @param abandonRequestsRule    whether players give up segment downloads that take too long, as dash.js's
 *                               abandon-requests rule does (docs/abr.md)
 */
public record PlayerSettings(String abr, double safety, long startupBuffer, int holdbackSegments, long retryBase,
                             boolean insufficientBufferRule, boolean abandonRequestsRule) {

    /**
     * Settings without download abandonment.
     *
     * @param abr                    ABR rule: throughput, bola or dynamic
     * @param safety                 the throughput rule's safety factor
     * @param startupBuffer          media buffered before playback starts, microseconds
     * @param holdbackSegments       how many segments behind the live edge a player starts
     * @param retryBase              first retry delay after an error, microseconds
     * @param insufficientBufferRule whether dash.js's insufficient-buffer rule caps the ABR rule's choice
     */
    public PlayerSettings(String abr, double safety, long startupBuffer, int holdbackSegments, long retryBase,
                          boolean insufficientBufferRule) {
        this(abr, safety, startupBuffer, holdbackSegments, retryBase, insufficientBufferRule, false);
    }

    /**
     * Settings without the insufficient-buffer rule.
     *
     * @param abr              ABR rule: throughput, bola or dynamic
     * @param safety           the throughput rule's safety factor
     * @param startupBuffer    media buffered before playback starts, microseconds
     * @param holdbackSegments how many segments behind the live edge a player starts
     * @param retryBase        first retry delay after an error, microseconds
     */
    public PlayerSettings(String abr, double safety, long startupBuffer, int holdbackSegments, long retryBase) {
        this(abr, safety, startupBuffer, holdbackSegments, retryBase, false);
    }

    /** The longest retry delay, microseconds. */
    public static final long MAX_RETRY_DELAY = 8_000_000L;
    /** Doublings of the retry delay beyond which it stops growing (it has reached the maximum long before). */
    private static final int MAX_RETRY_DOUBLINGS = 20;

    /**
     * @param retries how many times the request was retried already
     * @return how long to wait before the next retry: {@code retryBase} doubled per retry, at most 8 s
     */
    public long retryDelay(int retries) {
        return Math.min(MAX_RETRY_DELAY, retryBase << Math.min(retries, MAX_RETRY_DOUBLINGS));
    }
}
