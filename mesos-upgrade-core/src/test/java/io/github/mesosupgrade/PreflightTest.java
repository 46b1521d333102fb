package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PreflightTest {
  private static final ConfigLinter LINTER = ConfigLinter.builtIn();

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  private final DaemonConfig slaves =
      DaemonConfig.of(
          Component.SLAVE,
          List.of("--master=zk://zk1:2181/mesos", "--cgroups_hierarchy_root=/cgroups"),
          Map.of());
  private final DaemonConfig masters =
      DaemonConfig.of(
          Component.MASTER,
          List.of("--zk=zk://zk1:2181/mesos"),
          Map.of("MESOS_AUTHENTICATION", "true"));

  @Nested
  class FindingsGoToTheStepWhereTheyStartToMatter {
    private final PreflightReport report =
        LINTER.preflight(UpgradePlanner.plan("0.12.0", "0.15.0"), List.of(slaves, masters));

    @Test
    void theCgroupsRootBecomesAnErrorWhenTheSlavesRestartOn013() {
      assertThat(report.step("0.12-0.13/restart-slaves").orElseThrow().findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::setting)
          .containsExactly(
              tuple(
                  LintCode.FLAG_RENAMED,
                  LintFinding.Severity.ERROR,
                  "--cgroups_hierarchy_root=/cgroups"));
    }

    @Test
    void theGuidesSpellingGetsItsAdviceWhenTheMastersRestartOn015() {
      assertThat(report.now())
          .extracting(LintReport::component, LintReport::version)
          .containsExactly(
              tuple(Component.SLAVE, v("0.12.0")), tuple(Component.MASTER, v("0.12.0")));
      assertThat(report.now().get(1).findings())
          .extracting(LintFinding::code)
          .containsExactly(LintCode.UNKNOWN_VARIABLE);
      assertThat(report.step("0.14-0.15/restart-masters-with-credentials").orElseThrow().findings())
          .extracting(LintFinding::code)
          .containsExactly(LintCode.MISSPELLED_FLAG);
    }

    @Test
    void aDefaultThatChangesIsNoted() {
      assertThat(report.step("0.14-0.15/restart-slaves").orElseThrow().findings())
          .extracting(LintFinding::code, LintFinding::origin, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.DEFAULT_CHANGED,
                  LintFinding.Origin.DEFAULT,
                  "--checkpoint is not set, and its default changes from false on 0.14.2 to true"
                      + " on 0.15.0: set --checkpoint=false to keep the old behaviour"));
    }

    @Test
    void stepsWithoutNewFindingsAreLeftOut() {
      assertThat(report.steps())
          .extracting(StepFindings::toString)
          .containsExactly(
              "0.12-0.13/restart-slaves (slave 0.13.0): 1 finding",
              // --strict and --resource_monitoring_interval change their defaults in 0.14.0.
              "0.13-0.14/restart-slaves-with-checkpoint (slave 0.14.2): 2 findings",
              "0.14-0.15/restart-masters-with-credentials (master 0.15.0): 1 finding",
              "0.14-0.15/restart-slaves (slave 0.15.0): 1 finding");
      assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void describesEverything() {
      assertThat(report.describe())
          .startsWith(
              """
              Preflight 0.12.0 -> 0.15.0
              now, slave 0.12.0: no findings
              now, master 0.12.0: 1 finding (1 error)
              """);
      assertThat(report.describe())
          .contains(
              "at 0.12-0.13/restart-slaves (slave 0.13.0): 1 finding\n  - ERROR FLAG_RENAMED");
    }
  }

  @Nested
  class FromAClusterState {
    @Test
    void startsFromTheReleaseTheDaemonsRunNow() {
      ClusterState state =
          ClusterState.builder()
              .addMaster(DaemonState.of(v("0.13.0")))
              .addSlave(DaemonState.of(v("0.13.0")))
              .build();
      UpgradePlan rest = UpgradePlanner.plan(state, v("0.14.2"));

      PreflightReport report = LINTER.preflight(rest, List.of(slaves));

      assertThat(report.now()).extracting(LintReport::version).containsExactly(v("0.13.0"));
      assertThat(report.now().get(0).findings())
          .extracting(LintFinding::code)
          .containsExactly(LintCode.FLAG_RENAMED);
      assertThat(report.steps())
          .extracting(StepFindings::stepId)
          .containsExactly("0.13-0.14/restart-slaves-with-checkpoint");
    }
  }

  @Nested
  class Arguments {
    @Test
    void oneConfigurationPerDaemon() {
      assertThatThrownBy(
              () ->
                  LINTER.preflight(
                      UpgradePlanner.plan("0.14.2", "0.15.0"), List.of(masters, masters)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("preflight takes one configuration for the masters, got two");
    }
  }
}
