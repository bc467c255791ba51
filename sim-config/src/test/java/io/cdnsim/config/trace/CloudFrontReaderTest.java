package io.cdnsim.config.trace;

import io.cdnsim.content.LocationCode;
import static io.cdnsim.config.trace.TraceTesting.Request.of;
import static io.cdnsim.config.trace.TraceTesting.assertRequests;
import static io.cdnsim.config.trace.TraceTesting.failure;
import static io.cdnsim.config.trace.TraceTesting.hash;
import static io.cdnsim.config.trace.TraceTesting.readAll;
import static io.cdnsim.config.trace.TraceTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cloudfront format: CloudFront standard access logs. */
class CloudFrontReaderTest {

    /** The 33 fields of a CloudFront standard log today, in order. */
    static final String FIELDS = "#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem"
            + " sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id"
            + " x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher"
            + " x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port"
            + " time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start"
            + " sc-range-end\n";

    @TempDir
    Path dir;

    /** One log line with the 33 fields; the ones the reader uses are parameters. */
    static String line(String date, String time, long scBytes, String stem, String query, String contentLen) {
        return String.join("\t", date, time, "LAX1-C1", Long.toString(scBytes), "192.0.2.100", "GET",
                "d111111abcdef8.cloudfront.net", stem, "200", "-",
                "Mozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)", query, "-", "Hit",
                "SOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==", "d111111abcdef8.cloudfront.net", "https",
                "23", "0.001", "-", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "Hit", "HTTP/2.0", "-", "-", "11040",
                "0.001", "Hit", "video/mp2t", contentLen, "-", "-") + "\n";
    }

    // Pins the mapping: date + time (UTC) to microseconds since the first request, across midnight and a year's end;
    // startTime() is the epoch time of the first request; the key is FNV-1a 64 of cs-uri-stem as logged, without the
    // query by default; the size is sc-bytes.
    @Test
    void readsStandardLog() throws Exception {
        Path f = write(dir, "E2EXAMPLE.2019-12-31-23.abcd1234", "#Version: 1.0\n" + FIELDS
                + line("2019-12-31", "23:59:58", 392, "/index.html", "-", "78")
                + line("2019-12-31", "23:59:59", 1_048_576, "/v/seg%201.ts", "token=abc", "1048000")
                + line("2020-01-01", "00:00:01", 392, "/index.html", "a=1", "78"));
        try (TraceReader r = TraceFormat.CLOUDFRONT.open(f, TraceOptions.DEFAULTS)) {
            assertRequests(List.of(of(0, hash("/index.html"), 392, 3), of(1_000_000, hash("/v/seg%201.ts"),
                    1_048_576, 4), of(3_000_000, hash("/index.html"), 392, 5)), readAll(r));
            Instant start = Instant.parse("2019-12-31T23:59:58Z");
            assertEquals(start.getEpochSecond() * 1_000_000, r.startTime());
        }
    }

    // Pins the location: the leading letters of x-edge-location (LAX of LAX1-C1), upper-cased; UNKNOWN when the log
    // has no x-edge-location field or the location starts with no letter.
    @Test
    void locationIsTheEdgeLocationsLeadingLetters() throws Exception {
        Path f = write(dir, "log", "#Version: 1.0\n" + FIELDS + line("2024-01-01", "10:00:00", 1, "/a", "-", "1")
                + "#Fields: date time x-edge-location cs-uri-stem sc-bytes\n"
                + "2024-01-01\t10:00:01\tfra56-p2\t/b\t1\n2024-01-01\t10:00:02\t-\t/c\t1\n"
                + "#Fields: date time cs-uri-stem sc-bytes\n2024-01-01\t10:00:03\t/d\t1\n");
        List<Long> locations = new java.util.ArrayList<>();
        try (TraceReader r = TraceFormat.CLOUDFRONT.open(f, TraceOptions.DEFAULTS)) {
            while (r.next()) {
                locations.add(r.location());
            }
        }
        assertEquals(List.of(LocationCode.of("LAX"), LocationCode.of("FRA"), LocationCode.UNKNOWN,
                LocationCode.UNKNOWN), locations);
        assertEquals("FRA", LocationCode.text(locations.get(1)));
    }

    // Pins include-query (key of "stem?query", the stem alone when the query is "-") and size-from=sc-content-len
    // ("-" reads as 0).
    @Test
    void queryInKeyAndContentLength() throws Exception {
        Path f = write(dir, "log", "#Version: 1.0\n" + FIELDS + line("2024-02-29", "12:00:00", 500, "/a.m3u8",
                "token=abc", "400") + line("2024-02-29", "12:00:00", 500, "/a.m3u8", "-", "-"));
        assertRequests(List.of(of(0, hash("/a.m3u8?token=abc"), 400, 3), of(0, hash("/a.m3u8"), 0, 4)),
                readAll(TraceFormat.CLOUDFRONT, f, TraceOptions.parse("include-query=true, size-from=sc-content-len")));
    }

