package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus of traces, through the commands: request traces through {@code cdnsim replay} and network traces
 * through {@code cdnsim run} of a scenario whose region follows them. Each is refused as {@link Hostile} promises:
 * exit 2 within the bound, one line naming the file, the line or record and the field, nothing written.
 */
class HostileTraceTest {

    private static final String CLOUDFRONT_HEAD = "#Version: 1.0\n#Fields: date time sc-bytes cs-uri-stem\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Replays {@code trace} through a 1 MB cache, with more arguments, and checks the refusal. */
    private void replayRefused(Path trace, List<String> more, String... says) {
        List<String> args = new ArrayList<>(List.of("replay", trace.toString(), "--cache", "1MB", "--out",
                dir.resolve("out").toString()));
        args.addAll(more);
        Hostile.refused(dir, args, says);
    }

    /** Runs a copy of scenarios/abr-trace.yaml whose region follows {@code trace}, and checks the refusal. */
    private void runRefused(String trace, String... says) throws IOException {
        String text = Files.readString(Cli.SCENARIOS.resolve("abr-trace.yaml"));
        text = Cli.replace(text, "topology: .*", "topology: " + Cli.TOPOLOGIES.resolve("edge-only.yaml")
                .toAbsolutePath().normalize().toString().replace("\\", "/"));
        text = Cli.replace(text, "      trace: .*", "      trace: " + trace);
        Path scenario = file("abr.yaml", text);
        Hostile.refused(dir, List.of("run", scenario.toString(), "--out", dir.resolve("out").toString()), says);
    }

    private static String period(String duration, String bandwidth, String latency) {
        return "{\"duration_ms\": " + duration + ", \"bandwidth_kbps\": " + bandwidth + ", \"latency_ms\": "
                + latency + "}";
    }

    private static byte[] oracle(long[]... records) {
        ByteBuffer b = ByteBuffer.allocate(records.length * 24).order(ByteOrder.LITTLE_ENDIAN);
        for (long[] r : records) {
            b.putInt((int) r[0]).putLong(r[1]).putInt((int) r[2]).putLong(-1);
        }
        return b.array();
    }

    // Pins the example: a plain trace whose second line is 285 years later ends at once, at that line.
    @Test
    void plainFarFuture() throws IOException {
        replayRefused(file("far.txt", "0 1 100\n9000000000 2 100\n"), List.of(), "far.txt: line 2:",
                "column 1 (time) 9000000000", "a trace may span at most 31 days");
    }

    // Pins the CloudFront example: a line dated 9999 is refused at its line.
    @Test
    void cloudFrontYear9999() throws IOException {
        Path log = file("cf.log", CLOUDFRONT_HEAD + "2024-01-01\t10:00:00\t100\t/a\n"
                + "9999-12-31\t23:59:59\t100\t/b\n");
        replayRefused(log, List.of(), "cf.log: line 4:", "date and time 9999-12-31 23:59:59", "31 days");
    }

    // Pins the largest oracle-general timestamp after 0: refused at its record.
    @Test
    void oracleGeneralFarFuture() throws IOException {
        replayRefused(file("t.oracleGeneral", oracle(new long[] {0, 1, 10}, new long[] {4_294_967_295L, 2, 10})),
                List.of(), "t.oracleGeneral: record 2:", "timestamp 4294967295", "31 days");
    }

    // Pins the cnt-col example: a count of 9e18 is refused before the replay starts.
    @Test
    void csvCountOf9e18() throws IOException {
        replayRefused(file("cnt.csv", "time,obj_id,obj_size,cnt\n0,a,100,9000000000000000000\n"),
                List.of("--format", "csv", "--trace-options", "cnt-col=4"), "cnt.csv: line 2:", "column 4 (count)",
                "20000000000 requests");
    }

    // Pins objects of 8 EB: refused naming the size column and the limit.
    @Test
    void sizeOf8Exabytes() throws IOException {
        replayRefused(file("big.txt", "0 1 8000000000000000000\n"), List.of(), "big.txt: line 1:",
                "column 3 (size)", "1 TiB");
    }

    // Pins the bytes asked for in all: half a million requests of 1 TiB would wrap the byte counters; refused.
    @Test
    void totalBytesBeyondTheCounters() throws IOException {
        replayRefused(file("tib.csv", "time,obj_id,obj_size,cnt\n0,a,1099511627776,600000\n"),
                List.of("--format", "csv", "--trace-options", "cnt-col=4"), "tib.csv: line 2:",
                "more than 576460752303423488 bytes");
    }

