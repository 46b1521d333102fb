package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The version rules of Mesos: before 1.0 every release line is a hop; from 1.0 a master or agent
 * goes from a stable release straight to the target, carrying the notes and "before" rules of every
 * line it crosses; masters from 1.2.1 ignore 0.x agents.
 */
class DirectUpgradesTest {
  private static List<String> ids(UpgradeHop hop) {
    return hop.steps().stream().map(UpgradeStep::id).toList();
  }

  private static List<String> hops(UpgradePlan plan) {
    return plan.hops().stream().map(UpgradeHop::toString).toList();
  }

  private static Violation violation(ViolationCode code, String message, String... stepIds) {
    return Violation.of(code, message, stepIds);
  }

  @Nested
  class PlanShape {
    @Test
    void before10EveryReleaseLineIsAHopEndingOnItsNewestRelease() {
      UpgradePlan plan = UpgradePlanner.plan("0.26.0", "1.0.0");
      assertThat(hops(plan))
          .containsExactly("0.26.0 -> 0.27.3", "0.27.3 -> 0.28.3", "0.28.3 -> 1.0.0");
    }

    @Test
    void from10OneJumpCrossesEveryLine() {
      UpgradePlan plan = UpgradePlanner.plan("1.0.4", "1.11.0");
      assertThat(hops(plan)).containsExactly("1.0.4 -> 1.11.0");
      assertThat(ids(plan.hops().get(0)))
          .containsExactly(
              "1.2-1.3/move-deprecated-acls",
              "1.4-1.5/accept-task-starting-in-schedulers",
              "1.4-1.5/restart-schedulers-accepting-task-starting",
              "1.10-1.11/rebuild-master-modules",
              "1.10-1.11/rebuild-agent-modules",
              "1.10-1.11/convert-master-credentials-to-json",
              "1.10-1.11/install-masters",
              "1.10-1.11/restart-masters",
              "1.5-1.6/remove-storage-resource-providers",
              "1.10-1.11/convert-agent-credentials-to-json",
              "1.10-1.11/install-agents",
              "1.7-1.8/list-agent-operation-feedback-in-agent-features",
              "1.8-1.9/list-agent-draining-in-agent-features",
              "1.9-1.10/list-task-resource-limits-in-agent-features",
              "1.10-1.11/restart-agents",
              "1.10-1.11/relink-schedulers",
              "1.10-1.11/restart-schedulers",
              "1.10-1.11/relink-executors");
      assertThat(PlanValidator.validate(plan).isValid()).isTrue();
    }

    @Test
    void aJumpStartsFromTheStableReleaseOfItsLine() {
      UpgradePlan plan = UpgradePlanner.plan("1.2.0", "1.4.1");
      assertThat(hops(plan)).containsExactly("1.2.0 -> 1.2.3", "1.2.3 -> 1.4.1");
      assertThat(ids(plan.hops().get(0)))
          .containsExactly(
              "1.2.0-1.2.3/install-masters",
              "1.2.0-1.2.3/restart-masters",
              "1.2.0-1.2.3/install-agents",
              "1.2.0-1.2.3/restart-agents");
      assertThat(plan.hops().get(0).steps().get(2).purpose())
          .isEqualTo(
              "a patch release inside one release line; masters first, then agents, as Mesos' own"
                  + " upgrade test does");
      assertThat(UpgradePlanner.plan("0.14.0", "0.14.2").steps())
          .extracting(UpgradeStep::id, UpgradeStep::purpose)
          .contains(
              tuple(
                  "0.14.0-0.14.2/install-slaves",
                  "a patch release inside one release line; masters first, then slaves, as Mesos'"
                      + " own upgrade test does"));
      assertThat(hops(UpgradePlanner.plan("1.2.3", "1.3.0"))).containsExactly("1.2.3 -> 1.3.0");
      assertThat(hops(UpgradePlanner.plan("1.2.1", "1.3.0")))
          .containsExactly("1.2.1 -> 1.2.3", "1.2.3 -> 1.3.0");
    }

