package io.github.mesosupgrade;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an upgrade cannot be planned: a downgrade, a version that was never released, or one
 * outside the catalog's range; or, when planning from a {@link ClusterState}, a state that no plan
 * can come from. The message names the bad value (the components and releases involved) and what
 * would work.
 */
public final class UnsupportedUpgradeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why an upgrade was refused. */
  public enum Reason {
    /** The target is older than the running release. */
    DOWNGRADE,
    /** A version that no Mesos release ever had, such as {@code 0.12.2} or {@code 2.0.0}. */
    UNKNOWN_VERSION,
    /** A real Mesos release outside the releases the catalog has hops for. */
    UNSUPPORTED_VERSION,
    /**
     * A cluster state whose masters and slaves run releases Mesos does not support side by side,
     * such as slaves on 0.15.0 under masters on 0.13.0.
     */
    VERSION_SKEW,
    /** A cluster state whose masters or slaves run with a flag their release does not accept. */
    FLAG_NOT_ACCEPTED,
    /**
     * A cluster state whose masters enforce authentication without {@code --credentials}: they exit
     * at startup.
     */
    AUTHENTICATION_WITHOUT_CREDENTIALS,
    /**
     * A cluster state whose masters enforce authentication while a scheduler does not authenticate.
     */
    FRAMEWORKS_LOCKED_OUT,
    /** A cluster state whose schedulers authenticate while the masters cannot authenticate them. */
    CREDENTIAL_REFUSED,
    /**
     * A cluster state whose schedulers set {@code FrameworkInfo.checkpoint} while slaves do not
     * checkpoint.
     */
    CHECKPOINT_BEFORE_SLAVES,
    /** A cluster state whose schedulers use an API their linked Mesos library does not have. */
    FRAMEWORK_API_MISSING,
    /**
     * A cluster state whose masters publish their ZooKeeper record in a form the schedulers' linked
     * library cannot read, so the schedulers no longer find the masters.
     */
    SCHEDULER_LIBRARY_TOO_OLD,
    /**
     * A cluster state that no plan to the target passes through, or from which the remaining steps
     * would fail validation.
     */
    STATE_NOT_ON_PLAN
  }

  private final MesosVersion from;
  private final MesosVersion to;
  private final Reason reason;
  private final transient @Nullable ClusterState state;

  UnsupportedUpgradeException(MesosVersion from, MesosVersion to, Reason reason, String message) {
    super(message);
    this.from = from;
    this.to = to;
    this.reason = reason;
    this.state = null;
  }

  UnsupportedUpgradeException(
      MesosVersion from, MesosVersion to, Reason reason, String message, ClusterState state) {
    super(message);
    this.from = from;
    this.to = to;
    this.reason = reason;
    this.state = state;
  }

  /** Returns the cluster state the upgrade was asked to start from, when planning from a state. */
  public Optional<ClusterState> state() {
    return Optional.ofNullable(state);
  }

  /**
   * Returns the release the upgrade was asked to start from; for a cluster state, the oldest
   * release a master or slave installs or runs.
   */
  public MesosVersion from() {
    return from;
  }

  /** Returns the release the upgrade was asked to end on. */
  public MesosVersion to() {
    return to;
  }

  /** Returns why the upgrade was refused. */
  public Reason reason() {
    return reason;
  }
}
