package io.github.mesosupgrade.assertj;

import static io.github.mesosupgrade.Component.EXECUTOR;
import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.assertj.Plans.EMPTY;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_11_TO_0_12;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_11_TO_0_13;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_13_TO_0_14;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_14_TO_0_15;
import static io.github.mesosupgrade.assertj.Plans.FROM_1_2_TO_1_11;
import static io.github.mesosupgrade.assertj.Plans.LISTING_0_11_TO_0_12;
import static io.github.mesosupgrade.assertj.Plans.LISTING_0_11_TO_0_13;
import static io.github.mesosupgrade.assertj.Plans.LISTING_0_13_TO_0_14;
import static io.github.mesosupgrade.assertj.Plans.LISTING_0_14_TO_0_15;
import static io.github.mesosupgrade.assertj.Plans.LISTING_1_2_TO_1_11;
import static io.github.mesosupgrade.assertj.Plans.LISTING_EMPTY;
import static io.github.mesosupgrade.assertj.Plans.failure;
import static io.github.mesosupgrade.assertj.StepMatchers.install;
import static io.github.mesosupgrade.assertj.StepMatchers.reconfigure;
import static io.github.mesosupgrade.assertj.StepMatchers.relink;
import static io.github.mesosupgrade.assertj.StepMatchers.restart;
import static io.github.mesosupgrade.assertj.StepMatchers.restartWithFlag;
import static io.github.mesosupgrade.assertj.StepMatchers.stepWithId;
import static io.github.mesosupgrade.assertj.UpgradeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.not;

