package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PolicyAllocationTest {

    /**
     * Pins that, once the arrays have grown, requests through an ObjectStore with each new policy (and the admission
     * filter) allocate nothing: 200,000 requests after a warm-up of 200,000 over the same keys, measured with the
     * JVM's per-thread allocation counter (a few hundred bytes of slack for the measurement itself).
     */
    @Test
    void steadyStateAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        long self = Thread.currentThread().getId();
        Supplier<?>[] policies = {LfuPolicy::new, SievePolicy::new, S3FifoPolicy::new};
        for (Supplier<?> make : policies) {
            EvictionPolicy policy = (EvictionPolicy) make.get();
            ObjectStore store = new ObjectStore(500, policy);
            SecondHitAdmission admission = new SecondHitAdmission(1024);
            run(store, admission, 1, 200_000);
            long before = threads.getThreadAllocatedBytes(self);
            long hits = run(store, admission, 2, 200_000);
            long allocated = threads.getThreadAllocatedBytes(self) - before;
            assertTrue(hits > 0);
            assertTrue(allocated < 512, policy.getClass().getSimpleName() + " allocated " + allocated + " bytes");
        }
    }

    private static long run(ObjectStore store, SecondHitAdmission admission, long seed, int requests) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long hits = 0;
        for (int i = 0; i < requests; i++) {
            double u = rnd.nextDouble();
            long key = (long) (5_000 * u * u);
            int s = store.find(key);
            if (s != ObjectStore.ABSENT) {
                store.use(s);
                hits++;
            } else if ((key & 1) == 0 || admission.admit(key)) {
                store.admit(key, 1 + (key & 3));
            }
        }
        return hits;
    }
}
