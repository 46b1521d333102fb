package io.github.mesosupgrade.assertj;

import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.UpgradeHop;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.Condition;
import org.jspecify.annotations.Nullable;

/**
 * The steps of one plan as the assertions see them: positions numbered from 1 as in {@link
 * UpgradePlan#describe()}, lookups by condition, and the texts failure messages are made of.
 */
final class PlanSteps {
  private final UpgradePlan plan;
  private final List<UpgradeStep> steps;
  private final List<UpgradeHop> hopOfStep = new ArrayList<>();

  PlanSteps(UpgradePlan plan) {
    this.plan = plan;
    this.steps = plan.steps();
    for (UpgradeHop hop : plan.hops()) {
      hop.steps().forEach(step -> hopOfStep.add(hop));
    }
  }

  List<UpgradeStep> steps() {
    return steps;
  }

  /**
   * Returns the indexes (from 0) of the steps {@code condition} matches, in plan order; a {@link
   * StepMatcher} narrowed to a hop is given the hop of the plan each step sits in.
   */
  List<Integer> matching(Condition<? super UpgradeStep> condition) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      boolean matches =
          condition instanceof StepMatcher matcher
              ? matcher.matches(steps.get(i), hopOfStep.get(i))
              : condition.matches(steps.get(i));
      if (matches) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  /**
   * Returns the headline of the failure for a condition that had to match exactly one step but
   * matched {@code indexes}, which are not exactly one.
   */
  String notExactlyOne(Condition<? super UpgradeStep> condition, List<Integer> indexes) {
    if (indexes.isEmpty()) {
      return onlyOneNoneMessage(text(condition));
    }
    return onlyOneSeveralMessage(text(condition), indexes.size(), refs(indexes));
  }

  /** Returns {@code step 4 (0.11-0.12/restart-masters)} for the step at {@code index} (from 0). */
  String ref(int index) {
    return "step " + (index + 1) + " (" + Shown.value(steps.get(index).id()) + ")";
  }

  /** Returns the references of the steps at {@code indexes}, separated by commas. */
  String refs(List<Integer> indexes) {
    return indexes.stream().map(this::ref).collect(Collectors.joining(", "));
  }

  /** Returns the failure message: {@code headline}, a blank line, then the numbered plan. */
  String report(String headline) {
    return headline + "\n\n" + listing(plan);
  }

  /** Returns {@code <restart masters>}: the description of {@code condition} in angle brackets. */
  static String text(Condition<?> condition) {
    return "<" + condition.description().value() + ">";
  }

  /** Returns the descriptions of {@code conditions}, separated by commas. */
  static String texts(List<? extends Condition<?>> conditions) {
    return conditions.stream().map(PlanSteps::text).collect(Collectors.joining(", "));
  }

  /** Returns {@code 1 step} or {@code 4 steps}. */
  static String count(int number, String noun) {
    return number + " " + noun + (number == 1 ? "" : "s");
  }

  /**
   * Returns the compact numbered listing of {@code plan}: a heading, then per hop its releases and
   * one line per step with its number, its id and the flags it changes.
   */
  static String listing(UpgradePlan plan) {
    StringBuilder out =
        new StringBuilder("Upgrade ").append(plan.from()).append(" -> ").append(plan.to());
    if (plan.isEmpty()) {
      return out.append(": nothing to do").toString();
    }
    out.append(": ")
        .append(count(plan.hops().size(), "hop"))
        .append(", ")
        .append(count(plan.steps().size(), "step"));
    int number = 0;
    int hopNumber = 0;
    for (UpgradeHop hop : plan.hops()) {
      out.append("\nHop ").append(++hopNumber).append(": ").append(hop);
      for (UpgradeStep step : hop.steps()) {
        out.append('\n').append(String.format("%4d. ", ++number));
        out.append(step.id()).append(flagText(step.flagChanges()));
      }
    }
    return out.toString();
  }

  private static String flagText(List<FlagChange> changes) {
    String sets = commandLines(changes, false);
    String removals = commandLines(changes, true);
    if (sets.isEmpty() && removals.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(" (");
    if (!sets.isEmpty()) {
      out.append("sets ").append(sets).append(removals.isEmpty() ? "" : "; ");
    }
    if (!removals.isEmpty()) {
      out.append("removes ").append(removals);
    }
    return out.append(')').toString();
  }

  private static String commandLines(List<FlagChange> changes, boolean removals) {
    return changes.stream()
        .filter(change -> change.isRemoval() == removals)
        .map(FlagChange::commandLine)
        .collect(Collectors.joining(", "));
  }

  /**
   * Returns a copy of {@code conditions}, checking that none is null.
   *
   * @throws AssertionError if the array or an element is null; the message names the method, the
   *     argument and the position, and says what would work
   */
  static List<Condition<? super UpgradeStep>> checked(
      String method, String argument, Condition<? super UpgradeStep> @Nullable [] conditions) {
    if (conditions == null) {
      throw new AssertionError(
          PlanSteps.nullArgumentMessage(
              method + "(null)", "the " + argument, PlanSteps.Wanted.MATCHER));
    }
    List<Condition<? super UpgradeStep>> copy = new ArrayList<>(conditions.length);
    for (int i = 0; i < conditions.length; i++) {
      Condition<? super UpgradeStep> condition = conditions[i];
      if (condition == null) {
        throw new AssertionError(
            PlanSteps.nullElementMessage(method, argument, i, PlanSteps.Wanted.MATCHER));
      }
      copy.add(condition);
    }
    return copy;
  }

  /** What would work instead of a null argument, for {@link #nullArgumentMessage}. */
  enum Wanted {
    /** A step matcher. */
    MATCHER("a step matcher, such as restart(MASTER)"),
    /** A component. */
    COMPONENT("a component, such as MASTER"),
    /** A flag name. */
    FLAG_NAME("a flag name without dashes, such as authenticate"),
    /** A flag value. */
    FLAG_VALUE("a value, such as true"),
    /** A hop. */
    HOP("a hop, such as 1.2.3 -> 1.11.0 or 1.10-1.11"),
    /** A step id. */
    STEP_ID("a step id, such as 0.14-0.15/install-masters"),
    /** A violation code. */
    CODE("a ViolationCode, such as FLAG_UNKNOWN"),
    /** A framework change. */
    FRAMEWORK_CHANGE("a FrameworkChange, such as SET_CHECKPOINT"),
    /** A description. */
    DESCRIPTION("a description, such as \"the first master restart\"");

    private final String text;

    Wanted(String text) {
      this.text = text;
    }
  }

  /** The message for {@code argument} of {@code call} being null; say what would work. */
  static String nullArgumentMessage(String call, String argument, Wanted wanted) {
    return String.format("%s: %s must not be null; give %s", call, argument, wanted.text);
  }

  /**
   * The message for element {@code index} of array {@code argument} of {@code method} being null.
   */
  static String nullElementMessage(String method, String argument, int index, Wanted wanted) {
    return String.format(
        "%s: %s[%d] must not be null; give %s", method, argument, index, wanted.text);
  }

  static String onlyOneNoneMessage(String matcher) {
    return "Expected exactly one step to match " + matcher + ", but none did.";
  }

  static String onlyOneSeveralMessage(String matcher, int count, String refs) {
    return String.format(
        "Expected exactly one step to match %s, but %s did: %s. Narrow the matcher down with"
            + " withFlag(...) or inHop(...), or use stepWithId(...).",
        matcher, count(count, "step"), refs);
  }
}
