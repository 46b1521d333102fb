package io.github.mesosupgrade.assertj;

import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.internal.Shown;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Condition;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>A bad argument (null, a flag name with dashes, a blank value) fails the assertion with an
 * {@link AssertionError} that names the bad value and what would work. The class is open, with a
 * public constructor, so that AssertJ's soft assertions can proxy it: see {@link
 * UpgradeSoftAssertions}.
 */
public class PlanStepAssert extends AbstractAssert<PlanStepAssert, UpgradeStep> {
  private @Nullable UpgradePlanAssert planAssert;
  private @Nullable Place place;
  private boolean skipped;

  /** Where the step is: the plan it was picked from, its index there and the condition that did. */
  private record Place(PlanSteps plan, int index, Condition<? super UpgradeStep> condition) {}

  /**
   * Creates assertions on a step outside any plan; only {@link #setsFlag} and {@link #removesFlag}
   * can check it. Pick a step of a plan with {@link UpgradePlanAssert#step(Condition)} to check its
   * place too.
   *
   * @param actual the step to check
   */
  public PlanStepAssert(@Nullable UpgradeStep actual) {
    super(actual, PlanStepAssert.class);
  }

  /** Places this assertion's step in the plan it was picked from. */
  void place(
      UpgradePlanAssert planAssert,
      PlanSteps plan,
      int index,
      Condition<? super UpgradeStep> condition) {
    this.planAssert = planAssert;
    this.place = new Place(plan, index, condition);
    if (planAssert.info.hasDescription()) {
      info.description(planAssert.info.description());
    }
  }

  /**
   * Returns step assertions that check nothing, chained after a soft {@link
   * UpgradePlanAssert#step(Condition)} that failed and collected its failure.
   */
  static PlanStepAssert skipped(UpgradePlanAssert planAssert) {
    PlanStepAssert skipped = new PlanStepAssert(null);
    skipped.planAssert = planAssert;
    skipped.skipped = true;
    return skipped;
  }

  /**
   * Verifies that this step comes before the one step that matches {@code other}, directly or with
   * steps between them.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if {@code other} is null, matches no step or several steps, or its step
   *     is this step or comes before it
   */
  public PlanStepAssert isBefore(@Nullable Condition<? super UpgradeStep> other) {
    if (skipped) {
      return this;
    }
    Place here = place("isBefore");
    Condition<? super UpgradeStep> that = matcher(other, "isBefore");
    int otherIndex = only(here, that, "before");
    if (otherIndex < here.index()) {
      throw order(here, "before", that, "after", otherIndex);
    }
    return this;
  }

  /**
   * Verifies that this step comes after the one step that matches {@code other}, directly or with
   * steps between them.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if {@code other} is null, matches no step or several steps, or its step
   *     is this step or comes after it
   */
  public PlanStepAssert isAfter(@Nullable Condition<? super UpgradeStep> other) {
    if (skipped) {
      return this;
    }
    Place here = place("isAfter");
    Condition<? super UpgradeStep> that = matcher(other, "isAfter");
    int otherIndex = only(here, that, "after");
    if (otherIndex > here.index()) {
      throw order(here, "after", that, "before", otherIndex);
    }
    return this;
  }

  /**
   * Verifies that the one step that matches {@code other} comes right after this step, with no step
   * between them.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if {@code other} is null, matches no step or several steps, or its step
   *     does not come right after this step; the message says how many steps come between them
   */
  public PlanStepAssert isImmediatelyBefore(@Nullable Condition<? super UpgradeStep> other) {
    if (skipped) {
      return this;
    }
    Place here = place("isImmediatelyBefore");
    Condition<? super UpgradeStep> that = matcher(other, "isImmediatelyBefore");
    String relation = "immediately before";
    int otherIndex = only(here, that, relation);
    if (otherIndex < here.index()) {
      throw order(here, relation, that, "after", otherIndex);
    }
    if (otherIndex > here.index() + 1) {
      throw gap(here, relation, that, otherIndex - here.index() - 1, otherIndex);
    }
    return this;
  }

