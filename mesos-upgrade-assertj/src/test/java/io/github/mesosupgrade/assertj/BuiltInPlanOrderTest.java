package io.github.mesosupgrade.assertj;

import static io.github.mesosupgrade.Component.EXECUTOR;
import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.FrameworkChange.SET_CHECKPOINT;
import static io.github.mesosupgrade.FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR;
import static io.github.mesosupgrade.assertj.StepMatchers.install;
import static io.github.mesosupgrade.assertj.StepMatchers.relink;
import static io.github.mesosupgrade.assertj.StepMatchers.restart;
import static io.github.mesosupgrade.assertj.StepMatchers.restartWithFlag;
import static io.github.mesosupgrade.assertj.StepMatchers.stepWithId;
import static io.github.mesosupgrade.assertj.StepMatchers.updateFramework;
import static io.github.mesosupgrade.assertj.UpgradeAssertions.assertThat;

import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The orders of the built-in plans, in the upgrade guide's words, asserted with this module. */
class BuiltInPlanOrderTest {

  @Nested
  class From0_11To0_12Test {
    private final UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.12.0");

    @Test
    void upgradesEverySlaveBeforeAnyMaster() {
      assertThat(plan)
          .containsExactlySteps(install(SLAVE), restart(SLAVE), install(MASTER), restart(MASTER))
          .step(restart(SLAVE))
          .isBefore(install(MASTER));
    }

    @Test
    void leavesTheFrameworksAlone() {
      assertThat(plan)
          .doesNotContainStep(relink(EXECUTOR))
          .doesNotContainStep(relink(SCHEDULER))
          .doesNotContainStep(restart(SCHEDULER));
    }
  }

  @Nested
  class From0_12To0_13Test {
    private final UpgradePlan plan = UpgradePlanner.plan("0.12.0", "0.13.0");

    @Test
    void upgradesMastersThenSchedulersThenSlavesThenExecutors() {
      assertThat(plan)
          .containsExactlySteps(
              install(MASTER),
              restart(MASTER),
              relink(SCHEDULER),
              restart(SCHEDULER),
              install(SLAVE),
              restart(SLAVE),
              relink(EXECUTOR));
    }

    @Test
    void removesTheFlagsThe0_13DaemonsNoLongerAccept() {
      assertThat(plan)
          .step(restart(MASTER))
          .removesFlag("conf")
          .and()
          .step(restart(SLAVE))
          .removesFlag("cgroups_hierarchy_root")
          .removesFlag("webui_dir")
          .removesFlag("conf");
    }
  }

  @Nested
  class From0_13To0_14Test {
    private final UpgradePlan plan = UpgradePlanner.plan("0.13.0", "0.14.0");

    @Test
    void upgradesMastersThenSlavesThenSchedulersThenRestartsMastersAndSlavesAgain() {
      assertThat(plan)
          .containsExactlySteps(
              install(MASTER),
              stepWithId("0.13-0.14/restart-masters"),
              relink(EXECUTOR),
              install(SLAVE),
              restartWithFlag(SLAVE, "checkpoint", "true"),
              relink(SCHEDULER),
              updateFramework(SET_CHECKPOINT),
              restart(SCHEDULER),
              stepWithId("0.13-0.14/restart-masters-again"),
              stepWithId("0.13-0.14/restart-slaves-again"));
    }

    @Test
    void restartsSlavesWithCheckpointBeforeSchedulersSetCheckpoint() {
      assertThat(plan)
          .step(restartWithFlag(SLAVE, "checkpoint", "true"))
          .isBefore(updateFramework(SET_CHECKPOINT))
          .and()
          .step(updateFramework(SET_CHECKPOINT))
          .isBefore(restart(SCHEDULER));
    }

    @Test
    void restartsMastersAndSlavesAgainAfterTheSchedulers() {
      assertThat(plan)
          .containsStepsInOrder(
              restart(MASTER),
              restartWithFlag(SLAVE, "checkpoint"),
              restart(SCHEDULER),
              stepWithId("0.13-0.14/restart-masters-again"),
              stepWithId("0.13-0.14/restart-slaves-again"))
          .step(stepWithId("0.13-0.14/restart-masters-again"))
          .isImmediatelyAfter(restart(SCHEDULER))
          .isImmediatelyBefore(stepWithId("0.13-0.14/restart-slaves-again"));
    }
  }

