package io.cdnsim.config.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The string-id hash, FNV-1a 64. */
class KeyHashTest {

    // Pins FNV-1a 64 to the published test vectors, so keys stay the same across versions and can be computed
    // outside cdnsim.
    @Test
    void publishedVectors() {
        assertEquals(0xcbf29ce484222325L, KeyHash.fnv1a64(""));
        assertEquals(0xaf63dc4c8601ec8cL, KeyHash.fnv1a64("a"));
        assertEquals(0x85944171f73967e8L, KeyHash.fnv1a64("foobar"));
    }

    // Pins that hashing is over UTF-8 bytes and that update() continues a hash (used for stem + "?" + query).
    @Test
    void utf8AndContinuation() {
        byte[] b = "/vidéo?x=1".getBytes(StandardCharsets.UTF_8);
        assertEquals(KeyHash.fnv1a64(b, 0, b.length), KeyHash.fnv1a64("/vidéo?x=1"));
        long stem = KeyHash.fnv1a64("/vidéo");
        byte[] q = "x=1".getBytes(StandardCharsets.UTF_8);
        assertEquals(KeyHash.fnv1a64("/vidéo?x=1"), KeyHash.update(KeyHash.update(stem, '?'), q, 0, q.length));
    }
}
