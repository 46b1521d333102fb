package io.github.mesosupgrade;

/**
 * The stable code of a {@link LintFinding}. Codes are never renamed or reused; tools may match on
 * {@link #name()}.
 */
public enum LintCode {
  /** A flag no release of the component takes. */
  UNKNOWN_FLAG,
  /** A {@code MESOS_*} variable that names no flag of the component: the daemon ignores it. */
  UNKNOWN_VARIABLE,
  /**
   * A spelling that documentation used but Mesos does not accept, such as the upgrade guide's
   * {@code --authentication} for {@code --authenticate}.
   */
  MISSPELLED_FLAG,
  /** A flag the component takes only from a later release. */
  FLAG_NOT_YET_ACCEPTED,
  /** A flag the component took in an earlier release and no longer takes. */
  FLAG_REMOVED,
  /** A flag renamed without an alias: the old name is no longer taken. */
  FLAG_RENAMED,
  /** A value the flag's type does not accept, such as {@code --authenticate=yes}. */
  INVALID_VALUE,
  /** A flag that needs a value given without one, such as {@code --credentials}. */
  MISSING_VALUE,
  /** The same flag twice: on the command line, or on the command line and in the environment. */
  DUPLICATE_FLAG,
  /** A command-line argument that is not {@code --name} or {@code --name=value}: it is skipped. */
  NOT_A_FLAG,
  /** {@code --authenticate=true} without {@code --credentials}: the master exits at startup. */
  AUTHENTICATE_WITHOUT_CREDENTIALS,
  /** A credentials file line that is not {@code principal secret}: the master exits at startup. */
  CREDENTIALS_LINE_INVALID,
  /** A credentials file line whose secret ends with a carriage return, which becomes part of it. */
  CREDENTIALS_LINE_CARRIAGE_RETURN,
  /** An empty credentials file, or one with only blank lines: no framework can authenticate. */
  CREDENTIALS_EMPTY,
  /**
   * A credentials file that is not JSON given to a release that reads only JSON credentials files
   * (from 1.11.0): the daemon exits at startup.
   */
  CREDENTIALS_NOT_JSON,
  /** The default of a flag the configuration leaves unset changes with the release. */
  DEFAULT_CHANGED
}
