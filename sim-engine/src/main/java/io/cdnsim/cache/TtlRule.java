package io.cdnsim.cache;

import io.cdnsim.content.CacheControl;

/**
 * How a cache tier turns an origin's Cache-Control into a freshness lifetime, as commercial CDNs do: the shared
 * lifetime (s-maxage over max-age) clamped to [min, max], or the default when the origin sends neither.
 *
 * @param min        lower clamp in microseconds, or {@link CacheControl#ABSENT}
 * @param max        upper clamp in microseconds, or {@link CacheControl#ABSENT}
 * @param defaultTtl lifetime when the origin sends no max-age or s-maxage, in microseconds
 */
public record TtlRule(long min, long max, long defaultTtl) {

    /** No clamps; objects without a lifetime are not fresh at all (default 0). */
    public static final TtlRule ORIGIN = new TtlRule(CacheControl.ABSENT, CacheControl.ABSENT, 0);

    /**
     * @param cc the origin's directives for the object
     * @return the freshness lifetime this tier applies, microseconds
     */
    public long lifetime(CacheControl cc) {
        long ttl = cc.sharedLifetime();
        if (ttl == CacheControl.ABSENT) {
            return defaultTtl;
        }
        if (min != CacheControl.ABSENT && ttl < min) {
            ttl = min;
        }
        if (max != CacheControl.ABSENT && ttl > max) {
            ttl = max;
        }
        return ttl;
    }
}
