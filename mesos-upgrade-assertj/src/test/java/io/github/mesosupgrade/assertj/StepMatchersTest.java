package io.github.mesosupgrade.assertj;

import static io.github.mesosupgrade.Component.EXECUTOR;
import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.FrameworkChange.SET_CHECKPOINT;
import static io.github.mesosupgrade.FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_11_TO_0_13;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_12_TO_0_13;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_13_TO_0_14;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_14_TO_0_15;
import static io.github.mesosupgrade.assertj.StepMatchers.install;
import static io.github.mesosupgrade.assertj.StepMatchers.reconfigure;
import static io.github.mesosupgrade.assertj.StepMatchers.relink;
import static io.github.mesosupgrade.assertj.StepMatchers.restart;
import static io.github.mesosupgrade.assertj.StepMatchers.restartWithFlag;
import static io.github.mesosupgrade.assertj.StepMatchers.stepWithId;
import static io.github.mesosupgrade.assertj.StepMatchers.updateFramework;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradeStep;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StepMatchersTest {

  /** Returns the ids of the steps of {@code plan} that {@code matcher} matches. */
  private static List<String> idsMatching(UpgradePlan plan, StepMatcher matcher) {
    return plan.steps().stream()
        .filter(matcher::matches)
        .map(UpgradeStep::id)
        .collect(Collectors.toList());
  }

  @Nested
  class ActionMatchersTest {
    @Test
    void installMatchesTheInstallsOfOneComponent() {
      assertThat(idsMatching(FROM_0_11_TO_0_13, install(MASTER)))
          .containsExactly("0.11-0.12/install-masters", "0.12-0.13/install-masters");
      assertThat(install(SLAVE)).hasToString("install slaves");
    }

    @Test
    void restartMatchesRestartsWithAndWithoutFlags() {
      assertThat(idsMatching(FROM_0_14_TO_0_15, restart(MASTER)))
          .containsExactly(
              "0.14-0.15/restart-masters-with-credentials",
              "0.14-0.15/restart-masters-with-authentication");
      assertThat(idsMatching(FROM_0_14_TO_0_15, restart(SCHEDULER)))
          .containsExactly("0.14-0.15/restart-schedulers");
      assertThat(restart(MASTER)).hasToString("restart masters");
    }

    @Test
    void relinkMatchesTheRelinksOfOneComponent() {
      assertThat(idsMatching(FROM_0_14_TO_0_15, relink(EXECUTOR)))
          .containsExactly("0.14-0.15/relink-executors");
      assertThat(relink(SCHEDULER)).hasToString("relink schedulers");
    }

    @Test
    void updateFrameworkMatchesByFrameworkChange() {
      assertThat(idsMatching(FROM_0_13_TO_0_14, updateFramework(SET_CHECKPOINT)))
          .containsExactly("0.13-0.14/set-checkpoint-in-schedulers");
      assertThat(idsMatching(FROM_0_13_TO_0_14, updateFramework(USE_CREDENTIAL_CONSTRUCTOR)))
          .isEmpty();
      assertThat(idsMatching(FROM_0_14_TO_0_15, updateFramework(USE_CREDENTIAL_CONSTRUCTOR)))
          .containsExactly("0.14-0.15/use-credential-in-schedulers");
      assertThat(updateFramework(SET_CHECKPOINT))
          .hasToString("update schedulers to set FrameworkInfo.checkpoint = true");
    }

    @Test
    void refusesAnInstallOfFrameworkCode() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> install(EXECUTOR))
          .withMessage(
              "install(EXECUTOR) can never match a step: INSTALL_BINARIES applies only to masters"
                  + " and slaves");
    }

    @Test
    void reconfigureMatchesTheReconfigurationsOfOneComponent() {
      UpgradePlan plan = io.github.mesosupgrade.UpgradePlanner.plan("1.2.3", "1.3.0");
      assertThat(plan.steps().stream().filter(reconfigure(MASTER)::matches).map(UpgradeStep::id))
          .containsExactly("1.2-1.3/move-deprecated-acls");
      UpgradePlan cgroups = io.github.mesosupgrade.UpgradePlanner.plan("0.17.0", "0.18.0");
      assertThat(cgroups.steps().stream().filter(reconfigure(SLAVE)::matches).map(UpgradeStep::id))
          .containsExactly("0.17-0.18/remount-cgroups-and-reboot-slaves");
      assertThat(cgroups.steps().stream().filter(reconfigure(MASTER)::matches)).isEmpty();
      assertThat(idsMatching(FROM_0_13_TO_0_14, reconfigure(SLAVE))).isEmpty();
      assertThat(reconfigure(SLAVE)).hasToString("reconfigure slaves");
    }

    @Test
    void refusesAReconfigurationOfFrameworks() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> reconfigure(SCHEDULER))
          .withMessage(
              "reconfigure(SCHEDULER) can never match a step: RECONFIGURE applies only to masters"
                  + " and slaves");
    }

    @Test
    void refusesARestartOfExecutors() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> restart(EXECUTOR))
          .withMessage(
              "restart(EXECUTOR) can never match a step: RESTART applies only to masters, slaves"
                  + " and schedulers");
    }

    @Test
    void matchTheModuleRebuildOfDaemonsAsARelink() {
      UpgradePlan plan = io.github.mesosupgrade.UpgradePlanner.plan("0.22.2", "0.23.0");
      assertThat(plan.steps().stream().filter(relink(MASTER)::matches).map(UpgradeStep::id))
          .containsExactly("0.22-0.23/rebuild-master-modules");
    }

    @Test
    void rejectsNulls() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> install(null))
          .withMessage(
              "install(null): the component must not be null; give a component, such as MASTER");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> reconfigure(null))
          .withMessage(
              "reconfigure(null): the component must not be null; give a component, such as"
                  + " MASTER");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> updateFramework(null))
          .withMessage(
              "updateFramework(null): the framework change must not be null; give a"
                  + " FrameworkChange, such as SET_CHECKPOINT");
    }
  }

  @Nested
  class RestartWithFlagTest {
    @Test
    void matchesARestartSettingTheFlagToAnyValue() {
      assertThat(idsMatching(FROM_0_14_TO_0_15, restartWithFlag(MASTER, "credentials")))
          .containsExactly("0.14-0.15/restart-masters-with-credentials");
      assertThat(restartWithFlag(MASTER, "credentials"))
          .hasToString("restart masters with --credentials");
    }

    @Test
    void matchesARestartSettingTheFlagToTheValue() {
      assertThat(idsMatching(FROM_0_14_TO_0_15, restartWithFlag(MASTER, "authenticate", "true")))
          .containsExactly("0.14-0.15/restart-masters-with-authentication");
      assertThat(idsMatching(FROM_0_14_TO_0_15, restartWithFlag(MASTER, "authenticate", "false")))
          .isEmpty();
      assertThat(restartWithFlag(MASTER, "authenticate", "true"))
          .hasToString("restart masters with --authenticate=true");
    }

    @Test
    void doesNotMatchARestartThatRemovesTheFlag() {
      assertThat(idsMatching(FROM_0_12_TO_0_13, restartWithFlag(MASTER, "conf"))).isEmpty();
    }

    @Test
    void refusesFlagsOnSchedulers() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> restartWithFlag(SCHEDULER, "checkpoint"))
          .withMessage(
              "<restart schedulers> can never match a step with --checkpoint: only restarts of"
                  + " masters and slaves change flags");
    }

    @Test
    void refusesAFlagNameWithDashes() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> restartWithFlag(MASTER, "--authenticate"))
          .withMessage(
              "\"--authenticate\" is not a flag name: expected lower-case letters, digits and"
                  + " underscores, without leading dashes, such as authenticate");
    }

    @Test
    void refusesABlankValue() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> restartWithFlag(MASTER, "authenticate", " "))
          .withMessage(
              "flag authenticate needs a value: use FlagChange.remove(name) to take a flag away");
    }

    @Test
    void rejectsNulls() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> restartWithFlag(MASTER, null))
          .withMessage(
              "withFlag(null): the flag name must not be null; give a flag name without dashes,"
                  + " such as authenticate");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> restartWithFlag(MASTER, null, "true"))
          .withMessage(
              "withFlag(null, true): the flag name must not be null; give a flag name without"
                  + " dashes, such as authenticate");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> restartWithFlag(MASTER, "authenticate", null))
          .withMessage(
              "withFlag(authenticate, null): the flag value must not be null; give a value, such"
                  + " as true");
    }
  }

  @Nested
  class NarrowingTest {
    @Test
    void withFlagNarrowsAnyMatcherThatCanChangeFlags() {
      assertThat(idsMatching(FROM_0_13_TO_0_14, restart(SLAVE).withFlag("checkpoint")))
          .containsExactly("0.13-0.14/restart-slaves-with-checkpoint");
      assertThat(
              idsMatching(
                  FROM_0_13_TO_0_14,
                  stepWithId("0.13-0.14/restart-slaves-with-checkpoint")
                      .withFlag("checkpoint", "true")))
          .containsExactly("0.13-0.14/restart-slaves-with-checkpoint");
    }

    @Test
    void withFlagRefusesMatchersOfStepsWithoutFlags() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> install(MASTER).withFlag("authenticate", "true"))
          .withMessage(
              "<install masters> can never match a step with --authenticate=true: only restarts of"
                  + " masters and slaves change flags");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> updateFramework(SET_CHECKPOINT).withFlag("checkpoint"))
          .withMessageStartingWith(
              "<update schedulers to set FrameworkInfo.checkpoint = true> can never match a step"
                  + " with --checkpoint");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> relink(EXECUTOR).inHop("0.13-0.14").withFlag("checkpoint"))
          .withMessageStartingWith("<relink executors in hop 0.13-0.14> can never match");
    }

    @Test
    void inHopKeepsTheStepsOfOneHop() {
      assertThat(idsMatching(FROM_0_11_TO_0_13, install(MASTER).inHop("0.12-0.13")))
          .containsExactly("0.12-0.13/install-masters");
      assertThat(idsMatching(FROM_0_11_TO_0_13, install(MASTER).inHop("0.13-0.14"))).isEmpty();
      assertThat(install(MASTER).inHop("0.12-0.13"))
          .hasToString("install masters in hop 0.12-0.13");
    }

    @Test
    void inHopAcceptsThePatchHopsOfOneReleaseLine() {
      UpgradePlan patch = io.github.mesosupgrade.UpgradePlanner.plan("0.14.0", "0.14.2");
      assertThat(idsMatching(patch, restart(MASTER).inHop("0.14.0-0.14.2")))
          .containsExactly("0.14.0-0.14.2/restart-masters");
    }

    @Test
    void inHopAcceptsTheNotationOfPlanHopsToo() {
      assertThat(idsMatching(FROM_0_11_TO_0_13, install(MASTER).inHop("0.11.0 -> 0.12.1")))
          .containsExactly("0.11-0.12/install-masters");
      assertThat(idsMatching(FROM_0_11_TO_0_13, install(MASTER).inHop("0.12 -> 0.13")))
          .containsExactly("0.12-0.13/install-masters");
      assertThat(install(MASTER).inHop("0.11.0->0.12.1"))
          .hasToString("install masters in hop 0.11.0 -> 0.12.1");
    }

    @Test
    void outsideAPlanInHopGoesByTheStepsIdAndRelease() {
      UpgradePlan jump = io.github.mesosupgrade.UpgradePlanner.plan("1.2.0", "1.11.0");
      assertThat(idsMatching(jump, reconfigure(MASTER).inHop("1.2.3 -> 1.11.0")))
          .containsExactly(
              "1.2-1.3/move-deprecated-acls", "1.10-1.11/convert-master-credentials-to-json");
      assertThat(idsMatching(jump, reconfigure(MASTER).inHop("1.2-1.3")))
          .containsExactly("1.2-1.3/move-deprecated-acls");
      assertThat(idsMatching(jump, reconfigure(MASTER).inHop("1.3.0 -> 1.11.0")))
          .containsExactly("1.10-1.11/convert-master-credentials-to-json");
      assertThat(idsMatching(jump, reconfigure(MASTER).inHop("1.3.0 -> 1.10.0"))).isEmpty();
      assertThat(idsMatching(jump, restart(MASTER).inHop("1.2.0-1.2.3").inHop("1.10-1.11")))
          .isEmpty();
      assertThat(idsMatching(jump, reconfigure(MASTER).inHop("1.10-1.11")))
          .containsExactly("1.10-1.11/convert-master-credentials-to-json");
    }

    @Test
    void inHopRefusesTextThatIsNotAHop() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> restart(MASTER).inHop("0.14/0.15"))
          .withMessage(
              "inHop: \"0.14/0.15\" is not a hop; write FROM -> TO with two releases, such as 1.2.3 -> 1.11.0, or"
                  + " FROM-TO as in step ids, with two release lines, such as 1.10-1.11, or two"
                  + " releases, such as 1.2.0-1.2.3");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> restart(MASTER).inHop("0.14\u0007" + "x".repeat(200)))
          .withMessage(
              "inHop: \"0.14\\u0007"
                  + "x".repeat(115)
                  + "... (205 characters)\" is not a hop; write FROM -> TO with two releases, such"
                  + " as 1.2.3 -> 1.11.0, or FROM-TO as in step ids, with two release lines, such"
                  + " as 1.10-1.11, or two releases, such as 1.2.0-1.2.3");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> restart(MASTER).inHop(null))
          .withMessage(
              "inHop(null): the hop must not be null; give a hop, such as 1.2.3 -> 1.11.0 or"
                  + " 1.10-1.11");
    }

    @Test
    void narrowingLeavesTheOriginalUnchanged() {
      StepMatcher masters = restart(MASTER);
      StepMatcher narrowed = masters.withFlag("credentials").inHop("0.14-0.15");
      assertThat(narrowed).hasToString("restart masters with --credentials in hop 0.14-0.15");
      assertThat(masters).hasToString("restart masters");
      assertThat(idsMatching(FROM_0_14_TO_0_15, masters)).hasSize(2);
    }
  }

  @Nested
  class StepWithIdTest {
    @Test
    void matchesTheStepWithThatId() {
      assertThat(idsMatching(FROM_0_13_TO_0_14, stepWithId("0.13-0.14/restart-masters-again")))
          .containsExactly("0.13-0.14/restart-masters-again");
      assertThat(stepWithId("0.13-0.14/restart-masters-again"))
          .hasToString("step 0.13-0.14/restart-masters-again");
    }

    @Test
    void refusesTextThatIsNotAStepId() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> stepWithId("restart-masters-again"))
          .withMessage(
              "stepWithId(\"restart-masters-again\"): a step id is of the form from-to/words,"
                  + " such as 0.14-0.15/install-masters");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> stepWithId("a\u001b[2J\u202e\nb"))
          .withMessage(
              "stepWithId(\"a\\u001b[2J\\u202e\\nb\"): a step id is of the form from-to/words,"
                  + " such as 0.14-0.15/install-masters");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> stepWithId(null))
          .withMessage(
              "stepWithId(null): the step id must not be null; give a step id, such as"
                  + " 0.14-0.15/install-masters");
    }
  }

  @Nested
  class AsConditionTest {
    @Test
    void worksWithAssertjIterableAssertions() {
      assertThat(FROM_0_13_TO_0_14.steps())
          .haveExactly(2, restart(MASTER))
          .haveExactly(1, restartWithFlag(SLAVE, "checkpoint", "true"))
          .areNot(install(MASTER).inHop("0.14-0.15"));
    }

    @Test
    void worksWithAssertjObjectAssertions() {
      UpgradeStep first = FROM_0_14_TO_0_15.steps().get(0);
      assertThat(first).is(install(MASTER)).isNot(install(SLAVE));
    }

    @Test
    void describesItselfInAssertjFailures() {
      UpgradeStep first = FROM_0_14_TO_0_15.steps().get(0);
      assertThatThrownBy(() -> assertThat(first).is(restart(SLAVE)))
          .hasMessageContaining("to be restart slaves");
    }

    @Test
    void doesNotMatchNull() {
      assertThat(restart(MASTER).matches(null)).isFalse();
    }
  }

  @Nested
  class DescriptionTest {
    @Test
    void everyDescriptionMethodReturnsARenamedCopy() {
      StepMatcher matcher = restart(MASTER);
      assertThat(matcher.as("first %s", "restart")).hasToString("first restart");
      assertThat(matcher.as(() -> "supplied")).hasToString("supplied");
      assertThat(matcher.as(new TextDescription("described"))).hasToString("described");
      assertThat(matcher.describedAs("second %s", "restart")).hasToString("second restart");
      assertThat(matcher.describedAs(() -> "supplied")).hasToString("supplied");
      assertThat(matcher.describedAs(new TextDescription("described"))).hasToString("described");
      assertThat(matcher).hasToString("restart masters");
      assertThat(matcher.description().value()).isEqualTo("restart masters");
    }

    @Test
    void aRenamedCopyMatchesTheSameStepsAndCanBeNarrowed() {
      StepMatcher renamed = restart(MASTER).as("any master restart");
      assertThat(idsMatching(FROM_0_14_TO_0_15, renamed)).hasSize(2);
      assertThat(renamed.withFlag("credentials"))
          .hasToString("any master restart with --credentials");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> install(MASTER).as("x").withFlag("credentials"))
          .withMessageStartingWith("<x> can never match");
    }

    @Test
    // A null format string is what this test passes on purpose, to check that it is refused.
    @SuppressWarnings("FormatStringAnnotation")
    void rejectsNullDescriptions() {
      StepMatcher matcher = restart(MASTER);
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> matcher.as((String) null))
          .withMessage(
              "as(null): the description must not be null; give a description, such as \"the"
                  + " first master restart\"");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> matcher.describedAs((TextDescription) null))
          .withMessage(
              "describedAs(null): the description must not be null; give a description, such as"
                  + " \"the first master restart\"");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> matcher.as((java.util.function.Supplier<String>) null))
          .withMessage(
              "as(null): the description must not be null; give a description, such as \"the"
                  + " first master restart\"");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> matcher.describedAs(() -> null))
          .withMessage(
              "describedAs(null): the description must not be null; give a description, such as"
                  + " \"the first master restart\"");
    }
  }
}
