package io.github.mesosupgrade.cluster;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A Mesos master or agent as seen over HTTP: a JDK HTTP server on 127.0.0.1 and a port of its own,
 * answering each path it was given and 404 to any other (as libprocess does for a route it does not
 * have). It records the requests it gets, with their {@code Authorization} header.
 */
final class FakeDaemon implements AutoCloseable {
  /** How a path is answered. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange, FakeDaemon daemon) throws IOException, InterruptedException;
  }

  private final HttpServer server;
  private final String scheme;
  private final ExecutorService threads;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();

  /** Released when the daemon closes, so that answers held back end with the test. */
  final CountDownLatch closed = new CountDownLatch(1);

  FakeDaemon() throws IOException {
    this(null);
  }

  /** Serves {@code https} with {@code tls} if it is not null, {@code http} otherwise. */
  FakeDaemon(@Nullable SSLContext tls) throws IOException {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      server = HttpServer.create(loopback, 16);
    } else {
      HttpsServer https = HttpsServer.create(loopback, 16);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      server = https;
    }
    scheme = tls == null ? "http" : "https";
    threads =
        Executors.newCachedThreadPool(
            work -> {
              Thread thread = new Thread(work, "fake-mesos");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getRawPath();
          requests.add(path);
          String authorization = exchange.getRequestHeaders().getFirst("Authorization");
          authorizations.add(authorization == null ? "" : authorization);
          Handler handler = routes.get(path);
          try {
            if (handler == null) {
              send(exchange, 404, "");
            } else {
              handler.handle(exchange, this);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException e) {
            // the client went away (it timed out or refused the answer): nothing to answer
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** Returns {@code http://127.0.0.1:port} (or {@code https}). */
  URI url() {
    return URI.create(scheme + "://127.0.0.1:" + port());
  }

  /** Returns the pid a master reports for this daemon: {@code name@127.0.0.1:port}. */
  String pid(String name) {
    return name + "@127.0.0.1:" + port();
  }

  FakeDaemon on(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  /** Answers {@code path} with 200 and {@code json}. */
  FakeDaemon json(String path, String json) {
    return on(path, (exchange, daemon) -> send(exchange, 200, json));
  }

  /** Answers {@code path} with {@code status} and an empty body. */
  FakeDaemon status(String path, int status) {
    return on(path, (exchange, daemon) -> send(exchange, status, ""));
  }

  /** Answers {@code path} with a redirect to {@code location}, as a standby master from 1.0. */
  FakeDaemon redirect(String path, int status, String location) {
    return on(
        path,
        (exchange, daemon) -> {
          exchange.getResponseHeaders().add("Location", location);
          send(exchange, status, "");
        });
  }

  /** Returns the paths asked, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  /** Returns the {@code Authorization} header of each request, empty where none was sent. */
  List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** Holds the answer back until the daemon closes, at most 5 seconds. */
  void holdUntilClosed() throws InterruptedException {
    boolean released = closed.await(5, TimeUnit.SECONDS);
    if (!released) {
      throw new IllegalStateException("the test did not close the daemon within 5 seconds");
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
