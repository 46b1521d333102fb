package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClusterStateTest {
  private static final MesosVersion V14 = MesosVersion.parse("0.14.2");
  private static final MesosVersion V15 = MesosVersion.parse("0.15.0");

  @Nested
  class AtRest {
    @Test
    void everyComponentRunsTheRelease() {
      ClusterState state = ClusterState.at(V15);

      assertThat(state.masters()).containsExactly(DaemonState.of(V15));
      assertThat(state.slaves()).containsExactly(DaemonState.of(V15));
      assertThat(state.executors()).containsExactly(FrameworkState.linkedTo(V15));
      assertThat(state.schedulers()).containsExactly(FrameworkState.linkedTo(V15));
      assertThat(state.isMixed()).isFalse();
      assertThat(state.oldestDaemonRelease()).isEqualTo(V15);
      assertThat(state.newestDaemonRelease()).isEqualTo(V15);
    }

    @Test
    void describesEachComponent() {
      assertThat(ClusterState.at(V15).describe())
          .isEqualTo(
              """
              masters: running 0.15.0
              slaves: running 0.15.0
              executors: linked 0.15.0
              schedulers: linked 0.15.0
              """);
    }
  }

  @Nested
  class Mixed {
    private final ClusterState state =
        ClusterState.builder()
            .addMaster(
                DaemonState.builder()
                    .installed(V15)
                    .running(V15)
                    .putFlag("credentials", "/etc/mesos/credentials")
                    .startedBeforeSchedulers(false)
                    .build())
            .addSlave(DaemonState.builder().installed(V15).running(V14).build())
            .addSlave(DaemonState.of(V15))
            .addScheduler(
                FrameworkState.builder()
                    .linked(V15)
                    .running(V14)
                    .addChangesMade(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
                    .build())
            .build();

    @Test
    void keepsOneEntryPerGroup() {
      assertThat(state.isMixed()).isTrue();
      assertThat(state.running(Component.SLAVE)).containsExactly(V14, V15);
      assertThat(state.installed(Component.SLAVE)).containsExactly(V15);
      assertThat(state.running(Component.SCHEDULER)).containsExactly(V14);
      assertThat(state.installed(Component.SCHEDULER)).containsExactly(V15);
      assertThat(state.oldestDaemonRelease()).isEqualTo(V14);
    }

    @Test
    void leavesUnknownFrameworksOut() {
      assertThat(state.isKnown(Component.EXECUTOR)).isFalse();
      assertThat(state.isKnown(Component.SCHEDULER)).isTrue();
      assertThat(state.isKnown(Component.MASTER)).isTrue();
    }

    @Test
    void describesEachGroup() {
      assertThat(state.describe())
          .isEqualTo(
              "masters: running 0.15.0, --credentials=/etc/mesos/credentials, started after the"
                  + " schedulers\n"
                  + "slaves: running 0.14.2, installed 0.15.0\n"
                  + "slaves: running 0.15.0\n"
                  + "executors: not known\n"
                  + "schedulers: linked 0.15.0, running 0.14.2, changes made"
                  + " [USE_CREDENTIAL_CONSTRUCTOR]\n");
    }
  }

  @Nested
  class Checks {
    @Test
    void refusesADaemonRunningANewerReleaseThanInstalled() {
      assertThatThrownBy(() -> DaemonState.builder().installed(V14).running(V15).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "daemons cannot run 0.15.0 with 0.14.2 installed: the running release is the"
                  + " installed one or, until a restart, an older one");
    }

    @Test
    void refusesFrameworksRunningANewerLibraryThanLinked() {
      assertThatThrownBy(() -> FrameworkState.builder().linked(V14).running(V15).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "frameworks cannot run the 0.15.0 library while linked against 0.14.2: the running"
                  + " library is the linked one or, until a restart, an older one");
    }

    @Test
    void refusesAChangeRunningThatWasNotMade() {
      assertThatThrownBy(
              () ->
                  FrameworkState.builder()
                      .linked(V15)
                      .addChangesRunning(FrameworkChange.SET_CHECKPOINT)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "framework changes running [SET_CHECKPOINT] must also be made, but the changes made"
                  + " are []");
    }

    @Test
    void refusesAFlagNameWithDashes() {
      assertThatThrownBy(
              () -> DaemonState.builder().installed(V15).running(V15).putFlag("--zk", "x").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "\"--zk\" is not a flag name: expected lower-case letters, digits and underscores,"
                  + " without leading dashes, such as authenticate");
    }

    @Test
    void needsMastersAndSlaves() {
      assertThatThrownBy(() -> ClusterState.builder().addSlave(DaemonState.of(V15)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a cluster state needs at least one entry for the masters");
      assertThatThrownBy(() -> ClusterState.builder().addMaster(DaemonState.of(V15)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a cluster state needs at least one entry for the slaves");
    }

    @Test
    void asksForTheRightKindOfComponent() {
      ClusterState state = ClusterState.at(V15);
      assertThatThrownBy(() -> state.daemons(Component.SCHEDULER))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("schedulers are not daemons: ask for masters or slaves");
      assertThatThrownBy(() -> state.frameworks(Component.MASTER))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("masters are not frameworks: ask for executors or schedulers");
    }
  }

  @Nested
  class Values {
    @Test
    void equalByContent() {
      new EqualsTester()
          .addEqualityGroup(ClusterState.at(V15), ClusterState.at(V15))
          .addEqualityGroup(ClusterState.at(V14))
          .addEqualityGroup(
              DaemonState.of(V15), DaemonState.builder().installed(V15).running(V15).build())
          .addEqualityGroup(DaemonState.builder().installed(V15).running(V14).build())
          .addEqualityGroup(
              FrameworkState.linkedTo(V15),
              FrameworkState.builder().linked(V15).running(V15).build())
          .testEquals();
    }

    @Test
    void rejectNulls() {
      NullPointerTester tester = new NullPointerTester();
      tester.testAllPublicStaticMethods(ClusterState.class);
      tester.testAllPublicStaticMethods(DaemonState.class);
      tester.testAllPublicStaticMethods(FrameworkState.class);
      tester.testAllPublicInstanceMethods(ClusterState.at(V15));
    }
  }
}
