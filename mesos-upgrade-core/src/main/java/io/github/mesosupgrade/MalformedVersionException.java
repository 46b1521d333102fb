package io.github.mesosupgrade;

import io.github.mesosupgrade.internal.Shown;

/**
 * Thrown when text that should name a Mesos version is not of the form {@code major.minor.patch}.
 *
 * <p>It is an {@link IllegalArgumentException}: passing such text is a programming or input error,
 * not a refusal of the upgrade (that is {@link UnsupportedUpgradeException}).
 */
public final class MalformedVersionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private static final String EXPECTED =
      " is not a Mesos version: expected major.minor.patch, three whole numbers such as 0.15.0";

  private final String input;

  MalformedVersionException(String input) {
    super(message(input));
    this.input = input;
  }

  MalformedVersionException(String parameter, String input) {
    super(message(parameter, input));
    this.input = input;
  }

  /** Returns the text that could not be read as a version, exactly as it was given. */
  public String input() {
    return input;
  }

  /** The message for {@code input}, which is not a version. */
  static String message(String input) {
    return Shown.quoted(input) + EXPECTED;
  }

  /** The message for {@code input}, given as {@code parameter}, which is not a version. */
  static String message(String parameter, String input) {
    return parameter + " " + Shown.quoted(input) + EXPECTED;
  }
}
