package io.github.mesosupgrade.assertj;

import io.github.mesosupgrade.UpgradeHop;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradeStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Condition;
import org.assertj.core.api.SoftAssertionsProvider;
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
 *
 * <p>A bad argument (null, a hop in neither notation, no step matcher where one is needed) fails
 * the assertion with an {@link AssertionError} that names the bad value and what would work, like
 * any other failure. The class is open, with a public constructor, so that AssertJ's soft
 * assertions can proxy it: see {@link UpgradeSoftAssertions}.
 */
public class UpgradePlanAssert extends AbstractAssert<UpgradePlanAssert, UpgradePlan> {
  /** The soft assertions this assertion collects its failures in; null for a hard assertion. */
  @Nullable SoftAssertionsProvider soft;

  /**
   * Creates assertions on {@code actual}; {@link UpgradeAssertions#assertThat(UpgradePlan)} is the
   * usual way. A null plan fails the first assertion made on it.
   *
   * @param actual the plan to check
   */
  public UpgradePlanAssert(@Nullable UpgradePlan actual) {
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
   *     match its condition (the message names every position that does not match), or if {@code
   *     steps} or one of them is null
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public final UpgradePlanAssert containsExactlySteps(Condition<? super UpgradeStep>... steps) {
    return containsExactlyStepsForProxy(steps);
  }

  /**
   * Does the work of {@link #containsExactlySteps(Condition...)}, which is final to be safe with
   * generic varargs; AssertJ's soft assertions proxy this method instead.
   *
   * @param steps one condition per step, in plan order
   * @return this assertion, to chain more
   */
  protected UpgradePlanAssert containsExactlyStepsForProxy(
      Condition<? super UpgradeStep> @Nullable [] steps) {
    List<Condition<? super UpgradeStep>> expected =
        PlanSteps.checked("containsExactlySteps", "steps", steps);
    isNotNull();
    PlanSteps plan = new PlanSteps(actual);
    List<UpgradeStep> actualSteps = plan.steps();
    if (expected.isEmpty()) {
      if (!actualSteps.isEmpty()) {
        throw fail(plan, exactlyNoStepsMessage(actualSteps.size()));
      }
      return this;
    }
    List<String> problems = new ArrayList<>();
    if (actualSteps.size() != expected.size()) {
      problems.add(exactlyCountMessage(actualSteps.size()));
    }
    for (int i = 0; i < Math.min(actualSteps.size(), expected.size()); i++) {
      if (!expected.get(i).matches(actualSteps.get(i))) {
        problems.add(exactlyMismatchMessage(plan.ref(i), PlanSteps.text(expected.get(i))));
      }
    }
    if (!problems.isEmpty()) {
      throw fail(plan, exactlyMessage(expected.size(), PlanSteps.texts(expected), problems));
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
   *     step matched by the condition before it (the message names the first condition that
   *     failed), or if {@code steps} is empty or null or one of them is null
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public final UpgradePlanAssert containsStepsInOrder(Condition<? super UpgradeStep>... steps) {
    return containsStepsInOrderForProxy(steps);
  }

  /**
   * Does the work of {@link #containsStepsInOrder(Condition...)}, which is final to be safe with
   * generic varargs; AssertJ's soft assertions proxy this method instead.
   *
   * @param steps the conditions, in the order their steps must come; at least one
   * @return this assertion, to chain more
   */
  protected UpgradePlanAssert containsStepsInOrderForProxy(
      Condition<? super UpgradeStep> @Nullable [] steps) {
    List<Condition<? super UpgradeStep>> expected =
        PlanSteps.checked("containsStepsInOrder", "steps", steps);
    if (expected.isEmpty()) {
      throw failure("%s", noMatchersMessage("containsStepsInOrder"));
    }
    isNotNull();
    PlanSteps plan = new PlanSteps(actual);
    int previous = -1;
    for (int i = 0; i < expected.size(); i++) {
      Condition<? super UpgradeStep> condition = expected.get(i);
      List<Integer> matches = plan.matching(condition);
      if (matches.isEmpty()) {
        throw fail(plan, inOrderNoneMessage(PlanSteps.texts(expected), PlanSteps.text(condition)));
      }
      int after = previous;
      Optional<Integer> next = matches.stream().filter(index -> index > after).findFirst();
      if (next.isEmpty()) {
        throw fail(
            plan,
            inOrderTooEarlyMessage(
                PlanSteps.texts(expected),
                PlanSteps.text(condition),
                plan.ref(previous),
                PlanSteps.text(expected.get(i - 1)),
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
   * @throws AssertionError if the plan is null or a step matches (the message lists the steps that
   *     match), or if {@code step} is null
   */
  public UpgradePlanAssert doesNotContainStep(@Nullable Condition<? super UpgradeStep> step) {
    if (step == null) {
      throw nullMatcher("doesNotContainStep");
    }
    isNotNull();
    PlanSteps plan = new PlanSteps(actual);
    List<Integer> matches = plan.matching(step);
    if (!matches.isEmpty()) {
      throw fail(plan, notContainMessage(PlanSteps.text(step), matches.size(), plan.refs(matches)));
    }
    return this;
  }

  /**
   * Verifies that the plan goes through exactly these hops, in this order. A hop is written either
   * {@code FROM -> TO} as {@link UpgradeHop#toString()} prints it ({@code 1.2.3 -> 1.11.0}) or
   * {@code FROM-TO} as in step ids ({@code 0.14-0.15}, {@code 1.2.0-1.2.3}); each side is a
   * release, or a release line for any release of it; spaces around the separator are optional.
   * With no hops, verifies that the plan has none (from equals to).
   *
   * <pre>{@code
   * assertThat(UpgradePlanner.plan("1.2.0", "1.11.0"))
   *     .hasHops("1.2.0 -> 1.2.3", "1.2.3 -> 1.11.0")
   *     .hasHops("1.2.0-1.2.3", "1.2-1.11");
   * }</pre>
   *
   * @param hops the hops, such as {@code 0.14.2 -> 0.15.0} or {@code 0.14-0.15}
   * @return this assertion, to chain more
   * @throws AssertionError if the plan is null or goes through other hops, or if {@code hops} or
   *     one of them is null or in neither notation; the message names it and the notations accepted
   */
  public UpgradePlanAssert hasHops(String @Nullable ... hops) {
    if (hops == null) {
      throw failure(
          "%s", PlanSteps.nullArgumentMessage("hasHops(null)", "the hops", PlanSteps.Wanted.HOP));
    }
    List<HopName> expected = new ArrayList<>(hops.length);
    for (int i = 0; i < hops.length; i++) {
      String hop = hops[i];
      if (hop == null) {
        throw failure(
            "%s", PlanSteps.nullElementMessage("hasHops", "hops", i, PlanSteps.Wanted.HOP));
      }
      Optional<HopName> name = HopName.parse(hop);
      if (name.isEmpty()) {
        throw failure("%s", HopName.invalidMessage("hasHops", hop));
      }
      expected.add(name.get());
    }
    isNotNull();
    List<UpgradeHop> actualHops = actual.hops();
    boolean same = actualHops.size() == expected.size();
    for (int i = 0; same && i < expected.size(); i++) {
      same = expected.get(i).names(actualHops.get(i));
    }
    if (!same) {
      throw fail(new PlanSteps(actual), hopsMessage(expected, hopTexts(actual)));
    }
    return this;
  }

  /**
   * Verifies that the plan goes through {@code count} hops.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if the plan is null or has another number of hops (the message lists
   *     them), or if {@code count} is negative
   */
  public UpgradePlanAssert hasHopCount(int count) {
    if (count < 0) {
      throw failure("%s", negativeCountMessage(count));
    }
    isNotNull();
    List<String> actualHops = hopTexts(actual);
    if (actualHops.size() != count) {
      throw fail(new PlanSteps(actual), hopCountMessage(count, actualHops));
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
   * <p>In soft assertions ({@link UpgradeSoftAssertions}) a failure here is collected and the step
   * assertions chained after it do nothing; the step assertions of a step found are soft too.
   *
   * @return assertions on the one matching step
   * @throws AssertionError if the plan is null, or no step or several steps match (the message
   *     lists the matching steps and says how to narrow the matcher), or if {@code step} is null
   */
  public PlanStepAssert step(@Nullable Condition<? super UpgradeStep> step) {
    SoftAssertionsProvider collector = soft;
    if (collector == null) {
      return findStep(step, null);
    }
    try {
      return findStep(step, collector);
    } catch (AssertionError e) {
      collector.collectAssertionError(e);
      return PlanStepAssert.skipped(this);
    }
  }

  private PlanStepAssert findStep(
      @Nullable Condition<? super UpgradeStep> step, @Nullable SoftAssertionsProvider collector) {
    if (step == null) {
      throw nullMatcher("step");
    }
    isNotNull();
    PlanSteps plan = new PlanSteps(actual);
    List<Integer> matches = plan.matching(step);
    if (matches.size() != 1) {
      throw fail(plan, plan.notExactlyOne(step, matches));
    }
    UpgradeStep found = plan.steps().get(matches.get(0));
    PlanStepAssert stepAssert =
        collector == null
            ? new PlanStepAssert(found)
            : collector.proxy(PlanStepAssert.class, UpgradeStep.class, found);
    stepAssert.place(this, plan, matches.get(0), step);
    return stepAssert;
  }

  private AssertionError nullMatcher(String method) {
    return failure(
        "%s",
        PlanSteps.nullArgumentMessage(
            method + "(null)", "the step matcher", PlanSteps.Wanted.MATCHER));
  }

  private AssertionError fail(PlanSteps plan, String headline) {
    return failure("%s", plan.report(headline));
  }

  private static List<String> hopTexts(UpgradePlan plan) {
    return plan.hops().stream().map(UpgradeHop::toString).collect(Collectors.toList());
  }

  // The messages. Step texts and references come from PlanSteps, which shows what users gave.

  static String exactlyNoStepsMessage(int steps) {
    return "Expected the plan to have no steps, but it has " + PlanSteps.count(steps, "step") + ".";
  }

  static String exactlyCountMessage(int steps) {
    return "the plan has " + PlanSteps.count(steps, "step");
  }

  static String exactlyMismatchMessage(String ref, String matcher) {
    return ref + " does not match " + matcher;
  }

  static String exactlyMessage(int expected, String matchers, List<String> problems) {
    return String.format(
        "Expected exactly %s, in this order: %s; but %s.",
        PlanSteps.count(expected, "step"), matchers, String.join("; ", problems));
  }

  static String noMatchersMessage(String method) {
    return method + "() needs at least one step matcher, such as restart(MASTER); give one or more";
  }

  static String inOrderNoneMessage(String matchers, String matcher) {
    return String.format(
        "Expected steps in this order: %s; but no step matches %s.", matchers, matcher);
  }

  static String inOrderTooEarlyMessage(
      String matchers, String matcher, String previousRef, String previousMatcher, String refs) {
    return String.format(
        "Expected steps in this order: %s; but no step matching %s comes after %s, which matches"
            + " %s; %s matches only %s.",
        matchers, matcher, previousRef, previousMatcher, matcher, refs);
  }

  static String notContainMessage(String matcher, int matches, String refs) {
    return String.format(
        "Expected no step to match %s, but %s matched: %s.",
        matcher, PlanSteps.count(matches, "step"), refs);
  }

  static String hopsMessage(List<HopName> expected, List<String> actual) {
    return String.format("Expected the hops %s, but the plan has %s.", expected, actual);
  }

  static String negativeCountMessage(int count) {
    return String.format("hasHopCount(%d): a plan has no fewer than 0 hops; give 0 or more", count);
  }

  static String hopCountMessage(int expected, List<String> actual) {
    return String.format(
        "Expected %s, but the plan has %s: %s.",
        PlanSteps.count(expected, "hop"), PlanSteps.count(actual.size(), "hop"), actual);
  }
}
