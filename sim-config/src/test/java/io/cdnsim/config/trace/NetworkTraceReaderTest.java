package io.cdnsim.config.trace;

import static io.cdnsim.config.trace.TraceTesting.gzip;
import static io.cdnsim.config.trace.TraceTesting.utf8;
import static io.cdnsim.config.trace.TraceTesting.write;
import static io.cdnsim.config.trace.TraceTesting.zstdStored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.config.trace.NetworkTraceReader.Format;
import io.cdnsim.model.ThroughputTrace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sabre's network.json and Pensieve's cooked traces, read into a {@link ThroughputTrace}. */
class NetworkTraceReaderTest {

    @TempDir
    Path dir;

    // Pins Sabre's units: duration_ms → µs, bandwidth_kbps × 1000 → bit/s, latency_ms → µs; periods in file order,
    // starts accumulated from 0, the loop as long as all periods; fractional ms kept to the µs; an unknown field
    // ignored (Sabre reads only its three); a period of duration 0 dropped (Sabre passes through it without effect).
    @Test
    void readsSabrePeriods() throws Exception {
        Path f = write(dir, "network.json", """
                [
                    {"duration_ms": 30000, "bandwidth_kbps": 5000, "latency_ms":  75},
                    {"duration_ms": 0, "bandwidth_kbps": 9, "latency_ms": 9},
                    {"duration_ms": 1500.5, "bandwidth_kbps": 0, "latency_ms": 0.25, "note": {"x": [1]}},
                    {"latency_ms": 150, "bandwidth_kbps": 1500.5, "duration_ms": 2000}
                ]
                """);
        ThroughputTrace expected = new ThroughputTrace(new long[] {0, 30_000_000, 31_500_500}, 33_500_500,
                new double[] {5_000_000, 0, 1_500_500}, new long[] {75_000, 250, 150_000});
        assertEquals(expected, NetworkTraceReader.read(f, Format.SABRE));
        assertEquals(expected, NetworkTraceReader.read(f, null));
    }

    // Pins Pensieve's reading of a cooked trace: line k's Mbit/s (× 10^6 bit/s) hold from line k−1's time to line
    // k's, so the first line's 4.0 is never used; a 0 throughput is an outage piece; tabs or spaces, blank lines and
    // CRLF are accepted; the loop is the last time long; no latency.
    @Test
    void readsCookedLinesAsPensieveUsesThem() throws Exception {
        Path f = write(dir, "trace", "0.0\t4.0\n0.5 5\n\n1.5\t0\r\n2.0  2.5\n");
        ThroughputTrace expected = new ThroughputTrace(new long[] {0, 500_000, 1_500_000}, 2_000_000,
                new double[] {5e6, 0, 2.5e6}, null);
        ThroughputTrace t = NetworkTraceReader.read(f, Format.COOKED);
        assertEquals(expected, t);
        assertFalse(t.hasLatency());
        assertEquals(expected, NetworkTraceReader.read(f, null));
    }

    // Pins a first time above 0 (Oboe's traces start at 0.474 s): the first piece runs from 0, as on every loop of
    // Pensieve's, to the second line's time; times round to the nearest µs; a repeated time is a piece of length 0,
    // dropped.
    @Test
    void cookedFirstPieceStartsAtZero() throws Exception {
        Path f = write(dir, "oboe.txt", "0.474 3.1\n0.9050000004 3.2\n0.9050000004 7\n1.911 3.0\n");
        assertEquals(new ThroughputTrace(new long[] {0, 905_000}, 1_911_000, new double[] {3.2e6, 3e6}, null),
                NetworkTraceReader.read(f, null));
    }