    // Pins that columns are found by #Fields name (a reduced field list in another order), and that logs
    // concatenated with their own header lines read as one trace.
    @Test
    void fieldsByNameAndConcatenatedLogs() throws Exception {
        Path f = write(dir, "log", "#Version: 1.0\n#Fields: sc-bytes cs-uri-stem time date\n"
                + "10\t/a\t10:00:00\t2024-01-01\n#Version: 1.0\n#Fields: date time cs-uri-stem sc-bytes\n"
                + "2024-01-01\t10:00:02.5\t/b\t20\n");
        assertRequests(List.of(of(0, hash("/a"), 10, 3), of(2_500_000, hash("/b"), 20, 6)),
                readAll(TraceFormat.CLOUDFRONT, f, TraceOptions.DEFAULTS));
    }

    // Pins the exact message for a line with a wrong number of fields, naming the #Fields line.
    @Test
    void wrongFieldCountNamesItsLine() {
        Path f = write(dir, "log", "#Version: 1.0\n" + FIELDS + line("2024-01-01", "10:00:00", 5, "/a", "-", "-")
                + "2024-01-01\t10:00:01\tLAX1\n");
        assertEquals(f + ": line 4: expected 33 tab-separated fields, as #Fields on line 2 names, found 3",
                failure(TraceFormat.CLOUDFRONT, f, TraceOptions.DEFAULTS));
    }

    // Pins the messages for a missing #Fields line, a #Fields line without sc-bytes, a bad date, a bad time, a bad
    // size and time going backwards, each at its line.
    @Test
    void malformedLogsNameTheirLine() {
        assertTrue(failure(TraceFormat.CLOUDFRONT, write(dir, "a", "2024-01-01\t10:00:00\t/a\t5\n"),
                TraceOptions.DEFAULTS).contains(": line 1: no #Fields line before the first request"));
        assertTrue(failure(TraceFormat.CLOUDFRONT, write(dir, "b", "#Version: 1.0\n#Fields: date time cs-uri-stem\n"),
                TraceOptions.DEFAULTS).endsWith(": line 2: #Fields names no sc-bytes field (it names: date time"
                        + " cs-uri-stem)"));
        String head = "#Version: 1.0\n#Fields: date time cs-uri-stem sc-bytes\n";
        assertTrue(failure(TraceFormat.CLOUDFRONT, write(dir, "c", head + "2024-02-30\t10:00:00\t/a\t5\n"),
                TraceOptions.DEFAULTS).endsWith(": line 3: date: 2024-02-30 is not a date"));
        assertTrue(failure(TraceFormat.CLOUDFRONT, write(dir, "d", head + "2024-02-03\t10h00\t/a\t5\n"),
                TraceOptions.DEFAULTS).endsWith(": line 3: time: expected HH:MM:SS (UTC), found '10h00'"));
        assertTrue(failure(TraceFormat.CLOUDFRONT, write(dir, "e", head + "2024-02-03\t10:00:00\t/a\t-\n"),
                TraceOptions.DEFAULTS).endsWith(": line 3: sc-bytes: expected a whole number of bytes, found '-'"));
        assertTrue(failure(TraceFormat.CLOUDFRONT, write(dir, "f", head + "2024-02-03\t10:00:05\t/a\t5\n"
                + "2024-02-03\t10:00:04\t/a\t5\n"), TraceOptions.DEFAULTS).contains(": line 4: time goes backwards"));
    }

    // Pins max-backstep for CloudFront logs, whose lines are only roughly in time order: a request logged a second
    // early is placed at the previous request's time.
    @Test
    void maxBackstepToleratesRoughOrder() throws Exception {
        String head = "#Version: 1.0\n#Fields: date time cs-uri-stem sc-bytes\n";
        Path f = write(dir, "g", head + "2024-02-03\t10:00:05\t/a\t5\n2024-02-03\t10:00:04\t/b\t5\n"
                + "2024-02-03\t10:00:06\t/c\t5\n");
        assertRequests(List.of(of(0, hash("/a"), 5, 3), of(0, hash("/b"), 5, 4), of(1_000_000, hash("/c"), 5, 5)),
                readAll(TraceFormat.CLOUDFRONT, f, TraceOptions.parse("max-backstep=2s")));
    }
}
