package io.cdnsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (a WebSocket from {@code java.net.http}, JSON with
 * Jackson), for tests: one page, offline, every request and JavaScript dialog recorded. Every wait has a time limit,
 * and {@link #close()} ends the browser and its child processes and deletes its profile.
 */
final class Chromium implements AutoCloseable {

    /** Where Debian's {@code chromium} package puts the browser. */
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private String session;

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /**
     * Starts the browser with a fresh profile and opens one page, offline, of the given viewport.
     *
     * @param width  viewport width, CSS pixels
     * @param height viewport height, CSS pixels
     * @return the browser
     * @throws Exception if it does not start or answer in time (it is then ended)
     */
    static Chromium start(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("cdnsim-chromium-");
        Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Chromium c = null;
        try {
            URI uri = devToolsUri(p, profile);
            Chromium[] self = new Chromium[1];
            WebSocket ws = HttpClient.newBuilder().connectTimeout(WAIT).build().newWebSocketBuilder()
                    .connectTimeout(WAIT).buildAsync(uri, new Listener(m -> self[0].receive(m)))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            c = new Chromium(p, profile, ws);
            self[0] = c;
            String target = c.send("Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
                    .get("targetId").asText();
            c.session = c.send("Target.attachToTarget", JSON.createObjectNode().put("targetId", target)
                    .put("flatten", true)).get("sessionId").asText();
            c.send("Page.enable", JSON.createObjectNode());
            c.send("Network.enable", JSON.createObjectNode());
            c.send("Network.emulateNetworkConditions", JSON.createObjectNode().put("offline", true)
                    .put("latency", 0).put("downloadThroughput", -1).put("uploadThroughput", -1));
            c.send("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width)
                    .put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
            c.send("Emulation.setScrollbarsHidden", JSON.createObjectNode().put("hidden", true));
            return c;
        } catch (Exception | Error e) {
            if (c != null) {
                c.close();
            } else {
                stop(p);
                delete(profile);
            }
            throw e;
        }
    }

    /** Waits for the browser to write the DevTools port and path into its profile. */
    private static URI devToolsUri(Process p, Path profile) throws Exception {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("chromium exited with " + p.exitValue() + ": " + log(profile));
            }
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                }
            }
            Thread.sleep(50);
        }
        throw new IOException("chromium wrote no DevToolsActivePort within " + WAIT + ": " + log(profile));
    }

    private static String log(Path profile) {
        try {
            String text = Files.readString(profile.resolve("chromium.log"), StandardCharsets.UTF_8);
            return text.substring(Math.max(0, text.length() - 2000));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /**
     * Sends a command to the page (or, before a page is attached, to the browser) and waits for its result.
     *
     * @param method the command
     * @param params its parameters
     * @return its result
     * @throws Exception if it fails or takes longer than the time limit
     */
    JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    private void receive(String text) {
        try {
            JsonNode m = JSON.readTree(text);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                if (f != null) {
                    f.complete(m);
                }
            } else {
                events.add(m);
            }
        } catch (IOException e) {
            events.add(JSON.createObjectNode().put("method", "unreadable").put("text", text));
        }
    }

    /**
     * Opens a URL in the page and waits until it has loaded. Forgets the events of the page before. A JavaScript
     * dialog that opens is dismissed (it would hold the page), and stays recorded among the events.
     *
     * @param url the URL
     * @throws Exception if it cannot be opened or does not load in time
     */
    void open(String url) throws Exception {
        events.clear();
        JsonNode r = send("Page.navigate", JSON.createObjectNode().put("url", url));
        if (r.hasNonNull("errorText")) {
            throw new IOException("cannot open " + url + ": " + r.get("errorText").asText());
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        int dismissed = 0;
        while (events("Page.loadEventFired").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IOException(url + " did not load within " + WAIT);
            }
            for (; dismissed < events("Page.javascriptDialogOpening").size(); dismissed++) {
                send("Page.handleJavaScriptDialog", JSON.createObjectNode().put("accept", false));
            }
            Thread.sleep(20);
        }
    }

    /** @param method an event's name @return the parameters of each such event since the page was opened */
    List<JsonNode> events(String method) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e : events) {
            if (method.equals(e.path("method").asText())) {
                found.add(e.get("params"));
            }
        }
        return found;
    }

    /** @return the URL of every request the page made since it was opened, in order */
    List<String> requests() {
        return events("Network.requestWillBeSent").stream().map(p -> p.path("request").path("url").asText())
                .toList();
    }

    /**
     * @param expression JavaScript that returns a string
     * @return the string
     * @throws Exception if it throws or does not return in time
     */
    String evaluate(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("the script threw: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value").asText();
    }

    /**
     * Saves what the viewport shows as PNG.
     *
     * @param file the file
     * @throws Exception if it cannot be taken or saved
     */
    void screenshot(Path file) throws Exception {
        JsonNode r = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(r.get("data").asText()));
    }

    /** Ends the browser and its child processes, and deletes its profile. */
    @Override
    public void close() {
        try {
            socket.abort();
        } finally {
            stop(process);
            delete(profile);
        }
    }

    private static void stop(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a file the browser still held: the temporary folder is left to the system
        }
    }

    /** Joins a message's fragments and hands each whole message on. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> messages;
        private final StringBuilder part = new StringBuilder();

        Listener(java.util.function.Consumer<String> messages) {
            this.messages = messages;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                String whole = part.toString();
                part.setLength(0);
                messages.accept(whole);
            }
            ws.request(1);
            return null;
        }
    }
}
