package io.cdnsim.config.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cdnsim.config.Limits;
import io.cdnsim.model.ThroughputTrace;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Parses Sabre's {@code network.json}, a JSON array of periods {@code {"duration_ms": d, "bandwidth_kbps": b,
 * "latency_ms": l}}, into a {@link ThroughputTrace}, as {@link NetworkTraceReader} describes.
 */
final class SabreTrace {

    private static final JsonFactory JSON = new JsonFactory();

    private SabreTrace() {
    }

    /**
     * @param text   the file's text
     * @param source a name for messages
     * @return the trace
     * @throws TraceException if it is not a valid Sabre trace, saying where and why
     */
    static ThroughputTrace parse(String text, String source) throws TraceException {
        ThroughputPieces pieces = new ThroughputPieces(true);
        int period = 0;
        JsonParser p;
        try {
            p = JSON.createParser(text);
        } catch (IOException e) {
            throw new TraceException(source, "cannot be parsed as JSON: " + e.getMessage());
        }
        try (p) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new TraceException(source, "is empty");
            }
            if (t != JsonToken.START_ARRAY) {
                throw new TraceException(source, "line", line(p), "expected a JSON array of periods {duration_ms,"
                        + " bandwidth_kbps, latency_ms}, found " + describe(p));
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                period++;
                long at = line(p);
                if (t != JsonToken.START_OBJECT) {
                    throw new TraceException(source, "line", at, "period " + period + ": expected an object"
                            + " {duration_ms, bandwidth_kbps, latency_ms}, found " + describe(p));
                }
                BigDecimal duration = null;
                BigDecimal bandwidth = null;
                BigDecimal latency = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "duration_ms":
                            duration = field(p, source, period, name, duration);
                            break;
                        case "bandwidth_kbps":
                            bandwidth = field(p, source, period, name, bandwidth);
                            break;
                        case "latency_ms":
                            latency = field(p, source, period, name, latency);
                            break;
                        default:
                            p.skipChildren();
                    }
                }
                String missing = duration == null ? "duration_ms" : bandwidth == null ? "bandwidth_kbps"
                        : latency == null ? "latency_ms" : null;
                if (missing != null) {
                    throw new TraceException(source, "line", at, "period " + period + " has no " + missing);
                }
                String where = "period " + period + ": ";
                long micros = ThroughputPieces.micros(duration, 3, Limits.MAX_DURATION, source, at,
                        where + "duration_ms");
                double bps = ThroughputPieces.bitsPerSecond(bandwidth, 3, source, at, where + "bandwidth_kbps");
                long rtt = ThroughputPieces.micros(latency, 3, TraceLimits.MAX_LATENCY, source, at,
                        where + "latency_ms");
                if (!pieces.add(micros, bps, rtt)) {
                    throw new TraceException(source, "line", at, "the periods up to period " + period + " add up to"
                            + " more than " + TraceLimits.days(Limits.MAX_DURATION) + ", the longest a network trace"
                            + " may be");
                }
            }
            if (p.nextToken() != null) {
                throw new TraceException(source, "line", line(p), "after the array of periods, found "
                        + describe(p));
            }
        } catch (JsonProcessingException e) {
            long at = Math.max(0, (e.getLocation() == null ? p.currentLocation() : e.getLocation()).getLineNr());
            // a limit of the JSON reader (the length of a number, the depth of nesting) names its setting in code
            String why = e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
            throw new TraceException(source, "line", at, "malformed JSON: " + why);
        } catch (IOException e) {
            throw new TraceException(source, "cannot be parsed as JSON: " + e.getMessage());
        }
        if (period == 0) {
            throw new TraceException(source, "has no periods (an empty array)");
        }
        return pieces.build(source, "every period has duration_ms 0", "every period has bandwidth_kbps 0");
    }

    /** @return a field's value, a JSON number 0 or more, given once per period */
    private static BigDecimal field(JsonParser p, String source, int period, String name, BigDecimal before)
            throws IOException, TraceException {
        long at = line(p);
        if (before != null) {
            throw new TraceException(source, "line", at, "period " + period + ": " + name + " is given twice");
        }
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new TraceException(source, "line", at, "period " + period + ": " + name + ": expected a number,"
                    + " found " + describe(p));
        }
        BigDecimal v = p.getDecimalValue();
        if (v.signum() < 0) {
            throw new TraceException(source, "line", at, "period " + period + ": " + name + " is negative: "
                    + p.getText());
        }
        return v;
    }

    private static long line(JsonParser p) {
        return Math.max(0, p.currentTokenLocation().getLineNr());
    }

    private static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return "the string \"" + p.getText() + "\"";
        }
        if (t == JsonToken.START_OBJECT) {
            return "an object";
        }
        if (t == JsonToken.START_ARRAY) {
            return "an array";
        }
        return t == null ? "the end" : "'" + p.getText() + "'";
    }
}
