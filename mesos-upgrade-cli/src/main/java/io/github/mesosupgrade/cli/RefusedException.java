package io.github.mesosupgrade.cli;

/**
 * Thrown when a command refuses to go on with what it was given, such as a plan from a cluster some
 * of whose agents could not be read: exit code {@link ExitCode#REFUSED}, the message on standard
 * error.
 */
final class RefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RefusedException(String message) {
    super(message);
  }
}