import io.github.mesosupgrade.Necessity;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradeStep;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UpgradePlanAssertTest {

  @Nested
  class ContainsExactlyStepsTest {
    @Test
    void passesWhenEveryStepMatchesInOrder() {
      assertThat(FROM_0_11_TO_0_12)
          .containsExactlySteps(install(SLAVE), restart(SLAVE), install(MASTER), restart(MASTER));
    }

    @Test
    void passesForAnEmptyPlanAndNoConditions() {
      assertThat(EMPTY).containsExactlySteps();
    }

    @Test
    void failsNamingEveryPositionThatDoesNotMatch() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .containsExactlySteps(
                          install(SLAVE), restart(SLAVE), restart(MASTER), install(MASTER)))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              failure(
                  "Expected exactly 4 steps, in this order: <install slaves>, <restart slaves>,"
                      + " <restart masters>, <install masters>; but step 3"
                      + " (0.11-0.12/install-masters) does not match <restart masters>; step 4"
                      + " (0.11-0.12/restart-masters) does not match <install masters>.",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsWhenThePlanHasMoreSteps() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .containsExactlySteps(install(SLAVE), restart(SLAVE)))
          .hasMessage(
              failure(
                  "Expected exactly 2 steps, in this order: <install slaves>, <restart slaves>; but"
                      + " the plan has 4 steps.",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsWhenThePlanHasFewerSteps() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .containsExactlySteps(
                          install(SLAVE),
                          restart(SLAVE),
                          install(MASTER),
                          restart(MASTER),
                          relink(EXECUTOR)))
          .hasMessage(
              failure(
                  "Expected exactly 5 steps, in this order: <install slaves>, <restart slaves>,"
                      + " <install masters>, <restart masters>, <relink executors>; but the plan"
                      + " has 4 steps.",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsForOneExpectedStepWithTheSingular() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_12).containsExactlySteps(restart(SLAVE)))
          .hasMessage(
              failure(
                  "Expected exactly 1 step, in this order: <restart slaves>; but the plan has 4"
                      + " steps; step 1 (0.11-0.12/install-slaves) does not match <restart"
                      + " slaves>.",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsWithNoConditionsWhenThePlanHasSteps() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_12).containsExactlySteps())
          .hasMessage(
              failure(
                  "Expected the plan to have no steps, but it has 4 steps.", LISTING_0_11_TO_0_12));
    }

    @Test
    void rejectsANullCondition() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(
              () -> assertThat(FROM_0_11_TO_0_12).containsExactlySteps(install(SLAVE), null))
          .withMessage(
              "containsExactlySteps: steps[1] must not be null; give a step matcher, such as"
                  + " restart(MASTER)");
    }
  }

  @Nested
  class ContainsStepsInOrderTest {
    @Test
    void passesWithStepsBetweenThem() {
      assertThat(FROM_0_14_TO_0_15)
          .containsStepsInOrder(
              restartWithFlag(MASTER, "credentials"),
              restart(SCHEDULER),
              restartWithFlag(MASTER, "authenticate", "true"));
    }

    @Test
    void passesWhenAConditionMatchesSeveralStepsAndOneFitsTheOrder() {
      assertThat(FROM_0_11_TO_0_13)
          .containsStepsInOrder(restart(SCHEDULER), install(SLAVE), relink(EXECUTOR));
    }

    @Test
    void failsWhenAConditionMatchesNoStep() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .containsStepsInOrder(install(SLAVE), relink(EXECUTOR), restart(MASTER)))
          .hasMessage(
              failure(
                  "Expected steps in this order: <install slaves>, <relink executors>, <restart"
                      + " masters>; but no step matches <relink executors>.",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsWhenAStepComesTooEarly() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .containsStepsInOrder(install(MASTER), restart(SLAVE), restart(MASTER)))
          .hasMessage(
              failure(
                  "Expected steps in this order: <install masters>, <restart slaves>, <restart"
                      + " masters>; but no step matching <restart slaves> comes after step 3"
                      + " (0.11-0.12/install-masters), which matches <install masters>; <restart"
                      + " slaves> matches only step 2 (0.11-0.12/restart-slaves).",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void failsListingEveryStepOfAConditionThatMatchesSeveral() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_13)
                      .containsStepsInOrder(relink(EXECUTOR), install(MASTER)))
          .hasMessage(
              failure(
                  "Expected steps in this order: <relink executors>, <install masters>; but no step"
                      + " matching <install masters> comes after step 11"
                      + " (0.12-0.13/relink-executors), which matches <relink executors>; <install"
                      + " masters> matches only step 3 (0.11-0.12/install-masters), step 5"
                      + " (0.12-0.13/install-masters).",
                  LISTING_0_11_TO_0_13));
    }

    @Test
    void rejectsNoConditions() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_12).containsStepsInOrder())
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "containsStepsInOrder() needs at least one step matcher, such as restart(MASTER);"
                  + " give one or more");
    }
  }

  @Nested
  class DoesNotContainStepTest {
    @Test
    void passesWhenNoStepMatches() {
      assertThat(FROM_0_11_TO_0_12).doesNotContainStep(relink(EXECUTOR));
    }

    @Test
    void failsListingTheMatchingSteps() {
      assertThatThrownBy(() -> assertThat(FROM_0_13_TO_0_14).doesNotContainStep(restart(MASTER)))
          .hasMessage(
              failure(
                  "Expected no step to match <restart masters>, but 2 steps matched: step 2"
                      + " (0.13-0.14/restart-masters), step 9 (0.13-0.14/restart-masters-again).",
                  LISTING_0_13_TO_0_14));
    }

    @Test
    void failsForOneMatchingStepWithTheSingular() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_12).doesNotContainStep(install(MASTER)))
          .hasMessage(
              failure(
                  "Expected no step to match <install masters>, but 1 step matched: step 3"
                      + " (0.11-0.12/install-masters).",
                  LISTING_0_11_TO_0_12));
    }
  }

  @Nested
  class HasHopsTest {
    @Test
    void passesForTheHopsInOrder() {
      assertThat(FROM_0_11_TO_0_13).hasHops("0.11.0 -> 0.12.1", "0.12.1 -> 0.13.0");
    }

    @Test
    void acceptsHopsWithoutSpacesAroundTheArrow() {
      assertThat(FROM_0_11_TO_0_13).hasHops("0.11.0->0.12.1", " 0.12.1 ->0.13.0 ");
    }

    @Test
    void passesForAnEmptyPlanAndNoHops() {
      assertThat(EMPTY).hasHops();
    }

    @Test
    void failsForOtherHops() {
      assertThatThrownBy(
              () -> assertThat(FROM_0_11_TO_0_13).hasHops("0.11.0 -> 0.12.0", "0.12.0 -> 0.13.0"))
          .hasMessage(
              failure(
                  "Expected the hops [0.11.0 -> 0.12.0, 0.12.0 -> 0.13.0], but the plan has"
                      + " [0.11.0 -> 0.12.1, 0.12.1 -> 0.13.0].",
                  LISTING_0_11_TO_0_13));
    }

    @Test
    void failsForAnEmptyPlan() {
      assertThatThrownBy(() -> assertThat(EMPTY).hasHops("0.14.0 -> 0.14.2"))
          .hasMessage(
              failure("Expected the hops [0.14.0 -> 0.14.2], but the plan has [].", LISTING_EMPTY));
    }

    @Test
    void acceptsReleaseLinesAndTheNotationOfStepIds() {
      assertThat(FROM_0_11_TO_0_13)
          .hasHops("0.11.0 -> 0.12.1", "0.12 -> 0.13")
          .hasHops("0.11-0.12", "0.12.1-0.13.0");
      assertThat(FROM_1_2_TO_1_11)
          .hasHops("1.2.0 -> 1.2.3", "1.2.3 -> 1.11.0")
          .hasHops("1.2.0-1.2.3", "1.2-1.11");
    }

    @Test
    void failsForAHopOfTheGuideThatIsNotAHopOfThePlan() {
      assertThatThrownBy(() -> assertThat(FROM_1_2_TO_1_11).hasHops("1.2.0-1.2.3", "1.10-1.11"))
          .hasMessage(
              failure(
                  "Expected the hops [1.2.0 -> 1.2.3, 1.10-1.11], but the plan has"
                      + " [1.2.0 -> 1.2.3, 1.2.3 -> 1.11.0].",
                  LISTING_1_2_TO_1_11));
    }

    @Test
    void rejectsAHopWithoutArrow() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_13).hasHops("0.11.0 0.12.1"))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "hasHops: \"0.11.0 0.12.1\" is not a hop; write FROM -> TO with two releases, such as 1.2.3 -> 1.11.0, or"
                  + " FROM-TO as in step ids, with two release lines, such as 1.10-1.11, or two"
                  + " releases, such as 1.2.0-1.2.3");
    }

    @Test
    void rejectsAHopMixingAReleaseAndALine() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_13).hasHops("0.11 -> 0.12.1"))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "hasHops: \"0.11 -> 0.12.1\" is not a hop; write FROM -> TO with two releases, such as 1.2.3 -> 1.11.0, or"
                  + " FROM-TO as in step ids, with two release lines, such as 1.10-1.11, or two"
                  + " releases, such as 1.2.0-1.2.3");
    }

    @Test
    void rejectsAHopThatGoesBackwards() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_13).hasHops("0.12.1 -> 0.11.0"))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "hasHops: \"0.12.1 -> 0.11.0\" is not a hop; write FROM -> TO with two releases, such as 1.2.3 -> 1.11.0, or"
                  + " FROM-TO as in step ids, with two release lines, such as 1.10-1.11, or two"
                  + " releases, such as 1.2.0-1.2.3");
    }

    @Test
    void rejectsNullHops() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_13).hasHops((String[]) null))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "hasHops(null): the hops must not be null; give a hop, such as 1.2.3 -> 1.11.0 or"
                  + " 1.10-1.11");
    }

    @Test
    void rejectsANegativeHopCount() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_13).hasHopCount(-1))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage("hasHopCount(-1): a plan has no fewer than 0 hops; give 0 or more");
    }

    @Test
    void rejectsANullHop() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(FROM_0_11_TO_0_13).hasHops((String) null))
          .withMessage(
              "hasHops: hops[0] must not be null; give a hop, such as 1.2.3 -> 1.11.0 or"
                  + " 1.10-1.11");
    }

    @Test
    void countsHops() {
      assertThat(FROM_0_11_TO_0_13).hasHopCount(2);
      assertThat(EMPTY).hasHopCount(0);
    }

    @Test
    void failsForAnotherCountListingTheHops() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_13).hasHopCount(1))
          .hasMessage(
              failure(
                  "Expected 1 hop, but the plan has 2 hops: [0.11.0 -> 0.12.1, 0.12.1 -> 0.13.0].",
                  LISTING_0_11_TO_0_13));
    }
  }

  @Nested
  class StepTest {
    @Test
    void returnsTheOneMatchingStep() {
      UpgradeStep step = FROM_0_14_TO_0_15.steps().get(1);
      assertThat(FROM_0_14_TO_0_15).step(restartWithFlag(MASTER, "credentials")).isSameAs(step);
    }

    @Test
    void picksAStepByEitherNotationOfItsHop() {
      UpgradeStep restart = FROM_1_2_TO_1_11.steps().get(11);
      assertThat(FROM_1_2_TO_1_11)
          .step(restart(MASTER).inHop("1.2.3 -> 1.11.0"))
          .isSameAs(restart)
          .isAfter(restart(MASTER).inHop("1.2.0-1.2.3"))
          .isAfter(restart(MASTER).inHop("1.2.0 -> 1.2.3"))
          .and()
          .step(restart(MASTER).inHop("1.10-1.11"))
          .isSameAs(restart)
          .and()
          .step(restart(MASTER).inHop("1.2-1.11"))
          .isSameAs(restart)
          .and()
          .step(install(SLAVE).inHop("1.2.0 -> 1.2.3"))
          .isBefore(reconfigure(MASTER).inHop("1.2-1.3"));
    }

    @Test
    void failsWhenNoStepIsInTheHopNamed() {
      assertThatThrownBy(
              () -> assertThat(FROM_1_2_TO_1_11).step(restart(MASTER).inHop("1.3.0 -> 1.11.0")))
          .hasMessage(
              failure(
                  "Expected exactly one step to match <restart masters in hop 1.3.0 -> 1.11.0>,"
                      + " but none did.",
                  LISTING_1_2_TO_1_11));
    }

    @Test
    void failsWhenSeveralStepsMatchSayingHowManyAndWhich() {
      assertThatThrownBy(() -> assertThat(FROM_0_14_TO_0_15).step(restart(MASTER)))
          .hasMessage(
              failure(
                  "Expected exactly one step to match <restart masters>, but 2 steps did: step 2"
                      + " (0.14-0.15/restart-masters-with-credentials), step 9"
                      + " (0.14-0.15/restart-masters-with-authentication). Narrow the matcher down"
                      + " with withFlag(...) or inHop(...), or use stepWithId(...).",
                  LISTING_0_14_TO_0_15));
    }

    @Test
    void failsWhenTheSameComponentIsRestartedTwiceWithoutFlags() {
      assertThatThrownBy(() -> assertThat(FROM_0_13_TO_0_14).step(restart(MASTER)))
          .hasMessage(
              failure(
                  "Expected exactly one step to match <restart masters>, but 2 steps did: step 2"
                      + " (0.13-0.14/restart-masters), step 9 (0.13-0.14/restart-masters-again)."
                      + " Narrow the matcher down with withFlag(...) or inHop(...), or use"
                      + " stepWithId(...).",
                  LISTING_0_13_TO_0_14));
    }

    @Test
    void failsWhenNoStepMatches() {
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_12).step(restart(SCHEDULER)))
          .hasMessage(
              failure(
                  "Expected exactly one step to match <restart schedulers>, but none did.",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void picksOneOfSeveralWithTheNarrowingMatchers() {
      assertThat(FROM_0_13_TO_0_14).step(stepWithId("0.13-0.14/restart-masters-again")).isNotNull();
      assertThat(FROM_0_14_TO_0_15).step(restart(MASTER).withFlag("authenticate")).isNotNull();
      assertThat(FROM_0_11_TO_0_13).step(install(MASTER).inHop("0.12-0.13")).isNotNull();
    }

    @Test
    void acceptsAnyAssertjCondition() {
      Condition<UpgradeStep> recommended =
          new Condition<>(step -> step.necessity() == Necessity.RECOMMENDED, "recommended step");
      assertThat(FROM_0_13_TO_0_14).step(recommended).isAfter(restartWithFlag(SLAVE, "checkpoint"));
      assertThat(FROM_0_11_TO_0_12).doesNotContainStep(recommended);
      assertThatThrownBy(() -> assertThat(FROM_0_11_TO_0_12).step(not(restart(SLAVE))))
          .hasMessageStartingWith(
              "Expected exactly one step to match <not :<restart slaves>>, but 3 steps did:");
    }

    @Test
    void rejectsANullCondition() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(FROM_0_11_TO_0_12).step(null))
          .withMessage(
              "step(null): the step matcher must not be null; give a step matcher, such as"
                  + " restart(MASTER)");
    }
  }

  @Nested
  class NullPlanTest {
    @Test
    void failsEveryAssertion() {
      UpgradePlan none = null;
      assertThatThrownBy(() -> assertThat(none).containsExactlySteps())
          .hasMessageContaining("Expecting actual not to be null");
      assertThatThrownBy(() -> assertThat(none).containsStepsInOrder(install(SLAVE)))
          .hasMessageContaining("Expecting actual not to be null");
      assertThatThrownBy(() -> assertThat(none).doesNotContainStep(install(SLAVE)))
          .hasMessageContaining("Expecting actual not to be null");
      assertThatThrownBy(() -> assertThat(none).hasHops())
          .hasMessageContaining("Expecting actual not to be null");
      assertThatThrownBy(() -> assertThat(none).hasHopCount(0))
          .hasMessageContaining("Expecting actual not to be null");
      assertThatThrownBy(() -> assertThat(none).step(install(SLAVE)))
          .hasMessageContaining("Expecting actual not to be null");
    }
  }

  @Nested
  class DescriptionTest {
    @Test
    void prefixesTheMessageWithTheDescription() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12).as("runbook A").doesNotContainStep(install(SLAVE)))
          .hasMessage(
              failure(
                  "[runbook A] Expected no step to match <install slaves>, but 1 step matched: step"
                      + " 1 (0.11-0.12/install-slaves).",
                  LISTING_0_11_TO_0_12));
    }

    @Test
    void carriesOverToTheStepAssertions() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .as("runbook A")
                      .step(install(MASTER))
                      .isBefore(install(SLAVE)))
          .hasMessageStartingWith("[runbook A] Expected step <install masters> to come before");
    }

    @Test
    void readsTheMatcherDescriptionGivenWithAs() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .doesNotContainStep(install(SLAVE).as("the first install")))
          .hasMessageStartingWith("Expected no step to match <the first install>, but 1 step");
    }

    @Test
    void leavesTheOverridingErrorMessageToAssertj() {
      assertThatThrownBy(
              () ->
                  assertThat(FROM_0_11_TO_0_12)
                      .overridingErrorMessage("custom")
                      .doesNotContainStep(install(SLAVE)))
          .hasMessage("custom");
    }
  }

  @Test
  void staticImportsOfBothEntryPointsResolveByType() {
    assertThat(FROM_0_11_TO_0_12).hasHopCount(1);
    assertThat("text").startsWith("te");
  }
}
