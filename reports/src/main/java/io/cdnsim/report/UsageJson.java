package io.cdnsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.cost.CdnUsage;
import io.cdnsim.cost.Measured;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code usage} of a replication in summary.json: what its measured window (after the warm-up) holds that a bill
 * prices, written for every run, billed or not, so that {@code cdnsim bill} re-prices a finished output folder with
 * other sheets or another projection without simulating again (F2). Through several CDNs it also holds each CDN's
 * part ({@code cdns}: its edges' delivery, its viewers' requests, its own shield), so each CDN is re-priced apart.
 */
public final class UsageJson {

    private UsageJson() {
    }

    /**
     * @param n where to write it
     * @param m what the replication measured
     */
    public static void put(ObjectNode n, Measured m) {
        n.put("measuredMicros", m.micros());
        delivery(n, new CdnUsage("", m.deliveredBytesByRegion(), m.deliveryWindowBytes(), m.viewerRequests(),
                m.shieldRequests(), m.shieldBytes(), m.hasShield()));
        n.put("originBytes", m.originBytes());
        ArrayNode origin = n.putArray("originWindowBytes");
        m.originWindowBytes().forEach(origin::add);
        n.put("originPeakRequestsPerSecond", m.originPeakRequestsPerSecond());
        if (m.viewerSeconds() < 0) {
            n.putNull("viewerSeconds");
        } else {
            n.put("viewerSeconds", m.viewerSeconds());
        }
        for (CdnUsage c : m.cdns()) {
            ObjectNode cn = n.withArray("cdns").addObject();
            cn.put("name", c.name());
            delivery(cn, c);
        }
    }

    /** Writes the fields of a network's or a CDN's delivery, requests and shield, in the order of a usage. */
    private static void delivery(ObjectNode n, CdnUsage c) {
        ObjectNode regions = n.putObject("deliveredBytesByRegion");
        c.deliveredBytesByRegion().forEach(regions::put);
        ArrayNode delivery = n.putArray("deliveryWindowBytes");
        c.deliveryWindowBytes().forEach(delivery::add);
        n.put("viewerRequests", c.viewerRequests());
        n.put("hasShield", c.hasShield());
        n.put("shieldRequests", c.shieldRequests());
        n.put("shieldBytes", c.shieldBytes());
    }

    /**
     * @param n a {@code usage} object as {@link #put} writes it
     * @return what it says was measured
     * @throws IllegalArgumentException naming the first field that is missing or not what cdnsim writes
     */
    public static Measured read(JsonNode n) {
        Map<String, Long> regions = regions(n, "");
        List<CdnUsage> cdns = new ArrayList<>();
        JsonNode list = n.path("cdns");
        for (int i = 0; i < list.size(); i++) {
            cdns.add(cdn(list.get(i), "cdns[" + i + "]."));
        }
        JsonNode seconds = n.get("viewerSeconds");
        long viewerSeconds = seconds == null || seconds.isNull() ? -1 : count(seconds, "viewerSeconds");
        JsonNode shield = n.get("hasShield");
        if (shield == null || !shield.isBoolean()) {
            throw new IllegalArgumentException("hasShield: expected true or false");
        }
        long micros = count(n.get("measuredMicros"), "measuredMicros");
        if (micros == 0) {
            throw new IllegalArgumentException("measuredMicros: expected more than 0");
        }
        return new Measured(micros, regions, windows(n, "deliveryWindowBytes"),
                count(n.get("viewerRequests"), "viewerRequests"), count(n.get("shieldRequests"), "shieldRequests"),
                count(n.get("shieldBytes"), "shieldBytes"), count(n.get("originBytes"), "originBytes"),
                windows(n, "originWindowBytes"), count(n.get("originPeakRequestsPerSecond"),
                "originPeakRequestsPerSecond"), viewerSeconds, shield.asBoolean(), cdns);
    }

    /** Reads the bytes delivered by region of a usage or of a CDN's part ({@code at} prefixes its fields' names). */
    private static Map<String, Long> regions(JsonNode n, String at) {
        Map<String, Long> regions = new TreeMap<>();
        JsonNode r = n.path("deliveredBytesByRegion");
        if (!r.isObject()) {
            throw new IllegalArgumentException(at + "deliveredBytesByRegion: expected an object of bytes by region");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            regions.put(e.getKey(), count(e.getValue(), at + "deliveredBytesByRegion." + e.getKey()));
        }
        return regions;
    }

    /** Reads one CDN's part of a usage. */
    private static CdnUsage cdn(JsonNode c, String at) {
        if (!c.path("name").isTextual()) {
            throw new IllegalArgumentException(at + "name: expected the CDN's name");
        }
        Map<String, Long> regions = regions(c, at);
        JsonNode shield = c.get("hasShield");
        if (shield == null || !shield.isBoolean()) {
            throw new IllegalArgumentException(at + "hasShield: expected true or false");
        }
        return new CdnUsage(c.get("name").asText(), regions, windows(c, "deliveryWindowBytes"),
                count(c.get("viewerRequests"), at + "viewerRequests"), count(c.get("shieldRequests"),
                at + "shieldRequests"), count(c.get("shieldBytes"), at + "shieldBytes"), shield.asBoolean());
    }

    private static List<Long> windows(JsonNode n, String field) {
        JsonNode a = n.get(field);
        if (a == null || !a.isArray()) {
            throw new IllegalArgumentException(field + ": expected a list of bytes per five-minute window");
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(count(a.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    private static long count(JsonNode v, String field) {
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
            throw new IllegalArgumentException(field + ": expected a whole number, 0 or more");
        }
        return v.asLong();
    }
}
