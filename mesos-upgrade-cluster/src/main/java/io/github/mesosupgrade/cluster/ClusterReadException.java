package io.github.mesosupgrade.cluster;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when no cluster state can be read at all: no master answers, the masters redirect in a
 * loop, no master leads, the leading master does not report its release, or the options name a
 * credentials or CA file that cannot be used. {@link #reason()} says which; the message names the
 * URLs or files involved and what would work. A cluster whose masters answer but some of whose
 * agents do not is not an error: {@link ClusterReading#unreadable()} lists those.
 */
public final class ClusterReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why no cluster state could be read. */
  public enum Reason {
    /** A master URL is not an absolute {@code http} or {@code https} URL with a host. */
    BAD_MASTER_URL,
    /** No master URL answered with a master's state; {@link #unreadable()} says why for each. */
    NO_MASTER_REACHABLE,
    /** Masters answered, but none leads and none names a leader. */
    NO_LEADER,
    /** Masters redirect to one another in a loop, or further than the redirect limit. */
    LEADER_REDIRECT_LOOP,
    /** The leading master's state does not say which release it runs (Mesos before 0.13.0). */
    VERSION_NOT_REPORTED,
    /** No agent is registered with the leading master, or none of them could be read. */
    NO_AGENT_READ,
    /** The credentials file cannot be read or is in neither of the forms Mesos accepts. */
    BAD_CREDENTIALS_FILE,
    /** The CA file cannot be read or holds no PEM certificate. */
    BAD_CA_FILE
  }

  private final Reason reason;
  private final ImmutableList<UnreadDaemon> unreadable;

  ClusterReadException(Reason reason, String message) {
    this(reason, message, List.of(), null);
  }

  ClusterReadException(
      Reason reason, String message, List<UnreadDaemon> unreadable, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = requireNonNull(reason, "reason");
    this.unreadable = ImmutableList.copyOf(unreadable);
  }

  /** Returns why no cluster state could be read. */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the masters and agents that could not be read on the way, each with its reason; empty
   * when the failure is not about an answer (a bad URL or file).
   */
  public ImmutableList<UnreadDaemon> unreadable() {
    return unreadable;
  }
}
