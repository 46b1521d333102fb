package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link UpgradeCatalog.Builder#build()} when the catalog is inconsistent, and by the
 * planner when a jump across three or more release lines, checked the first time a plan takes it,
 * fails. It lists every problem at once, each as one sentence.
 */
public final class InvalidCatalogException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<String> problems;

  InvalidCatalogException(List<String> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Returns every problem found, in a stable order, one sentence each. */
  public ImmutableList<String> problems() {
    return problems;
  }

  /** The message listing {@code problems}, each already a whole message with its values shown. */
  static String message(List<String> problems) {
    return String.format(
        "the catalog has %s problem(s):%n  - %s", problems.size(), String.join("\n  - ", problems));
  }
}
