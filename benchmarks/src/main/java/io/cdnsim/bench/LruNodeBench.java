package io.cdnsim.bench;

import io.cdnsim.cache.EvictionPolicy;
import io.cdnsim.cache.ObjectStore;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One cache node's store fed from an in-memory trace: 4 million requests over 1 million objects with Zipf(0.8)
 * popularity and unit sizes, into a store holding {@code capacity} objects. Each request is a lookup, then a hit
 * (the policy's update) or an admission with the evictions it takes. The score is requests per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LruNodeBench {

    static final int TRACE = 4_000_000;

    @Param({"lru", "fifo", "lfu", "sieve", "s3fifo"})
    public String policy;

    @Param({"10000", "100000"})
    public int capacity;

    private long[] trace;
    private ObjectStore store;

    /** Builds the trace once. */
    @Setup(Level.Trial)
    public void trace() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(7L);
        DiscreteSampler zipf = RejectionInversionZipfSampler.of(rng, 1_000_000, 0.8);
        trace = new long[TRACE];
        for (int i = 0; i < TRACE; i++) {
            trace[i] = zipf.sample();
        }
        store = new ObjectStore(capacity, EvictionPolicy.named(policy));
    }

    /** @return hits, so the work cannot be optimised away */
    @Benchmark
    @OperationsPerInvocation(TRACE)
    public long replay() {
        ObjectStore s = store;
        long hits = 0;
        for (long key : trace) {
            int slot = s.find(key);
            if (slot != ObjectStore.ABSENT) {
                s.use(slot);
                hits++;
            } else {
                s.admit(key, 1);
            }
        }
        return hits;
    }
}
