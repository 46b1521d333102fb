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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
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
      assertThatIllegalArgumentException()
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
      assertThatIllegalArgumentException()
          .isThrownBy(() -> reconfigure(SCHEDULER))
          .withMessage(
              "reconfigure(SCHEDULER) can never match a step: RECONFIGURE applies only to masters"
                  + " and slaves");
    }

    @Test
    void refusesARestartOfExecutors() {
      assertThatIllegalArgumentException()
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
      assertThatNullPointerException()
          .isThrownBy(() -> install(null))
          .withMessage("component must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> reconfigure(null))
          .withMessage("component must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> updateFramework(null))
          .withMessage("framework change must not be null");
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
      assertThatIllegalArgumentException()
          .isThrownBy(() -> restartWithFlag(SCHEDULER, "checkpoint"))
          .withMessage(
              "<restart schedulers> can never match a step with --checkpoint: only restarts of"
                  + " masters and slaves change flags");
    }

    @Test
    void refusesAFlagNameWithDashes() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> restartWithFlag(MASTER, "--authenticate"))
          .withMessage(
              "\"--authenticate\" is not a flag name: expected lower-case letters, digits and"
                  + " underscores, without leading dashes, such as authenticate");
    }

    @Test
    void refusesABlankValue() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> restartWithFlag(MASTER, "authenticate", " "))
          .withMessage(
              "flag authenticate needs a value: use FlagChange.remove(name) to take a flag away");
    }

    @Test
    void rejectsNulls() {
      assertThatNullPointerException()
          .isThrownBy(() -> restartWithFlag(MASTER, null))
          .withMessage("flag name must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> restartWithFlag(MASTER, null, "true"))
          .withMessage("flag name must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> restartWithFlag(MASTER, "authenticate", null))
          .withMessage("flag value must not be null");
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
      assertThatIllegalArgumentException()
          .isThrownBy(() -> install(MASTER).withFlag("authenticate", "true"))
          .withMessage(
              "<install masters> can never match a step with --authenticate=true: only restarts of"
                  + " masters and slaves change flags");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> updateFramework(SET_CHECKPOINT).withFlag("checkpoint"))
          .withMessageStartingWith(
              "<update schedulers to set FrameworkInfo.checkpoint = true> can never match a step"
                  + " with --checkpoint");
      assertThatIllegalArgumentException()
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
    void inHopRefusesTextThatIsNotAHop() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> restart(MASTER).inHop("0.14.2 -> 0.15.0"))
          .withMessage(
              "\"0.14.2 -> 0.15.0\" is not the hop part of a step id: expected two release lines,"
                  + " such as 0.14-0.15, or two releases of one line, such as 0.14.0-0.14.2");
      assertThatNullPointerException()
          .isThrownBy(() -> restart(MASTER).inHop(null))
          .withMessage("hop must not be null");
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
      assertThatIllegalArgumentException()
          .isThrownBy(() -> stepWithId("restart-masters-again"))
          .withMessage(
              "step id \"restart-masters-again\" is not of the form from-to/words, such as"
                  + " 0.14-0.15/install-masters");
      assertThatNullPointerException()
          .isThrownBy(() -> stepWithId(null))
          .withMessage("step id must not be null");
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
      assertThatIllegalArgumentException()
          .isThrownBy(() -> install(MASTER).as("x").withFlag("credentials"))
          .withMessageStartingWith("<x> can never match");
    }

    @Test
    // A null format string is what this test passes on purpose, to check that it is refused.
    @SuppressWarnings("FormatStringAnnotation")
    void rejectsNullDescriptions() {
      StepMatcher matcher = restart(MASTER);
      assertThatNullPointerException()
          .isThrownBy(() -> matcher.as((String) null))
          .withMessage("description must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> matcher.as((TextDescription) null))
          .withMessage("description must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> matcher.as((java.util.function.Supplier<String>) null))
          .withMessage("description supplier must not be null");
    }
  }
}
