package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResumeTest {
  private static final UpgradeCatalog CATALOG = UpgradeCatalog.builtIn();
  private static final UpgradePlanner PLANNER = UpgradePlanner.builtIn();

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  /** The most hops a plan of {@link #pairs()} spans: every plan of the guide's 0.11 to 0.15. */
  static final int MAX_HOPS = 4;

  /**
   * Every plan between two supported releases, from and to included, that spans at most {@link
   * #MAX_HOPS} hops (all of them for the guide's range, 0.11.0 to 0.15.0).
   */
  static List<MesosVersion[]> pairs() {
    List<MesosVersion> releases = new ArrayList<>(CATALOG.supportedReleases());
    List<MesosVersion[]> pairs = new ArrayList<>();
    for (int i = 0; i < releases.size(); i++) {
      for (int j = i; j < releases.size(); j++) {
        int hops =
            CATALOG.releaseLines().indexOf(releases.get(j).releaseLine())
                - CATALOG.releaseLines().indexOf(releases.get(i).releaseLine());
        if (hops <= MAX_HOPS) {
          pairs.add(new MesosVersion[] {releases.get(i), releases.get(j)});
        }
      }
    }
    return pairs;
  }

  /** The states the plan leaves: before any step, then after each step. */
  private static List<ClusterState> statesOf(UpgradePlan plan, ClusterProfile profile) {
    ClusterModel model =
        new ClusterModel(
            CATALOG, ClusterState.at(plan.from()), profile.frameworksLinkLibmesos().orElse(true));
    List<ClusterState> states = new ArrayList<>();
    states.add(model.snapshot());
    for (UpgradeStep step : plan.steps()) {
      model.apply(step);
      states.add(model.snapshot());
    }
    return states;
  }

  @Nested
  class EveryCutPoint {
    @Test
    void resumesWithTheSameRemainingSteps() {
      int cuts = 0;
      int expectedCuts = 0;
      for (MesosVersion[] pair : pairs()) {
        UpgradePlan plan = UpgradePlanner.plan(pair[0], pair[1]);
        List<UpgradeStep> steps = plan.steps();
        expectedCuts += steps.size() + 1;
        List<ClusterState> states = statesOf(plan, ClusterProfile.unknown());
        for (int k = 0; k <= steps.size(); k++) {
          UpgradePlan rest = UpgradePlanner.plan(states.get(k), pair[1]);
          assertThat(rest.steps())
              .as("%s cut after %s steps", plan, k)
              .isEqualTo(steps.subList(k, steps.size()));
          assertThat(PlanValidator.validate(rest).isValid())
              .as("%s cut after %s", plan, k)
              .isTrue();
          cuts++;
        }
      }
      assertThat(cuts).isEqualTo(expectedCuts).isGreaterThan(400);
    }

    @Test
    void resumesWithProfilesOrRedoesOnlyStepsThatLeaveNoTrace() {
      List<ClusterProfile> profiles =
          List.of(
              ClusterProfile.builder().frameworksLinkLibmesos(false).build(),
              ClusterProfile.builder().wantsAuthentication(false).build(),
              ClusterProfile.builder().wantsCheckpointing(false).build(),
              ClusterProfile.builder()
                  .frameworksLinkLibmesos(true)
                  .wantsCheckpointing(true)
                  .wantsAuthentication(true)
                  .slavesUseCgroups(true)
                  .build(),
              ClusterProfile.builder()
                  .frameworksLinkLibmesos(false)
                  .wantsCheckpointing(false)
                  .wantsAuthentication(false)
                  .slavesUseCgroups(false)
                  .build());
      int exact = 0;
      int redone = 0;
      for (ClusterProfile profile : profiles) {
        for (MesosVersion[] pair : pairs()) {
          UpgradePlan plan = PLANNER.createPlan(pair[0], pair[1], profile);
          List<UpgradeStep> steps = plan.steps();
          List<ClusterState> states = statesOf(plan, profile);
          for (int k = 0; k <= steps.size(); k++) {
            UpgradePlan rest = PLANNER.createPlan(states.get(k), pair[1], profile);
            assertThat(PlanValidator.validate(rest).isValid()).isTrue();
            List<UpgradeStep> expected = steps.subList(k, steps.size());
            if (rest.steps().equals(expected)) {
              exact++;
              continue;
            }
            // Resuming earlier is right only when the state is one the whole upgrade also passes
            // through at that earlier point: the steps in between leave no trace.
            UpgradePlan whole = PLANNER.createPlan(rest.from(), pair[1], profile);
            List<UpgradeStep> all = whole.steps();
            int resumedAt = all.size() - rest.steps().size();
            assertThat(all.subList(resumedAt, all.size())).isEqualTo(rest.steps());
            assertThat(
                    rest.steps()
                        .subList(rest.steps().size() - expected.size(), rest.steps().size()))
                .isEqualTo(expected);
            assertThat(withoutLibraries(statesOf(whole, profile).get(resumedAt)))
                .as("%s %s cut after %s", profile, plan, k)
                .isEqualTo(withoutLibraries(states.get(k)));
            // Only restarts leave no trace, and only when nothing else changes the frameworks.
            assertThat(profile.frameworksLinkLibmesos()).contains(false);
            assertThat(profile.wantsCheckpointing()).contains(false);
            redone++;
          }
        }
      }
      assertThat(exact).isGreaterThan(1800);
      // Pure-language bindings without checkpointing: after the 0.13 -> 0.14 hop nothing shows
      // that the schedulers and then the masters and slaves restarted, so those three restarts
      // are done again.
      assertThat(redone).isGreaterThan(0);
    }
  }

  @Nested
  class HalfDoneSteps {
    @Test
    void resumeAtTheStepSomeInstancesStillNeed() {
      int mixed = 0;
      for (MesosVersion[] pair : pairs()) {
        UpgradePlan plan = UpgradePlanner.plan(pair[0], pair[1]);
        List<UpgradeStep> steps = plan.steps();
        List<ClusterState> states = statesOf(plan, ClusterProfile.unknown());
        for (int k = 0; k < steps.size(); k++) {
          Component component = steps.get(k).component();
          ClusterState before = states.get(k);
          ClusterState after = states.get(k + 1);
          ClusterState half = halfDone(component, before, after);
          UpgradePlan rest = UpgradePlanner.plan(half, pair[1]);
          assertThat(rest.steps())
              .as("%s with step %s half done", plan, steps.get(k).id())
              .isEqualTo(steps.subList(k, steps.size()));
          mixed++;
        }
      }
      assertThat(mixed).isGreaterThan(370);
    }

    /** Some instances of {@code component} before the step, some after; the rest after it. */
    private ClusterState halfDone(Component component, ClusterState before, ClusterState after) {
      ImmutableClusterState.Builder state = ClusterState.builder();
      state.addAllMasters(pick(Component.MASTER, component, before.masters(), after.masters()));
      state.addAllSlaves(pick(Component.SLAVE, component, before.slaves(), after.slaves()));
      state.addAllExecutors(
          pick(Component.EXECUTOR, component, before.executors(), after.executors()));
      state.addAllSchedulers(
          pick(Component.SCHEDULER, component, before.schedulers(), after.schedulers()));
      return state.build();
    }

    private <T> List<T> pick(Component which, Component half, Set<T> before, Set<T> after) {
      List<T> groups = new ArrayList<>(after);
      if (which == half) {
        groups.addAll(before);
      }
      return groups;
    }

    @Test
    void rollingSlaveUpgradeResumesAtTheSlaveInstall() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(
                  DaemonState.builder()
                      .installed(v("0.15.0"))
                      .running(v("0.15.0"))
                      .putFlag("credentials", "/etc/mesos/credentials")
                      .build())
              .addSlave(DaemonState.of(v("0.14.2")))
              .addSlave(DaemonState.of(v("0.15.0")))
              .addExecutor(FrameworkState.linkedTo(v("0.14.2")))
              .addScheduler(FrameworkState.linkedTo(v("0.14.2")))
              .build();

      UpgradePlan rest = UpgradePlanner.plan(state, v("0.15.0"));

      assertThat(ids(rest.stepsDone()))
          .containsExactly(
              "0.14-0.15/install-masters", "0.14-0.15/restart-masters-with-credentials");
      assertThat(ids(rest.steps()))
          .containsExactly(
              "0.14-0.15/install-slaves",
              "0.14-0.15/restart-slaves",
              "0.14-0.15/relink-executors",
              "0.14-0.15/relink-schedulers",
              "0.14-0.15/use-credential-in-schedulers",
              "0.14-0.15/restart-schedulers",
              "0.14-0.15/restart-masters-with-authentication");
      assertThat(rest.from()).isEqualTo(v("0.14.2"));
      assertThat(rest.startState()).contains(state);
      assertThat(rest.describe())
          .startsWith(
              "Upgrade 0.14.2 -> 0.15.0: 1 hop, 7 steps to do, resumed from the cluster state (2"
                  + " done)\n");
    }
  }

  @Nested
  class WhatTheStateDoesNotSay {
    @Test
    void unknownFrameworksKeepTheFrameworkStepsTheDaemonsDoNotProveDone() {
      DaemonState masters =
          DaemonState.builder()
              .installed(v("0.15.0"))
              .running(v("0.15.0"))
              .putFlag("credentials", "/etc/mesos/credentials")
              .build();
      ClusterState state =
          ClusterState.builder().addMaster(masters).addSlave(DaemonState.of(v("0.15.0"))).build();

      UpgradePlan rest = UpgradePlanner.plan(state, v("0.15.0"));

      assertThat(ids(rest.steps()))
          .containsExactly(
              "0.14-0.15/relink-executors",
              "0.14-0.15/relink-schedulers",
              "0.14-0.15/use-credential-in-schedulers",
              "0.14-0.15/restart-schedulers",
              "0.14-0.15/restart-masters-with-authentication");
    }

    @Test
    void frameworksLinkingAnOlderPatchReleaseAreNotARefusal() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(DaemonState.of(v("0.14.2")))
              .addSlave(DaemonState.of(v("0.14.2")))
              .addExecutor(FrameworkState.linkedTo(v("0.14.0")))
              .addScheduler(FrameworkState.linkedTo(v("0.14.0")))
              .build();

      UpgradePlan rest = UpgradePlanner.plan(state, v("0.15.0"));

      assertThat(rest.steps()).isEqualTo(UpgradePlanner.plan("0.14.2", "0.15.0").steps());
      assertThat(rest.stepsDone()).isEmpty();
    }

    @Test
    void aFinishedUpgradeLeavesNothingToDo() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(
                  DaemonState.builder()
                      .installed(v("0.15.0"))
                      .running(v("0.15.0"))
                      .putFlag("credentials", "/etc/mesos/credentials")
                      .putFlag("authenticate", "true")
                      .build())
              .addSlave(DaemonState.of(v("0.15.0")))
              .addExecutor(FrameworkState.linkedTo(v("0.15.0")))
              .addScheduler(
                  FrameworkState.builder()
                      .linked(v("0.15.0"))
                      .addChangesMade(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
                      .addChangesRunning(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
                      .build())
              .build();

      UpgradePlan rest = UpgradePlanner.plan(state, v("0.15.0"));

      assertThat(rest.isEmpty()).isTrue();
      assertThat(rest.stepsDone()).hasSize(9);
      assertThat(rest.describe())
          .isEqualTo(
              "Upgrade 0.14.0 -> 0.15.0: nothing left to do, the cluster state shows all 9 steps"
                  + " done.\n");
    }
  }

  @Nested
  class Validation {
    private final ClusterState state =
        ClusterState.builder()
            .addMaster(
                DaemonState.builder()
                    .installed(v("0.15.0"))
                    .running(v("0.15.0"))
                    .putFlag("credentials", "/etc/mesos/credentials")
                    .build())
            .addSlave(DaemonState.of(v("0.14.2")))
            .addExecutor(FrameworkState.linkedTo(v("0.14.2")))
            .addScheduler(FrameworkState.linkedTo(v("0.14.2")))
            .build();

    @Test
    void theRemainingStepsValidateFromTheState() {
      ClusterProfile noAuthentication = ClusterProfile.builder().wantsAuthentication(false).build();
      UpgradePlan rest = PLANNER.createPlan(state, v("0.15.0"), noAuthentication);

      assertThat(PlanValidator.validate(rest).describe())
          .isEqualTo("valid: 0.14.2 -> 0.15.0, 5 steps");
    }

    @Test
    void aStepTheStateShowsDoneIsReported() {
      ClusterProfile noAuthentication = ClusterProfile.builder().wantsAuthentication(false).build();
      UpgradePlan rest = PLANNER.createPlan(state, v("0.15.0"), noAuthentication);
      List<UpgradeStep> steps = new ArrayList<>(rest.stepsDone().subList(0, 1));
      steps.addAll(rest.steps());

      ValidationReport report =
          PlanValidator.forCatalog(CATALOG).checkRest(state, v("0.15.0"), steps, noAuthentication);

      assertThat(report.violations())
          .extracting(Violation::code, Violation::message)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  ViolationCode.STEP_ALREADY_DONE,
                  "step 0.14-0.15/install-masters is already done in the cluster state the steps"
                      + " start from: remove it"));
    }

    @Test
    void aMissingRemainingStepIsReported() {
      UpgradePlan rest = UpgradePlanner.plan(state, v("0.15.0"));
      List<UpgradeStep> steps = new ArrayList<>(rest.steps());
      steps.removeIf(step -> step.id().equals("0.14-0.15/restart-slaves"));

      ValidationReport report = PlanValidator.validateRest(state, v("0.15.0"), steps);

      assertThat(report.first(ViolationCode.STEP_MISSING).map(Violation::message))
          .contains(
              "required step 0.14-0.15/restart-slaves is missing: Restart every slave on"
                  + " 0.15.0.");
      assertThat(report.has(ViolationCode.END_STATE_NOT_REACHED)).isTrue();
    }
  }

  /** The state without the library releases, which frameworks on pure-language bindings lack. */
  private static ClusterState withoutLibraries(ClusterState state) {
    MesosVersion none = MesosVersion.of(0, 0, 0);
    ImmutableClusterState.Builder out =
        ClusterState.builder().addAllMasters(state.masters()).addAllSlaves(state.slaves());
    for (FrameworkState group : state.executors()) {
      out.addExecutor(
          FrameworkState.builder()
              .linked(none)
              .addAllChangesMade(group.changesMade())
              .addAllChangesRunning(group.changesRunning())
              .build());
    }
    for (FrameworkState group : state.schedulers()) {
      out.addScheduler(
          FrameworkState.builder()
              .linked(none)
              .addAllChangesMade(group.changesMade())
              .addAllChangesRunning(group.changesRunning())
              .build());
    }
    return out.build();
  }

  static List<String> ids(List<UpgradeStep> steps) {
    return steps.stream().map(UpgradeStep::id).toList();
  }
}
