package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Plans from cluster states of very many groups: the state checks and resume compare groups that
 * the rules cannot tell apart once, so these complete in a fraction of a second (the benchmarks
 * measure it; these tests only show that they complete and answer as a small state does).
 */
class LargeStateTest {
  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  /**
   * A rolling upgrade from {@code from} to {@code to} half done on the slaves: every master group
   * runs {@code to}, every slave group runs {@code from} or {@code to}, and every group names its
   * own host, so that no two groups are equal.
   */
  static ClusterState rolling(int groups, MesosVersion from, MesosVersion to) {
    ImmutableClusterState.Builder state = ClusterState.builder();
    for (int i = 0; i < groups; i++) {
      state.addMaster(
          DaemonState.builder()
              .installed(to)
              .running(to)
              .putFlag("hostname", "master-" + i)
              .putFlag("work_dir", "/var/lib/mesos/" + i)
              .build());
      MesosVersion slaves = i % 2 == 0 ? from : to;
      state.addSlave(
          DaemonState.builder()
              .installed(slaves)
              .running(slaves)
              .putFlag("hostname", "agent-" + i)
              .putFlag("work_dir", "/var/lib/mesos/" + i)
              .build());
    }
    return state.build();
  }

  @Test
  void plansTheRestOfARollingUpgradeOfOneHundredThousandGroups() {
    ClusterState state = rolling(100_000, v("1.10.0"), v("1.11.0"));
    ClusterState small = rolling(2, v("1.10.0"), v("1.11.0"));

    UpgradePlan plan = UpgradePlanner.plan(state, v("1.11.0"));

    assertThat(plan.steps()).isEqualTo(UpgradePlanner.plan(small, v("1.11.0")).steps());
    assertThat(plan.steps()).isNotEmpty();
  }

  @Test
  void refusesALargeStateForItsOneOffendingGroupAsForThatGroupAlone() {
    DaemonState offending =
        DaemonState.builder()
            .installed(v("1.11.0"))
            .running(v("1.11.0"))
            .putFlag("hostname", "master-last")
            .putFlag("authenticate_frameworks", "true")
            .build();
    ClusterState large = withMaster(rolling(100_000, v("1.10.0"), v("1.11.0")), offending);
    ClusterState alone = withMaster(rolling(1, v("1.10.0"), v("1.11.0")), offending);

    UnsupportedUpgradeException expected = catchRefusal(alone);
    assertThatThrownBy(() -> UpgradePlanner.plan(large, v("1.11.0")))
        .isInstanceOfSatisfying(
            UnsupportedUpgradeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(expected.reason());
              assertThat(e.getMessage()).isEqualTo(expected.getMessage());
            });
  }

  private static ClusterState withMaster(ClusterState state, DaemonState master) {
    return ClusterState.builder()
        .addAllMasters(state.masters())
        .addMaster(master)
        .addAllSlaves(state.slaves())
        .build();
  }

  private static UnsupportedUpgradeException catchRefusal(ClusterState state) {
    try {
      var unused = UpgradePlanner.plan(state, v("1.11.0"));
    } catch (UnsupportedUpgradeException e) {
      return e;
    }
    throw new AssertionError("expected a refusal of " + state);
  }
}
