package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One problem {@link ConfigLinter} found in the configuration of a master or slave: a stable {@link
 * #code()}, how bad it is, the flag and where the setting came from, and a message that says what
 * Mesos does with it and what to write instead.
 */
@Value.Immutable
public abstract class LintFinding {
  LintFinding() {}

  /** How bad a finding is. */
  public enum Severity {
    /** The daemon does not start, or a security setting is lost. */
    ERROR,
    /** A setting is silently lost, or is likely to do something other than intended. */
    WARNING,
    /** Something that changes with the release without being wrong. */
    INFO
  }

  /** Where a setting came from. */
  public enum Origin {
    /** A command-line argument of the daemon. */
    COMMAND_LINE,
    /** A {@code MESOS_*} environment variable of the daemon. */
    ENVIRONMENT,
    /** The file that {@code --credentials} names. */
    CREDENTIALS_FILE,
    /** Neither: a default the configuration leaves in place. */
    DEFAULT
  }

  static LintFinding of(
      LintCode code,
      Severity severity,
      String flag,
      Origin origin,
      String setting,
      String message,
      Iterable<Source> sources) {
    return ImmutableLintFinding.builder()
        .code(code)
        .severity(severity)
        .flag(flag)
        .origin(origin)
        .setting(setting)
        .message(message)
        .addAllSources(sources)
        .build();
  }

  /** Returns the stable code. */
  public abstract LintCode code();

  /** Returns how bad the finding is. */
  public abstract Severity severity();

  /** Returns the flag concerned, as the daemon reads it: lower case, without dashes. */
  public abstract String flag();

  /** Returns where the setting came from: the finding's source in the configuration. */
  public abstract Origin origin();

  /**
   * Returns the setting as written: {@code --authentication=true}, {@code
   * MESOS_AUTHENTICATION=true} or, in a credentials file, {@code line 3} (secrets are not
   * repeated).
   */
  public abstract String setting();

  /** Returns what Mesos does with the setting and what to write instead. */
  public abstract String message();

  /** Returns where the facts behind the finding come from. */
  public abstract ImmutableList<Source> sources();

  /** Returns {@code ERROR MISSPELLED_FLAG: message}; the message starts with the setting. */
  @Override
  public String toString() {
    return severity() + " " + code() + ": " + message();
  }
}
