package io.cdnsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * {@code run-info.json}: how a run was made (cdnsim and Java versions, threads, command line) and how long it took
 * on the wall clock. The only output that may differ between two runs of the same scenario and seed; nothing in it
 * reaches the other files.
 */
final class RunInfoJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunInfoJson() {
    }

    static void write(Path file, Invocation invocation, int threads, long wallNanos) throws IOException {
        ObjectNode info = JSON.createObjectNode();
        info.put("cdnsimVersion", invocation.version());
        info.put("javaVersion", Runtime.version().toString());
        info.put("javaVendor", System.getProperty("java.vendor", "unknown"));
        info.put("threads", threads);
        info.putArray("commandLine").addAll(invocation.commandLine().stream()
                .map(info::textNode).toList());
        info.put("wallTimeSeconds", BigDecimal.valueOf(wallNanos / 1_000_000L, 3));
        JSON.writeValue(file.toFile(), info);
    }
}