    // Pins times that are not times: NaN and an exponent of a billion.
    @Test
    void timesThatAreNotTimes() throws IOException {
        replayRefused(file("nan.txt", "0 1 100\nNaN 2 100\n"), List.of("--format", "plain"), "nan.txt: line 2:",
                "column 1 (time): expected a time");
        replayRefused(file("exp.txt", "0 1 100\n1e999999999 2 100\n"), List.of("--format", "plain"),
                "exp.txt: line 2:", "too large a time");
    }

    // Pins a truncated oracle-general file: refused at the partial record.
    @Test
    void truncatedBinaryRecord() throws IOException {
        byte[] two = oracle(new long[] {0, 1, 10}, new long[] {1, 2, 10});
        replayRefused(file("cut.oracleGeneral", Arrays.copyOf(two, 40)), List.of("--format", "oracle-general"),
                "cut.oracleGeneral: record 2:", "24-byte record");
    }

    // Pins the compression bomb: 100 MiB of blank lines in about 100 KB of gzip are refused past 64 MiB.
    @Test
    void gzipBomb() throws IOException {
        byte[] lines = new byte[100 << 20];
        Arrays.fill(lines, (byte) '\n');
        Path bomb = dir.resolve("bomb.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            o.write(lines);
        }
        replayRefused(bomb, List.of("--format", "plain"), "bomb.txt.gz: line ", "expands to more than 67108864 bytes");
    }

    // Pins a gzip trace with text appended (cat t.txt.gz; echo garbage): it read as if the text were not there;
    // refused naming the file and where the gzip data ends, with --format and without.
    @Test
    void gzipWithTrailingGarbage() throws IOException {
        Path t = dir.resolve("t.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(t))) {
            o.write("1 1 100\n2 2 100\n3 1 100\n".getBytes(StandardCharsets.US_ASCII));
        }
        long gzip = Files.size(t);
        Files.write(t, "garbage\n".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
        replayRefused(t, List.of("--format", "plain"), t + ": trailing data after the gzip stream",
                "its first " + gzip + " bytes are gzip data");
        replayRefused(t, List.of(), "TRACE: " + t + ": trailing data after the gzip stream");
    }

    // Pins files that are not files: a FIFO (would hang), /dev/zero (never ends) and a folder.
    @Test
    void filesThatAreNotFiles() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        replayRefused(fifo, List.of(), "TRACE: " + fifo + ": this is not a regular file");
        replayRefused(Path.of("/dev/zero"), List.of(), "TRACE: /dev/zero: this is not a regular file");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        replayRefused(folder, List.of(), "TRACE: " + folder + ": this is a folder");
    }

    // Pins options that would stretch a replay: max-backstep and the warm-up are at most 31 days.
    @Test
    void optionsBeyond31Days() throws IOException {
        Path ok = file("ok.txt", "0 1 100\n1 2 100\n");
        replayRefused(ok, List.of("--trace-options", "max-backstep=1000d"), "--trace-options", "max-backstep",
                "31 days");
        replayRefused(ok, List.of("--warmup", "40d"), "--warmup", "31 days");
    }

    // Pins traces that hold no request (they ran to a report of zero requests): blank lines, an empty
    // oracle-general file, an empty gzip stream, a csv header alone, CloudFront header lines alone, and requests all
    // of size 0 with skip-zero-size; with --format and without.
    @Test
    void tracesWithoutRequests() throws IOException {
        Path blank = file("blank.txt", "\n\n\n");
        replayRefused(blank, List.of("--format", "plain"), "blank.txt: no requests in the trace");
        replayRefused(blank, List.of(), "blank.txt: no requests in the trace: it holds only blank lines");
        Path empty = file("empty.bin", new byte[0]);
        replayRefused(empty, List.of("--format", "oracle-general"), "empty.bin: no requests in the trace");
        replayRefused(empty, List.of(), "empty.bin: no requests in the trace: it is empty");
        Path gz = dir.resolve("empty.txt.gz");
        new GZIPOutputStream(Files.newOutputStream(gz)).close();
        replayRefused(gz, List.of("--format", "plain"), "empty.txt.gz: no requests in the trace");
        Path header = file("header.csv", "time,id,size\n");
        replayRefused(header, List.of(), "header.csv: no requests in the trace");
        replayRefused(header, List.of("--format", "csv"), "header.csv: no requests in the trace");
        Path cf = file("cf.log", CLOUDFRONT_HEAD);
        replayRefused(cf, List.of(), "cf.log: no requests in the trace");
        replayRefused(file("zero.txt", "0 1 0\n1 2 0\n"), List.of("--trace-options", "skip-zero-size=true"),
                "zero.txt: no requests in the trace of size more than 0 (skip-zero-size=true)");
    }

