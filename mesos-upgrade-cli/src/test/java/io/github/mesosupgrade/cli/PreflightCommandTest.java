package io.github.mesosupgrade.cli;

import static io.github.mesosupgrade.cli.MesosUpgradeCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.ConfigLinter;
import io.github.mesosupgrade.DaemonConfig;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.json.ReportJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code mesos-upgrade lint --to TO}: a daemon's configuration checked at every restart of the
 * plan, as text or as the JSON preflight report.
 */
class PreflightCommandTest {
  private static final String[] SLAVE = {
    "lint",
    "--component",
    "slave",
    "--release",
    "0.12.0",
    "--to",
    "0.13.0",
    "--",
    "--master=zk://zk1:2181/mesos",
    "--cgroups_hierarchy_root=/cgroup"
  };

  @Test
  void printsTheFindingsAtTheStepWhereTheyStartAndExitsWithOneOnAnError() {
    MesosUpgradeCliTest.Run run = run(SLAVE);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "Preflight 0.12.0 -> 0.13.0\n"
                + "now, slave 0.12.0: no findings\n"
                + "at 0.12-0.13/restart-slaves (slave 0.13.0): 1 finding\n"
                + "  - ERROR FLAG_RENAMED: --cgroups_hierarchy_root=/cgroup: slave 0.13.0 no"
                + " longer takes --cgroups_hierarchy_root: 0.13.0 renamed it --cgroups_hierarchy"
                + " without an alias, so the slave refuses to start; write"
                + " --cgroups_hierarchy=/cgroup instead (the default moved from /cgroups to"
                + " /cgroup)\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
  }

  @Test
  void printsTheJsonPreflightReport() {
    String[] json = new String[SLAVE.length + 2];
    System.arraycopy(SLAVE, 0, json, 0, 7);
    json[7] = "--format";
    json[8] = "json";
    System.arraycopy(SLAVE, 7, json, 9, SLAVE.length - 7);
    MesosUpgradeCliTest.Run run = run(json);
    DaemonConfig slaves =
        DaemonConfig.builder()
            .component(Component.SLAVE)
            .addArguments("--master=zk://zk1:2181/mesos", "--cgroups_hierarchy_root=/cgroup")
            .build();
    assertThat(run.out())
        .isEqualTo(
            ReportJson.preflight(
                ConfigLinter.builtIn()
                    .preflight(UpgradePlanner.plan("0.12.0", "0.13.0"), List.of(slaves)),
                List.of()));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
  }

  @Test
  void aCleanConfigurationPasses() {
    run(
            "lint",
            "--component",
            "master",
            "--release",
            "0.14.0",
            "--to",
            "0.15.0",
            "--",
            "--zk=zk://zk1:2181/mesos")
        .printed("Preflight 0.14.0 -> 0.15.0\nnow, master 0.14.0: no findings\n");
  }

  @Test
  void aPreflightOfALiveClusterIsAUsageError() {
    run("lint", "--master", "http://127.0.0.1:9", "--to", "1.11.0")
        .failedWith(
            ExitCode.USAGE,
            "mesos-upgrade lint: --to: a preflight checks one daemon's configuration against the"
                + " plan from its release; give --component, --release and the daemon's arguments"
                + " instead of --master");
  }

  @Test
  void aDowngradeIsRefused() {
    run("lint", "--component", "master", "--release", "0.15.0", "--to", "0.14.0", "--")
        .failedWith(
            ExitCode.REFUSED,
            "mesos-upgrade lint: cannot plan from 0.15.0 to 0.14.0: that is a downgrade; plans"
                + " only go forward, so choose a target of 0.15.0 or later");
  }
}