  /**
   * Verifies that the one step that matches {@code other} comes right before this step, with no
   * step between them.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if {@code other} is null, matches no step or several steps, or its step
   *     does not come right before this step; the message says how many steps come between them
   */
  public PlanStepAssert isImmediatelyAfter(@Nullable Condition<? super UpgradeStep> other) {
    if (skipped) {
      return this;
    }
    Place here = place("isImmediatelyAfter");
    Condition<? super UpgradeStep> that = matcher(other, "isImmediatelyAfter");
    String relation = "immediately after";
    int otherIndex = only(here, that, relation);
    if (otherIndex > here.index()) {
      throw order(here, relation, that, "before", otherIndex);
    }
    if (otherIndex < here.index() - 1) {
      throw gap(here, relation, that, here.index() - otherIndex - 1, otherIndex);
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
   * @throws AssertionError if the step does not make that flag change (the message lists the flag
   *     changes it makes), or if an argument is null, {@code name} is not a flag name or {@code
   *     value} is blank
   */
  public PlanStepAssert setsFlag(@Nullable String name, @Nullable String value) {
    if (skipped) {
      return this;
    }
    if (name == null) {
      throw failure(
          "%s",
          PlanSteps.nullArgumentMessage(
              "setsFlag(null, " + Shown.value(String.valueOf(value)) + ")",
              "the flag name",
              PlanSteps.Wanted.FLAG_NAME));
    }
    if (value == null) {
      throw failure(
          "%s",
          PlanSteps.nullArgumentMessage(
              "setsFlag(" + Shown.value(name) + ", null)",
              "the flag value",
              PlanSteps.Wanted.FLAG_VALUE));
    }
    FlagChange wanted = StepMatcher.flagChange(() -> FlagChange.set(name, value));
    isNotNull();
    if (!actual.flagChanges().contains(wanted)) {
      throw fail(setsFlagMessage(ref(), wanted, actual.flagChanges()));
    }
    return this;
  }

  /**
   * Verifies that this step removes flag {@code name} from the command line of its daemon before
   * restarting it, as the 0.12 to 0.13 hop removes {@code --conf}.
   *
   * @param name the flag name without leading dashes
   * @return this assertion, to chain more
   * @throws AssertionError if the step does not remove that flag (the message lists the flag
   *     changes it makes), or if {@code name} is null or not a flag name
   */
  public PlanStepAssert removesFlag(@Nullable String name) {
    if (skipped) {
      return this;
    }
    if (name == null) {
      throw failure(
          "%s",
          PlanSteps.nullArgumentMessage(
              "removesFlag(null)", "the flag name", PlanSteps.Wanted.FLAG_NAME));
    }
    FlagChange wanted = StepMatcher.flagChange(() -> FlagChange.remove(name));
    isNotNull();
    if (!actual.flagChanges().contains(wanted)) {
      throw fail(removesFlagMessage(ref(), wanted, actual.flagChanges()));
    }
    return this;
  }

  /**
   * Returns the assertions on the whole plan, to pick another step or assert more about the plan.
   *
   * @throws AssertionError if this assertion was not made by {@link
   *     UpgradePlanAssert#step(Condition)}
   */
  public UpgradePlanAssert and() {
    UpgradePlanAssert plan = planAssert;
    if (plan == null) {
      throw failure("%s", noPlanMessage("and()"));
    }
    return plan;
  }

  private Place place(String method) {
    Place here = place;
    if (here == null) {
      throw failure("%s", noPlanMessage(method + "(...)"));
    }
    return here;
  }

  private Condition<? super UpgradeStep> matcher(
      @Nullable Condition<? super UpgradeStep> other, String method) {
    if (other == null) {
      throw failure(
          "%s",
          PlanSteps.nullArgumentMessage(
              method + "(null)", "the other step's matcher", PlanSteps.Wanted.MATCHER));
    }
    return other;
  }

  private int only(Place here, Condition<? super UpgradeStep> other, String relation) {
    List<Integer> matches = here.plan().matching(other);
    if (matches.size() != 1) {
      throw fail(here.plan().notExactlyOne(other, matches));
    }
    int otherIndex = matches.get(0);
    if (otherIndex == here.index()) {
      throw fail(
          orderSameMessage(
              PlanSteps.text(here.condition()),
              relation,
              PlanSteps.text(other),
              here.plan().ref(here.index())));
    }
    return otherIndex;
  }

  private AssertionError order(
      Place here,
      String relation,
      Condition<? super UpgradeStep> other,
      String actualRelation,
      int otherIndex) {
    return fail(
        orderMessage(
            PlanSteps.text(here.condition()),
            relation,
            PlanSteps.text(other),
            actualRelation,
            here.plan().ref(here.index()),
            here.plan().ref(otherIndex)));
  }

  private AssertionError gap(
      Place here,
      String relation,
      Condition<? super UpgradeStep> other,
      int between,
      int otherIndex) {
    return fail(
        orderGapMessage(
            PlanSteps.text(here.condition()),
            relation,
            PlanSteps.text(other),
            between,
            here.plan().ref(here.index()),
            here.plan().ref(otherIndex)));
  }

  private String ref() {
    Place here = place;
    return here == null ? "step " + Shown.value(actual.id()) : here.plan().ref(here.index());
  }

  private AssertionError fail(String headline) {
    Place here = place;
    return failure("%s", here == null ? headline : here.plan().report(headline));
  }

  // The messages. Step texts and references come from PlanSteps, which shows what users gave.

  static String setsFlagMessage(String step, FlagChange wanted, List<FlagChange> changes) {
    return String.format(
        "Expected %s to set %s, but %s.",
        step, Shown.value(wanted.commandLine()), flagChangesMessage(changes));
  }

  static String removesFlagMessage(String step, FlagChange wanted, List<FlagChange> changes) {
    return String.format(
        "Expected %s to remove %s, but %s.",
        step, Shown.value(wanted.commandLine()), flagChangesMessage(changes));
  }

  /** What a step's flag changes are, for the messages above. */
  static String flagChangesMessage(List<FlagChange> changes) {
    if (changes.isEmpty()) {
      return "it changes no flags";
    }
    return "its flag changes are " + Shown.line(changes.toString());
  }

  static String noPlanMessage(String call) {
    return call
        + " needs the plan the step comes from; pick the step with assertThat(plan).step(...)";
  }

  static String orderSameMessage(String step, String relation, String other, String ref) {
    return String.format(
        "Expected step %s to come %s %s, but both match the same step: %s.",
        step, relation, other, ref);
  }

  static String orderMessage(
      String step,
      String relation,
      String other,
      String actualRelation,
      String ref,
      String otherRef) {
    return String.format(
        "Expected step %s to come %s %s, but it comes %s it: %s vs %s.",
        step, relation, other, actualRelation, ref, otherRef);
  }

  static String orderGapMessage(
      String step, String relation, String other, int between, String ref, String otherRef) {
    return String.format(
        "Expected step %s to come %s %s, but %s between them: %s vs %s.",
        step,
        relation,
        other,
        between == 1 ? "1 step comes" : between + " steps come",
        ref,
        otherRef);
  }
}
