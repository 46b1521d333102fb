package io.github.mesosupgrade;

/**
 * Thrown when an upgrade cannot be planned: a downgrade, a version that was never released, or one
 * outside the catalog's range. The message names the bad value and what would work.
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
    UNSUPPORTED_VERSION
  }

  private final MesosVersion from;
  private final MesosVersion to;
  private final Reason reason;

  UnsupportedUpgradeException(MesosVersion from, MesosVersion to, Reason reason, String message) {
    super(message);
    this.from = from;
    this.to = to;
    this.reason = reason;
  }

  /** Returns the release the upgrade was asked to start from. */
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
