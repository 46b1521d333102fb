package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StateRefusalTest {
  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  private static UnsupportedUpgradeException refusal(ClusterState state, String to) {
    UnsupportedUpgradeException e =
        catchThrowableOfType(
            UnsupportedUpgradeException.class, () -> UpgradePlanner.plan(state, v(to)));
    assertThat(e).as("refusal of %s", state).isNotNull();
    assertThat(e.state()).contains(state);
    assertThat(e.to()).isEqualTo(v(to));
    return e;
  }

  private static ClusterState daemons(DaemonState masters, DaemonState slaves) {
    return ClusterState.builder().addMaster(masters).addSlave(slaves).build();
  }

  private static DaemonState daemon(String version, String... flags) {
    DaemonState.Builder builder = DaemonState.builder().installed(v(version)).running(v(version));
    for (int i = 0; i < flags.length; i += 2) {
      builder.putFlag(flags[i], flags[i + 1]);
    }
    return builder.build();
  }

  private static final FrameworkState AUTHENTICATING =
      FrameworkState.builder()
          .linked(MesosVersion.parse("0.15.0"))
          .addChangesMade(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
          .addChangesRunning(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
          .build();

  @Nested
  class Versions {
    @Test
    void slavesOnTwoLinesAheadOfTheMasters() {
      UnsupportedUpgradeException e =
          refusal(daemons(daemon("0.13.0"), daemon("0.15.0")), "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.VERSION_SKEW);
      assertThat(e.from()).isEqualTo(v("0.13.0"));
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the masters run 0.13.0 and the slaves run 0.15.0, more"
                  + " than one release line apart, which Mesos before 1.0 does not support, so no"
                  + " upgrade plan passes through it; bring them within one release line of each"
                  + " other first");
    }

    @Test
    void slavesAheadInAHopThatUpgradesMastersFirst() {
      UnsupportedUpgradeException e =
          refusal(daemons(daemon("0.13.0"), daemon("0.14.2")), "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.STATE_NOT_ON_PLAN);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state to 0.15.0: no plan passes through it; on the plan from"
                  + " 0.13.0, before its first step, the slaves would be [running 0.13.0, started"
                  + " after the schedulers], but the state has [running 0.14.2]: describe the"
                  + " cluster as it runs, or finish the half-done work by hand");
    }

    @Test
    void agentsAheadOfTheMastersIn1x() {
      UnsupportedUpgradeException e = refusal(daemons(daemon("1.4.0"), daemon("1.5.0")), "1.11.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.STATE_NOT_ON_PLAN);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state to 1.11.0: no plan passes through it; on the plan from"
                  + " 1.4.0, before its first step, the agents would be [running 1.4.0,"
                  + " --work_dir=<as configured>, started after the schedulers], but the state has"
                  + " [running 1.5.0]: describe the cluster as it runs, or finish the half-done"
                  + " work by hand");
    }

    @Test
    void mastersTwoLinesAheadOf1xAgents() {
      UnsupportedUpgradeException e = refusal(daemons(daemon("1.6.0"), daemon("1.4.0")), "1.11.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.STATE_NOT_ON_PLAN);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state to 1.11.0: no plan passes through it; on the plan from"
                  + " 1.4.0, before its first step, the masters would be [running 1.4.0,"
                  + " --work_dir=<as configured>, started after the schedulers], but the state has"
                  + " [running 1.6.0]: describe the cluster as it runs, or finish the half-done"
                  + " work by hand");
    }

    @Test
    void mastersAheadOfTheTarget() {
      UnsupportedUpgradeException e = refusal(daemons(daemon("1.5.0"), daemon("1.4.0")), "1.4.3");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.DOWNGRADE);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state to 1.4.3: the masters already install 1.5.0, so that"
                  + " would be a downgrade; choose a target of 1.5.0 or later");
    }

    @Test
    void mastersOnTwoReleasesAheadOf1xAgents() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(daemon("1.5.0"))
              .addMaster(daemon("1.5.1"))
              .addSlave(daemon("1.4.0"))
              .build();

      UnsupportedUpgradeException e = refusal(state, "1.11.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.STATE_NOT_ON_PLAN);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state to 1.11.0: no plan passes through it; on the plan from"
                  + " 1.4.0, before its first step, the masters would be [running 1.4.0,"
                  + " --work_dir=<as configured>, started after the schedulers], but the state has"
                  + " [running 1.5.0, running 1.5.1]: describe the cluster as it runs, or finish"
                  + " the half-done work by hand");
    }

    @Test
    void aReleaseThatWasNeverMade() {
      UnsupportedUpgradeException e =
          refusal(daemons(daemon("0.12.2"), daemon("0.12.1")), "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.UNKNOWN_VERSION);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the masters install 0.12.2, which Mesos never"
                  + " released; the releases of 0.12.x are 0.12.0, 0.12.1");
    }

    @Test
    void aReleaseOutsideTheCatalog() {
      UnsupportedUpgradeException e =
          refusal(daemons(daemon("0.11.0"), daemon("0.10.0")), "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.UNSUPPORTED_VERSION);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the slaves install 0.10.0, outside the releases this"
                  + " catalog plans between, 0.11.0 to 1.11.0");
    }

    @Test
    void aTargetOlderThanWhatIsInstalled() {
      DaemonState slaves =
          DaemonState.builder().installed(v("0.15.0")).running(v("0.14.2")).build();
      UnsupportedUpgradeException e = refusal(daemons(daemon("0.14.2"), slaves), "0.14.2");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.DOWNGRADE);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state to 0.14.2: the slaves already install 0.15.0, so that"
                  + " would be a downgrade; choose a target of 0.15.0 or later");
    }

    @Test
    void aTargetThatWasNeverReleased() {
      UnsupportedUpgradeException e = refusal(ClusterState.at(v("0.14.2")), "1.12.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.UNKNOWN_VERSION);
      assertThat(e.getMessage())
          .startsWith("cannot plan to 1.12.0: Mesos 1.12.0 was never released");
    }

    @Test
    void zeroSlavesUnderMastersThatIgnoreThem() {
      UnsupportedUpgradeException e = refusal(daemons(daemon("1.2.1"), daemon("0.28.2")), "1.3.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.VERSION_SKEW);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the masters run 1.2.1 and the slaves run 0.28.2, but"
                  + " masters from 1.2.1 ignore slaves older than 1.0.0, so no upgrade plan passes"
                  + " through it; run the slaves on 1.0.0 or later first");
    }
  }

  @Nested
  class Authentication {
    @Test
    void enforcedWhileASchedulerHasNoCredential() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(
                  daemon("0.15.0", "credentials", "/etc/mesos/credentials", "authenticate", "true"))
              .addSlave(daemon("0.15.0"))
              .addScheduler(AUTHENTICATING)
              .addScheduler(FrameworkState.linkedTo(v("0.14.2")))
              .build();

      UnsupportedUpgradeException e = refusal(state, "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.FRAMEWORKS_LOCKED_OUT);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the masters run 0.15.0 with --authenticate=true while"
                  + " schedulers running the 0.14.2 library do not authenticate, so they cannot"
                  + " register; change those schedulers to the Credential constructor and restart"
                  + " them, or restart the masters without --authenticate");
    }

    @Test
    void enforcedWhileTheSchedulersAreNotKnown() {
      UnsupportedUpgradeException e =
          refusal(
              daemons(
                  daemon("0.15.0", "credentials", "/etc/mesos/credentials", "authenticate", "true"),
                  daemon("0.15.0")),
              "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.FRAMEWORKS_LOCKED_OUT);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the masters run 0.15.0 with --authenticate=true, and"
                  + " the state does not say whether the schedulers authenticate, so it cannot"
                  + " tell whether they are locked out; add the schedulers to the state (running"
                  + " the Credential constructor if they do)");
    }

    @Test
    void enforcedWithoutCredentials() {
      UnsupportedUpgradeException e =
          refusal(daemons(daemon("0.15.0", "authenticate", "true"), daemon("0.15.0")), "0.15.0");

      assertThat(e.reason())
          .isEqualTo(UnsupportedUpgradeException.Reason.AUTHENTICATION_WITHOUT_CREDENTIALS);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the masters run 0.15.0 with --authenticate=true but"
                  + " without --credentials, so they exit at startup (\"Authentication requires a"
                  + " credentials file\"); give them --credentials or drop --authenticate");
    }

    @Test
    void schedulersAuthenticateAgainstMastersThatCannot() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(daemon("0.14.2"))
              .addSlave(daemon("0.14.2"))
              .addScheduler(AUTHENTICATING)
              .build();

      UnsupportedUpgradeException e = refusal(state, "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.CREDENTIAL_REFUSED);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: schedulers running the 0.15.0 library authenticate"
                  + " with a Credential, but the masters run 0.14.2, which cannot authenticate, so"
                  + " the driver fails (\"Master refused authentication\") or retries forever;"
                  + " restart the masters on 0.15.0 or later with --credentials");
    }

    @Test
    void schedulersAuthenticateAgainstMastersWithoutCredentials() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(daemon("0.15.0"))
              .addSlave(daemon("0.15.0"))
              .addScheduler(AUTHENTICATING)
              .build();

      UnsupportedUpgradeException e = refusal(state, "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.CREDENTIAL_REFUSED);
      assertThat(e.getMessage())
          .contains("but the masters run 0.15.0 without --credentials, so the driver fails");
    }

    @Test
    void aChangeThatNeedsANewerLibrary() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(daemon("0.14.2"))
              .addSlave(daemon("0.14.2"))
              .addScheduler(
                  FrameworkState.builder()
                      .linked(v("0.14.2"))
                      .addChangesMade(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
                      .build())
              .build();

      UnsupportedUpgradeException e = refusal(state, "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.FRAMEWORK_API_MISSING);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the schedulers construct MesosSchedulerDriver with a"
                  + " Credential (principal and secret), which needs the Mesos 0.15.0 library, but"
                  + " they link 0.14.2; relink them first");
    }
  }

  @Nested
  class Checkpointing {
    @Test
    void frameworksCheckpointOnSlavesThatDoNot() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(daemon("0.14.2"))
              .addSlave(daemon("0.14.2", "checkpoint", "true"))
              .addSlave(daemon("0.14.2"))
              .addScheduler(
                  FrameworkState.builder()
                      .linked(v("0.14.2"))
                      .addChangesMade(FrameworkChange.SET_CHECKPOINT)
                      .addChangesRunning(FrameworkChange.SET_CHECKPOINT)
                      .build())
              .build();

      UnsupportedUpgradeException e = refusal(state, "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.CHECKPOINT_BEFORE_SLAVES);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: schedulers set FrameworkInfo.checkpoint while slaves"
                  + " on 0.14.2 do not checkpoint, so those frameworks get no offers from them;"
                  + " restart the slaves with --checkpoint=true first");
    }
  }

  @Nested
  class SchedulerLibraries {
    private ClusterState mastersOn0241WithSchedulersOn0221() {
      return ClusterState.builder()
          .addMaster(daemon("0.24.1"))
          .addSlave(daemon("0.24.1"))
          .addScheduler(FrameworkState.linkedTo(v("0.22.1")))
          .build();
    }

    @Test
    void mastersThatPublishJsonWithSchedulersThatCannotReadIt() {
      // Once refused as STATE_NOT_ON_PLAN, blaming an unrelated step and asking to act "before
      // the masters move to 0.24", which they already had. docs/upgrades.md at 0.24.0: schedulers
      // must link libmesos 0.23.0 or later before the masters are upgraded.
      UnsupportedUpgradeException e = refusal(mastersOn0241WithSchedulersOn0221(), "0.25.0");

      assertThat(e.reason())
          .isEqualTo(UnsupportedUpgradeException.Reason.SCHEDULER_LIBRARY_TOO_OLD);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the masters run 0.24.1 and publish their ZooKeeper"
                  + " record as JSON, but schedulers link the 0.22.1 library, which cannot read it"
                  + " before 0.23.0, so they no longer find the masters; relink the schedulers"
                  + " against 0.23.0 or later and restart them");
    }

    @Test
    void frameworksWithoutLibmesosAreNotConcerned() {
      UpgradePlan plan =
          UpgradePlanner.plan(
              mastersOn0241WithSchedulersOn0221(),
              v("0.25.0"),
              ClusterProfile.builder().frameworksLinkLibmesos(false).build());

      assertThat(plan.to()).isEqualTo(v("0.25.0"));
    }
  }

  @Nested
  class Flags {
    @Test
    void aFlagRenamedWithoutAlias() {
      UnsupportedUpgradeException e =
          refusal(
              daemons(daemon("0.13.0"), daemon("0.13.0", "cgroups_hierarchy_root", "/cgroups")),
              "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.FLAG_NOT_ACCEPTED);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the slaves run 0.13.0 with --cgroups_hierarchy_root,"
                  + " which 0.13.0 removed, renamed --cgroups_hierarchy, so no daemon runs with it;"
                  + " list only the flags the daemons run with (ConfigLinter checks a"
                  + " configuration)");
    }

    @Test
    void theGuidesSpellingOfAuthenticate() {
      UnsupportedUpgradeException e =
          refusal(daemons(daemon("0.15.0", "authentication", "true"), daemon("0.15.0")), "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.FLAG_NOT_ACCEPTED);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the masters run 0.15.0 with --authentication, which no"
                  + " Mesos release accepts; the real flag is --authenticate: on the command line"
                  + " the daemon does not start and in the environment it is ignored, so no daemon"
                  + " runs with it; list only the flags the daemons run with (ConfigLinter checks"
                  + " a configuration)");
    }

    @Test
    void aFlagOfALaterRelease() {
      UnsupportedUpgradeException e =
          refusal(daemons(daemon("0.14.2", "credentials", "/x"), daemon("0.14.2")), "0.15.0");

      assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.FLAG_NOT_ACCEPTED);
      assertThat(e)
          .hasMessage(
              "cannot plan from this state: the masters run 0.14.2 with --credentials, which Mesos"
                  + " accepts only from 0.15.0, so no daemon runs with it; list only the flags the"
                  + " daemons run with (ConfigLinter checks a configuration)");
    }

    @Test
    void flagsOlderThanTheCatalogAreKnown() {
      ClusterState state =
          daemons(
              daemon("0.14.2", "zk", "zk://zk1:2181/mesos", "port", "5050", "log_dir", "/var/log"),
              daemon("0.14.2", "master", "zk://zk1:2181/mesos", "isolation", "cgroups"));

      assertThat(UpgradePlanner.plan(state, v("0.15.0")).steps()).hasSize(9);
    }
  }
}
