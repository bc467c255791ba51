package io.cdnsim.content;

/**
 * The Cache-Control an origin sends with one kind of object (RFC 9111 and RFC 5861). All durations are microseconds;
 * {@link #ABSENT} marks a directive the origin does not send.
 *
 * @param maxAge               {@code max-age}
 * @param sMaxAge              {@code s-maxage}, which a shared cache (a CDN node) prefers over max-age
 * @param staleWhileRevalidate {@code stale-while-revalidate}: how long past expiry a stale copy may be served while
 *                             it is revalidated in the background
 * @param staleIfError         {@code stale-if-error}: how long past expiry a stale copy may be served when the
 *                             upstream answers with an error
 * @param noStore              {@code no-store} or {@code private}: a shared cache must not keep it
 */
public record CacheControl(long maxAge, long sMaxAge, long staleWhileRevalidate, long staleIfError, boolean noStore) {

    /** A directive that is not sent. */
    public static final long ABSENT = -1;

    /** No directive at all: the cache's default TTL applies. */
    public static final CacheControl NONE = new CacheControl(ABSENT, ABSENT, ABSENT, ABSENT, false);

    /**
     * @return the freshness lifetime a shared cache reads from these directives (s-maxage over max-age), or
     *         {@link #ABSENT} when neither is sent
     */
    public long sharedLifetime() {
        return sMaxAge != ABSENT ? sMaxAge : maxAge;
    }
}
