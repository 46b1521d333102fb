package io.github.mesosupgrade.assertj;

import static io.github.mesosupgrade.Component.EXECUTOR;
import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_11_TO_0_12;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_11_TO_0_13;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_12_TO_0_13;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_14_TO_0_15;
import static io.github.mesosupgrade.assertj.Plans.LISTING_0_11_TO_0_12;
import static io.github.mesosupgrade.assertj.Plans.LISTING_0_11_TO_0_13;
import static io.github.mesosupgrade.assertj.Plans.LISTING_0_12_TO_0_13;
import static io.github.mesosupgrade.assertj.Plans.LISTING_0_14_TO_0_15;
import static io.github.mesosupgrade.assertj.Plans.failure;
import static io.github.mesosupgrade.assertj.StepMatchers.install;
import static io.github.mesosupgrade.assertj.StepMatchers.relink;
import static io.github.mesosupgrade.assertj.StepMatchers.restart;
import static io.github.mesosupgrade.assertj.StepMatchers.restartWithFlag;
import static io.github.mesosupgrade.assertj.StepMatchers.stepWithId;
import static io.github.mesosupgrade.assertj.UpgradeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanStepAssertTest {

  @Nested
  class IsBeforeTest {
    @Test
    void passesWhenTheStepComesEarlier() {
      assertThat(FROM_0_11_TO_0_12).step(restart(SLAVE)).isBefore(install(MASTER));
      assertThat(FROM_0_11_TO_0_12).step(install(SLAVE)).isBefore(restart(MASTER));
    }

    @Test
    void failsWhenTheStepComesLater() {
      assertThatThrownBy(
              () -> assertThat(FROM_0_11_TO_0_12).step(restart(MASTER)).isBefore(install(SLAVE)))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              failure(
                  "Expected step <restart masters> to come before <install slaves>, but it comes"
                      + " after it: step 4 (0.11-0.12/restart-masters) vs step 1"
                      + " (0.11-0.12/install-slaves).",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsWhenBothConditionsMatchTheSameStep() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .step(restart(MASTER))
                      .isBefore(stepWithId("0.11-0.12/restart-masters")))
          .hasMessage(
              failure(
                  "Expected step <restart masters> to come before <step"
                      + " 0.11-0.12/restart-masters>, but both match the same step: step 4"
                      + " (0.11-0.12/restart-masters).",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsWhenTheOtherConditionMatchesSeveralSteps() {
      assertThatThrownBy(
              () -> assertThat(FROM_0_11_TO_0_13).step(restart(SCHEDULER)).isBefore(install(SLAVE)))
          .hasMessage(
              failure(
                  "Expected exactly one step to match <install slaves>, but 2 steps did: step 1"
                      + " (0.11-0.12/install-slaves), step 9 (0.12-0.13/install-slaves). Narrow"
                      + " the matcher down with withFlag(...) or inHop(...), or use"
                      + " stepWithId(...).",
                  LISTING_0_11_TO_0_13));
    }

    @Test
    void failsWhenTheOtherConditionMatchesNoStep() {
      assertThatThrownBy(
              () -> assertThat(FROM_0_11_TO_0_12).step(restart(MASTER)).isBefore(relink(EXECUTOR)))
          .hasMessage(
              failure(
                  "Expected exactly one step to match <relink executors>, but none did.",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void rejectsANullCondition() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(FROM_0_11_TO_0_12).step(restart(MASTER)).isBefore(null))
          .withMessage(
              "isBefore(null): the other step's matcher must not be null; give a step matcher,"
                  + " such as restart(MASTER)");
    }
  }

  @Nested
  class IsAfterTest {
    @Test
    void passesWhenTheStepComesLater() {
      assertThat(FROM_0_11_TO_0_12).step(install(MASTER)).isAfter(restart(SLAVE));
    }

    @Test
    void failsWhenTheStepComesEarlier() {
      assertThatThrownBy(
              () -> assertThat(FROM_0_11_TO_0_12).step(install(SLAVE)).isAfter(restart(MASTER)))
          .hasMessage(
              failure(
                  "Expected step <install slaves> to come after <restart masters>, but it comes"
                      + " before it: step 1 (0.11-0.12/install-slaves) vs step 4"
                      + " (0.11-0.12/restart-masters).",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsWhenBothConditionsMatchTheSameStep() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .step(install(SLAVE))
                      .isAfter(stepWithId("0.11-0.12/install-slaves")))
          .hasMessage(
              failure(
                  "Expected step <install slaves> to come after <step 0.11-0.12/install-slaves>,"
                      + " but both match the same step: step 1 (0.11-0.12/install-slaves).",
                  LISTING_0_11_TO_0_12));
    }
  }

  @Nested
  class IsImmediatelyBeforeTest {
    @Test
    void passesWhenTheOtherStepComesNext() {
      assertThat(FROM_0_11_TO_0_12).step(install(SLAVE)).isImmediatelyBefore(restart(SLAVE));
    }

    @Test
    void failsWhenStepsComeBetween() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .step(install(SLAVE))
                      .isImmediatelyBefore(restart(MASTER)))
          .hasMessage(
              failure(
                  "Expected step <install slaves> to come immediately before <restart masters>,"
                      + " but 2 steps come between them: step 1 (0.11-0.12/install-slaves) vs"
                      + " step 4 (0.11-0.12/restart-masters).",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsWhenOneStepComesBetweenWithTheSingular() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .step(install(SLAVE))
                      .isImmediatelyBefore(install(MASTER)))
          .hasMessage(
              failure(
                  "Expected step <install slaves> to come immediately before <install masters>,"
                      + " but 1 step comes between them: step 1 (0.11-0.12/install-slaves) vs"
                      + " step 3 (0.11-0.12/install-masters).",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsWhenTheStepComesLater() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .step(restart(SLAVE))
                      .isImmediatelyBefore(install(SLAVE)))
          .hasMessage(
              failure(
                  "Expected step <restart slaves> to come immediately before <install slaves>, but"
                      + " it comes after it: step 2 (0.11-0.12/restart-slaves) vs step 1"
                      + " (0.11-0.12/install-slaves).",
                  LISTING_0_11_TO_0_12));
    }
  }

  @Nested
  class IsImmediatelyAfterTest {
    @Test
    void passesWhenTheOtherStepComesRightBefore() {
      assertThat(FROM_0_11_TO_0_12).step(restart(MASTER)).isImmediatelyAfter(install(MASTER));
    }

    @Test
    void failsWhenStepsComeBetween() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .step(restart(MASTER))
                      .isImmediatelyAfter(restart(SLAVE)))
          .hasMessage(
              failure(
                  "Expected step <restart masters> to come immediately after <restart slaves>, but"
                      + " 1 step comes between them: step 4 (0.11-0.12/restart-masters) vs step 2"
                      + " (0.11-0.12/restart-slaves).",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsWhenTheStepComesEarlier() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .step(install(MASTER))
                      .isImmediatelyAfter(restart(MASTER)))
          .hasMessage(
              failure(
                  "Expected step <install masters> to come immediately after <restart masters>, but"
                      + " it comes before it: step 3 (0.11-0.12/install-masters) vs step 4"
                      + " (0.11-0.12/restart-masters).",
                  LISTING_0_11_TO_0_12));
    }
  }

  @Nested
  class SetsFlagTest {
    @Test
    void passesForTheFlagAndValueTheStepSets() {
      assertThat(FROM_0_14_TO_0_15)
          .step(restartWithFlag(MASTER, "authenticate"))
          .setsFlag("authenticate", "true")
          .and()
          .step(restartWithFlag(MASTER, "credentials"))
          .setsFlag("credentials", "<path to credentials file>");
    }

    @Test
    void failsForAnotherFlagListingTheStepsFlagChanges() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_14_TO_0_15)
                      .step(restartWithFlag(MASTER, "credentials"))
                      .setsFlag("authenticate", "true"))
          .hasMessage(
              failure(
                  "Expected step 2 (0.14-0.15/restart-masters-with-credentials) to set"
                      + " --authenticate=true, but its flag changes are [set --credentials=<path to"
                      + " credentials file>].",
                  LISTING_0_14_TO_0_15));
    }

    @Test
    void failsForAnotherValue() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_14_TO_0_15)
                      .step(restartWithFlag(MASTER, "authenticate"))
                      .setsFlag("authenticate", "false"))
          .hasMessage(
              failure(
                  "Expected step 9 (0.14-0.15/restart-masters-with-authentication) to set"
                      + " --authenticate=false, but its flag changes are [set --authenticate=true].",
                  LISTING_0_14_TO_0_15));
    }

    @Test
    void failsForAStepWithoutFlagChanges() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_14_TO_0_15).step(restart(SLAVE)).setsFlag("checkpoint", "true"))
          .hasMessage(
              failure(
                  "Expected step 4 (0.14-0.15/restart-slaves) to set --checkpoint=true, but it"
                      + " changes no flags.",
                  LISTING_0_14_TO_0_15));
    }

    @Test
    void rejectsAFlagNameWithDashes() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(
              () ->
                  assertThat(FROM_0_14_TO_0_15)
                      .step(restart(SLAVE))
                      .setsFlag("--checkpoint", "true"))
          .withMessage(
              "\"--checkpoint\" is not a flag name: expected lower-case letters, digits and"
                  + " underscores, without leading dashes, such as authenticate");
    }
  }

  @Nested
  class RemovesFlagTest {
    @Test
    void passesForAFlagTheStepRemoves() {
      assertThat(FROM_0_12_TO_0_13)
          .step(restart(MASTER))
          .removesFlag("conf")
          .and()
          .step(restart(SLAVE))
          .removesFlag("cgroups_hierarchy_root")
          .removesFlag("webui_dir");
    }

    @Test
    void failsForAFlagTheStepDoesNotRemove() {
      assertThatThrownBy(
              () -> assertThat(FROM_0_12_TO_0_13).step(restart(MASTER)).removesFlag("webui_dir"))
          .hasMessage(
              failure(
                  "Expected step 2 (0.12-0.13/restart-masters) to remove --webui_dir, but its flag"
                      + " changes are [remove --conf].",
                  LISTING_0_12_TO_0_13));
    }

    @Test
    void failsForAStepWithoutFlagChanges() {
      assertThatThrownBy(
              () -> assertThat(FROM_0_14_TO_0_15).step(restart(SLAVE)).removesFlag("checkpoint"))
          .hasMessage(
              failure(
                  "Expected step 4 (0.14-0.15/restart-slaves) to remove --checkpoint, but it"
                      + " changes no flags.",
                  LISTING_0_14_TO_0_15));
    }
  }

  @Nested
  class AndTest {
    @Test
    void returnsThePlanAssertion() {
      UpgradePlanAssert plan = assertThat(FROM_0_11_TO_0_12);
      assertThat(plan.step(install(SLAVE)).and()).isSameAs(plan);
    }

    @Test
    void chainsSeveralStepsOfOnePlan() {
      assertThat(FROM_0_14_TO_0_15)
          .step(restartWithFlag(MASTER, "credentials"))
          .isBefore(restart(SCHEDULER))
          .and()
          .step(restart(SCHEDULER))
          .isImmediatelyBefore(restartWithFlag(MASTER, "authenticate", "true"))
          .and()
          .doesNotContainStep(install(SLAVE).inHop("0.13-0.14"));
    }
  }

  @Nested
  class BadArgumentsTest {
    private final PlanStepAssert credentials =
        assertThat(FROM_0_14_TO_0_15).step(restartWithFlag(MASTER, "credentials"));

    @Test
    void failNamingTheArgumentAndWhatWouldWork() {
      assertThatThrownBy(() -> credentials.isAfter(null))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "isAfter(null): the other step's matcher must not be null; give a step matcher,"
                  + " such as restart(MASTER)");
      assertThatThrownBy(() -> credentials.isImmediatelyBefore(null))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "isImmediatelyBefore(null): the other step's matcher must not be null; give a step"
                  + " matcher, such as restart(MASTER)");
      assertThatThrownBy(() -> credentials.isImmediatelyAfter(null))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "isImmediatelyAfter(null): the other step's matcher must not be null; give a step"
                  + " matcher, such as restart(MASTER)");
      assertThatThrownBy(() -> credentials.setsFlag(null, "true"))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "setsFlag(null, true): the flag name must not be null; give a flag name without"
                  + " dashes, such as authenticate");
      assertThatThrownBy(() -> credentials.setsFlag("credentials", null))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "setsFlag(credentials, null): the flag value must not be null; give a value, such as"
                  + " true");
      assertThatThrownBy(() -> credentials.removesFlag(null))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "removesFlag(null): the flag name must not be null; give a flag name without dashes,"
                  + " such as authenticate");
      assertThatThrownBy(() -> credentials.removesFlag("--conf"))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "\"--conf\" is not a flag name: expected lower-case letters, digits and underscores,"
                  + " without leading dashes, such as authenticate");
    }
  }

  @Nested
  class OutsideAPlanTest {
    private final PlanStepAssert lone = new PlanStepAssert(FROM_0_14_TO_0_15.steps().get(1));

    @Test
    void checksTheFlagsOfTheStep() {
      lone.setsFlag("credentials", "<path to credentials file>");
      assertThatThrownBy(() -> lone.setsFlag("authenticate", "true"))
          .hasMessage(
              "Expected step 0.14-0.15/restart-masters-with-credentials to set"
                  + " --authenticate=true, but its flag changes are [set --credentials=<path to"
                  + " credentials file>].");
      assertThatThrownBy(() -> new PlanStepAssert(null).removesFlag("conf"))
          .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void failsAssertionsThatNeedThePlan() {
      assertThatThrownBy(() -> lone.isBefore(restart(SCHEDULER)))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "isBefore(...) needs the plan the step comes from; pick the step with"
                  + " assertThat(plan).step(...)");
      assertThatThrownBy(lone::and)
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "and() needs the plan the step comes from; pick the step with"
                  + " assertThat(plan).step(...)");
    }
  }
}
