package io.cdnsim.config.trace;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.config.Limits;
import io.cdnsim.config.trace.NetworkTraceReader.Format;
import io.cdnsim.model.ThroughputTrace;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Sabre and cooked network traces whose numbers take extreme values ({@link ExtremeNumbers}): the reader returns a
 * trace within the limits (throughputs 0 or from 1 kbit/s to 1 Tbit/s, a length within 31 days, latencies within a
 * minute) on which a download of the largest object ends within a long's microseconds, or throws its own
 * {@link TraceException} naming the line, or the whole trace's problem; never another exception, never slowly.
 */
class NetworkTracePropertiesTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    /** Problems of a whole trace, which have no line. */
    private static final List<String> WHOLE_TRACE = List.of("is empty", "has no periods", "every period has",
            "the last time is 0 s", "every throughput after", "the mean throughput", "cannot tell");

    private static Arbitrary<String> usually(Arbitrary<String> ordinary) {
        return Arbitraries.frequencyOf(Tuple.of(6, ordinary), Tuple.of(1, ExtremeNumbers.extreme()));
    }

    @Provide
    Arbitrary<String> sabreTraces() {
        Arbitrary<String> period = Combinators.combine(usually(Arbitraries.integers().between(0, 10_000)
                .map(v -> Integer.toString(v))), usually(Arbitraries.of("0", "1", "800", "5000", "1e6", "1e9")),
                usually(Arbitraries.integers().between(0, 200).map(v -> Integer.toString(v))))
                .as((d, b, l) -> "{\"duration_ms\": " + d + ", \"bandwidth_kbps\": " + b + ", \"latency_ms\": " + l
                        + "}");
        return period.list().ofMinSize(1).ofMaxSize(10).map(p -> p.stream().collect(Collectors.joining(",\n",
                "[\n", "\n]\n")));
    }

    /** A cooked line: its time is the previous line's plus {@code step} s, unless {@code time} writes it out. */
    record Sample(double step, String time, String mbps) {
    }

    @Provide
    Arbitrary<String> cookedTraces() {
        Arbitrary<Sample> sample = Combinators.combine(Arbitraries.doubles().between(0, 10).ofScale(3),
                ExtremeNumbers.extreme().injectNull(0.85), usually(ExtremeNumbers.fraction())).as(Sample::new);
        return sample.list().ofMinSize(1).ofMaxSize(20).map(samples -> {
            StringBuilder b = new StringBuilder();
            double t = 0;
            for (Sample s : samples) {
                t += s.step();
                b.append(s.time() != null ? s.time() : String.format("%.3f", t)).append(' ').append(s.mbps())
                        .append('\n');
            }
            return b.toString();
        });
    }

    // Pins Sabre's three numeric fields under extreme values.
    @Property(tries = 300, seed = "20260311")
    void sabreFields(@ForAll("sabreTraces") String trace) {
        readWithinLimits(trace, Format.SABRE);
    }

    // Pins the cooked format's time and throughput under extreme values.
    @Property(tries = 300, seed = "20260312")
    void cookedFields(@ForAll("cookedTraces") String trace) {
        readWithinLimits(trace, Format.COOKED);
    }

    /** Reads a trace within {@link #BOUND}: a trace within the limits, or a {@link TraceException} as promised. */
    private static void readWithinLimits(String trace, Format format) {
        assertTimeoutPreemptively(BOUND, () -> {
            ThroughputTrace t;
            try {
                t = NetworkTraceReader.read(new ByteArrayInputStream(trace.getBytes(StandardCharsets.UTF_8)),
                        "generated", format);
            } catch (TraceException e) {
                assertTrue(e.getMessage().startsWith("generated: "), e::getMessage);
                assertTrue(e.position() >= 1 || WHOLE_TRACE.stream().anyMatch(e.detail()::startsWith),
                        e::getMessage);
                return;
            }
            assertTrue(t.length() > 0 && t.length() <= Limits.MAX_DURATION, () -> "length " + t.length());
            for (int i = 0; i < t.pieces(); i++) {
                double bps = t.pieceBps(i);
                assertTrue(bps == 0 || bps >= Limits.MIN_BITS_PER_SECOND && bps <= Limits.MAX_BITS_PER_SECOND,
                        () -> "throughput " + bps);
                long rtt = t.pieceRtt(i);
                assertTrue(format == Format.COOKED ? rtt == ThroughputTrace.NO_LATENCY
                        : rtt >= 0 && rtt <= TraceLimits.MAX_LATENCY, () -> "latency " + rtt);
            }
            long largest = t.transferMicros(t.length() / 2, 8.0 * Limits.MAX_OBJECT_BYTES);
            assertTrue(largest > 0 && largest < Long.MAX_VALUE / 100, () -> "download of 1 TiB takes " + largest);
        });
    }
}
