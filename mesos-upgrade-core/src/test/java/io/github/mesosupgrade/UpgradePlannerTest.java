package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SLAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpgradePlannerTest {
  private static final UpgradePlan FULL = UpgradePlanner.plan("0.11.0", "0.15.0");

  private static List<String> ids(UpgradePlan plan) {
    return plan.steps().stream().map(UpgradeStep::id).toList();
  }

  @Nested
  class StableStepIds {
    @Test
    void areTheOnesToolsRelyOn() {
      assertThat(ids(FULL))
          .containsExactly(
              "0.11-0.12/install-slaves",
              "0.11-0.12/restart-slaves",
              "0.11-0.12/install-masters",
              "0.11-0.12/restart-masters",
              "0.12-0.13/install-masters",
              "0.12-0.13/restart-masters",
              "0.12-0.13/relink-schedulers",
              "0.12-0.13/restart-schedulers",
              "0.12-0.13/install-slaves",
              "0.12-0.13/restart-slaves",
              "0.12-0.13/relink-executors",
              "0.13-0.14/install-masters",
              "0.13-0.14/restart-masters",
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
    void doNotDependOnThePatchReleases() {
      assertThat(ids(UpgradePlanner.plan("0.14.0", "0.15.0")))
          .isEqualTo(ids(UpgradePlanner.plan("0.14.2", "0.15.0")));
      assertThat(ids(UpgradePlanner.plan("0.12.0", "0.13.0")))
          .isEqualTo(ids(UpgradePlanner.plan("0.12.1", "0.13.0")));
    }
  }

  @Nested
  class Hops {
    @Test
    void goThroughEveryReleaseLineToItsNewestPatch() {
      assertThat(FULL.hops())
          .extracting(hop -> hop.from().toString(), hop -> hop.to().toString())
          .containsExactly(
              tuple("0.11.0", "0.12.1"),
              tuple("0.12.1", "0.13.0"),
              tuple("0.13.0", "0.14.2"),
              tuple("0.14.2", "0.15.0"));
    }

    @Test
    void endOnTheRequestedPatchRelease() {
      UpgradePlan plan = UpgradePlanner.plan("0.12.0", "0.14.1");
      assertThat(plan.hops())
          .extracting(hop -> hop.from().toString(), hop -> hop.to().toString())
          .containsExactly(tuple("0.12.0", "0.13.0"), tuple("0.13.0", "0.14.1"));
      assertThat(plan.hops().get(1).steps())
          .allSatisfy(step -> assertThat(step.version()).isEqualTo(MesosVersion.of(0, 14, 1)));
    }

    @Test
    void startFromTheRequestedPatchRelease() {
      UpgradePlan plan = UpgradePlanner.plan("0.14.1", "0.15.0");
      assertThat(plan.hops())
          .singleElement()
          .satisfies(
              hop -> {
                assertThat(hop.from()).isEqualTo(MesosVersion.of(0, 14, 1));
                assertThat(hop.to()).isEqualTo(MesosVersion.of(0, 15, 0));
              });
    }

    @Test
    void stepsAreTheHopsFlattened() {
      List<UpgradeStep> flattened = new ArrayList<>();
      FULL.hops().forEach(hop -> flattened.addAll(hop.steps()));
      assertThat(FULL.steps()).isEqualTo(flattened);
      assertThat(FULL).hasToString("UpgradePlan 0.11.0 -> 0.15.0 (4 hops, 30 steps)");
    }

    @Test
    void listWhatTheyRemove() {
      assertThat(FULL.hops().get(2).removedEndpoints())
          .extracting(Endpoint::toString)
          .containsExactly("master /vars [0.10.0, 0.14.0)", "slave /vars [0.10.0, 0.14.0)");
      assertThat(FULL.hops().get(0).removedFlags())
          .extracting(MesosFlag::toString)
          .containsExactly("slave --webui_dir [0.10.0, 0.12.1)");
      assertThat(FULL.hops().get(1).removedFlags())
          .extracting(MesosFlag::toString)
          .containsExactly(
              "master --conf [0.10.0, 0.13.0)",
              "slave --cgroups_hierarchy_root [0.10.0, 0.13.0)",
              "slave --conf [0.10.0, 0.13.0)");
      assertThat(FULL.removedFlags()).hasSize(4);
      assertThat(FULL.removedEndpoints()).hasSize(8);
      assertThat(FULL.hops().get(3).removedFlags()).isEmpty();
    }
  }

  @Nested
  class InsideOneReleaseLine {
    @Test
    void installsAndRestartsMastersThenSlaves() {
      UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.14.2");
      assertThat(plan.hops()).hasSize(1);
      assertThat(plan.steps())
          .extracting(UpgradeStep::id, UpgradeStep::component, UpgradeStep::action)
          .containsExactly(
              tuple("0.14.0-0.14.2/install-masters", MASTER, StepAction.INSTALL_BINARIES),
              tuple("0.14.0-0.14.2/restart-masters", MASTER, StepAction.RESTART),
              tuple("0.14.0-0.14.2/install-slaves", SLAVE, StepAction.INSTALL_BINARIES),
              tuple("0.14.0-0.14.2/restart-slaves", SLAVE, StepAction.RESTART));
      assertThat(plan.steps())
          .allSatisfy(
              step -> {
                assertThat(step.version()).isEqualTo(MesosVersion.of(0, 14, 2));
                assertThat(step.source())
                    .isEqualTo(Source.mesos("support/test-upgrade.py", "c1b42f79d1"));
              });
      assertThat(PlanValidator.validate(plan).isValid()).isTrue();
    }

    @Test
    void isEmptyWhenNothingChanges() {
      UpgradePlan plan = UpgradePlanner.plan("0.15.0", "0.15.0");
      assertThat(plan.isEmpty()).isTrue();
      assertThat(plan.hops()).isEmpty();
      assertThat(plan.steps()).isEmpty();
      assertThat(plan.describe())
          .isEqualTo("Upgrade 0.15.0 -> 0.15.0: nothing to do, the cluster already runs 0.15.0.\n");
      assertThat(PlanValidator.validate(plan).isValid()).isTrue();
    }
  }

  @Nested
  class Refusals {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "0.15.0|0.14.0|DOWNGRADE|cannot plan from 0.15.0 to 0.14.0: that is a downgrade; plans"
              + " only go forward, so choose a target of 0.15.0 or later",
          "0.14.2|0.14.1|DOWNGRADE|cannot plan from 0.14.2 to 0.14.1: that is a downgrade; plans"
              + " only go forward, so choose a target of 0.14.2 or later",
          "0.10.0|0.15.0|UNSUPPORTED_VERSION|cannot plan from 0.10.0: this catalog plans upgrades"
              + " between 0.11.0 and 1.11.0, and 0.10.0 is outside that range",
          "0.11.0|0.10.0|UNSUPPORTED_VERSION|cannot plan to 0.10.0: this catalog plans upgrades"
              + " between 0.11.0 and 1.11.0, and 0.10.0 is outside that range",
          "0.11.0|2.0.0|UNKNOWN_VERSION|cannot plan to 2.0.0: Mesos 2.0.0 was never released; this"
              + " catalog plans upgrades between 0.11.0 and 1.11.0",
          "0.12.2|0.15.0|UNKNOWN_VERSION|cannot plan from 0.12.2: Mesos 0.12.2 was never released;"
              + " the releases of 0.12.x are 0.12.0, 0.12.1",
          "0.13.0|0.13.1|UNKNOWN_VERSION|cannot plan to 0.13.1: Mesos 0.13.1 was never released;"
              + " the releases of 0.13.x are 0.13.0",
        })
    void nameTheBadValueAndWhatWouldWork(
        String from, String to, UnsupportedUpgradeException.Reason reason, String message) {
      assertThatThrownBy(() -> UpgradePlanner.plan(from, to))
          .isInstanceOfSatisfying(
              UnsupportedUpgradeException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(reason);
                assertThat(e.from()).hasToString(from);
                assertThat(e.to()).hasToString(to);
              })
          .hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "0.15.x|0.15.0|from \"0.15.x\" is not a Mesos version: expected major.minor.patch,"
              + " three whole numbers such as 0.15.0",
          "0.11.0|banana|to \"banana\" is not a Mesos version: expected major.minor.patch, three"
              + " whole numbers such as 0.15.0",
          "-1.0.0|0.15.0|from \"-1.0.0\" is not a Mesos version: expected major.minor.patch,"
              + " three whole numbers such as 0.15.0",
          "''|0.15.0|from \"\" is not a Mesos version: expected major.minor.patch, three whole"
              + " numbers such as 0.15.0",
        })
    void rejectMalformedText(String from, String to, String message) {
      assertThatThrownBy(() -> UpgradePlanner.plan(from, to))
          .isInstanceOf(MalformedVersionException.class)
          .hasMessage(message);
    }

    @Test
    void rejectNullsNamingTheParameter() {
      assertThatThrownBy(() -> UpgradePlanner.plan((String) null, "0.15.0"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("from must not be null");
      assertThatThrownBy(() -> UpgradePlanner.plan(MesosVersion.of(0, 11, 0), null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("to must not be null");
      NullPointerTester tester =
          new NullPointerTester()
              .setDefault(MesosVersion.class, MesosVersion.of(0, 11, 0))
              .setDefault(String.class, "0.11.0")
              .setDefault(UpgradeCatalog.class, UpgradeCatalog.builtIn())
              .setDefault(ClusterState.class, ClusterState.at(MesosVersion.of(0, 11, 0)))
              .setDefault(ClusterProfile.class, ClusterProfile.unknown());
      tester.testAllPublicStaticMethods(UpgradePlanner.class);
    }
  }

  /**
   * Plans and validates every pair of supported releases (about 3000) in one test, collecting the
   * failures, so that the whole matrix stays fast.
   */
  @Test
  void everyPairOfSupportedReleasesPlansAndValidates() {
    List<MesosVersion> releases = List.copyOf(UpgradeCatalog.builtIn().supportedReleases());
    List<String> failures = new ArrayList<>();
    int pairs = 0;
    for (int i = 0; i < releases.size(); i++) {
      for (int j = i; j < releases.size(); j++) {
        MesosVersion from = releases.get(i);
        MesosVersion to = releases.get(j);
        UpgradePlan plan = UpgradePlanner.plan(from, to);
        pairs++;
        boolean ends =
            plan.from().equals(from)
                && plan.to().equals(to)
                && (from.equals(to)
                    || (plan.hops().get(0).from().equals(from)
                        && plan.hops().get(plan.hops().size() - 1).to().equals(to)));
        ValidationReport report = PlanValidator.validate(plan);
        if (!ends || !report.isValid()) {
          failures.add(from + " -> " + to + ": " + plan + ", " + report);
        }
      }
    }
    assertThat(pairs).isEqualTo(releases.size() * (releases.size() + 1) / 2);
    assertThat(failures).isEmpty();
  }

  @Test
  void givesEqualPlansFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<UpgradePlan>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        tasks.add(() -> UpgradePlanner.plan("0.11.0", "0.15.0"));
      }
      for (Future<UpgradePlan> result : pool.invokeAll(tasks)) {
        UpgradePlan plan = result.get();
        assertThat(plan).isEqualTo(FULL);
        assertThat(plan.describe()).isEqualTo(FULL.describe());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void plansTheSameWithTheBuiltInCatalogGivenFirst() {
    UpgradePlan plan = UpgradePlanner.plan(UpgradeCatalog.builtIn(), "0.11.0", "0.15.0");
    assertThat(plan).isEqualTo(FULL);
    assertThat(plan.catalog()).isSameAs(UpgradeCatalog.builtIn());
    assertThat(FULL.catalog()).isSameAs(UpgradeCatalog.builtIn());
    assertThat(PlanValidator.validate(plan).isValid()).isTrue();
  }
}
