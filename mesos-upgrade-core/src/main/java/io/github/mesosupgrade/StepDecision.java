package io.github.mesosupgrade;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How planning with a {@link ClusterProfile} resolved one conditional part of a step: the whole
 * step, or one flag change of it, included or left out, the fact that decided it and why.
 *
 * <pre>{@code
 * StepDecision d = plan.decisions().get(0);
 * d.stepId();     // 0.12-0.13/relink-schedulers
 * d.included();   // false
 * d.reason();     // the frameworks use pure-language bindings, which link no Mesos library
 * }</pre>
 */
@Value.Immutable
public abstract class StepDecision {
  StepDecision() {}

  static StepDecision of(
      String stepId,
      Optional<FlagChange> flagChange,
      ClusterProfile.Fact fact,
      Optional<Boolean> answer,
      boolean included,
      String reason) {
    return ImmutableStepDecision.builder()
        .stepId(stepId)
        .flagChange(flagChange)
        .fact(fact)
        .answer(answer)
        .included(included)
        .reason(reason)
        .build();
  }

  /** Returns the id of the step the decision is about. */
  public abstract String stepId();

  /** Returns the flag change decided on; empty when the decision is about the whole step. */
  public abstract Optional<FlagChange> flagChange();

  /** Returns the fact of the profile that decided. */
  public abstract ClusterProfile.Fact fact();

  /** Returns the profile's answer to {@link #fact()}; empty when it was unknown. */
  public abstract Optional<Boolean> answer();

  /** Returns whether the step (or flag change) is part of the plan. */
  public abstract boolean included();

  /** Returns why, in one clause an operator reads. */
  public abstract String reason();

  /**
   * Returns {@code 0.12-0.13/relink-schedulers: left out (FRAMEWORKS_LINK_LIBMESOS=no): reason}.
   */
  @Override
  public String toString() {
    return stepId()
        + flagChange().map(change -> " " + change.commandLine()).orElse("")
        + ": "
        + (included() ? "included" : "left out")
        + " ("
        + fact()
        + "="
        + answer().map(yes -> yes ? "yes" : "no").orElse("unknown")
        + "): "
        + reason();
  }
}
