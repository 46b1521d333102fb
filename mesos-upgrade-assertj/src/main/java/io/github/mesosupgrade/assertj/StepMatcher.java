package io.github.mesosupgrade.assertj;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.UpgradeHop;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.assertj.core.api.Condition;
import org.assertj.core.description.Description;
import org.jspecify.annotations.Nullable;

/**
 * A test on one {@link UpgradeStep} together with a description a person reads, such as {@code
 * restart masters with --authenticate=true}; made by {@link StepMatchers} and narrowed with {@link
 * #withFlag(String)}, {@link #withFlag(String, String)} and {@link #inHop(String)}.
 *
 * <p>A step matcher is an AssertJ {@link Condition}, so it also works with AssertJ's own
 * assertions:
 *
 * <pre>{@code
 * assertThat(plan.steps()).haveExactly(2, restart(MASTER));
 * assertThat(plan.steps().get(0)).is(install(SLAVE));
 * }</pre>
 *
 * <p>Step matchers are immutable and thread-safe: the narrowing methods and the description methods
 * ({@link #as(String, Object...)}, {@link #describedAs(Description)}, ...) return a new matcher and
 * leave this one unchanged.
 */
public final class StepMatcher extends Condition<UpgradeStep> {
  private final String text;
  private final Predicate<UpgradeStep> test;
  private final boolean flagsPossible;
  private final List<HopName> hops;

  StepMatcher(String text, Predicate<UpgradeStep> test, boolean flagsPossible) {
    this(text, test, flagsPossible, List.of());
  }

  private StepMatcher(
      String text, Predicate<UpgradeStep> test, boolean flagsPossible, List<HopName> hops) {
    // This constructor sets the description without calling the overridden as(...).
    super(test, text);
    this.text = text;
    this.test = test;
    this.flagsPossible = flagsPossible;
    this.hops = hops;
  }

  /**
   * Returns whether {@code step} is one this matcher describes; {@code false} for {@code null}.
   * Outside a plan, a matcher narrowed with {@link #inHop(String)} takes a step to be in hop {@code
   * FROM -> TO} when its id comes from such a hop, or when it works towards {@code TO} and its id
   * comes from a hop between them; the assertions of {@link UpgradePlanAssert} know each step's
   * hop.
   */
  @Override
  public boolean matches(@Nullable UpgradeStep step) {
    return step != null && test.test(step) && hops.stream().allMatch(name -> name.mayContain(step));
  }

  /**
   * Returns whether {@code step}, a step of {@code hop} of a plan, is one this matcher describes.
   */
  boolean matches(UpgradeStep step, UpgradeHop hop) {
    return test.test(step) && hops.stream().allMatch(name -> name.contains(step, hop));
  }

  /**
   * Returns a matcher for the steps this one matches that also set flag {@code name}, to any value:
   * {@code restart(MASTER).withFlag("credentials")}.
   *
   * @param name the flag name without leading dashes, for example {@code credentials}
   * @throws AssertionError if {@code name} is null or not a flag name, or this matcher only matches
   *     steps that change no flags (installs, relinks, framework changes, scheduler restarts); the
   *     message names the bad value and what would work
   */
  public StepMatcher withFlag(@Nullable String name) {
    if (name == null) {
      throw new AssertionError(
          PlanSteps.nullArgumentMessage(
              "withFlag(null)", "the flag name", PlanSteps.Wanted.FLAG_NAME));
    }
    String flag = flagChange(() -> FlagChange.remove(name)).commandLine();
    checkFlagsPossible(flag);
    return new StepMatcher(
        text + " with " + flag,
        step ->
            test.test(step)
                && step.flagChanges().stream()
                    .anyMatch(change -> !change.isRemoval() && change.name().equals(name)),
        true,
        hops);
  }

  /**
   * Returns a matcher for the steps this one matches that also set flag {@code name} to {@code
   * value}: {@code restart(MASTER).withFlag("authenticate", "true")}.
   *
   * @param name the flag name without leading dashes, for example {@code authenticate}
   * @param value the value, for example {@code true} or {@code <path to credentials file>}
   * @throws AssertionError if an argument is null, {@code name} is not a flag name, {@code value}
   *     is blank, or this matcher only matches steps that change no flags; the message names the
   *     bad value and what would work
   */
  public StepMatcher withFlag(@Nullable String name, @Nullable String value) {
    if (name == null) {
      throw new AssertionError(
          PlanSteps.nullArgumentMessage(
              "withFlag(null, " + Shown.value(String.valueOf(value)) + ")",
              "the flag name",
              PlanSteps.Wanted.FLAG_NAME));
    }
    if (value == null) {
      throw new AssertionError(
          PlanSteps.nullArgumentMessage(
              "withFlag(" + Shown.value(name) + ", null)",
              "the flag value",
              PlanSteps.Wanted.FLAG_VALUE));
    }
    FlagChange wanted = flagChange(() -> FlagChange.set(name, value));
    checkFlagsPossible(wanted.commandLine());
    return new StepMatcher(
        text + " with " + wanted.commandLine(),
        step -> test.test(step) && step.flagChanges().contains(wanted),
        true,
        hops);
  }