    // Pins a trace option given twice (the last one silently won): refused naming it and both values.
    @Test
    void aTraceOptionGivenTwice() throws IOException {
        Path t = file("t.txt", "1 1 100\n2 2 100\n3 1 100\n");
        replayRefused(t, List.of("--trace-options", "time-unit=ms, time-unit=s"), "--trace-options",
                "trace option time-unit is given twice", "'time-unit=ms'", "'time-unit=s'");
        replayRefused(t, List.of("--trace-options", "max-backstep=1s, max_backstep=2s"), "--trace-options",
                "trace option max-backstep is given twice");
    }

    // Pins a warm-up as long as the trace or longer (it ran, reporting "-3597 s measured after 1 h warm-up"): refused
    // once the trace is read, naming --warmup, the warm-up and how long the trace lasts, nothing written; a warm-up a
    // second shorter still runs.
    @Test
    void aWarmupNotShorterThanTheTrace() throws IOException {
        Path t = file("t.txt", "1 1 100\n2 2 100\n3 1 100");
        replayRefused(t, List.of("--warmup", "1h"), "--warmup: the warm-up (1h) must be shorter than the trace",
                "lasts 3 s (" + t + ",", "nothing would be measured");
        replayRefused(t, List.of("--warmup", "3s"), "--warmup: the warm-up (3s)", "lasts 3 s");
        Cli.Result ok = Cli.execute("replay", t.toString(), "--cache", "1MB", "--warmup", "2s", "--quiet", "--out",
                dir.resolve("ok").toString());
        assertEquals(Main.OK, ok.code(), ok::toString);
    }

    // Pins that a trace whose file name would name a folder of over 100 characters asks for --name.
    @Test
    void aTraceNameTooLongForAFolder() throws IOException {
        Path trace = file("t".repeat(120) + ".txt", "0 1 100\n1 2 100\n");
        replayRefused(trace, List.of(), "--name: at most 100 characters", "found 127 characters",
                "name the run with --name");
    }

    // Pins the network example: a bandwidth of 1e-300 (a download time overflowed the clock) is refused
    // when the scenario is read, naming the scenario field, the trace, its line and the limit.
    @Test
    void networkBandwidthOf1em300() throws IOException {
        file("bad.json", "[\n" + period("5000", "2000", "40") + ",\n" + period("5000", "1e-300", "40") + "\n]");
        runRefused("bad.json", "abr.yaml", "lastMile.*.trace", "bad.json: line 3: period 2: bandwidth_kbps 1E-300",
                "1 kbit/s");
    }

    // Pins a network trace of throughput 0 throughout, and one whose outages leave a mean below 1 kbit/s.
    @Test
    void networkWithoutThroughput() throws IOException {
        file("zero.json", "[" + period("5000", "0", "40") + "]");
        runRefused("zero.json", "zero.json: every period has bandwidth_kbps 0");
        file("starved.txt", "0 1\n1 0.001\n2592000 0\n");
        runRefused("starved.txt", "starved.txt: the mean throughput over the trace is", "below 1000 bit/s");
    }

    // Pins negative and non-numeric throughputs of a cooked trace, at their line.
    @Test
    void networkNegativeAndNaN() throws IOException {
        file("neg.txt", "0 1\n1 -2\n");
        runRefused("neg.txt", "neg.txt: line 2: throughput is negative");
        file("nan.txt", "0 1\n1 NaN\n");
        runRefused("nan.txt", "nan.txt: line 2: throughput: expected a number");
    }

    // Pins durations and latencies of centuries, and a throughput beyond 1 Tbit/s.
    @Test
    void networkHugeValues() throws IOException {
        file("long.json", "[" + period("1e300", "2000", "40") + "]");
        runRefused("long.json", "long.json: line 1: period 1: duration_ms 1E+300 is more than 31 days");
        file("late.json", "[" + period("5000", "2000", "1e12") + "]");
        runRefused("late.json", "late.json: line 1: period 1: latency_ms 1E+12 is more than 60 s");
        file("fast.txt", "0 1\n1 1e7\n");
        runRefused("fast.txt", "fast.txt: line 2: throughput (Mbit/s) 1E+7 is above 1 Tbit/s");
    }

    // Pins a network trace that is a FIFO: refused at once (not waited on), naming the scenario's field.
    @Test
    void networkTraceThatIsAFifo() throws Exception {
        Path fifo = dir.resolve("net.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        runRefused("net.fifo", "abr.yaml", "lastMile.*.trace", "net.fifo");
    }
}
