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

  private final String input;

  MalformedVersionException(String input) {
    super(String.format(Messages.VERSION_MALFORMED, "", Shown.value(input)));
    this.input = input;
  }

  MalformedVersionException(String parameter, String input) {
    super(String.format(Messages.VERSION_MALFORMED, parameter + " ", Shown.value(input)));
    this.input = input;
  }

  /** Returns the text that could not be read as a version, exactly as it was given. */
  public String input() {
    return input;
  }
}
