package io.github.mesosupgrade.assertj;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.UpgradeStep;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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
  private static final Pattern HOP =
      Pattern.compile("[0-9]+\\.[0-9]+(\\.[0-9]+)?-[0-9]+\\.[0-9]+(\\.[0-9]+)?");

  private final String text;
  private final Predicate<UpgradeStep> test;
  private final boolean flagsPossible;

  StepMatcher(String text, Predicate<UpgradeStep> test, boolean flagsPossible) {
    // This constructor sets the description without calling the overridden as(...).
    super(test, text);
    this.text = text;
    this.test = test;
    this.flagsPossible = flagsPossible;
  }

  /** Returns whether {@code step} is one this matcher describes; {@code false} for {@code null}. */
  @Override
  public boolean matches(@Nullable UpgradeStep step) {
    return step != null && test.test(step);
  }

  /**
   * Returns a matcher for the steps this one matches that also set flag {@code name}, to any value:
   * {@code restart(MASTER).withFlag("credentials")}.
   *
   * @param name the flag name without leading dashes, for example {@code credentials}
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is not a flag name, or this matcher only
   *     matches steps that change no flags (installs, relinks, framework changes, scheduler
   *     restarts)
   */
  public StepMatcher withFlag(String name) {
    requireNonNull(name, "flag name must not be null");
    String flag = FlagChange.remove(name).commandLine(); // checks the name, with the core's message
    checkFlagsPossible(flag);
    return new StepMatcher(
        text + " with " + flag,
        step ->
            test.test(step)
                && step.flagChanges().stream()
                    .anyMatch(change -> !change.isRemoval() && change.name().equals(name)),
        true);
  }

  /**
   * Returns a matcher for the steps this one matches that also set flag {@code name} to {@code
   * value}: {@code restart(MASTER).withFlag("authenticate", "true")}.
   *
   * @param name the flag name without leading dashes, for example {@code authenticate}
   * @param value the value, for example {@code true} or {@code <path to credentials file>}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is not a flag name, {@code value} is blank, or
   *     this matcher only matches steps that change no flags
   */
  public StepMatcher withFlag(String name, String value) {
    requireNonNull(name, "flag name must not be null");
    requireNonNull(value, "flag value must not be null");
    FlagChange wanted = FlagChange.set(name, value); // checks name and value
    checkFlagsPossible(wanted.commandLine());
    return new StepMatcher(
        text + " with " + wanted.commandLine(),
        step -> test.test(step) && step.flagChanges().contains(wanted),
        true);
  }

  /**
   * Returns a matcher for the steps this one matches that belong to hop {@code hop}, given as the
   * part of the step id before the slash: {@code restart(MASTER).inHop("0.13-0.14")} matches {@code
   * 0.13-0.14/restart-masters} and {@code 0.13-0.14/restart-masters-again}.
   *
   * @param hop two release lines such as {@code 0.14-0.15}, or for an upgrade inside one release
   *     line two releases such as {@code 0.14.0-0.14.2}
   * @throws NullPointerException if {@code hop} is null
   * @throws IllegalArgumentException if {@code hop} is not of that form
   */
  public StepMatcher inHop(String hop) {
    requireNonNull(hop, "hop must not be null");
    if (!HOP.matcher(hop).matches()) {
      throw new IllegalArgumentException(String.format(Messages.HOP_ID, hop));
    }
    String prefix = hop + "/";
    return new StepMatcher(
        text + " in hop " + hop,
        step -> test.test(step) && step.id().startsWith(prefix),
        flagsPossible);
  }

  private void checkFlagsPossible(String flag) {
    if (!flagsPossible) {
      throw new IllegalArgumentException(String.format(Messages.NO_FLAGS, text, flag));
    }
  }

  /**
   * Returns a matcher that matches the same steps and reads {@code newDescription} in failure
   * messages; this matcher is unchanged.
   *
   * @throws NullPointerException if {@code newDescription} is null
   */
  @Override
  public StepMatcher describedAs(Description newDescription) {
    requireNonNull(newDescription, "description must not be null");
    return new StepMatcher(newDescription.value(), test, flagsPossible);
  }

  /**
   * Returns a matcher that matches the same steps and reads {@code String.format(description,
   * args)} in failure messages: {@code restart(MASTER).as("the first master restart")}; this
   * matcher is unchanged.
   *
   * @throws NullPointerException if {@code description} is null
   */
  @Override
  public StepMatcher describedAs(String description, Object... args) {
    requireNonNull(description, "description must not be null");
    return new StepMatcher(String.format(description, args), test, flagsPossible);
  }

  /**
   * Returns a matcher that matches the same steps and reads the supplied description in failure
   * messages; this matcher is unchanged.
   *
   * @throws NullPointerException if {@code descriptionSupplier} or what it returns is null
   */
  @Override
  public StepMatcher describedAs(Supplier<String> descriptionSupplier) {
    requireNonNull(descriptionSupplier, "description supplier must not be null");
    return describedAs("%s", requireNonNull(descriptionSupplier.get(), "description"));
  }

  /**
   * Same as {@link #describedAs(Description)}.
   *
   * @throws NullPointerException if {@code description} is null
   */
  @Override
  public StepMatcher as(Description description) {
    return describedAs(description);
  }

  /**
   * Same as {@link #describedAs(String, Object...)}.
   *
   * @throws NullPointerException if {@code description} is null
   */
  @Override
  public StepMatcher as(String description, Object... args) {
    return describedAs(description, args);
  }

  /**
   * Same as {@link #describedAs(Supplier)}.
   *
   * @throws NullPointerException if {@code descriptionSupplier} or what it returns is null
   */
  @Override
  public StepMatcher as(Supplier<String> descriptionSupplier) {
    return describedAs(descriptionSupplier);
  }

  /** Returns the description, for example {@code restart masters in hop 0.13-0.14}. */
  @Override
  public String toString() {
    return text;
  }
}
