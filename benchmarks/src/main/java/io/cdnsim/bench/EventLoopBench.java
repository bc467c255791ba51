package io.cdnsim.bench;

import io.cdnsim.kernel.EventHandler;
import io.cdnsim.kernel.EventLoop;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
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
 * The classic hold model: the future-event list holds {@code pending} events; each event, when it runs, schedules one
 * new event a random increment later (exponential, mean 1 s), so the list stays at the same size. The score is
 * events per second through {@link EventLoop} (pop, dispatch, push).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EventLoopBench {

    /** Events per invocation. */
    static final int BATCH = 1_000_000;

    @Param({"1000", "100000", "1000000"})
    public int pending;

    private EventLoop loop;
    private Hold hold;

    /** Fills the list. */
    @Setup(Level.Trial)
    public void setup() {
        loop = new EventLoop();
        hold = new Hold(loop, RandomSource.XO_SHI_RO_256_PP.create(42L));
        for (int i = 0; i < pending; i++) {
            loop.schedule(hold.increment(), hold.target, 0, 0);
        }
    }

    /** @return the clock, so the work cannot be optimised away */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long hold() {
        hold.remaining = BATCH;
        loop.run();
        return loop.now();
    }

    /** Reschedules itself while events remain in the batch; stops the loop at the end of the batch. */
    static final class Hold implements EventHandler {
        final EventLoop loop;
        final ContinuousSampler exponential;
        final int target;
        int remaining;

        Hold(EventLoop loop, UniformRandomProvider rng) {
            this.loop = loop;
            this.exponential = ZigguratSampler.Exponential.of(rng, 1e6);
            this.target = loop.register(this);
        }

        long increment() {
            return 1 + (long) exponential.sample();
        }

        @Override
        public void handle(int kind, long arg) {
            loop.scheduleIn(increment(), target, 0, 0);
            if (--remaining == 0) {
                loop.stop();
            }
        }
    }
}