    @Test
    void aPlanFrom0xGoesThrough10BeforeItJumps() {
      UpgradePlan plan = UpgradePlanner.plan("0.28.0", "1.11.0");
      assertThat(hops(plan)).containsExactly("0.28.0 -> 1.0.4", "1.0.4 -> 1.11.0");
      assertThat(hops(UpgradePlanner.plan("0.11.0", "1.11.0")))
          .hasSize(19)
          .endsWith("0.27.3 -> 0.28.3", "0.28.3 -> 1.0.4", "1.0.4 -> 1.11.0");
    }

    @Test
    void aPlannerKeepsTheJumpsItMadeUpToItsLimitAndMakesTheRestAgain() {
      UpgradeCatalog catalog = UpgradeCatalog.builtIn();
      HopPlanner planner = new HopPlanner(catalog, 2);
      List<MesosVersion[]> jumps =
          List.of(
              new MesosVersion[] {MesosVersion.parse("1.0.4"), MesosVersion.parse("1.11.0")},
              new MesosVersion[] {MesosVersion.parse("1.2.3"), MesosVersion.parse("1.6.0")},
              new MesosVersion[] {MesosVersion.parse("1.3.2"), MesosVersion.parse("1.5.0")});
      List<UpgradeHop> first = new java.util.ArrayList<>();
      for (MesosVersion[] jump : jumps) {
        first.add(planner.hops(jump[0], jump[1]).get(0));
      }
      for (int i = 0; i < jumps.size(); i++) {
        UpgradeHop again = planner.hops(jumps.get(i)[0], jumps.get(i)[1]).get(0);
        UpgradeHop fresh = new HopPlanner(catalog).hops(jumps.get(i)[0], jumps.get(i)[1]).get(0);
        assertThat(again).isEqualTo(first.get(i)).isEqualTo(fresh);
        if (i < 2) {
          assertThat(again).as("kept jump %s", i).isSameAs(first.get(i));
        } else {
          assertThat(again).as("jump %s, past the limit", i).isNotSameAs(first.get(i));
        }
      }
      assertThat(HopPlanner.JUMPS_KEPT).isEqualTo(256);
    }

    @Test
    void theJumpsACatalogsChecksPlanDoNotCrowdOutTheJumpsUsersPlan() {
      // 30 lines of 1.x: the checks plan 435 jumps, more than a planner keeps.
      UpgradeCatalog catalog = SyntheticCatalog.builder(1, 30).build();
      MesosVersion from = MesosVersion.of(1, 0, 1);
      MesosVersion to = MesosVersion.of(1, 29, 1);
      UpgradeHop first = catalog.hopPlanner().hops(from, to).get(0);
      assertThat(catalog.hopPlanner().hops(from, to).get(0)).isSameAs(first);
      assertThat(first.steps()).hasSize(7);
    }

    @Test
    void sharedStepsCarryTheNotesAndFlagChangesOfEveryCrossedLine() {
      UpgradeHop jump = UpgradePlanner.plan("1.0.4", "1.11.0").hops().get(0);
      UpgradeStep restartAgents =
          jump.steps().stream()
              .filter(step -> step.id().equals("1.10-1.11/restart-agents"))
              .findFirst()
              .orElseThrow();
      assertThat(restartAgents.flagChanges())
          .extracting(FlagChange::toString)
          .containsExactly("remove --containerizer_path", "remove --default_container_image");
      assertThat(restartAgents.notes())
          .extracting(Note::text)
          .anyMatch(text -> text.startsWith("1.1.0 removes the agent flags --containerizer_path"))
          .anyMatch(text -> text.startsWith("1.8 agents no longer serve /state.json"))
          .anyMatch(text -> text.startsWith("New agent flag --csi_plugin_config_dir"));
      assertThat(restartAgents.describe())
          .isEqualTo(
              "Restart every agent on 1.11.0 after removing --containerizer_path,"
                  + " --default_container_image.");
      assertThat(jump.notes())
          .extracting(Note::text)
          .contains("Building Mesos needs Protobuf 3 or later.");
      assertThat(jump.removedEndpoints())
          .extracting(Endpoint::toString)
          .contains(
              "master /state.json [0.10.0, 1.8.0)",
              "slave /monitor/statistics.json [0.13.0, 1.8.0)");
    }

