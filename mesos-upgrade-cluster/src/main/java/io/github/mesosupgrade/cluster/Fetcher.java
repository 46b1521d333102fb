package io.github.mesosupgrade.cluster;

import io.github.mesosupgrade.cluster.UnreadDaemon.Reason;
import io.github.mesosupgrade.internal.Shown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Sends one {@code GET} and returns the whole answer, within the options' timeouts and size limit;
 * never follows redirects (the reader does, to see where they go).
 */
final class Fetcher {
  private final HttpClient client;
  private final ClusterReaderOptions options;

  Fetcher(HttpClient client, ClusterReaderOptions options) {
    this.client = client;
    this.options = options;
  }

  /** An answer: its status, its {@code Location} header if any, and its body. */
  static final class Answer {
    private final int status;
    private final Optional<String> location;
    private final byte[] body;

    Answer(int status, Optional<String> location, byte[] body) {
      this.status = status;
      this.location = location;
      this.body = body;
    }

    int status() {
      return status;
    }

    Optional<String> location() {
      return location;
    }

    byte[] body() {
      return body;
    }
  }

  /** Why a request got no answer, as a reason and a message for a person. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private @Nullable URI url;

    Failure(Reason reason, String message) {
      super(message);
      this.reason = reason;
    }

    Reason reason() {
      return reason;
    }

    /** Returns this failure, naming {@code url} as the request that failed unless one is named. */
    Failure at(URI url) {
      if (this.url == null) {
        this.url = url;
      }
      return this;
    }

    /** Returns the request that failed, or {@code otherwise} if none is named. */
    URI url(URI otherwise) {
      URI named = url;
      return named == null ? otherwise : named;
    }
  }

  /**
   * Sends {@code GET uri} and returns the answer, whatever its status.
   *
   * @throws Failure if no whole answer came within the timeouts and the size limit
   */
  Answer get(URI uri) throws Failure {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(options.readTimeout());
    request.header("Accept", "application/json");
    Credential credential = options.credential();
    if (credential != null) {
      request.header("Authorization", credential.authorization());
    }
    long limit = options.maxResponseBytes();
    CompletableFuture<HttpResponse<byte[]>> answer =
        client.sendAsync(request.build(), info -> new LimitedBody(info, limit));
    Duration deadline = options.connectTimeout().plus(options.readTimeout());
    try {
      HttpResponse<byte[]> response = answer.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
      return new Answer(
          response.statusCode(), response.headers().firstValue("Location"), response.body());
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new Failure(
          Reason.TIMED_OUT,
          "no whole answer within " + millis(deadline) + " (connect and read timeouts)");
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failure(Reason.CONNECTION_FAILED, "interrupted while waiting for the answer");
    } catch (ExecutionException e) {
      throw failure(e.getCause());
    }
  }

  private Failure failure(@Nullable Throwable cause) {
    if (cause instanceof TooLarge tooLarge) {
      return new Failure(
          Reason.TOO_LARGE,
          tooLarge.getMessage()
              + ": raise the limit (ClusterReaderOptions.Builder.maxResponseBytes) if the answer"
              + " is expected to be this large");
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new Failure(
          Reason.TIMED_OUT, "no connection within " + millis(options.connectTimeout()));
    }
    if (cause instanceof HttpTimeoutException) {
      return new Failure(
          Reason.TIMED_OUT, "no answer within " + millis(options.readTimeout()) + " of asking");
    }
    if (cause instanceof SSLException) {
      return new Failure(
          Reason.CONNECTION_FAILED,
          "TLS failed ("
              + Shown.value(String.valueOf(cause.getMessage()))
              + "): trust the cluster's CA with ClusterReaderOptions.Builder.caFile");
    }
    if (cause instanceof ConnectException) {
      return new Failure(Reason.CONNECTION_FAILED, "connection refused");
    }
    String what = cause == null ? "unknown error" : cause.getClass().getSimpleName();
    String message = cause == null ? null : cause.getMessage();
    return new Failure(
        Reason.CONNECTION_FAILED,
        "the connection failed ("
            + (message == null ? what : what + ": " + Shown.value(message))
            + ")");
  }

  private static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }

  /** The body is larger than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** Collects a body of at most {@code limit} bytes, refusing a larger one without reading it. */
  private static final class LimitedBody implements BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final long declared;
    private final long limit;
    private Flow.@Nullable Subscription subscription;

    LimitedBody(HttpResponse.ResponseInfo info, long limit) {
      this.declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (declared > limit) {
        subscription.cancel();
        body.completeExceptionally(
            new TooLarge("the answer is " + declared + " bytes, more than the limit of " + limit));
        return;
      }
      subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (out.size() + (long) buffer.remaining() > limit) {
          cancel();
          body.completeExceptionally(
              new TooLarge("the answer is more than the limit of " + limit + " bytes"));
          return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        out.write(bytes, 0, bytes.length);
      }
      Flow.Subscription current = subscription;
      if (current != null) {
        current.request(1);
      }
    }

    private void cancel() {
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
    }

    @Override
    public void onError(Throwable error) {
      body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      body.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }
  }
}
