package io.cdnsim.config.trace;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.config.Limits;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Each request reader fed generated traces whose numeric fields take extreme values ({@link ExtremeNumbers}): it
 * returns requests within the limits (a time within {@link Limits#MAX_DURATION} of the first, a size within
 * {@link Limits#MAX_OBJECT_BYTES}), or throws its own {@link TraceException} naming the line or record and the
 * field; never another exception, and never slowly. Fixed seeds: the same traces every run. Times mostly step forward
 * from the line before, so that the readers get past the first line; some are written out as extremes.
 */
class RequestTracePropertiesTest {

    /** Wall-clock bound of one trace of at most 20 lines. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    /** Requests read at most from one trace: a count within the limits is real work, not a hang. */
    private static final int MOST_READ = 200_000;

    /** A line's fields: its time is the previous line's plus {@code step}, unless {@code time} writes it out. */
    record Line(long step, String time, String id, String size, String count) {
    }

    private static Arbitrary<Line> line(Arbitrary<String> writtenTimes) {
        Arbitrary<String> ids = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.longs().between(0, 1000)
                .map(v -> Long.toString(v))), Tuple.of(1, ExtremeNumbers.extreme()));
        Arbitrary<String> counts = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.longs().between(1, 3)
                .map(v -> Long.toString(v))), Tuple.of(1, ExtremeNumbers.whole()));
        return Combinators.combine(Arbitraries.longs().between(0, 2_000_000), writtenTimes.injectNull(0.85), ids,
                ExtremeNumbers.whole(), counts).as(Line::new);
    }

    /** @return the lines as text, each written by {@code format} from its time (stepped or written out) */
    private static String text(String header, List<Line> lines, BiFunction<String, Line, String> format) {
        StringBuilder b = new StringBuilder(header);
        long t = 0;
        for (Line l : lines) {
            t += l.step();
            b.append(format.apply(l.time() != null ? l.time() : Long.toString(t), l)).append('\n');
        }
        return b.toString();
    }

    @Provide
    Arbitrary<String> plainTraces() {
        return line(ExtremeNumbers.decimal()).list().ofMinSize(1).ofMaxSize(20)
                .map(lines -> text("", lines, (t, l) -> t + " " + l.id() + " " + l.size()));
    }

    @Provide
    Arbitrary<String> csvTraces() {
        return line(ExtremeNumbers.decimal()).list().ofMinSize(1).ofMaxSize(20).map(lines -> text(
                "time,obj_id,obj_size,cnt\n", lines, (t, l) -> t + "," + l.id() + "," + l.size() + "," + l.count()));
    }

    @Provide
    Arbitrary<String> cloudFrontTraces() {
        Arbitrary<Integer> days = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(1, 28)),
                Tuple.of(1, Arbitraries.of(0, 29, 30, 31, 32)));
        Arbitrary<String> dates = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13), days).as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> times = Arbitraries.oneOf(Arbitraries.of("00:00:00", "23:59:59", "23:59:60", "24:00:00",
                "10:00:00.123456789123", "1:2:3", "99:99:99", "--:--:--"), Combinators.combine(
                Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
                .as((h, m) -> String.format("%02d:%02d:00", h, m)));
        Arbitrary<String> written = Arbitraries.oneOf(Combinators.combine(dates, times).as((d, t) -> d + "\t" + t),
                Arbitraries.of("9999-12-31\t23:59:59", "0000-01-01\t00:00:00", "2024-02-30\t10:00:00", "-\t-"));
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        DateTimeFormatter logged = DateTimeFormatter.ofPattern("yyyy-MM-dd'\t'HH:mm:ss");
        return line(written).list().ofMinSize(1).ofMaxSize(20).map(lines -> text(
                "#Version: 1.0\n#Fields: date time sc-bytes cs-uri-stem\n", lines, (t, l) -> (l.time() != null
                        ? l.time() : start.plusSeconds(Long.parseLong(t)).format(logged)) + "\t" + l.size() + "\t/v/"
                        + l.id()));
    }

    /** A record's fields: its timestamp is the previous one plus {@code step}, unless {@code time} gives it. */
    record Binary(long step, Long time, long id, int size) {
    }

    @Provide
    Arbitrary<byte[]> oracleTraces() {
        Arbitrary<Long> timestamps = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(0L, 0xFFFF_FFFFL,
                0x7FFF_FFFFL, 2_678_400L, 2_678_401L)), Tuple.of(1, Arbitraries.longs().between(0, 0xFFFF_FFFFL)));
        Arbitrary<Integer> sizes = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(0, -1, Integer.MIN_VALUE,
                Integer.MAX_VALUE)), Tuple.of(3, Arbitraries.integers()));
        Arbitrary<List<Binary>> records = Combinators.combine(Arbitraries.longs().between(0, 100_000),
                timestamps.injectNull(0.8), Arbitraries.longs(), sizes).as(Binary::new).list().ofMinSize(1)
                .ofMaxSize(20);
        return Combinators.combine(records, Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 23)))).as((list, tail) -> {
                    ByteBuffer b = ByteBuffer.allocate(list.size() * 24 + tail).order(ByteOrder.LITTLE_ENDIAN);
                    long t = 0;
                    for (Binary r : list) {
                        t = r.time() != null ? r.time() : Math.min(0xFFFF_FFFFL, t + r.step());
                        b.putInt((int) t).putLong(r.id()).putInt(r.size()).putLong(-1);
                    }
                    return b.array();
                });
    }

    @Provide
    Arbitrary<String> textOptions() {
        return Combinators.combine(Arbitraries.of("s", "ms", "us", "ns"), Arbitraries.of("", ", max-backstep=1s",
                ", max-backstep=31d", ", skip-zero-size=true")).as((unit, more) -> "time-unit=" + unit + more);
    }

    // Pins plain: every generated trace reads within the limits or fails at a line naming a column.
    @Property(tries = 300, seed = "20260301")
    void plainFields(@ForAll("plainTraces") String trace, @ForAll("textOptions") String options) {
        readWithinLimits(TraceFormat.PLAIN, utf8(trace), options, "column", "time goes backwards");
    }

    // Pins libcachesim-csv with cnt-col: as plain, and counts never make a trace hold more than the limit.
    @Property(tries = 300, seed = "20260302")
    void csvFields(@ForAll("csvTraces") String trace, @ForAll("textOptions") String options) {
        readWithinLimits(TraceFormat.LIBCACHESIM_CSV, utf8(trace), options + ", cnt-col=4", "column",
                "time goes backwards", "bytes");
    }

    // Pins cloudfront: dates from year 0 to 9999, impossible dates and times, extreme sc-bytes.
    @Property(tries = 300, seed = "20260303")
    void cloudFrontFields(@ForAll("cloudFrontTraces") String trace) {
        readWithinLimits(TraceFormat.CLOUDFRONT, utf8(trace), "max-backstep=1s", "date", "time", "sc-bytes",
                "fields", "bytes");
    }

    // Pins oracle-general: any 32-bit timestamps and sizes, any ids, in any unit, and a partial last record.
    @Property(tries = 300, seed = "20260304")
    void oracleGeneralFields(@ForAll("oracleTraces") byte[] trace, @ForAll("textOptions") String options) {
        readWithinLimits(TraceFormat.ORACLE_GENERAL, trace, options, "timestamp", "record", "time goes backwards",
                "bytes");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a trace within {@link #BOUND}: each request (up to {@link #MOST_READ}) within the limits, or a
     * {@link TraceException} at a line or record whose message names one of {@code fields}.
     */
    private static void readWithinLimits(TraceFormat format, byte[] trace, String options, String... fields) {
        assertTimeoutPreemptively(BOUND, () -> {
            try (TraceReader r = format.open(new ByteArrayInputStream(trace), "generated",
                    TraceOptions.parse(options))) {
                for (int n = 0; n < MOST_READ && r.next(); n++) {
                    assertTrue(r.time() >= 0 && r.time() <= Limits.MAX_DURATION, () -> "time " + r.time());
                    assertTrue(r.size() >= 0 && r.size() <= Limits.MAX_OBJECT_BYTES, () -> "size " + r.size());
                    assertTrue(r.lineNumber() >= 1, () -> "line " + r.lineNumber());
                }
            } catch (TraceException e) {
                assertTrue(e.position() >= 1 && e.getMessage().startsWith("generated: "), e::getMessage);
                assertTrue(Arrays.stream(fields).anyMatch(e.detail()::contains), () -> "names no field of "
                        + Arrays.toString(fields) + ": " + e.getMessage());
            }
        });
    }
}
