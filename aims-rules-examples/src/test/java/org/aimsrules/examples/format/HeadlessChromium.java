package org.aimsrules.examples.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A headless Chromium driven through the Chrome DevTools Protocol over the JDK's WebSocket client,
 * one connection to the browser with flattened sessions to its pages. Just enough of the protocol
 * for the HTML report test: open a page, collect its events, evaluate expressions.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_SECONDS = 60;

  private final Process process;
  private final Path userDataDir;
  private final WebSocket socket;
  private final AtomicInteger nextId = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();

  private HeadlessChromium(Path executable) throws Exception {
    userDataDir = Files.createTempDirectory("aims-html-chromium");
    process = new ProcessBuilder(executable.toString(), "--headless=new", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--no-default-browser-check",
        "--remote-debugging-port=0", "--user-data-dir=" + userDataDir, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          stderr.add(line);
          int at = line.indexOf("DevTools listening on ");
          if (at >= 0) {
            address.complete(line.substring(at + "DevTools listening on ".length()).strip());
          }
        }
      } catch (IOException e) {
        address.completeExceptionally(e);
      }
      address.completeExceptionally(new IllegalStateException(
          "Chromium ended without a DevTools address: " + stderr));
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String ws = address.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(ws), new Listener())
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * The browser to test with: {@code $CHROME_BIN}, else {@code chromium} or
   * {@code chromium-browser} on the {@code PATH}.
   */
  static Optional<Path> find() {
    String bin = System.getenv("CHROME_BIN");
    if (bin != null && !bin.isBlank()) {
      Path p = Path.of(bin);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Starts a browser and connects to it. */
  static HeadlessChromium launch(Path executable) throws Exception {
    return new HeadlessChromium(executable);
  }

  /** Sends a browser-level command and waits for its result. */
  JsonNode call(String method, ObjectNode params) {
    return call(null, method, params);
  }

  private JsonNode call(String sessionId, String method, ObjectNode params) {
    int id = nextId.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params == null ? JSON.createObjectNode() : params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      synchronized (socket) {
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
      JsonNode answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IllegalStateException(method + " failed: " + answer.get("error"));
      }
      return answer.path("result");
    } catch (Exception e) {
      throw new IllegalStateException(method + " got no answer (" + e + "); browser said "
          + stderr, e);
    } finally {
      pending.remove(id);
    }
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Opens a new blank page with its Page, Runtime, Log and Network domains enabled. */
  Tab open() {
    String targetId = call("Target.createTarget", params().put("url", "about:blank"))
        .path("targetId").asText();
    String sessionId = call("Target.attachToTarget",
        params().put("targetId", targetId).put("flatten", true)).path("sessionId").asText();
    Tab tab = new Tab(targetId, sessionId);
    tab.call("Page.enable", null);
    tab.call("Runtime.enable", null);
    tab.call("Log.enable", null);
    tab.call("Network.enable", params());
    return tab;
  }

  /** A page of the browser, through its session. */
  final class Tab {
    private final String targetId;
    private final String sessionId;

    private Tab(String targetId, String sessionId) {
      this.targetId = targetId;
      this.sessionId = sessionId;
    }

    JsonNode call(String method, ObjectNode params) {
      return HeadlessChromium.this.call(sessionId, method, params);
    }

    /**
     * Navigates to a URL and waits until that document has loaded, or until a JavaScript dialog
     * opens, whichever comes first. A load event of the blank page the tab opened with, arriving
     * late, is told apart by the document's URL.
     *
     * @return true when the page loaded
     */
    boolean navigate(String url) throws InterruptedException {
      int seen = events("Page.loadEventFired").size();
      call("Page.navigate", params().put("url", url));
      String loaded = "document.URL === " + JSON.valueToTree(url)
          + " && document.readyState === 'complete'";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
      while (System.nanoTime() < deadline) {
        if (!events("Page.javascriptDialogOpening").isEmpty()) {
          return false;
        }
        int fired = events("Page.loadEventFired").size();
        if (fired > seen) {
          seen = fired;
          if (evaluate(loaded).asBoolean()) {
            return true;
          }
        }
        Thread.sleep(20);
      }
      return false;
    }

    /** Events of this page with a method name, in arrival order. */
    List<JsonNode> events(String method) {
      return events(e -> method.equals(e.path("method").asText()));
    }

    List<JsonNode> events(Predicate<JsonNode> which) {
      List<JsonNode> mine = new ArrayList<>();
      for (JsonNode e : HeadlessChromium.this.events) {
        if (sessionId.equals(e.path("sessionId").asText()) && which.test(e)) {
          mine.add(e);
        }
      }
      return mine;
    }

    /**
     * The errors the page reported: exceptions thrown, {@code console.error} calls and log entries
     * of level error (CSP violations and failed loads among them).
     */
    List<String> errors() {
      List<String> errors = new ArrayList<>();
      for (JsonNode e : events(x -> true)) {
        String method = e.path("method").asText();
        JsonNode p = e.path("params");
        if (method.equals("Runtime.exceptionThrown")
            || (method.equals("Runtime.consoleAPICalled") && p.path("type").asText().equals("error"))
            || (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error"))) {
          errors.add(method + " " + p);
        }
      }
      return errors;
    }

    /** Evaluates an expression in the page and gives its value (JSON-serializable). */
    JsonNode evaluate(String expression) {
      JsonNode result = call("Runtime.evaluate",
          params().put("expression", expression).put("returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException("evaluation failed: " + result.get("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    /** Closes the page. */
    void close() {
      HeadlessChromium.this.call("Target.closeTarget", params().put("targetId", targetId));
    }
  }

  /**
   * Asks the browser to close, then ends it and every process it started, and deletes its profile
   * directory.
   */
  @Override
  public void close() throws IOException {
    List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
    try {
      socket.sendText("{\"id\":0,\"method\":\"Browser.close\",\"params\":{}}", true)
          .get(5, TimeUnit.SECONDS);
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // it is ended below anyway
    } finally {
      socket.abort();
      family.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      for (ProcessHandle p : family) {
        p.onExit().completeOnTimeout(p, TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
      }
      try {
        process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      delete(userDataDir);
    }
  }

  private static void delete(Path dir) throws IOException {
    for (int attempt = 0; Files.exists(dir) && attempt < 5; attempt++) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException | UncheckedIOException e) {
        // a file appeared or went while walking: walk again
      }
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          JsonNode message = JSON.readTree(text);
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (IOException e) {
          stderr.add("unreadable DevTools message: " + text);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