    // Cross-check with Pensieve's test/fixed_env.py get_video_chunk, worked by hand, for the trace
    // "0 9 / 1 1 / 3 4" and a 250 000-byte chunk from the start (mahimahi_ptr = 1, last time 0): in (0, 1] s at
    // 1 Mbit/s = 125 000 B/s × 0.95 payload it sends 118 750 B; the other 131 250 B at 500 000 B/s × 0.95 take
    // 0.276315789 s; delay 1.276315789 s, plus LINK_RTT 80 ms which is not on the trace clock. The same transfer here
    // is 250 000 × 8 / 0.95 bits on the trace: 1 276 316 µs.
    @Test
    void cookedTransferMatchesPensieve() throws Exception {
        Path f = write(dir, "trace", "0 9\n1 1\n3 4\n");
        ThroughputTrace t = NetworkTraceReader.read(f, null);
        assertEquals(1_276_316, t.transferMicros(0, 250_000 * 8 / 0.95));
    }

    // Pins compression: a gzip or zstd file is recognised by its first bytes and detected by its decompressed content.
    @Test
    void readsCompressedTraces() throws Exception {
        Path gz = write(dir, "trace.gz", gzip(utf8("0 1\n1 2\n")));
        assertEquals(new ThroughputTrace(new long[] {0}, 1_000_000, new double[] {2e6}, null),
                NetworkTraceReader.read(gz, null));
        Path zst = write(dir, "network.json.zst", zstdStored(utf8(
                "[{\"duration_ms\": 10, \"bandwidth_kbps\": 1, \"latency_ms\": 2}]")));
        assertEquals(new ThroughputTrace(new long[] {0}, 10_000, new double[] {1000}, new long[] {2000}),
                NetworkTraceReader.read(zst, null));
    }

    // Pins a gzip network trace with text appended (it read as if the text were not there): refused naming the file.
    @Test
    void refusesTrailingDataAfterGzip() {
        byte[] z = gzip(utf8("0 1\n1 2\n"));
        Path f = write(dir, "trace.txt.gz", TraceTesting.concat(z, utf8("garbage\n")));
        assertTrue(failure(f, null).startsWith(f + ": trailing data after the gzip stream: its first " + z.length
                + " bytes are gzip data"), failure(f, null));
    }

    // Pins detection by content: a byte-order mark and leading blank lines are skipped; a first line of three
    // columns (a request trace), a JSON object and an empty file are refused with the reason and the --format hint.
    @Test
    void detectsByContent() throws Exception {
        assertTrue(NetworkTraceReader.read(write(dir, "a", "\uFEFF\n  [{\"duration_ms\": 1, \"bandwidth_kbps\": 1,"
                + " \"latency_ms\": 0}]"), null).hasLatency());
        assertEquals(1, NetworkTraceReader.read(write(dir, "b", "\n\n0 1\n5 2\n"), null).pieces());
        Path plain = write(dir, "requests.tr", "1 1 120\n2 2 64\n");
        assertEquals(plain + ": cannot tell the network trace format from the content: the first line '1 1 120' is"
                + " neither the start of a JSON array (sabre) nor two numbers, time in s and throughput in Mbit/s"
                + " (cooked); give --format (sabre, cooked)", failure(plain, null));
        Path object = write(dir, "o.json", "{\"duration_ms\": 1}");
        assertEquals(object + ": cannot tell the network trace format from the content: it is a JSON object, but"
                + " Sabre's network.json is an array of periods; give --format (sabre, cooked)", failure(object, null));
        Path empty = write(dir, "empty", " \n");
        assertEquals(empty + ": cannot tell the network trace format from the content: it is empty; give --format"
                + " (sabre, cooked)", failure(empty, null));
    }

    // Pins the names --format takes, pensieve as another name for cooked, and the message for an unknown name.
    @Test
    void formatNames() {
        assertEquals(Format.SABRE, Format.byLabel(" Sabre"));
        assertEquals(Format.COOKED, Format.byLabel("cooked"));
        assertEquals(Format.COOKED, Format.byLabel("pensieve"));
        assertEquals("cooked", Format.COOKED.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.byLabel("mahimahi"));
        assertEquals("unknown network trace format 'mahimahi' (known: sabre, cooked)", e.getMessage());
    }

