package io.github.mesosupgrade.json;

/**
 * Thrown when text that should be a JSON upgrade plan cannot be read as one: it is not JSON, it has
 * a newer schema version, a field is missing, unknown or of the wrong kind, or a derived field does
 * not match the fields it is derived from.
 *
 * <p>The message is one line. It names where in the document the problem is (for example {@code
 * hops[3].steps[7].action}), the bad value, and what would work.
 */
public final class PlanFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Returns an exception with the one-line {@code message}. */
  PlanFormatException(String message) {
    super(message);
  }
}
