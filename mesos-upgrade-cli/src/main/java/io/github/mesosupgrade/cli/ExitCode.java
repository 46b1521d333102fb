package io.github.mesosupgrade.cli;

/** The exit codes of the {@code mesos-upgrade} command line. */
public final class ExitCode {
  /** The command did what was asked; {@code validate} found the plan valid. */
  public static final int OK = 0;

  /** {@code validate} found violations; they are printed on standard output. */
  public static final int INVALID = 1;

  /**
   * The command line or its input was wrong: unknown command or option, missing or malformed
   * version text, unreadable file, input larger than the input limit, or a document that is not a
   * JSON plan.
   */
  public static final int USAGE = 2;

  /**
   * The upgrade was refused: a downgrade, a version that is unknown or not supported, or a live
   * cluster some of whose masters or agents could not be read.
   */
  public static final int REFUSED = 3;

  /**
   * No cluster state could be read from the masters given: none answered, none leads, or the leader
   * does not report its release.
   */
  public static final int UNAVAILABLE = 69;

  /**
   * Standard output could not be written in full (a full disk, a closed pipe): the output is
   * incomplete. It is sysexits' {@code EX_IOERR}.
   */
  public static final int OUTPUT = 74;

  /** Something failed that should not have: a bug in mesos-upgrade. */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
