package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvictionPolicyNamesTest {

    /**
     * Pins the names scenario files use, that each call makes a new policy (a policy serves one store), and that an
     * unknown name is refused with the known ones listed.
     */
    @Test
    void namesMapToPolicies() {
        assertInstanceOf(LruPolicy.class, EvictionPolicy.named("lru"));
        assertInstanceOf(FifoPolicy.class, EvictionPolicy.named("fifo"));
        assertInstanceOf(LfuPolicy.class, EvictionPolicy.named("lfu"));
        assertInstanceOf(SievePolicy.class, EvictionPolicy.named("sieve"));
        assertInstanceOf(S3FifoPolicy.class, EvictionPolicy.named("s3fifo"));
        assertNotSame(EvictionPolicy.named("s3fifo"), EvictionPolicy.named("s3fifo"));
        String message = assertThrows(IllegalArgumentException.class, () -> EvictionPolicy.named("arc")).getMessage();
        assertTrue(message.contains("'arc'") && message.contains("[lru, fifo, lfu, sieve, s3fifo]"), message);
        for (String name : EvictionPolicy.NAMES) {
            assertNotSame(EvictionPolicy.named(name), EvictionPolicy.named(name));
        }
    }
}
