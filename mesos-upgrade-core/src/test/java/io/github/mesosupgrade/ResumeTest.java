package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResumeTest {
  private static final UpgradeCatalog CATALOG = UpgradeCatalog.builtIn();

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  /** Masters that run 0.15.0 with {@code --credentials}, before authentication is enforced. */
  private static DaemonState mastersOn015WithCredentials() {
    return DaemonState.builder()
        .installed(v("0.15.0"))
        .running(v("0.15.0"))
        .putFlag("credentials", "/etc/mesos/credentials")
        .build();
  }

  /** The newest release line of the upgrade guide's first range, whose plans are all taken. */
  static final ReleaseLine GUIDE_RANGE_END = ReleaseLine.of(0, 15);

  /**
   * Whether the tests cut a sample of the plans only: the mutation-testing profile sets {@code
   * mesosupgrade.test.sample}, because every mutant that survives reruns every test that covers it.
   */
  static final boolean SAMPLE = Boolean.getBoolean("mesosupgrade.test.sample");

  /**
   * The plans the exhaustive tests cut: every plan between two releases of the guide's range
   * (0.11.0 to 0.15.0), and beyond it every plan across at most two release lines between the first
   * and newest releases of each line, so that every later hop and jump is cut too. The {@link
   * #SAMPLE} keeps the plans between the first and newest releases of neighbouring lines.
   */
  static List<MesosVersion[]> pairs() {
    List<MesosVersion> releases = new ArrayList<>(CATALOG.supportedReleases());
    List<MesosVersion[]> pairs = new ArrayList<>();
    for (int i = 0; i < releases.size(); i++) {
      for (int j = i; j < releases.size(); j++) {
        MesosVersion from = releases.get(i);
        MesosVersion to = releases.get(j);
        boolean guide = to.releaseLine().compareTo(GUIDE_RANGE_END) <= 0;
        int lines =
            CATALOG.releaseLines().indexOf(to.releaseLine())
                - CATALOG.releaseLines().indexOf(from.releaseLine());
        boolean ends = isFirstOrNewest(from) && isFirstOrNewest(to);
        if (SAMPLE ? lines == 1 && ends : guide || (lines <= 2 && ends)) {
          pairs.add(new MesosVersion[] {from, to});
        }
      }
    }
    return pairs;
  }

  private static boolean isFirstOrNewest(MesosVersion version) {
    return CATALOG.releasesOf(version.releaseLine()).first().equals(version)
        || CATALOG.newestRelease(version.releaseLine()).orElseThrow().equals(version);
  }

  /** The states the plan leaves: before any step, then after each step. */
  private static List<ClusterState> statesOf(UpgradePlan plan, ClusterProfile profile) {
    ClusterModel model =
        new ClusterModel(CATALOG, plan.from(), profile.frameworksLinkLibmesos().orElse(true));
    List<ClusterState> states = new ArrayList<>();
    states.add(model.snapshot());
    for (UpgradeStep step : plan.steps()) {
      var unused = model.apply(step);
      states.add(model.snapshot());
    }
    return states;
  }

  @Nested
  class EveryCutPoint {
    @Test
    void resumesWithTheSameRemainingSteps() {
      Tally tally = new Tally();
      for (MesosVersion[] pair : pairs()) {
        UpgradePlan plan = UpgradePlanner.plan(pair[0], pair[1]);
        List<ClusterState> states = statesOf(plan, ClusterProfile.unknown());
        for (int k = 0; k <= plan.steps().size(); k++) {
          UpgradePlan rest = UpgradePlanner.plan(states.get(k), pair[1]);
          tally.check(ClusterProfile.unknown(), plan, states, k, rest);
        }
      }
      assertThat(tally.exact).isGreaterThan(SAMPLE ? 40 : 400);
      // Reconfigurations (ACLs, resource providers, cgroups mounts) and module rebuilds leave
      // nothing in the state to show them done: a cut right after one resumes before it.
      assertThat(tally.redone).isPositive();
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
      Tally tally = new Tally();
      for (ClusterProfile profile : profiles) {
        for (MesosVersion[] pair : pairs()) {
          UpgradePlan plan = UpgradePlanner.plan(pair[0], pair[1], profile);
          List<ClusterState> states = statesOf(plan, profile);
          for (int k = 0; k <= plan.steps().size(); k++) {
            UpgradePlan rest = UpgradePlanner.plan(states.get(k), pair[1], profile);
            tally.check(profile, plan, states, k, rest);
          }
        }
      }
      assertThat(tally.exact).isGreaterThan(SAMPLE ? 180 : 1800);
      // Pure-language bindings without checkpointing: after the 0.13 -> 0.14 hop nothing shows
      // that the schedulers and then the masters and slaves restarted, so those restarts are
      // done again; so are reconfigurations and module rebuilds.
      assertThat(tally.redone).isGreaterThan(0);
    }
  }

  @Nested
  class HalfDoneSteps {
    @Test
    void resumeAtTheStepSomeInstancesStillNeed() {
      Tally tally = new Tally();
      for (MesosVersion[] pair : pairs()) {
        UpgradePlan plan = UpgradePlanner.plan(pair[0], pair[1]);
        List<UpgradeStep> steps = plan.steps();
        List<ClusterState> states = statesOf(plan, ClusterProfile.unknown());
        for (int k = 0; k < steps.size(); k++) {
          Component component = steps.get(k).component();
          ClusterState before = states.get(k);
          ClusterState after = states.get(k + 1);
          boolean traceless =
              component.isDaemon()
                  ? before.daemons(component).equals(after.daemons(component))
                  : before.frameworks(component).equals(after.frameworks(component));
          if (traceless) {
            continue;
          }
          ClusterState half = halfDone(component, before, after);
          UpgradePlan rest = UpgradePlanner.plan(half, pair[1]);
          tally.check(ClusterProfile.unknown(), plan, states, k, rest);
        }
      }
      assertThat(tally.exact).isGreaterThan(SAMPLE ? 37 : 370);
    }

    /** Some instances of {@code component} before the step, some after; the rest after it. */
    private ClusterState halfDone(Component component, ClusterState before, ClusterState after) {
      ClusterState.Builder state = ClusterState.builder();
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
              .addMaster(mastersOn015WithCredentials())
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
            .addMaster(mastersOn015WithCredentials())
            .addSlave(DaemonState.of(v("0.14.2")))
            .addExecutor(FrameworkState.linkedTo(v("0.14.2")))
            .addScheduler(FrameworkState.linkedTo(v("0.14.2")))
            .build();

    @Test
    void theRemainingStepsValidateFromTheState() {
      ClusterProfile noAuthentication = ClusterProfile.builder().wantsAuthentication(false).build();
      UpgradePlan rest = UpgradePlanner.plan(state, v("0.15.0"), noAuthentication);

      assertThat(PlanValidator.validate(rest).describe())
          .isEqualTo("valid: 0.14.2 -> 0.15.0, 5 steps");
    }

    @Test
    void aStepTheStateShowsDoneIsReported() {
      ClusterProfile noAuthentication = ClusterProfile.builder().wantsAuthentication(false).build();
      UpgradePlan rest = UpgradePlanner.plan(state, v("0.15.0"), noAuthentication);
      List<UpgradeStep> steps = new ArrayList<>(rest.stepsDone().subList(0, 1));
      steps.addAll(rest.steps());

      ValidationReport report =
          PlanValidator.validate(CATALOG, state, v("0.15.0"), steps, noAuthentication);

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

      ValidationReport report = PlanValidator.validate(state, v("0.15.0"), steps);

      assertThat(report.first(ViolationCode.STEP_MISSING).map(Violation::message))
          .contains(
              "required step 0.14-0.15/restart-slaves is missing: Restart every slave on"
                  + " 0.15.0.");
      assertThat(report.has(ViolationCode.END_STATE_NOT_REACHED)).isTrue();
    }
  }

  /**
   * Counts resumes that give exactly the remaining steps, and checks the others: they may start
   * earlier only where the state cannot tell, that is where the whole upgrade passes through the
   * same state at that earlier point, and only by steps that leave nothing in the state to show
   * them done (reconfigurations, module rebuilds, restarts).
   */
  static final class Tally {
    int exact;
    int redone;

    void check(
        ClusterProfile profile,
        UpgradePlan plan,
        List<ClusterState> states,
        int k,
        UpgradePlan rest) {
      List<UpgradeStep> steps = plan.steps();
      List<UpgradeStep> expected = steps.subList(k, steps.size());
      assertThat(PlanValidator.validate(rest).violations())
          .as("%s cut after %s", plan, k)
          .isEmpty();
      if (keys(rest.steps()).equals(keys(expected))) {
        exact++;
        return;
      }
      int extra = rest.steps().size() - expected.size();
      assertThat(extra).as("%s %s cut after %s: %s", profile, plan, k, rest.steps()).isPositive();
      assertThat(keys(rest.steps().subList(extra, rest.steps().size()))).isEqualTo(keys(expected));
      boolean pure = profile.frameworksLinkLibmesos().equals(java.util.Optional.of(false));
      List<ClusterState> passed;
      if (k - extra >= 0
          && keys(rest.steps()).equals(keys(steps.subList(k - extra, steps.size())))) {
        // Earlier in the same plan.
        passed = states.subList(k - extra, k + 1);
      } else {
        // On the plan from an earlier release: the whole upgrade from there passes there.
        UpgradePlan whole = UpgradePlanner.plan(rest.from(), plan.to(), profile);
        List<UpgradeStep> all = whole.steps();
        int resumedAt = all.size() - rest.steps().size();
        assertThat(keys(all.subList(resumedAt, all.size()))).isEqualTo(keys(rest.steps()));
        passed =
            new ArrayList<>(statesOf(whole, profile).subList(resumedAt, resumedAt + extra + 1));
        passed.set(passed.size() - 1, states.get(k));
      }
      // The state where the plan resumes is the state observed: nothing tells them apart.
      ClusterState there = passed.get(0);
      ClusterState here = passed.get(passed.size() - 1);
      there = withPlaceholders(there);
      here = withPlaceholders(here);
      assertThat(pure ? withoutLibraries(there) : there)
          .as("%s %s cut after %s, resumed %s steps earlier", profile, plan, k, extra)
          .isEqualTo(pure ? withoutLibraries(here) : here);
      redone++;
    }
  }

  /**
   * What an operator does at each step: id, release and flag changes. Plans of a 1.x jump from
   * different releases carry the same steps with the notes of different lines.
   */
  static List<String> keys(List<UpgradeStep> steps) {
    return steps.stream()
        .map(step -> step.id() + " " + step.version() + " " + step.flagChanges())
        .toList();
  }

  /** The state with every placeholder flag value ({@code <...>}) written the same way. */
  private static ClusterState withPlaceholders(ClusterState state) {
    ClusterState.Builder out =
        ClusterState.builder()
            .addAllExecutors(state.executors())
            .addAllSchedulers(state.schedulers());
    for (DaemonState group : state.masters()) {
      out.addMaster(group.withFlags(placeholders(group.flags())));
    }
    for (DaemonState group : state.slaves()) {
      out.addSlave(group.withFlags(placeholders(group.flags())));
    }
    return out.build();
  }

  private static java.util.Map<String, String> placeholders(java.util.Map<String, String> flags) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    flags.forEach(
        (name, value) ->
            out.put(name, value.startsWith("<") && value.endsWith(">") ? "<placeholder>" : value));
    return out;
  }

  /** The state without the library releases, which frameworks on pure-language bindings lack. */
  private static ClusterState withoutLibraries(ClusterState state) {
    MesosVersion none = MesosVersion.of(0, 0, 0);
    ClusterState.Builder out =
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

  /**
   * 1.x clusters whose masters were upgraded straight from an agent's release, without the patch
   * hop to the stable release that a plan from there goes through first (Mesos upgrades masters
   * first, then agents, and a 1.x master supports agents one line older).
   */
  @Nested
  class MastersAheadOf1xAgents {
    private ClusterState state(String masters, String... agents) {
      ClusterState.Builder state = ClusterState.builder().addMaster(DaemonState.of(v(masters)));
      for (String agent : agents) {
        state.addSlave(DaemonState.of(v(agent)));
      }
      return state.build();
    }

    @Test
    void agentsOnTheLineBeforeAreUpgradedToTheMastersReleaseFirstThenTheJump() {
      ClusterState state = state("1.5.0", "1.4.0", "1.5.0");

      UpgradePlan rest = UpgradePlanner.plan(state, v("1.11.0"));

      assertThat(ids(rest.stepsDone()))
          .containsExactly(
              "1.4-1.5/accept-task-starting-in-schedulers",
              "1.4-1.5/restart-schedulers-accepting-task-starting",
              "1.4-1.5/rebuild-master-modules",
              "1.4-1.5/rebuild-agent-modules",
              "1.4-1.5/install-masters",
              "1.4-1.5/restart-masters");
      assertThat(ids(rest.steps()))
          .containsExactly(
              "1.4-1.5/install-agents",
              "1.4-1.5/restart-agents",
              "1.4-1.5/relink-schedulers",
              "1.4-1.5/restart-schedulers",
              "1.4-1.5/relink-executors",
              "1.5.0-1.5.3/install-masters",
              "1.5.0-1.5.3/restart-masters",
              "1.5.0-1.5.3/install-agents",
              "1.5.0-1.5.3/restart-agents",
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
      assertThat(rest.hops())
          .extracting(hop -> hop.from() + " -> " + hop.to())
          .containsExactly("1.4.0 -> 1.5.0", "1.5.0 -> 1.5.3", "1.5.3 -> 1.11.0");
      assertThat(rest.from()).isEqualTo(v("1.4.0"));
      assertThat(rest.startState()).contains(state);
      assertThat(rest.describe())
          .startsWith(
              "Upgrade 1.4.0 -> 1.11.0: 3 hops, 24 steps to do, resumed from the cluster state (6"
                  + " done)\n");
      assertThat(PlanValidator.validate(rest).isValid()).isTrue();
    }

    @Test
    void toTheMastersReleaseOnlyTheAgentsAndFrameworksAreLeft() {
      UpgradePlan rest = UpgradePlanner.plan(state("1.5.0", "1.4.0"), v("1.5.0"));

      assertThat(ids(rest.steps()))
          .containsExactly(
              "1.4-1.5/install-agents",
              "1.4-1.5/restart-agents",
              "1.4-1.5/relink-schedulers",
              "1.4-1.5/restart-schedulers",
              "1.4-1.5/relink-executors");
      assertThat(PlanValidator.validate(rest).describe())
          .isEqualTo("valid: 1.4.0 -> 1.5.0, 5 steps");
    }

    @Test
    void mastersOnALaterPatchReleaseOfTheAgentsLine() {
      UpgradePlan rest = UpgradePlanner.plan(state("1.5.2", "1.5.0", "1.5.2"), v("1.6.0"));

      assertThat(ids(rest.stepsDone()))
          .containsExactly("1.5.0-1.5.2/install-masters", "1.5.0-1.5.2/restart-masters");
      assertThat(ids(rest.steps()).subList(0, 6))
          .containsExactly(
              "1.5.0-1.5.2/install-agents",
              "1.5.0-1.5.2/restart-agents",
              "1.5.2-1.5.3/install-masters",
              "1.5.2-1.5.3/restart-masters",
              "1.5.2-1.5.3/install-agents",
              "1.5.2-1.5.3/restart-agents");
      assertThat(rest.steps()).hasSize(16);
    }

    @Test
    void agentsOnTheStableReleaseStayOnThePlanThroughIt() {
      UpgradePlan rest = UpgradePlanner.plan(state("1.5.0", "1.4.3"), v("1.5.0"));

      assertThat(ids(rest.stepsDone()))
          .startsWith("1.4.0-1.4.3/install-masters")
          .endsWith("1.4-1.5/restart-masters")
          .hasSize(10);
      assertThat(ids(rest.steps()).get(0)).isEqualTo("1.4-1.5/install-agents");
    }

    private String name(ReleaseLine line) {
      return line.major() + "." + line.minor();
    }

    @Test
    void a0xMidHopStateStaysOnThePlanThroughEveryLine() {
      UpgradePlan rest = UpgradePlanner.plan(state("0.14.2", "0.13.0"), v("0.15.0"));

      assertThat(rest.from()).isEqualTo(v("0.12.0"));
      assertThat(ids(rest.stepsDone()))
          .endsWith("0.13-0.14/install-masters", "0.13-0.14/restart-masters")
          .hasSize(9);
      assertThat(ids(rest.steps()))
          .containsExactly(
              "0.13-0.14/relink-executors",
              "0.13-0.14/install-slaves",
              "0.13-0.14/restart-slaves-with-checkpoint",
              "0.13-0.14/relink-schedulers",
              "0.13-0.14/set-checkpoint-in-schedulers",
              "0.13-0.14/restart-schedulers",
              "0.13-0.14/restart-masters-again",
              "0.13-0.14/restart-slaves-again",
              "0.14-0.15/install-masters",
              "0.14-0.15/restart-masters-with-credentials",
              "0.14-0.15/install-slaves",
              "0.14-0.15/restart-slaves",
              "0.14-0.15/relink-executors",
              "0.14-0.15/relink-schedulers",
              "0.14-0.15/use-credential-in-schedulers",
              "0.14-0.15/restart-schedulers",
              "0.14-0.15/restart-masters-with-authentication");
    }

    @Test
    void agentsBehindOnTwoReleasesOfTheLineBeforeAreUpgradedTogether() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(DaemonState.of(v("1.5.0")))
              .addSlave(DaemonState.of(v("1.4.0")))
              .addSlave(DaemonState.of(v("1.4.3")))
              .addSlave(DaemonState.of(v("1.5.0")))
              .build();

      UpgradePlan rest = UpgradePlanner.plan(state, v("1.5.0"));

      assertThat(ids(rest.steps()))
          .containsExactly(
              "1.4-1.5/install-agents",
              "1.4-1.5/restart-agents",
              "1.4-1.5/relink-schedulers",
              "1.4-1.5/restart-schedulers",
              "1.4-1.5/relink-executors");
      assertThat(rest.from()).isEqualTo(v("1.4.0"));
      assertThat(rest.startState()).contains(state);
      assertThat(PlanValidator.validate(rest).describe())
          .isEqualTo("valid: 1.4.0 -> 1.5.0, 5 steps");
    }

    @Test
    void everyStateWithMastersAheadByAPatchOrALineIsOnAPlanThatValidates() {
      List<MesosVersion> oneX =
          CATALOG.supportedReleases().stream()
              .filter(r -> r.releaseLine().compareTo(HopPlanner.DIRECT_UPGRADES_FROM) >= 0)
              .toList();
      qt().withFixedSeed(Long.getLong("QT_SEED", 20_261_201L))
          .withExamples(SAMPLE ? 5 : 40)
          .forAll(
              integers().between(0, oneX.size() - 1),
              integers().between(0, 10_000),
              integers().between(0, 10_000))
          .assuming((a, m, t) -> !mastersOptions(oneX, oneX.get(a)).isEmpty())
          .checkAssert(
              (a, m, t) -> {
                MesosVersion agents = oneX.get(a);
                List<MesosVersion> options = mastersOptions(oneX, agents);
                MesosVersion masters = options.get(m % options.size());
                List<MesosVersion> targets =
                    oneX.stream().filter(r -> !r.isBefore(masters)).toList();
                MesosVersion to = targets.get(t % targets.size());

                UpgradePlan rest =
                    UpgradePlanner.plan(state(masters.toString(), agents.toString()), to);

                String what = agents + " under " + masters + " to " + to;
                assertThat(rest.hops().get(0).to()).as(what).isEqualTo(masters);
                assertThat(rest.steps())
                    .as(what)
                    .anyMatch(
                        step ->
                            step.component() == Component.SLAVE
                                && step.action() == StepAction.INSTALL_BINARIES
                                && step.version().equals(masters));
                assertThat(rest.stepsDone())
                    .as(what)
                    .noneMatch(
                        step ->
                            step.component() == Component.SLAVE
                                && step.action() == StepAction.INSTALL_BINARIES
                                && agents.isBefore(step.version()));
                assertThat(PlanValidator.validate(rest).violations()).as(what).isEmpty();
              });
    }

    /** The releases masters may run ahead of agents on {@code agents}: later, one line at most. */
    private List<MesosVersion> mastersOptions(List<MesosVersion> oneX, MesosVersion agents) {
      int line = CATALOG.releaseLines().indexOf(agents.releaseLine());
      return oneX.stream()
          .filter(r -> agents.isBefore(r))
          .filter(r -> CATALOG.releaseLines().indexOf(r.releaseLine()) <= line + 1)
          .toList();
    }

    @Test
    void everyLineOfOneXResumesWithTheAgentsOfItsHop() {
      List<ReleaseLine> lines = CATALOG.releaseLines();
      int checked = 0;
      for (int i = 0; i + 1 < lines.size(); i++) {
        if (lines.get(i).compareTo(HopPlanner.DIRECT_UPGRADES_FROM) < 0) {
          continue;
        }
        MesosVersion agents = CATALOG.releasesOf(lines.get(i)).first();
        MesosVersion masters = CATALOG.releasesOf(lines.get(i + 1)).first();
        MesosVersion to = CATALOG.newestSupported();

        UpgradePlan rest = UpgradePlanner.plan(state(masters.toString(), agents.toString()), to);

        String hop = name(lines.get(i)) + "-" + name(lines.get(i + 1)) + "/";
        assertThat(ids(rest.steps()).get(0)).as("%s", hop).startsWith(hop);
        assertThat(ids(rest.steps())).as("%s", hop).contains(hop + "install-agents");
        assertThat(ids(rest.stepsDone())).as("%s", hop).endsWith(hop + "restart-masters");
        assertThat(PlanValidator.validate(rest).violations()).as("%s", hop).isEmpty();
        checked++;
      }
      assertThat(checked).isEqualTo(11);
    }
  }
}