    // Pins each malformed cooked trace's message with its line: extra column, not a number, negative time or
    // throughput, time going backwards, one line only, no length, throughput 0 after the first line, an empty file.
    @Test
    void cookedErrorsNameTheLine() {
        assertCooked("0 1\n1 2 3\n", "line 2: expected 2 columns (time in s, throughput in Mbit/s), found 3: '1 2 3'");
        assertCooked("0 1\n\n1 fast\n", "line 3: throughput: expected a number, found 'fast'");
        assertCooked("0 1\n1 nan\n", "line 2: throughput: expected a number, found 'nan'");
        assertCooked("-1 1\n1 2\n", "line 1: time is negative: -1");
        assertCooked("0 1\n1 -2\n", "line 2: throughput is negative: -2");
        assertCooked("0 1\n2 1\n1.5 1\n", "line 3: time goes backwards: 1.5 s after 2 s");
        assertCooked("\n0 1\n", "line 2: a cooked trace needs at least two lines: a line's throughput holds from the"
                + " previous line's time to its own, so one line has no length");
        assertCooked("0 1\n0 2\n", "the last time is 0 s: the trace has no length");
        assertCooked("0 5\n1 0\n2 0\n", "every throughput after the first line is 0 (Pensieve never uses the first"
                + " line's): a download on it would never end");
        assertCooked("1e99999999999 1\n", "line 1: time: expected a number, found '1e99999999999'");
        assertCooked("1e30 1\n", "line 1: time (s) 1E+30 is more than 31 days (2678400 s), the most a network trace"
                + " may have");
        assertCooked("", "is empty");
    }

    // Pins each malformed Sabre trace's message with its line: not an array, an element that is not an object, a
    // missing field (the line of its object), a string, a negative value, a field given twice, broken JSON, content
    // after the array, no periods, every bandwidth 0, every duration 0.
    @Test
    void sabreErrorsNameTheLine() {
        assertSabre("{\"a\": 1}", "line 1: expected a JSON array of periods {duration_ms, bandwidth_kbps, latency_ms},"
                + " found an object");
        assertSabre("[\n 5\n]", "line 2: period 1: expected an object {duration_ms, bandwidth_kbps, latency_ms},"
                + " found '5'");
        assertSabre("[\n" + period(1, 1, 1) + ",\n{\"duration_ms\": 1,\n \"bandwidth_kbps\": 1}\n]",
                "line 3: period 2 has no latency_ms");
        assertSabre("[\n{\"duration_ms\": \"5000\", \"bandwidth_kbps\": 1, \"latency_ms\": 1}]",
                "line 2: period 1: duration_ms: expected a number, found the string \"5000\"");
        assertSabre("[\n" + period(1, 1, 1) + ",\n" + period(1, -3, 1) + "]",
                "line 3: period 2: bandwidth_kbps is negative: -3");
        assertSabre("[{\"duration_ms\": 1, \"bandwidth_kbps\": 1,\n \"latency_ms\": 1, \"latency_ms\": 2}]",
                "line 2: period 1: latency_ms is given twice");
        assertSabre("[\n" + period(1, 1, 1) + "\n" + period(1, 1, 1) + "]", "line 3: malformed JSON: Unexpected"
                + " character ('{' (code 123)): was expecting comma to separate Array entries");
        assertSabre("[" + period(1, 1, 1) + "]\n[]", "line 2: after the array of periods, found an array");
        assertSabre("[ ]", "has no periods (an empty array)");
        assertSabre("[" + period(5, 0, 1) + ", " + period(5, 0, 1) + "]",
                "every period has bandwidth_kbps 0: a download on it would never end");
        assertSabre("[" + period(0, 5, 1) + "]", "every period has duration_ms 0");
    }

    private static String period(long duration, long bandwidth, long latency) {
        return "{\"duration_ms\": " + duration + ", \"bandwidth_kbps\": " + bandwidth + ", \"latency_ms\": "
                + latency + "}";
    }

    private void assertCooked(String text, String message) {
        Path f = write(dir, "cooked", text);
        assertEquals(f + ": " + message, failure(f, Format.COOKED));
    }

    private void assertSabre(String text, String message) {
        Path f = write(dir, "network.json", text);
        assertEquals(f + ": " + message, failure(f, Format.SABRE));
    }

    private static String failure(Path f, Format format) {
        return assertThrows(TraceException.class, () -> NetworkTraceReader.read(f, format)).getMessage();
    }
}
