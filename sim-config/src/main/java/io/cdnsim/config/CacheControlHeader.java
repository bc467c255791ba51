package io.cdnsim.config;

import io.cdnsim.content.CacheControl;
import java.util.Locale;

/**
 * Parses a Cache-Control header value as an origin would send it, for example
 * {@code "public, max-age=2, s-maxage=1, stale-while-revalidate=2, stale-if-error=60"}. Directive values are
 * delta-seconds (RFC 9111 section 1.2.2). {@code no-store} and {@code private} make the object uncacheable for a
 * shared cache; {@code no-cache} makes it stale at once (every use revalidates). Other directives
 * ({@code public}, {@code immutable}, {@code must-revalidate}, ...) are accepted and do not change the model.
 */
final class CacheControlHeader {

    private CacheControlHeader() {
    }

    static CacheControl parse(String header) {
        long maxAge = CacheControl.ABSENT;
        long sMaxAge = CacheControl.ABSENT;
        long swr = CacheControl.ABSENT;
        long sie = CacheControl.ABSENT;
        boolean noStore = false;
        boolean noCache = false;
        for (String raw : header.split(",")) {
            String d = raw.trim().toLowerCase(Locale.ROOT);
            if (d.isEmpty()) {
                continue;
            }
            int eq = d.indexOf('=');
            String name = eq < 0 ? d : d.substring(0, eq).trim();
            String value = eq < 0 ? null : d.substring(eq + 1).trim().replace("\"", "");
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
        if (value == null || !value.matches("[0-9]{1,12}")) {
            throw new IllegalArgumentException(name + " needs a whole number of seconds, as in '" + name
                    + "=3600', found '" + (value == null ? name : name + "=" + value) + "'");
        }
        return Long.parseLong(value) * 1_000_000L;
    }
}
