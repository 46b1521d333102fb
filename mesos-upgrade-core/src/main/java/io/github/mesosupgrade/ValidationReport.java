package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link PlanValidator} found in a step sequence: the {@linkplain #violations() violations},
 * in a stable order (structure first, then the simulation step by step, then the end state).
 */
@Value.Immutable
public abstract class ValidationReport {
  ValidationReport() {}

  /** Returns the release the validated upgrade starts from. */
  public abstract MesosVersion from();

  /** Returns the release the validated upgrade ends on. */
  public abstract MesosVersion to();

  /** Returns the number of steps validated. */
  public abstract int stepCount();

  /** Returns every violation found; empty when the sequence is valid. */
  public abstract ImmutableList<Violation> violations();

  /** Returns whether no violation was found. */
  public boolean isValid() {
    return violations().isEmpty();
  }

  /** Returns whether a violation with {@code code} was found. */
  public boolean has(ViolationCode code) {
    return violations().stream().anyMatch(violation -> violation.code() == code);
  }

  /** Returns the first violation with {@code code}, if any. */
  public Optional<Violation> first(ViolationCode code) {
    return violations().stream().filter(violation -> violation.code() == code).findFirst();
  }

  /**
   * Returns a listing a person reads: {@code valid: 31 steps from 0.11.0 to 0.15.0}, or one line
   * per violation.
   */
  public String describe() {
    String heading = from() + " -> " + to() + ", " + stepCount() + " steps";
    if (isValid()) {
      return "valid: " + heading;
    }
    StringBuilder out =
        new StringBuilder("invalid: ").append(heading).append(", ").append(violations().size());
    out.append(violations().size() == 1 ? " violation" : " violations");
    for (Violation violation : violations()) {
      out.append("\n").append("  - ").append(violation);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