    @Test
    void stepsDoneBeforeTheUpgradeRunOnTheStartingRelease() {
      UpgradeHop jump = UpgradePlanner.plan("1.3.2", "1.6.0").hops().get(0);
      assertThat(jump.steps())
          .filteredOn(step -> step.id().startsWith("1.4-1.5/"))
          .extracting(UpgradeStep::describe)
          .containsExactly(
              "Change the schedulers to accept TASK_STARTING status updates (if necessary):"
                  + " schedulers whose tasks run under the built-in executors: those executors"
                  + " send TASK_STARTING from 1.5 for every task they are about to start.",
              "Restart the schedulers so they run their 1.3.2 library and code (if necessary):"
                  + " the schedulers run the changed code before any agent runs 1.5.");
    }
  }

  @Nested
  class TheCrossedLinesRulesStillHold {
    @Test
    void aclsMovedAfterTheBinariesBreakTheRuleOf13() {
      ValidationReport report =
          Runbooks.of("1.0.4", "1.11.0")
              .moveAfter("1.2-1.3/move-deprecated-acls", "1.10-1.11/install-masters")
              .validate();
      assertThat(report.violations())
          .containsExactly(
              violation(
                  ViolationCode.ORDERING_RULE,
                  "step 1.10-1.11/install-masters must come after step 1.2-1.3/move-deprecated-acls"
                      + " (the ACLs move to update_quotas and teardown_frameworks before the"
                      + " binaries change): move it after 1.2-1.3/move-deprecated-acls [upgrade"
                      + " guide at 1.3.0, \"Upgrading from 1.2.x to 1.3.x\", bullet 2]",
                  "1.10-1.11/install-masters",
                  "1.2-1.3/move-deprecated-acls"));
    }

    @Test
    void storageProvidersRemovedAfterTheAgentsBreakTheRuleOf16() {
      ValidationReport report =
          Runbooks.of("1.5.3", "1.8.1")
              .moveAfter("1.5-1.6/remove-storage-resource-providers", "1.7-1.8/restart-agents")
              .validate();
      assertThat(report.violations())
          .extracting(Violation::code, Violation::stepIds)
          .containsExactly(
              org.assertj.core.api.Assertions.tuple(
                  ViolationCode.ORDERING_RULE,
                  List.of("1.7-1.8/install-agents", "1.5-1.6/remove-storage-resource-providers")));
    }

    @Test
    void schedulersRestartedAfterTheMastersBreakTheRuleOf15() {
      ValidationReport report =
          Runbooks.of("1.4.3", "1.5.0")
              .moveAfter(
                  "1.4-1.5/restart-schedulers-accepting-task-starting", "1.4-1.5/install-masters")
              .validate();
      assertThat(report.violations())
          .extracting(Violation::message)
          .containsExactly(
              "step 1.4-1.5/install-masters must come after step"
                  + " 1.4-1.5/restart-schedulers-accepting-task-starting (schedulers accept"
                  + " TASK_STARTING before Mesos is upgraded): move it after"
                  + " 1.4-1.5/restart-schedulers-accepting-task-starting [upgrade guide at 1.5.0,"
                  + " \"Upgrading from 1.4.x to 1.5.x\", bullet 1]");
    }

    @Test
    void theFeatureListChangesBeforeTheAgentsRestart() {
      ValidationReport report =
          Runbooks.of("1.8.1", "1.9.0")
              .moveAfter("1.8-1.9/list-agent-draining-in-agent-features", "1.8-1.9/restart-agents")
              .validate();
      assertThat(report.violations())
          .extracting(Violation::code)
          .containsExactly(ViolationCode.ORDERING_RULE);
    }
  }