  /** Makes a flag change, turning the core's refusal of a bad name or value into a failure. */
  static FlagChange flagChange(Supplier<FlagChange> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /**
   * Returns a matcher for the steps this one matches that belong to hop {@code hop}, written either
   * as {@link io.github.mesosupgrade.UpgradeHop#toString()} prints a hop of a plan ({@code 1.2.3 ->
   * 1.11.0}) or as the part of a step id before the slash ({@code 1.10-1.11}, {@code 1.2.0-1.2.3});
   * each side is a release or, for any release of it, a release line ({@code 0.14-0.15}). A step
   * belongs to the hop of the plan it sits in and to the hop its id comes from: in the plan {@code
   * 1.2.0 -> 1.11.0}, {@code restart(MASTER).inHop("1.2.3 -> 1.11.0")} and {@code
   * restart(MASTER).inHop("1.10-1.11")} both match {@code 1.10-1.11/restart-masters}.
   *
   * @param hop the hop, such as {@code 1.2.3 -> 1.11.0}, {@code 0.14-0.15} or {@code 1.2.0-1.2.3}
   * @throws AssertionError if {@code hop} is null or in neither form; the message names it and the
   *     forms accepted
   */
  public StepMatcher inHop(@Nullable String hop) {
    if (hop == null) {
      throw new AssertionError(
          PlanSteps.nullArgumentMessage("inHop(null)", "the hop", PlanSteps.Wanted.HOP));
    }
    HopName name =
        HopName.parse(hop)
            .orElseThrow(() -> new AssertionError(HopName.invalidMessage("inHop", hop)));
    List<HopName> narrowed = new ArrayList<>(hops);
    narrowed.add(name);
    return new StepMatcher(text + " in hop " + name, test, flagsPossible, List.copyOf(narrowed));
  }

  private void checkFlagsPossible(String flag) {
    if (!flagsPossible) {
      throw new AssertionError(noFlagsMessage(text, flag));
    }
  }

  /**
   * Returns a matcher that matches the same steps and reads {@code newDescription} in failure
   * messages; this matcher is unchanged.
   *
   * @throws AssertionError if {@code newDescription} is null
   */
  @Override
  public StepMatcher describedAs(@Nullable Description newDescription) {
    if (newDescription == null) {
      throw nullDescription("describedAs");
    }
    return new StepMatcher(newDescription.value(), test, flagsPossible, hops);
  }

  private static AssertionError nullDescription(String method) {
    return new AssertionError(
        PlanSteps.nullArgumentMessage(
            method + "(null)", "the description", PlanSteps.Wanted.DESCRIPTION));
  }

  /**
   * Returns a matcher that matches the same steps and reads {@code String.format(description,
   * args)} in failure messages: {@code restart(MASTER).as("the first master restart")}; this
   * matcher is unchanged.
   *
   * @throws AssertionError if {@code description} is null
   */
  @Override
  @FormatMethod
  public StepMatcher describedAs(@FormatString @Nullable String description, Object... args) {
    if (description == null) {
      throw nullDescription("describedAs");
    }
    return new StepMatcher(String.format(description, args), test, flagsPossible, hops);
  }

  /**
   * Returns a matcher that matches the same steps and reads the supplied description in failure
   * messages; this matcher is unchanged.
   *
   * @throws AssertionError if {@code descriptionSupplier} or what it returns is null
   */
  @Override
  public StepMatcher describedAs(@Nullable Supplier<String> descriptionSupplier) {
    String description = descriptionSupplier == null ? null : descriptionSupplier.get();
    if (description == null) {
      throw nullDescription("describedAs");
    }
    return describedAs("%s", description);
  }

  /**
   * Same as {@link #describedAs(Description)}.
   *
   * @throws AssertionError if {@code description} is null
   */
  @Override
  public StepMatcher as(@Nullable Description description) {
    if (description == null) {
      throw nullDescription("as");
    }
    return describedAs(description);
  }

  /**
   * Same as {@link #describedAs(String, Object...)}.
   *
   * @throws AssertionError if {@code description} is null
   */
  @Override
  @FormatMethod
  public StepMatcher as(@FormatString @Nullable String description, Object... args) {
    if (description == null) {
      throw nullDescription("as");
    }
    return describedAs(description, args);
  }

  /**
   * Same as {@link #describedAs(Supplier)}.
   *
   * @throws AssertionError if {@code descriptionSupplier} or what it returns is null
   */
  @Override
  public StepMatcher as(@Nullable Supplier<String> descriptionSupplier) {
    if (descriptionSupplier == null) {
      throw nullDescription("as");
    }
    return describedAs(descriptionSupplier);
  }

  /** Returns the description, for example {@code restart masters in hop 0.13-0.14}. */
  @Override
  public String toString() {
    return text;
  }

  static String noFlagsMessage(String matcher, String flag) {
    return String.format(
        "<%s> can never match a step with %s: only restarts of masters and slaves change flags",
        matcher, Shown.value(flag));
  }
}
