package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EvictionPolicyNamesTest {

    /** Pins the names scenario files use, and that each call makes a new policy (a policy serves one store). */
    @Test
    void namesMapToPolicies() {
        assertInstanceOf(LruPolicy.class, EvictionPolicy.named("lru"));
        assertInstanceOf(FifoPolicy.class, EvictionPolicy.named("fifo"));
        assertInstanceOf(LfuPolicy.class, EvictionPolicy.named("lfu"));
        assertInstanceOf(SievePolicy.class, EvictionPolicy.named("sieve"));
        assertInstanceOf(S3FifoPolicy.class, EvictionPolicy.named("s3fifo"));
        assertNotSame(EvictionPolicy.named("s3fifo"), EvictionPolicy.named("s3fifo"));
        assertNull(EvictionPolicy.named("arc"));
    }
}
