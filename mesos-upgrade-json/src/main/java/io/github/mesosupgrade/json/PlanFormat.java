package io.github.mesosupgrade.json;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.UpgradePlan;
import java.util.Locale;
import java.util.Optional;

/**
 * A way to print an {@link UpgradePlan}: for people ({@link #TEXT}, {@link #MARKDOWN}), tools
 * ({@link #JSON}) or as a picture of the order ({@link #DOT}, {@link #MERMAID}).
 */
public enum PlanFormat {
  /** The numbered listing of {@link UpgradePlan#describe()}. */
  TEXT,
  /** A runbook with a checkbox per step, see {@link PlanMarkdown}. */
  MARKDOWN,
  /** The JSON document of {@link PlanJson}, schema version {@value PlanJson#SCHEMA_VERSION}. */
  JSON,
  /** A Graphviz {@code digraph} of the order, see {@link PlanGraph#dot}. */
  DOT,
  /** A Mermaid {@code flowchart} of the order, see {@link PlanGraph#mermaid(UpgradePlan)}. */
  MERMAID;

  /**
   * Returns the lower-case name used on the command line: {@code text}, {@code markdown}, {@code
   * json}, {@code dot} or {@code mermaid}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the format whose {@link #label()} is {@code label}, ignoring case.
   *
   * @throws NullPointerException if {@code label} is null
   */
  public static Optional<PlanFormat> fromLabel(String label) {
    requireNonNull(label, "label must not be null");
    for (PlanFormat format : values()) {
      if (format.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns {@code plan} in this format, ending with a line break.
   *
   * @throws NullPointerException if {@code plan} is null
   */
  public String render(UpgradePlan plan) {
    requireNonNull(plan, "plan must not be null");
    return switch (this) {
      case TEXT -> plan.describe();
      case MARKDOWN -> PlanMarkdown.render(plan);
      case JSON -> PlanJson.write(plan);
      case DOT -> PlanGraph.dot(plan);
      case MERMAID -> PlanGraph.mermaid(plan);
    };
  }
}
