package io.cdnsim.config.trace;

import static io.cdnsim.config.trace.TraceTesting.gzip;
import static io.cdnsim.config.trace.TraceTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cdnsim.config.Limits;
import io.cdnsim.config.trace.NetworkTraceReader.Format;
import io.cdnsim.model.ThroughputTrace;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Network traces written to hurt: throughputs of 1e-300, 0 throughout, negative or beyond any link; periods and
 * latencies of centuries; numbers of thousands of digits; outages that starve the mean; files that are not files.
 * Each is refused with a {@link TraceException} naming the file, the line and the field; values at a limit read.
 */
class HostileNetworkTracesTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static String period(String duration, String bandwidth, String latency) {
        return "{\"duration_ms\": " + duration + ", \"bandwidth_kbps\": " + bandwidth + ", \"latency_ms\": "
                + latency + "}";
    }

    private String sabre(String... periods) {
        return refused(write(dir, "network.json", "[\n" + String.join(",\n", periods) + "\n]"), Format.SABRE);
    }

    private String cooked(String text) {
        return refused(write(dir, "cooked.txt", text), Format.COOKED);
    }

    /** Reads a network trace that must be refused, within {@link #BOUND}; returns the message without the file. */
    private static String refused(Path file, Format format) {
        TraceException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(TraceException.class,
                () -> NetworkTraceReader.read(file, format)));
        assertStarts(file + ": ", e.getMessage());
        return e.getMessage().substring(file.toString().length() + 2);
    }

    private static void assertStarts(String prefix, String message) {
        assertTrue(message.startsWith(prefix), () -> "expected '" + prefix + "...', found '" + message + "'");
    }

    // Pins the example: a bandwidth of 1e-300 (a download would overflow the clock) is refused at its
    // period, as is one just below 1 kbit/s; 1 kbit/s itself reads.
    @Test
    void bandwidthBelowOneKilobit() throws Exception {
        assertEquals("line 3: period 2: bandwidth_kbps 1E-300 is below 1 kbit/s, the slowest a trace may have other"
                + " than 0 (an outage)", sabre(period("1000", "5000", "40"), period("1000", "1e-300", "40")));
        assertStarts("line 2: period 1: bandwidth_kbps 0.999 is below", sabre(period("1000", "0.999", "40")));
        assertStarts("line 2: throughput (Mbit/s) 1E-300 is below 1 kbit/s", cooked("0 1\n1 1e-300\n"));
        ThroughputTrace slowest = NetworkTraceReader.read(write(dir, "ok.json", "[" + period("1000", "1", "40")
                + "]"), Format.SABRE);
        assertEquals(Limits.MIN_BITS_PER_SECOND, slowest.pieceBps(0));
    }

    // Pins the upper bound: above 1 Tbit/s is refused (Sabre's 1e9 kbit/s is exactly 1 Tbit/s and reads).
    @Test
    void bandwidthAboveOneTerabit() throws Exception {
        assertEquals("line 2: period 1: bandwidth_kbps 1000000001 is above 1 Tbit/s, the fastest a trace may have",
                sabre(period("1000", "1000000001", "40")));
        assertStarts("line 2: throughput (Mbit/s) 1E+308 is above 1 Tbit/s", cooked("0 1\n1 1e308\n"));
        assertEquals(Limits.MAX_BITS_PER_SECOND, NetworkTraceReader.read(write(dir, "ok.json", "["
                + period("1000", "1e9", "40") + "]"), Format.SABRE).pieceBps(0));
    }

    // Pins 0, negative and non-numbers: 0 throughout never ends a download; a negative bandwidth, NaN and Infinity
    // (not JSON numbers) are refused at their line.
    @Test
    void zeroNegativeAndNotNumbers() {
        assertStarts("every period has bandwidth_kbps 0", sabre(period("1000", "0", "40")));
        assertEquals("line 2: period 1: bandwidth_kbps is negative: -5", sabre(period("1000", "-5", "40")));
        assertStarts("line 2: malformed JSON", sabre(period("1000", "NaN", "40")));
        assertStarts("line 2: malformed JSON", sabre(period("1000", "Infinity", "40")));
        assertEquals("line 2: throughput: expected a number, found 'NaN'", cooked("0 1\n1 NaN\n"));
        assertEquals("line 2: throughput is negative: -0.5", cooked("0 1\n1 -0.5\n"));
    }

    // Pins durations: a period of 1e300 ms, periods adding up past 31 days, a cooked time of 40 days are refused;
    // a trace of exactly 31 days reads.
    @Test
    void durationsBeyond31Days() throws Exception {
        assertEquals("line 2: period 1: duration_ms 1E+300 is more than 31 days (2678400 s), the most a network"
                + " trace may have", sabre(period("1e300", "5000", "40")));
        assertStarts("line 3: the periods up to period 2 add up to more than 31 days",
                sabre(period("2000000000", "5000", "40"), period("2000000000", "5000", "40")));
        assertStarts("line 2: time (s) 3456000 is more than 31 days", cooked("0 1\n3456000 1\n"));
        assertEquals(Limits.MAX_DURATION, NetworkTraceReader.read(write(dir, "ok.txt", "0 1\n2678400 1\n"),
                Format.COOKED).length());
    }

    // Pins latencies: more than a minute is refused; a minute reads; 1e-300 ms rounds to 0 (no latency).
    @Test
    void latencyBeyondAMinute() throws Exception {
        assertEquals("line 2: period 1: latency_ms 60001 is more than 60 s, the most a network trace may have",
                sabre(period("1000", "5000", "60001")));
        Path ok = write(dir, "ok.json", "[" + period("1000", "5000", "60000") + ", " + period("1000", "5000",
                "1e-300") + "]");
        ThroughputTrace t = NetworkTraceReader.read(ok, Format.SABRE);
        assertEquals(List.of(TraceLimits.MAX_LATENCY, 0L), List.of(t.pieceRtt(0), t.pieceRtt(1)));
    }

    // Pins a mean throughput starved by outages: 1 kbit/s for 1 s in a trace of 30 days is refused as a whole.
    @Test
    void outagesStarveTheMean() {
        assertStarts("the mean throughput over the trace is 3.8580233E-4 bit/s, below 1000 bit/s",
                sabre(period("1000", "1", "40"), period("2592000000", "0", "40")));
    }

    // Pins numbers too long to be values: a throughput of 5000 digits (cooked) and 2000 digits (Sabre, where the
    // JSON parser's own limit answers) are refused quickly; exponents of a billion read or refuse at once.
    @Test
    void numbersOfThousandsOfDigits() {
        assertEquals("line 2: throughput: expected a number of at most 1000 characters, found one of 5000",
                cooked("0 1\n1 " + "9".repeat(5000) + "\n"));
        assertEquals("line 2: malformed JSON: Number value length (2000) exceeds the maximum allowed (1000)",
                sabre(period("1000", "9".repeat(2000), "40")));
        assertStarts("line 2: time (s) 1E+999999999 is more than 31 days", cooked("0 1\n1e999999999 1\n"));
        assertStarts("line 2: throughput (Mbit/s) 1E-999999999 is below", cooked("0 1\n1 1e-999999999\n"));
    }

    // Pins files that are not files: a FIFO, /dev/zero and a folder are refused before a byte is read.
    @Test
    void filesThatAreNotFiles() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        for (Path p : List.of(fifo, Path.of("/dev/zero"))) {
            assumeTrue(Files.exists(p));
            assertStarts("this is not a regular file", refused(p, null));
        }
        assertEquals("this is a folder; a network trace file was expected", refused(dir, null));
    }

    // Pins the size limit: a (sparse) file over 64 MiB is refused before reading; a gzip file that expands past it
    // is refused after reading 64 MiB.
    @Test
    void largerThan64MiB() throws IOException {
        Path f = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(f.toFile(), "rw")) {
            file.setLength(TraceLimits.MAX_NETWORK_TRACE_BYTES + 1L);
        }
        assertStarts("the file is 67108865 bytes; a network trace file may be at most", refused(f, null));
        Path bomb = write(dir, "bomb.gz", gzip(new byte[(64 << 20) + 1]));
        assertEquals("is larger than 64 MiB decompressed; a network trace is small: is this a request trace?",
                refused(bomb, null));
    }
}