  @Nested
  class OldAgents {
    @Test
    void mastersFrom121WithSlavesBefore10AreReportedOnce() {
      List<UpgradeStep> steps =
          List.of(
              patch("install-masters", Component.MASTER, StepAction.INSTALL_BINARIES),
              patch("restart-masters", Component.MASTER, StepAction.RESTART));
      ValidationReport report =
          PlanValidator.validate(MesosVersion.of(0, 28, 3), MesosVersion.of(1, 2, 1), steps);
      assertThat(report.violations())
          .filteredOn(v -> v.code() == ViolationCode.SLAVES_IGNORED)
          .containsExactly(
              violation(
                  ViolationCode.SLAVES_IGNORED,
                  "after step 0.28-1.0/restart-masters the masters run 1.2.1 and the slaves run"
                      + " 0.28.3: masters from 1.2.1 ignore slaves older than 1.0.0"
                      + " (MINIMUM_AGENT_VERSION, apache/mesos src/master/constants.hpp at 1.2.1),"
                      + " so those slaves drop out of the cluster; finish the upgrade of every"
                      + " slave to 1.0 before the masters move past 1.2.0",
                  "0.28-1.0/restart-masters"));
      assertThat(report.has(ViolationCode.VERSION_SKEW)).isFalse();
    }

    @Test
    void mastersOn11WithSlavesOn028AreASkew() {
      List<UpgradeStep> steps =
          List.of(
              step(
                  "0.28-1.0/install-masters",
                  Component.MASTER,
                  StepAction.INSTALL_BINARIES,
                  "1.1.0"),
              step("0.28-1.0/restart-masters", Component.MASTER, StepAction.RESTART, "1.1.0"));
      ValidationReport report =
          PlanValidator.validate(MesosVersion.of(0, 28, 3), MesosVersion.of(1, 1, 0), steps);
      assertThat(report.violations())
          .extracting(Violation::code)
          .contains(ViolationCode.VERSION_SKEW)
          .doesNotContain(ViolationCode.SLAVES_IGNORED);
    }

    @Test
    void noPlanCreatesTheState() {
      UpgradeCatalog catalog = UpgradeCatalog.builtIn();
      for (MesosVersion from : catalog.supportedReleases().headSet(MesosVersion.of(1, 0, 0))) {
        UpgradePlan plan = UpgradePlanner.plan(from, catalog.newestSupported());
        assertThat(PlanValidator.validate(plan).has(ViolationCode.SLAVES_IGNORED))
            .as("%s", from)
            .isFalse();
      }
    }

    private UpgradeStep patch(String name, Component component, StepAction action) {
      return step("0.28-1.0/" + name, component, action, "1.2.1");
    }

    private UpgradeStep step(String id, Component component, StepAction action, String version) {
      return UpgradeStep.builder()
          .id(id)
          .component(component)
          .action(action)
          .version(MesosVersion.parse(version))
          .necessity(Necessity.REQUIRED)
          .source(Source.mesos("docs/upgrades.md", "1.2.1"))
          .build();
    }
  }

  @Nested
  class LibmesosFor024 {
    @Test
    void schedulersLinkingOlderThan023WhenTheMastersRun024AreReported() {
      ValidationReport report =
          Runbooks.of("0.22.2", "0.24.0")
              .remove("0.22-0.23/relink-schedulers")
              .remove("0.23-0.24/relink-old-schedulers")
              .validate();
      assertThat(report.violations())
          .containsExactly(
              violation(
                  ViolationCode.SCHEDULER_LIBRARY_TOO_OLD,
                  "after step 0.23-0.24/restart-masters the masters run 0.24.0 and publish their"
                      + " ZooKeeper record as JSON, but the schedulers link 0.22.2, which cannot"
                      + " read it before 0.23.0, so they no longer find the masters: relink the"
                      + " schedulers against 0.23.0 or later and restart them before the masters"
                      + " move to 0.24",
                  "0.23-0.24/restart-masters"));
    }

    @Test
    void relinkingTheOldSchedulersBeforeTheMastersSatisfiesTheRule() {
      ValidationReport report =
          Runbooks.of("0.22.2", "0.24.0").remove("0.22-0.23/relink-schedulers").validate();
      assertThat(report.isValid()).isTrue();
    }
  }
}
