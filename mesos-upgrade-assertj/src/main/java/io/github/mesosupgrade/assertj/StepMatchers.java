package io.github.mesosupgrade.assertj;

import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.FrameworkChange;
import io.github.mesosupgrade.StepAction;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.internal.Shown;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Factories of {@link StepMatcher}s, the way the assertions of {@link UpgradeAssertions} pick steps
 * of a plan: by what a step does to which component, or by its stable id.
 *
 * <pre>{@code
 * import static io.github.mesosupgrade.Component.*;
 * import static io.github.mesosupgrade.assertj.StepMatchers.*;
 *
 * assertThat(plan)
 *     .step(restartWithFlag(MASTER, "credentials"))
 *     .isBefore(restart(SCHEDULER).inHop("0.14-0.15"));
 * }</pre>
 *
 * <p>Some plans do the same thing to a component twice: the 0.13 to 0.14 hop restarts the masters
 * twice, the 0.14 to 0.15 hop restarts them first with {@code --credentials}, then with {@code
 * --authenticate=true}, and a plan of several hops installs the masters once per hop. Narrow such
 * matchers with {@link StepMatcher#withFlag}, {@link StepMatcher#inHop} or use {@link
 * #stepWithId(String)}.
 *
 * <p>A factory fails with an {@link AssertionError} for a matcher that can never match, such as
 * {@code install(EXECUTOR)}, so that {@code doesNotContainStep} cannot pass by accident, and for a
 * null argument; the message says what would work.
 */
public final class StepMatchers {
  private static final Pattern STEP_ID =
      Pattern.compile(
          "[0-9]+\\.[0-9]+(\\.[0-9]+)?-[0-9]+\\.[0-9]+(\\.[0-9]+)?/[a-z0-9]+(-[a-z0-9]+)*");

  private StepMatchers() {}

  /**
   * Returns a matcher for the steps that install the binaries of {@code component}: {@code install
   * masters}.
   *
   * @throws AssertionError if the argument is null, or {@code component} has no binaries to install
   *     (executors, schedulers)
   */
  public static StepMatcher install(@Nullable Component component) {
    return action("install", StepAction.INSTALL_BINARIES, component);
  }

  /**
   * Returns a matcher for the steps that restart {@code component}, with or without flag changes:
   * {@code restart masters}.
   *
   * @throws AssertionError if the argument is null, or {@code component} is never restarted by a
   *     step (executors are started by slaves)
   */
  public static StepMatcher restart(@Nullable Component component) {
    return action("restart", StepAction.RESTART, component);
  }

  /**
   * Returns a matcher for the steps that restart {@code component} and set flag {@code flag} to any
   * value: {@code restart masters with --credentials}. Same as {@code
   * restart(component).withFlag(flag)}.
   *
   * @param flag the flag name without leading dashes, for example {@code credentials}
   * @throws AssertionError if the argument is null, or {@code component} is not a master or slave
   *     (only they take flags), or {@code flag} is not a flag name
   */
  public static StepMatcher restartWithFlag(@Nullable Component component, @Nullable String flag) {
    return restart(component).withFlag(flag);
  }

  /**
   * Returns a matcher for the steps that restart {@code component} and set flag {@code flag} to
   * {@code value}: {@code restart masters with --authenticate=true}. Same as {@code
   * restart(component).withFlag(flag, value)}.
   *
   * @param flag the flag name without leading dashes, for example {@code authenticate}
   * @param value the value, for example {@code true}
   * @throws AssertionError if the argument is null, or {@code component} is not a master or slave,
   *     {@code flag} is not a flag name, or {@code value} is blank
   */
  public static StepMatcher restartWithFlag(
      @Nullable Component component, @Nullable String flag, @Nullable String value) {
    return restart(component).withFlag(flag, value);
  }

  /**
   * Returns a matcher for the steps that relink {@code component} against the new Mesos native
   * library and jar: {@code relink executors}. For masters and slaves it matches the steps that
   * rebuild the modules they load.
   *
   * @throws AssertionError if {@code component} is null; the message says what would work
   */
  public static StepMatcher relink(@Nullable Component component) {
    return action("relink", StepAction.RELINK, component);
  }

  /**
   * Returns a matcher for the steps that change how {@code component} is set up, other than its
   * flags, without installing or restarting it: {@code reconfigure masters}. Examples are moving
   * deprecated ACLs (1.2 to 1.3) and remounting cgroups and rebooting slaves (0.17 to 0.18).
   *
   * @throws AssertionError if the argument is null, or {@code component} is not a master or slave
   */
  public static StepMatcher reconfigure(@Nullable Component component) {
    return action("reconfigure", StepAction.RECONFIGURE, component);
  }

  /**
   * Returns a matcher for the step that makes {@code change} to the frameworks' code: {@code update
   * schedulers to set FrameworkInfo.checkpoint = true}.
   *
   * @throws AssertionError if {@code change} is null; the message says what would work
   */
  public static StepMatcher updateFramework(@Nullable FrameworkChange change) {
    if (change == null) {
      throw new AssertionError(
          PlanSteps.nullArgumentMessage(
              "updateFramework(null)", "the framework change", PlanSteps.Wanted.FRAMEWORK_CHANGE));
    }
    Optional<FrameworkChange> wanted = Optional.of(change);
    return new StepMatcher(
        "update " + Component.SCHEDULER.plural() + " to " + change.description(),
        step ->
            step.action() == StepAction.UPDATE_FRAMEWORK && step.frameworkChange().equals(wanted),
        false);
  }

  /**
   * Returns a matcher for the step with id {@code id}: {@code step
   * 0.14-0.15/restart-masters-with-credentials}. Ids are stable across releases of the library.
   *
   * @throws AssertionError if the argument is null, or {@code id} is not of the form of step ids,
   *     such as {@code 0.14-0.15/install-masters}
   */
  public static StepMatcher stepWithId(@Nullable String id) {
    if (id == null) {
      throw new AssertionError(
          PlanSteps.nullArgumentMessage(
              "stepWithId(null)", "the step id", PlanSteps.Wanted.STEP_ID));
    }
    if (!STEP_ID.matcher(id).matches()) {
      throw new AssertionError(stepIdMessage(id));
    }
    return new StepMatcher("step " + id, step -> step.id().equals(id), true);
  }

  private static StepMatcher action(String verb, StepAction action, @Nullable Component component) {
    if (component == null) {
      throw new AssertionError(
          PlanSteps.nullArgumentMessage(
              verb + "(null)", "the component", PlanSteps.Wanted.COMPONENT));
    }
    if (!action.appliesTo(component)) {
      List<String> names =
          Arrays.stream(Component.values())
              .filter(action::appliesTo)
              .map(Component::plural)
              .collect(Collectors.toList());
      String applies =
          String.join(", ", names.subList(0, names.size() - 1))
              + " and "
              + names.get(names.size() - 1);
      throw new AssertionError(neverMatchesMessage(verb, component, action, applies));
    }
    boolean flagsPossible = action == StepAction.RESTART && component.isDaemon();
    return new StepMatcher(
        verb + " " + component.plural(),
        (UpgradeStep step) -> step.action() == action && step.component() == component,
        flagsPossible);
  }

  static String stepIdMessage(String id) {
    return "stepWithId("
        + Shown.quoted(id)
        + "): a step id is of the form from-to/words, such as 0.14-0.15/install-masters";
  }

  static String neverMatchesMessage(
      String verb, Component component, StepAction action, String applies) {
    return String.format(
        "%s(%s) can never match a step: %s applies only to %s", verb, component, action, applies);
  }
}
