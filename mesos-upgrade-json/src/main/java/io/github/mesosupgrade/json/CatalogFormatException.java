package io.github.mesosupgrade.json;

/**
 * Thrown by {@link CatalogJson#read(String)} when the text is not a catalog document: not JSON, a
 * missing or unknown field, a value of the wrong kind. The message names the place in the document
 * ({@code hops[0].steps[2].action}), the bad value and what would work.
 */
public final class CatalogFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  CatalogFormatException(String message) {
    super(message);
  }
}
