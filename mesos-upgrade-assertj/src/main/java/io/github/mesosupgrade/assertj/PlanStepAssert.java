package io.github.mesosupgrade.assertj;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.UpgradeStep;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Condition;

/**
 * Assertions on one step of a plan and its place among the other steps; made by {@link
 * UpgradePlanAssert#step(Condition)}, which has checked that exactly one step matches.
 *
 * <p>The ordering assertions take a second condition, which must also match exactly one step of the
 * plan; otherwise they fail and list the steps it matches. Failure messages name steps by their
 * number in the plan (counted from 1) and their id, then list the whole plan.
 *
 * <pre>{@code
 * assertThat(UpgradePlanner.plan("0.14.0", "0.15.0"))
 *     .step(restartWithFlag(MASTER, "credentials"))
 *     .isBefore(restart(SCHEDULER))
 *     .setsFlag("credentials", "<path to credentials file>")
 *     .and()
 *     .step(restart(SCHEDULER))
 *     .isImmediatelyBefore(restartWithFlag(MASTER, "authenticate"));
 * }</pre>
 */
public final class PlanStepAssert extends AbstractAssert<PlanStepAssert, UpgradeStep> {
  private final UpgradePlanAssert planAssert;
  private final PlanSteps plan;
  private final int index;
  private final Condition<? super UpgradeStep> condition;

  PlanStepAssert(
      UpgradePlanAssert planAssert,
      PlanSteps plan,
      int index,
      Condition<? super UpgradeStep> condition) {
    super(plan.steps().get(index), PlanStepAssert.class);
    this.planAssert = planAssert;
    this.plan = plan;
    this.index = index;
    this.condition = condition;
    if (planAssert.info.hasDescription()) {
      describedAs(planAssert.info.description());
    }
  }

  /**
   * Verifies that this step comes before the one step that matches {@code other}, directly or with
   * steps between them.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if {@code other} matches no step or several steps, or its step is this
   *     step or comes before it
   * @throws NullPointerException if {@code other} is null
   */
  public PlanStepAssert isBefore(Condition<? super UpgradeStep> other) {
    int otherIndex = only(other, "before");
    if (otherIndex < index) {
      throw order("before", other, "after", otherIndex);
    }
    return this;
  }

  /**
   * Verifies that this step comes after the one step that matches {@code other}, directly or with
   * steps between them.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if {@code other} matches no step or several steps, or its step is this
   *     step or comes after it
   * @throws NullPointerException if {@code other} is null
   */
  public PlanStepAssert isAfter(Condition<? super UpgradeStep> other) {
    int otherIndex = only(other, "after");
    if (otherIndex > index) {
      throw order("after", other, "before", otherIndex);
    }
    return this;
  }

  /**
   * Verifies that the one step that matches {@code other} comes right after this step, with no step
   * between them.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if {@code other} matches no step or several steps, or its step does not
   *     come right after this step; the message says how many steps come between them
   * @throws NullPointerException if {@code other} is null
   */
  public PlanStepAssert isImmediatelyBefore(Condition<? super UpgradeStep> other) {
    String relation = "immediately before";
    int otherIndex = only(other, relation);
    if (otherIndex < index) {
      throw order(relation, other, "after", otherIndex);
    }
    if (otherIndex > index + 1) {
      throw gap(relation, other, otherIndex - index - 1, otherIndex);
    }
    return this;
  }

  /**
   * Verifies that the one step that matches {@code other} comes right before this step, with no
   * step between them.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if {@code other} matches no step or several steps, or its step does not
   *     come right before this step; the message says how many steps come between them
   * @throws NullPointerException if {@code other} is null
   */
  public PlanStepAssert isImmediatelyAfter(Condition<? super UpgradeStep> other) {
    String relation = "immediately after";
    int otherIndex = only(other, relation);
    if (otherIndex > index) {
      throw order(relation, other, "before", otherIndex);
    }
    if (otherIndex < index - 1) {
      throw gap(relation, other, index - otherIndex - 1, otherIndex);
    }
    return this;
  }

  /**
   * Verifies that this step sets flag {@code name} to {@code value} when it restarts its daemon:
   * {@code setsFlag("authenticate", "true")} for {@code --authenticate=true}.
   *
   * @param name the flag name without leading dashes
   * @param value the value, for example {@code true} or {@code <path to credentials file>}
   * @return this assertion, to chain more
   * @throws AssertionError if the step does not make that flag change; the message lists the flag
   *     changes it makes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is not a flag name or {@code value} is blank
   */
  public PlanStepAssert setsFlag(String name, String value) {
    requireNonNull(name, "flag name must not be null");
    requireNonNull(value, "flag value must not be null");
    FlagChange wanted = FlagChange.set(name, value);
    if (!actual.flagChanges().contains(wanted)) {
      throw fail(
          String.format(
              Messages.SETS_FLAG, plan.ref(index), wanted.commandLine(), flagChangesText()));
    }
    return this;
  }

  /**
   * Verifies that this step removes flag {@code name} from the command line of its daemon before
   * restarting it, as the 0.12 to 0.13 hop removes {@code --conf}.
   *
   * @param name the flag name without leading dashes
   * @return this assertion, to chain more
   * @throws AssertionError if the step does not remove that flag; the message lists the flag
   *     changes it makes
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is not a flag name
   */
  public PlanStepAssert removesFlag(String name) {
    requireNonNull(name, "flag name must not be null");
    FlagChange wanted = FlagChange.remove(name);
    if (!actual.flagChanges().contains(wanted)) {
      throw fail(
          String.format(
              Messages.REMOVES_FLAG, plan.ref(index), wanted.commandLine(), flagChangesText()));
    }
    return this;
  }

  /**
   * Returns the assertions on the whole plan, to pick another step or assert more about the plan.
   */
  public UpgradePlanAssert and() {
    return planAssert;
  }

  private int only(Condition<? super UpgradeStep> other, String relation) {
    requireNonNull(other, "the other step's condition must not be null");
    List<Integer> matches = plan.matching(other);
    if (matches.size() != 1) {
      throw fail(plan.notExactlyOne(other, matches));
    }
    int otherIndex = matches.get(0);
    if (otherIndex == index) {
      throw fail(
          String.format(
              Messages.ORDER_SAME,
              PlanSteps.text(condition),
              relation,
              PlanSteps.text(other),
              plan.ref(index)));
    }
    return otherIndex;
  }

  private AssertionError order(
      String relation,
      Condition<? super UpgradeStep> other,
      String actualRelation,
      int otherIndex) {
    return fail(
        String.format(
            Messages.ORDER,
            PlanSteps.text(condition),
            relation,
            PlanSteps.text(other),
            actualRelation,
            plan.ref(index),
            plan.ref(otherIndex)));
  }

  private AssertionError gap(
      String relation, Condition<? super UpgradeStep> other, int between, int otherIndex) {
    String steps = between == 1 ? "1 step comes" : between + " steps come";
    return fail(
        String.format(
            Messages.ORDER_GAP,
            PlanSteps.text(condition),
            relation,
            PlanSteps.text(other),
            steps,
            plan.ref(index),
            plan.ref(otherIndex)));
  }

  private String flagChangesText() {
    if (actual.flagChanges().isEmpty()) {
      return Messages.NO_FLAG_CHANGES;
    }
    return String.format(Messages.FLAG_CHANGES, actual.flagChanges());
  }

  private AssertionError fail(String headline) {
    return failure("%s", plan.report(headline));
  }
}
