package io.github.mesosupgrade.cli;

/** A usage error found while a command runs (such as an unreadable file); exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Returns an exception with a one-line {@code message} that names the bad value and what would
   * work.
   */
  UsageException(String message) {
    super(message);
  }
}
