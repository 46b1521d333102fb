package io.github.mesosupgrade.assertj;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.UpgradeHop;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradeStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Condition;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on an {@link UpgradePlan}: which steps it has, in which order, and through which hops;
 * made by {@link UpgradeAssertions#assertThat(UpgradePlan)}.
 *
 * <p>Steps are picked by conditions: the {@link StepMatcher}s of {@link StepMatchers}, or any
 * AssertJ {@link Condition} on {@link UpgradeStep}. There are three ordering vocabularies: exact
 * ({@link #containsExactlySteps}), in order with gaps ({@link #containsStepsInOrder}), and pairwise
 * ({@link #step} then {@link PlanStepAssert#isBefore} and its siblings).
 *
 * <p>A failure message says first what kind of failure it was, naming steps by their number in the
 * plan (counted from 1, as in {@link UpgradePlan#describe()}) and their id, then lists the whole
 * plan: one line per step with its number, its id and the flags it changes.
 *
 * <pre>{@code
 * Expected step <restart masters> to come before <install slaves>, but it comes after it:
 * step 4 (0.11-0.12/restart-masters) vs step 1 (0.11-0.12/install-slaves).
 *
 * Upgrade 0.11.0 -> 0.12.0: 1 hop, 4 steps
 * Hop 1: 0.11.0 -> 0.12.0
 *    1. 0.11-0.12/install-slaves
 *    ...
 * }</pre>
 */
public final class UpgradePlanAssert extends AbstractAssert<UpgradePlanAssert, UpgradePlan> {

  UpgradePlanAssert(@Nullable UpgradePlan actual) {
    super(actual, UpgradePlanAssert.class);
  }

  /**
   * Verifies that the plan has exactly as many steps as {@code steps} and that each step matches
   * the condition at its position. With no conditions, verifies that the plan has no steps.
   *
   * <pre>{@code
   * assertThat(UpgradePlanner.plan("0.11.0", "0.12.0"))
   *     .containsExactlySteps(install(SLAVE), restart(SLAVE), install(MASTER), restart(MASTER));
   * }</pre>
   *
   * @param steps one condition per step, in plan order
   * @return this assertion, to chain more
   * @throws AssertionError if the plan is null, has another number of steps, or a step does not
   *     match its condition; the message names every position that does not match
   * @throws NullPointerException if {@code steps} or one of them is null
   */
  @SafeVarargs
  public final UpgradePlanAssert containsExactlySteps(Condition<? super UpgradeStep>... steps) {
    List<Condition<? super UpgradeStep>> expected = PlanSteps.checked("steps", steps);
    isNotNull();
    PlanSteps plan = new PlanSteps(actual);
    List<UpgradeStep> actualSteps = plan.steps();
    if (expected.isEmpty()) {
      if (!actualSteps.isEmpty()) {
        throw fail(
            plan,
            String.format(Messages.EXACTLY_NO_STEPS, PlanSteps.count(actualSteps.size(), "step")));
      }
      return this;
    }
    List<String> problems = new ArrayList<>();
    if (actualSteps.size() != expected.size()) {
      problems.add(
          String.format(Messages.EXACTLY_COUNT, PlanSteps.count(actualSteps.size(), "step")));
    }
    for (int i = 0; i < Math.min(actualSteps.size(), expected.size()); i++) {
      if (!expected.get(i).matches(actualSteps.get(i))) {
        problems.add(
            String.format(Messages.EXACTLY_MISMATCH, plan.ref(i), PlanSteps.text(expected.get(i))));
      }
    }
    if (!problems.isEmpty()) {
      throw fail(
          plan,
          String.format(
              Messages.EXACTLY,
              PlanSteps.count(expected.size(), "step"),
              PlanSteps.texts(expected),
              String.join("; ", problems)));
    }
    return this;
  }

  /**
   * Verifies that the plan has steps matching {@code steps} in this order, with any other steps
   * before, between and after them. Each condition must match a step after the step matched by the
   * condition before it.
   *
   * <pre>{@code
   * assertThat(UpgradePlanner.plan("0.14.0", "0.15.0"))
   *     .containsStepsInOrder(
   *         restartWithFlag(MASTER, "credentials"),
   *         restart(SCHEDULER),
   *         restartWithFlag(MASTER, "authenticate", "true"));
   * }</pre>
   *
   * @param steps the conditions, in the order their steps must come; at least one
   * @return this assertion, to chain more
   * @throws AssertionError if the plan is null, or a condition matches no step, or none after the
   *     step matched by the condition before it; the message names the first condition that failed
   * @throws NullPointerException if {@code steps} or one of them is null
   * @throws IllegalArgumentException if {@code steps} is empty
   */
  @SafeVarargs
  public final UpgradePlanAssert containsStepsInOrder(Condition<? super UpgradeStep>... steps) {
    List<Condition<? super UpgradeStep>> expected = PlanSteps.checked("steps", steps);
    if (expected.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(Messages.NO_MATCHERS, "containsStepsInOrder"));
    }
    isNotNull();
    PlanSteps plan = new PlanSteps(actual);
    int previous = -1;
    for (int i = 0; i < expected.size(); i++) {
      Condition<? super UpgradeStep> condition = expected.get(i);
      List<Integer> matches = plan.matching(condition);
      if (matches.isEmpty()) {
        throw fail(
            plan,
            String.format(
                Messages.IN_ORDER_NONE, PlanSteps.texts(expected), PlanSteps.text(condition)));
      }
      int after = previous;
      Optional<Integer> next = matches.stream().filter(index -> index > after).findFirst();
      if (next.isEmpty()) {
        throw fail(
            plan,
            String.format(
                Messages.IN_ORDER_TOO_EARLY,
                PlanSteps.texts(expected),
                PlanSteps.text(condition),
                plan.ref(previous),
                PlanSteps.text(expected.get(i - 1)),
                PlanSteps.text(condition),
                plan.refs(matches)));
      }
      previous = next.get();
    }
    return this;
  }

  /**
   * Verifies that no step of the plan matches {@code step}.
   *
   * <pre>{@code
   * assertThat(UpgradePlanner.plan("0.14.0", "0.15.0")).doesNotContainStep(restart(MASTER).withFlag("checkpoint"));
   * }</pre>
   *
   * @return this assertion, to chain more
   * @throws AssertionError if the plan is null or a step matches; the message lists the steps that
   *     match
   * @throws NullPointerException if {@code step} is null
   */
  public UpgradePlanAssert doesNotContainStep(Condition<? super UpgradeStep> step) {
    requireNonNull(step, "step must not be null");
    isNotNull();
    PlanSteps plan = new PlanSteps(actual);
    List<Integer> matches = plan.matching(step);
    if (!matches.isEmpty()) {
      throw fail(
          plan,
          String.format(
              Messages.NOT_CONTAIN,
              PlanSteps.text(step),
              PlanSteps.count(matches.size(), "step"),
              plan.refs(matches)));
    }
    return this;
  }

  /**
   * Verifies that the plan goes through exactly these hops, in this order, each written {@code from
   * -> to} with full versions as {@link UpgradeHop#toString()} prints it. With no hops, verifies
   * that the plan has none (from equals to).
   *
   * <pre>{@code
   * assertThat(UpgradePlanner.plan("0.12.0", "0.14.0"))
   *     .hasHops("0.12.0 -> 0.13.0", "0.13.0 -> 0.14.0");
   * }</pre>
   *
   * @param hops the hops, such as {@code 0.14.2 -> 0.15.0}; spaces around the arrow are optional
   * @return this assertion, to chain more
   * @throws AssertionError if the plan is null or goes through other hops
   * @throws NullPointerException if {@code hops} or one of them is null
   * @throws IllegalArgumentException if a hop is not two Mesos versions joined by {@code ->}; the
   *     message names it
   */
  public UpgradePlanAssert hasHops(String... hops) {
    requireNonNull(hops, "hops must not be null");
    List<String> expected = new ArrayList<>(hops.length);
    for (int i = 0; i < hops.length; i++) {
      expected.add(
          hopText(requireNonNull(hops[i], String.format(Messages.ARGUMENT_NULL, "hops", i))));
    }
    isNotNull();
    List<String> actualHops = hopTexts(actual);
    if (!actualHops.equals(expected)) {
      throw fail(new PlanSteps(actual), String.format(Messages.HOPS, expected, actualHops));
    }
    return this;
  }

  /**
   * Verifies that the plan goes through {@code count} hops.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if the plan is null or has another number of hops; the message lists
   *     them
   */
  public UpgradePlanAssert hasHopCount(int count) {
    isNotNull();
    List<String> actualHops = hopTexts(actual);
    if (actualHops.size() != count) {
      throw fail(
          new PlanSteps(actual),
          String.format(
              Messages.HOP_COUNT,
              PlanSteps.count(count, "hop"),
              PlanSteps.count(actualHops.size(), "hop"),
              actualHops));
    }
    return this;
  }

  /**
   * Verifies that exactly one step of the plan matches {@code step} and returns assertions on that
   * step and its place in the plan; {@link PlanStepAssert#and()} comes back here.
   *
   * <pre>{@code
   * assertThat(plan)
   *     .step(restartWithFlag(MASTER, "credentials")).isBefore(restart(SCHEDULER))
   *     .and()
   *     .step(restart(SCHEDULER)).isBefore(restartWithFlag(MASTER, "authenticate"));
   * }</pre>
   *
   * @return assertions on the one matching step
   * @throws AssertionError if the plan is null, or no step or several steps match; the message
   *     lists the matching steps and says how to narrow the matcher
   * @throws NullPointerException if {@code step} is null
   */
  public PlanStepAssert step(Condition<? super UpgradeStep> step) {
    requireNonNull(step, "step must not be null");
    isNotNull();
    PlanSteps plan = new PlanSteps(actual);
    List<Integer> matches = plan.matching(step);
    if (matches.size() != 1) {
      throw fail(plan, plan.notExactlyOne(step, matches));
    }
    return new PlanStepAssert(this, plan, matches.get(0), step);
  }

  private AssertionError fail(PlanSteps plan, String headline) {
    return failure("%s", plan.report(headline));
  }

  private static List<String> hopTexts(UpgradePlan plan) {
    return plan.hops().stream().map(UpgradeHop::toString).collect(Collectors.toList());
  }

  private static String hopText(String hop) {
    String[] sides = hop.split("->", -1);
    if (sides.length == 2) {
      Optional<MesosVersion> from = MesosVersion.tryParse(sides[0].strip());
      Optional<MesosVersion> to = MesosVersion.tryParse(sides[1].strip());
      if (from.isPresent() && to.isPresent()) {
        return from.get() + " -> " + to.get();
      }
    }
    throw new IllegalArgumentException(String.format(Messages.HOP_TEXT, hop));
  }
}
