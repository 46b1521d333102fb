package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One problem a {@link PlanValidator} found in a step sequence: a stable {@link #code()}, the ids
 * of the steps involved, and a message that says what is wrong and what to do.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  static Violation of(ViolationCode code, String message, String... stepIds) {
    return ImmutableViolation.builder().code(code).message(message).addStepIds(stepIds).build();
  }

  /** Returns the stable code. */
  public abstract ViolationCode code();

  /**
   * Returns the ids of the steps involved, the offending step first; empty for end-state problems.
   */
  public abstract ImmutableList<String> stepIds();

  /** Returns what is wrong and what to do, in one sentence. */
  public abstract String message();

  /** Returns {@code CODE: message}. */
  @Override
  public String toString() {
    return code() + ": " + message();
  }
}
