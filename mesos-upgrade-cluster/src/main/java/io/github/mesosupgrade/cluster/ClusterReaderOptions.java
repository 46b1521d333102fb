package io.github.mesosupgrade.cluster;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.internal.Shown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link ClusterReader} talks to a cluster: credentials, TLS trust, timeouts and limits.
 * Immutable and thread-safe; made with {@link #builder()}, or {@link #defaults()}.
 *
 * <pre>{@code
 * ClusterReaderOptions options = ClusterReaderOptions.builder()
 *     .credentialsFile(Path.of("/etc/mesos/http-credentials.json"))
 *     .caFile(Path.of("/etc/mesos/ca.pem"))
 *     .connectTimeout(Duration.ofSeconds(2))
 *     .readTimeout(Duration.ofSeconds(10))
 *     .build();
 * }</pre>
 */
public final class ClusterReaderOptions {
  /** The default connect timeout: 5 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** The default read timeout: 30 seconds. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** The default number of agents read at once: 8. */
  public static final int DEFAULT_MAX_CONCURRENT_AGENT_REQUESTS = 8;

  /**
   * The default limit on one answer: 64 MiB, room for the state of a master of thousands of agents.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  /** The default number of redirects followed to the leading master: 5. */
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  private static final ClusterReaderOptions DEFAULTS = builder().build();

  private final @Nullable Credential credential;
  private final @Nullable SSLContext sslContext;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final int maxConcurrentAgentRequests;
  private final long maxResponseBytes;
  private final int maxRedirects;
  private final ReadProgress progress;

  private ClusterReaderOptions(Builder builder) {
    this.credential = builder.credential;
    this.sslContext = builder.sslContext;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.maxConcurrentAgentRequests = builder.maxConcurrentAgentRequests;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.maxRedirects = builder.maxRedirects;
    this.progress = builder.progress;
  }

  /** Returns options with no credentials, the JDK's trusted CAs and the default limits. */
  public static ClusterReaderOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the principal sent with HTTP basic authentication; empty when none is sent. */
  public Optional<String> principal() {
    return credential == null ? Optional.empty() : Optional.of(credential.principal());
  }

  /** Returns the TLS context built from the CA file; empty when the JDK's trusted CAs are used. */
  public Optional<SSLContext> sslContext() {
    return Optional.ofNullable(sslContext);
  }

  /** Returns the longest wait for a connection to a master or agent. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Returns the longest wait for a whole answer (headers and body) once a request is sent. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** Returns how many agents are read at once, at most. */
  public int maxConcurrentAgentRequests() {
    return maxConcurrentAgentRequests;
  }

  /** Returns the largest answer read; a larger one is refused after reading at most this much. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** Returns how many redirects are followed from one master URL to the leading master. */
  public int maxRedirects() {
    return maxRedirects;
  }

  /** Returns what is told how far the agents are read. */
  public ReadProgress progress() {
    return progress;
  }

  @Nullable Credential credential() {
    return credential;
  }

  /** Builds {@link ClusterReaderOptions}; starts from the defaults. */
  public static final class Builder {
    private @Nullable Credential credential;
    private @Nullable SSLContext sslContext;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private int maxConcurrentAgentRequests = DEFAULT_MAX_CONCURRENT_AGENT_REQUESTS;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int maxRedirects = DEFAULT_MAX_REDIRECTS;
    private ReadProgress progress = (read, total) -> {};

    private Builder() {}

    /**
     * Sends HTTP basic authentication with the first credential of {@code file}, a file in the form
     * of Mesos' {@code --http_credentials} (or {@code --credentials}): JSON {@code
     * {"credentials":[{"principal":"ops","secret":"s3cret"}]}}, or lines of {@code principal
     * secret} (the text form Mesos read until 1.10.x).
     *
     * @return this builder
     * @throws ClusterReadException with {@code BAD_CREDENTIALS_FILE} if the file cannot be read or
     *     holds no credential in either form
     */
    public Builder credentialsFile(Path file) {
      this.credential = Credential.read(requireNonNull(file, "file must not be null"), null);
      return this;
    }

    /**
     * Sends HTTP basic authentication with the credential of {@code principal} in {@code file} (see
     * {@link #credentialsFile(Path)}).
     *
     * @return this builder
     * @throws ClusterReadException with {@code BAD_CREDENTIALS_FILE} if the file cannot be read,
     *     holds no credential in either form, or none for {@code principal}
     */
    public Builder credentialsFile(Path file, String principal) {
      this.credential =
          Credential.read(
              requireNonNull(file, "file must not be null"),
              requireNonNull(principal, "principal must not be null"));
      return this;
    }

    /**
     * Sends HTTP basic authentication as {@code principal} with {@code secret}.
     *
     * @return this builder
     * @throws IllegalArgumentException if {@code principal} is empty or holds a colon
     */
    public Builder credential(String principal, String secret) {
      requireNonNull(principal, "principal must not be null");
      requireNonNull(secret, "secret must not be null");
      if (principal.isEmpty() || principal.contains(":")) {
        throw new IllegalArgumentException(
            "principal ("
                + Shown.quoted(principal)
                + ") must be a non-empty name without a colon, as HTTP basic authentication needs");
      }
      this.credential = new Credential(principal, secret);
      return this;
    }

    /**
     * Trusts the CA certificates in {@code file} (PEM, one or more {@code -----BEGIN
     * CERTIFICATE-----} blocks) for {@code https} URLs, instead of the JDK's trusted CAs.
     *
     * @return this builder
     * @throws ClusterReadException with {@code BAD_CA_FILE} if the file cannot be read or holds no
     *     certificate
     */
    public Builder caFile(Path file) {
      requireNonNull(file, "file must not be null");
      List<Certificate> certificates = new ArrayList<>();
      try (InputStream in = Files.newInputStream(file)) {
        certificates.addAll(CertificateFactory.getInstance("X.509").generateCertificates(in));
      } catch (IOException | GeneralSecurityException | RuntimeException e) {
        throw badCa(file, "cannot be read as PEM certificates (" + Shown.value(e.toString()) + ")");
      }
      if (certificates.isEmpty()) {
        throw badCa(file, "holds no certificate");
      }
      try {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        for (int i = 0; i < certificates.size(); i++) {
          trusted.setCertificateEntry("ca-" + i, certificates.get(i));
        }
        TrustManagerFactory trust =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        this.sslContext = context;
      } catch (IOException | GeneralSecurityException e) {
        throw badCa(file, "cannot be trusted (" + Shown.value(e.toString()) + ")");
      }
      return this;
    }

    /**
     * Sets the longest wait for a connection; 5 seconds unless set.
     *
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * Sets the longest wait for a whole answer once a request is sent; 30 seconds unless set.
     *
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /**
     * Sets how many agents are read at once; 8 unless set.
     *
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is below 1 or above 256
     */
    public Builder maxConcurrentAgentRequests(int max) {
      if (max < 1 || max > 256) {
        throw new IllegalArgumentException(
            "maxConcurrentAgentRequests (" + max + ") must be between 1 and 256");
      }
      this.maxConcurrentAgentRequests = max;
      return this;
    }

    /**
     * Sets the largest answer read, in bytes; 64 MiB unless set.
     *
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public Builder maxResponseBytes(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxResponseBytes (" + max + ") must be positive");
      }
      this.maxResponseBytes = max;
      return this;
    }

    /**
     * Sets how many redirects are followed from one master URL to the leading master; 5 unless set.
     *
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is below 0 or above 100
     */
    public Builder maxRedirects(int max) {
      if (max < 0 || max > 100) {
        throw new IllegalArgumentException("maxRedirects (" + max + ") must be between 0 and 100");
      }
      this.maxRedirects = max;
      return this;
    }

    /**
     * Sets what is told how far the agents are read; nothing unless set.
     *
     * @return this builder
     */
    public Builder progress(ReadProgress progress) {
      this.progress = requireNonNull(progress, "progress must not be null");
      return this;
    }

    /** Returns the options. */
    public ClusterReaderOptions build() {
      return new ClusterReaderOptions(this);
    }

    private static Duration positive(String name, Duration timeout) {
      requireNonNull(timeout, name + " must not be null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " (" + timeout + ") must be positive");
      }
      return timeout;
    }

    private static ClusterReadException badCa(Path file, String problem) {
      return new ClusterReadException(
          ClusterReadException.Reason.BAD_CA_FILE,
          "The CA file " + Shown.quoted(file.toString()) + " " + problem + ".");
    }
  }
}