  @Nested
  class From0_14To0_15Test {
    private final UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");

    @Test
    void upgradesMastersThenSlavesThenFrameworksThenEnforcesAuthentication() {
      assertThat(plan)
          .containsExactlySteps(
              install(MASTER),
              restartWithFlag(MASTER, "credentials", "<path to credentials file>"),
              install(SLAVE),
              restart(SLAVE),
              relink(EXECUTOR),
              relink(SCHEDULER),
              updateFramework(USE_CREDENTIAL_CONSTRUCTOR),
              restart(SCHEDULER),
              restartWithFlag(MASTER, "authenticate", "true"));
    }

    @Test
    void enforcesAuthenticationOnlyAfterEverySchedulerAuthenticates() {
      assertThat(plan)
          .containsStepsInOrder(
              restartWithFlag(MASTER, "credentials"),
              updateFramework(USE_CREDENTIAL_CONSTRUCTOR),
              restart(SCHEDULER),
              restartWithFlag(MASTER, "authenticate", "true"))
          .step(restartWithFlag(MASTER, "credentials"))
          .setsFlag("credentials", "<path to credentials file>")
          .isBefore(restart(SCHEDULER))
          .and()
          .step(restart(SCHEDULER))
          .isBefore(restartWithFlag(MASTER, "authenticate"));
    }

    @Test
    void endsWithTheRestartThatEnforcesAuthentication() {
      assertThat(plan)
          .step(restartWithFlag(MASTER, "authenticate"))
          .setsFlag("authenticate", "true")
          .isAfter(restart(SLAVE))
          .isAfter(relink(EXECUTOR))
          .isImmediatelyAfter(restart(SCHEDULER));
    }

    @Test
    void neverUsesTheFlagSpellingOfTheGuide() {
      assertThat(plan).doesNotContainStep(restartWithFlag(MASTER, "authentication"));
    }
  }

  @Nested
  class AcrossHopsTest {
    private final UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");

    @Test
    void goesThroughTheNewestPatchReleaseOfEveryIntermediateLine() {
      assertThat(plan)
          .hasHops("0.11.0 -> 0.12.1", "0.12.1 -> 0.13.0", "0.13.0 -> 0.14.2", "0.14.2 -> 0.15.0");
    }

    @Test
    void finishesEachHopBeforeTheNextBegins() {
      assertThat(plan)
          .step(restart(MASTER).inHop("0.11-0.12"))
          .isBefore(install(MASTER).inHop("0.12-0.13"))
          .and()
          .step(restart(SLAVE).inHop("0.12-0.13"))
          .isBefore(install(MASTER).inHop("0.13-0.14"))
          .and()
          .step(stepWithId("0.13-0.14/restart-slaves-again"))
          .isImmediatelyBefore(install(MASTER).inHop("0.14-0.15"));
    }

    @Test
    void passesItsOwnValidator() {
      assertThat(PlanValidator.validate(plan)).isValid();
    }
  }

  @Nested
  class InsideOneReleaseLineTest {
    @Test
    void upgradesMastersThenSlaves() {
      assertThat(UpgradePlanner.plan("0.14.0", "0.14.2"))
          .hasHops("0.14.0 -> 0.14.2")
          .containsExactlySteps(
              install(MASTER).inHop("0.14.0-0.14.2"),
              restart(MASTER).inHop("0.14.0-0.14.2"),
              install(SLAVE).inHop("0.14.0-0.14.2"),
              restart(SLAVE).inHop("0.14.0-0.14.2"));
    }

    @Test
    void hasNothingToDoForTheSameRelease() {
      assertThat(UpgradePlanner.plan("0.13.0", "0.13.0")).hasHopCount(0).containsExactlySteps();
    }
  }
}
