package io.github.mesosupgrade;

import io.github.mesosupgrade.internal.Shown;
import org.immutables.value.Value;

/**
 * A "must come before" rule between two steps of one hop: the step with id {@link #before()} must
 * be done before the step with id {@link #after()}, for the {@link #reason()} given.
 */
@Value.Immutable
public abstract class OrderingConstraint {
  OrderingConstraint() {}

  /**
   * Returns the rule that step {@code before} comes before step {@code after}.
   *
   * @throws IllegalArgumentException if the ids are equal or the reason is blank
   */
  public static OrderingConstraint of(String before, String after, String reason, Source source) {
    return ImmutableOrderingConstraint.builder()
        .before(before)
        .after(after)
        .reason(reason)
        .source(source)
        .build();
  }

  /** Returns the id of the step that must come first. */
  public abstract String before();

  /** Returns the id of the step that must come later. */
  public abstract String after();

  /** Returns why the order matters, as a clause an operator reads. */
  public abstract String reason();

  /** Returns where the rule comes from. */
  public abstract Source source();

  @Value.Check
  void check() {
    if (before().equals(after())) {
      throw new IllegalArgumentException(selfMessage(before()));
    }
    if (reason().isBlank()) {
      throw new IllegalArgumentException(reasonBlankMessage(before(), after()));
    }
  }

  /** Returns {@code before < after}. */
  @Override
  public String toString() {
    return before() + " < " + after();
  }

  static String selfMessage(String step) {
    return "ordering constraint puts step " + Shown.value(step) + " before itself";
  }

  static String reasonBlankMessage(String before, String after) {
    return String.format(
        "ordering constraint %s < %s needs a reason", Shown.value(before), Shown.value(after));
  }
}
