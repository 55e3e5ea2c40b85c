package ayni.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's chromium, headless, driven through the DevTools protocol over java.net.http's WebSocket: open a page,
 * collect console errors and uncaught exceptions, evaluate script, take a screenshot. No driver download.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    private String session;

    /** The chromium executable on the PATH, or null. */
    static String find() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(dir, name))) return Path.of(dir, name).toString();
        }
        return null;
    }

    Chromium(String executable, int width, int height) throws Exception {
        profile = Files.createTempDirectory("ayni-chromium-");
        process = new ProcessBuilder(executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true).start();
        String ws = null;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        StringBuilder log = new StringBuilder();
        for (String line; System.nanoTime() < until && (line = out.readLine()) != null; ) {
            log.append(line).append('\n');
            int i = line.indexOf("ws://");
            if (line.contains("DevTools listening on") && i >= 0) {
                ws = line.substring(i).trim();
                break;
            }
        }
        if (ws == null) {
            close();
            throw new IOException("chromium did not start its DevTools endpoint: " + log);
        }
        // keep draining chromium's output so it never blocks on a full pipe
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) { /* discard */ }
            } catch (IOException ignored) { /* closed */ }
        });
        drain.setDaemon(true);
        drain.start();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(ws), new Listener()).get(30, TimeUnit.SECONDS);
        JsonNode target = call(null, "Target.createTarget", Map.of("url", "about:blank"));
        JsonNode attached = call(null, "Target.attachToTarget", Map.of("targetId", target.path("targetId").asText(), "flatten", true));
        session = attached.path("sessionId").asText();
        call(session, "Runtime.enable", Map.of());
        call(session, "Log.enable", Map.of());
        call(session, "Page.enable", Map.of());
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    handle(JSON.readTree(text));
                } catch (IOException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            ws.request(1);
            return null;
        }
    }

    private void handle(JsonNode msg) {
        if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
            if (f != null) {
                if (msg.has("error")) f.completeExceptionally(new IOException(msg.get("error").toString()));
                else f.complete(msg.path("result"));
            }
            return;
        }
        String method = msg.path("method").asText();
        JsonNode p = msg.path("params");
        switch (method) {
            case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails").toString());
            case "Runtime.consoleAPICalled" -> {
                String type = p.path("type").asText();
                if (type.equals("error") || type.equals("assert")) errors.add("console." + type + ": " + p.path("args").toString());
            }
            case "Log.entryAdded" -> {
                if (p.path("entry").path("level").asText().equals("error")) errors.add("log: " + p.path("entry").toString());
            }
            case "Page.loadEventFired" -> loaded.complete(null);
            default -> { }
        }
    }

    JsonNode call(String sessionId, String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        if (sessionId != null) msg.put("sessionId", sessionId);
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JSON.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
        return f.get(120, TimeUnit.SECONDS);
    }

    /** Opens a URL and waits for its load event. */
    void open(String url) throws Exception {
        loaded = new CompletableFuture<>();
        call(session, "Page.navigate", Map.of("url", url));
        loaded.get(120, TimeUnit.SECONDS);
    }

    /** The value of a script expression (JSON-serialisable). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode r = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) throw new IOException("script failed: " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    /** A PNG of the viewport after scrolling the element matching {@code selector} to the top (null: the page top). */
    byte[] screenshot(String selector) throws Exception {
        if (selector != null) evaluate("document.querySelector('" + selector + "').scrollIntoView();0");
        else evaluate("window.scrollTo(0,0);0");
        JsonNode r = call(session, "Page.captureScreenshot", Map.of("format", "png"));
        return Base64.getDecoder().decode(r.path("data").asText());
    }

    /** Console errors, log errors and uncaught exceptions seen so far. */
    List<String> errors() {
        return new ArrayList<>(errors);
    }

    @Override
    public void close() {
        try {
            if (socket != null) call(null, "Browser.close", Map.of());
        } catch (Exception ignored) {
            // the browser may already be gone
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        AtomicFolder.delete(profile);
    }
}
