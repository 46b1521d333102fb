package io.github.mesosupgrade.cluster;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.internal.Shown;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A master or agent whose release or flags could not be read, and why. The {@link
 * io.github.mesosupgrade.ClusterState} of a {@link ClusterReading} leaves it out: nothing about it
 * is guessed.
 *
 * <p>{@code toString()} gives one line a person reads: {@code agent
 * 20150101-000000-16777343-5050-1-S2 (a2.example.com) at http://127.0.0.1:5051/slave(1)/flags:
 * timed out after 300 ms waiting for an answer}.
 *
 * @see io.github.mesosupgrade.ClusterState
 */
public final class UnreadDaemon {

  /** Why a master or agent could not be read. */
  public enum Reason {
    /** The connection could not be made or broke (refused, reset, closed early, TLS failure). */
    CONNECTION_FAILED,
    /** No connection or no whole answer within the connect or read timeout. */
    TIMED_OUT,
    /** The daemon answered 401: it wants credentials, or refused the ones given. */
    UNAUTHORIZED,
    /** The daemon answered 403: the credentials given may not read this endpoint. */
    FORBIDDEN,
    /** The daemon answered another status than 200 (404, 5xx, an unexpected redirect). */
    HTTP_ERROR,
    /** The answer is larger than the response size limit; at most the limit was read. */
    TOO_LARGE,
    /** The answer is not JSON, or is cut short. */
    INVALID_JSON,
    /** The answer is JSON, but not of the shape Mesos gives (a field missing or of wrong type). */
    WRONG_SHAPE,
    /** The daemon does not report its release (Mesos before 0.13.0 masters, 0.13.0 agents). */
    VERSION_NOT_REPORTED,
    /** The release the daemon reports is not a {@code major.minor.patch} release. */
    BAD_VERSION,
    /**
     * The leading master lists the agent, but the agent has not re-registered since it failed over.
     */
    NOT_REGISTERED
  }

  private final Component component;
  private final @Nullable String id;
  private final @Nullable String hostname;
  private final URI url;
  private final Reason reason;
  private final String detail;

  UnreadDaemon(
      Component component,
      @Nullable String id,
      @Nullable String hostname,
      URI url,
      Reason reason,
      String detail) {
    this.component = requireNonNull(component, "component");
    this.id = id;
    this.hostname = hostname;
    this.url = requireNonNull(url, "url");
    this.reason = requireNonNull(reason, "reason");
    this.detail = requireNonNull(detail, "detail");
  }

  /** Returns {@link Component#MASTER} or {@link Component#SLAVE} (an agent). */
  public Component component() {
    return component;
  }

  /** Returns the agent's id as the leading master reports it; empty for masters. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** Returns the agent's hostname as the leading master reports it; empty for masters. */
  public Optional<String> hostname() {
    return Optional.ofNullable(hostname);
  }

  /** Returns the URL of the request that failed. */
  public URI url() {
    return url;
  }

  /** Returns why the daemon could not be read. */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns what went wrong and what would work, for a person: {@code answered 401 Unauthorized:
   * give credentials the agent accepts (ClusterReaderOptions.Builder.credentialsFile)}.
   */
  public String detail() {
    return detail;
  }

  /** Returns whether {@code other} is an unread daemon with the same fields. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof UnreadDaemon that
        && component == that.component
        && Objects.equals(id, that.id)
        && Objects.equals(hostname, that.hostname)
        && url.equals(that.url)
        && reason == that.reason
        && detail.equals(that.detail);
  }

  /** Returns a hash of all fields. */
  @Override
  public int hashCode() {
    return Objects.hash(component, id, hostname, url, reason, detail);
  }

  /** Returns one line a person reads: who, where, and {@link #detail()}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(component == Component.MASTER ? "master" : "agent");
    if (id != null) {
      out.append(' ').append(Shown.value(id));
    }
    if (hostname != null) {
      out.append(" (").append(Shown.value(hostname)).append(')');
    }
    return out.append(" at ")
        .append(Shown.value(url.toString()))
        .append(": ")
        .append(detail)
        .toString();
  }
}
