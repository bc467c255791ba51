package io.cdnsim.config;

import io.cdnsim.content.CacheControl;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Parses a Cache-Control header value as an origin would send it, for example
 * {@code "public, max-age=2, s-maxage=1, stale-while-revalidate=2, stale-if-error=60"}. Directive values are
 * delta-seconds (RFC 9111 section 1.2.2): a value above 2<sup>31</sup> seconds is taken as 2<sup>31</sup> (68 years), as
 * that section allows. A directive given twice is refused: RFC 9111 section 4.2.1 leaves a cache the
 * choice between the first value and treating the response as stale, and a scenario should not depend on which.
 * {@code no-store} and {@code private} make the object uncacheable for a
 * shared cache; {@code no-cache} makes it stale at once (every use revalidates). Other directives
 * ({@code public}, {@code immutable}, {@code must-revalidate}, ...) are accepted and do not change the model.
 */
final class CacheControlHeader {

    /** The greatest delta-seconds a cache need represent (RFC 9111 section 1.2.2). */
    static final long MAX_DELTA_SECONDS = 1L << 31;

    private CacheControlHeader() {
    }

    static CacheControl parse(String header) {
        long maxAge = CacheControl.ABSENT;
        long sMaxAge = CacheControl.ABSENT;
        long swr = CacheControl.ABSENT;
        long sie = CacheControl.ABSENT;
        boolean noStore = false;
        boolean noCache = false;
        Set<String> seen = new HashSet<>();
        for (String raw : header.split(",")) {
            String d = raw.trim().toLowerCase(Locale.ROOT);
            if (d.isEmpty()) {
                continue;
            }
            int eq = d.indexOf('=');
            String name = eq < 0 ? d : d.substring(0, eq).trim();
            String value = eq < 0 ? null : d.substring(eq + 1).trim().replace("\"", "");
            if (!seen.add(name)) {
                throw new IllegalArgumentException(name + " is given twice in '" + header.strip() + "'; give each "
                        + "directive once");
            }
            switch (name) {
                case "max-age":
                    maxAge = seconds(name, value);
                    break;
                case "s-maxage":
                    sMaxAge = seconds(name, value);
                    break;
                case "stale-while-revalidate":
                    swr = seconds(name, value);
                    break;
                case "stale-if-error":
                    sie = seconds(name, value);
                    break;
                case "no-store":
                case "private":
                    noStore = true;
                    break;
                case "no-cache":
                    noCache = true;
                    break;
                case "public":
                case "immutable":
                case "must-revalidate":
                case "proxy-revalidate":
                case "no-transform":
                    break;
                default:
                    throw new IllegalArgumentException("unknown Cache-Control directive '" + name + "' (known: "
                            + "max-age, s-maxage, stale-while-revalidate, stale-if-error, no-store, private, "
                            + "no-cache, public, immutable, must-revalidate)");
            }
        }
        if (noCache) {
            sMaxAge = 0;
        }
        return new CacheControl(maxAge, sMaxAge, swr, sie, noStore);
    }

    private static long seconds(String name, String value) {
        if (value == null || !value.matches("[0-9]+")) {
            throw new IllegalArgumentException(name + " needs a whole number of seconds, as in '" + name
                    + "=3600', found '" + (value == null ? name : name + "=" + value) + "'");
        }
        String digits = value.replaceFirst("^0+(?=.)", "");
        long seconds = digits.length() > 10 ? MAX_DELTA_SECONDS : Math.min(MAX_DELTA_SECONDS, Long.parseLong(digits));
        return seconds * 1_000_000L;
    }
}
