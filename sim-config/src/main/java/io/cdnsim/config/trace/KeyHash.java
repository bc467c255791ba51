package io.cdnsim.config.trace;

import java.nio.charset.StandardCharsets;

/**
 * The stable 64-bit hash that turns string object ids (URIs, hex digests, names) into keys: FNV-1a 64. For each byte
 * {@code b} of the id, {@code h = (h ^ (b & 0xff)) * 0x100000001b3}, starting from {@code h = 0xcbf29ce484222325},
 * arithmetic modulo 2<sup>64</sup>. The bytes are the id's bytes as they appear in the trace (UTF-8 for a UTF-8
 * file; CloudFront's URL-encoded fields are hashed encoded, as logged). The value is the same on every machine and
 * every run, unlike {@link String#hashCode()}, so keys can be computed outside cdnsim, for example in Python:
 *
 * <pre>
 * def fnv1a64(data: bytes) -&gt; int:
 *     h = 0xcbf29ce484222325
 *     for b in data:
 *         h = ((h ^ b) * 0x100000001b3) &amp; 0xFFFFFFFFFFFFFFFF
 *     return h   # cdnsim's key is this value read as a signed 64-bit integer
 * </pre>
 */
public final class KeyHash {

    /** FNV-1a 64 offset basis. */
    public static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    /** FNV-1a 64 prime. */
    public static final long PRIME = 0x100000001b3L;

    private KeyHash() {
    }

    /**
     * @param bytes the id's bytes
     * @param from  first byte, inclusive
     * @param to    last byte, exclusive
     * @return the FNV-1a 64 hash of {@code bytes[from, to)}
     */
    public static long fnv1a64(byte[] bytes, int from, int to) {
        return update(OFFSET_BASIS, bytes, from, to);
    }

    /**
     * @param text an id
     * @return the FNV-1a 64 hash of its UTF-8 bytes
     */
    public static long fnv1a64(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return fnv1a64(b, 0, b.length);
    }

    /**
     * Continues a hash over more bytes: {@code update(fnv1a64(a), b)} equals the hash of {@code a} followed by
     * {@code b}.
     *
     * @param hash  the hash so far
     * @param bytes more bytes
     * @param from  first byte, inclusive
     * @param to    last byte, exclusive
     * @return the hash of everything
     */
    public static long update(long hash, byte[] bytes, int from, int to) {
        long h = hash;
        for (int i = from; i < to; i++) {
            h = (h ^ (bytes[i] & 0xff)) * PRIME;
        }
        return h;
    }

    /**
     * @param hash the hash so far
     * @param b    one more byte
     * @return the hash of everything
     */
    public static long update(long hash, int b) {
        return (hash ^ (b & 0xff)) * PRIME;
    }
}
