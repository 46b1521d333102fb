package io.github.mesosupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.ConfigLinter;
import io.github.mesosupgrade.DaemonConfig;
import io.github.mesosupgrade.LintReport;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.cli.MesosUpgradeCliTest.Run;
import io.github.mesosupgrade.json.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  private static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        MesosUpgradeCli.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out),
            new PrintWriter(err),
            () -> env,
            args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(Map.of(), args);
  }

  @Nested
  class Findings {
    @Test
    void theGuidesFlagIsAnErrorWithExitCode1() {
      Run run =
          run(
              "lint",
              "--component",
              "master",
              "--release",
              "0.15.0",
              "--",
              "--zk=zk://zk1:2181/mesos",
              "--authentication=true");

      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .isEqualTo(
              "master 0.15.0: 1 finding (1 error)\n"
                  + "  - ERROR MISSPELLED_FLAG: --authentication=true: --authentication is a"
                  + " spelling the documentation uses, but master 0.15.0 has no such flag and"
                  + " refuses to start (\"Failed to load unknown flag 'authentication'\"); write"
                  + " --authenticate=true\n");
    }

    @Test
    void environmentFromOptions() {
      Run run =
          run(
              "lint",
              "--component",
              "slave",
              "--release",
              "0.13.0",
              "--env",
              "MESOS_CGROUPS_HIERARCHY_ROOT=/cgroups",
              "--",
              "--master=zk://zk1:2181/mesos");

      // A 0.13.0 slave refuses to start on an unknown MESOS_* variable (stout's extract() at
      // 0.13.0); this was once a warning saying the variable is ignored, true only from 0.14.0.
      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
      assertThat(run.out())
          .isEqualTo(
              "slave 0.13.0: 1 finding (1 error)\n"
                  + "  - ERROR FLAG_RENAMED: MESOS_CGROUPS_HIERARCHY_ROOT=/cgroups: slave 0.13.0 no"
                  + " longer takes --cgroups_hierarchy_root: 0.13.0 renamed it --cgroups_hierarchy"
                  + " without an alias, and the slave reads every MESOS_* variable as a flag, so it"
                  + " refuses to start; set MESOS_CGROUPS_HIERARCHY=/cgroups instead (the default"
                  + " moved from /cgroups to /cgroup)\n");
    }

    @Test
    void environmentFromTheProcess() {
      Run run =
          run(
              Map.of("MESOS_AUTHENTICATION", "true", "HOME", "/root"),
              "lint",
              "--component",
              "master",
              "--release",
              "0.15.0",
              "--from-env");

      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
      assertThat(run.out())
          .startsWith(
              "master 0.15.0: 1 finding (1 error)\n  - ERROR MISSPELLED_FLAG: MESOS_AUTHENTICATION=true");
    }

    @Test
    void aCleanConfiguration() {
      run("lint", "--component", "agent", "--release", "0.15.0", "--", "--master=zk://a/mesos")
          .printed("slave 0.15.0: no findings\n");
    }
  }

  @Nested
  class CredentialsFile {
    @TempDir Path dir;

    @Test
    void theFileTheFlagNamesIsChecked() throws IOException {
      Path file = dir.resolve("credentials");
      Files.writeString(file, "alice secret\nbob\tsecret\n");

      Run run =
          run(
              "lint",
              "--component",
              "master",
              "--release",
              "0.15.0",
              "--",
              "--credentials=file://" + file);

      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
      assertThat(run.out())
          .isEqualTo(
              "master 0.15.0: 1 finding (1 error)\n"
                  + "  - ERROR CREDENTIALS_LINE_INVALID: line 2 splits into 1 part(s) on single"
                  + " spaces, not 2 (principal and secret); tabs do not separate, so master 0.15.0"
                  + " exits at startup (\"Invalid credential format at line: 2\"); write one"
                  + " 'principal secret' per line, separated by a space\n");
    }

    @Test
    void aTextFileStopsA111Master() throws IOException {
      Path file = dir.resolve("credentials");
      Files.writeString(file, "alice secret\n");

      Run run =
          run(
              "lint",
              "--component",
              "master",
              "--release",
              "1.11.0",
              "--",
              "--credentials=file://" + file);

      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
      assertThat(run.out())
          .isEqualTo(
              "master 1.11.0: 1 finding (1 error)\n"
                  + "  - ERROR CREDENTIALS_NOT_JSON: the file --credentials names is not JSON, and"
                  + " master 1.11.0 reads only JSON credentials files (releases before 1.11.0 also"
                  + " read text), so it exits at startup (\"Invalid json format\"); write it as"
                  + " {\"credentials\": [{\"principal\": \"...\", \"secret\": \"...\"}]}\n");
    }

    @Test
    void theAgentsCredentialFileFromTheEnvironmentIsChecked() throws IOException {
      Path file = dir.resolve("credential");
      Files.writeString(file, "agent secret\n");

      Run run =
          run(
              Map.of("MESOS_CREDENTIAL", file.toString()),
              "lint",
              "--component",
              "agent",
              "--release",
              "1.11.0",
              "--from-env");

      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
      assertThat(run.out())
          .isEqualTo(
              "agent 1.11.0: 1 finding (1 error)\n"
                  + "  - ERROR CREDENTIALS_NOT_JSON: the file --credential names is not JSON, and"
                  + " agent 1.11.0 reads only JSON credentials files (releases before 1.11.0 also"
                  + " read text), so it exits at startup (\"Invalid json format\"); write it as"
                  + " {\"principal\": \"...\", \"secret\": \"...\"}\n");
    }

    @Test
    void aFileThatCannotBeReadIsNoted() {
      String file = dir.resolve("missing").toString();

      run("lint", "--component", "master", "--release", "0.15.0", "--", "--credentials=" + file)
          .printed(
              "master 0.15.0: no findings\nnote: cannot read "
                  + file
                  + ": no such file, so its lines were not checked\n");
    }
  }

  @Nested
  class UsageErrors {
    @Test
    void anUnknownComponent() {
      run("lint", "--component", "scheduler", "--release", "0.15.0")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade lint: --component scheduler: only masters and slaves are configured"
                  + " with flags, not schedulers");
      run("lint", "--component", "zookeeper", "--release", "0.15.0")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade lint: --component \"zookeeper\" is not a Mesos component: expected"
                  + " master, slave (or agent), executor or scheduler");
    }

    @Test
    void aReleaseWithoutFlagData() {
      run("lint", "--component", "master", "--release", "1.12.0")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade lint: --release 1.12.0: the catalog knows the flags of Mesos 0.10.0"
                  + " to 1.11.0, and 1.12.0 is not a Mesos release");
    }

    @Test
    void anEnvironmentVariableWithoutValue() {
      run("lint", "--component", "master", "--release", "0.15.0", "--env", "MESOS_ZK")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade lint: --env MESOS_ZK: expected NAME=VALUE, such as"
                  + " MESOS_ZK=zk://zk1:2181/mesos");
    }

    @Test
    void theOldVersionOptionForTheReleaseIsRefusedAndNamesRelease() {
      run("lint", "--component", "master", "--version", "0.15.0", "--", "--zk=zk://zk1:2181/mesos")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade lint: --version 0.15.0: lint takes the Mesos release as --release"
                  + " 0.15.0 (--version alone prints the version of mesos-upgrade) (see"
                  + " 'mesos-upgrade lint --help')");
    }
  }

  @Nested
  class AsJson {
    @Test
    void printsTheReportDocumentWithTheSameExitCode() {
      Run run =
          run(
              "lint",
              "--component",
              "master",
              "--release",
              "0.15.0",
              "--format",
              "json",
              "--",
              "--zk=zk://zk1:2181/mesos",
              "--authentication=true");
      LintReport report =
          ConfigLinter.builtIn()
              .lint(
                  DaemonConfig.builder()
                      .component(Component.MASTER)
                      .addArguments("--zk=zk://zk1:2181/mesos", "--authentication=true")
                      .build(),
                  MesosVersion.parse("0.15.0"));

      assertThat(run.out()).isEqualTo(ReportJson.lint(report, List.of()));
      assertThat(run.err()).isEmpty();
      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void anUnreadableCredentialsFileIsANoteOfTheDocument(@TempDir Path dir) {
      String file = dir.resolve("missing").toString();
      Run run =
          run(
              "lint",
              "--component",
              "master",
              "--release",
              "0.15.0",
              "--format",
              "json",
              "--",
              "--credentials=" + file);

      assertThat(run.out())
          .contains(
              "\"notes\": [\n    \"cannot read "
                  + file
                  + ": no such file, so its lines were not checked\"\n  ]");
      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }
  }

  @Nested
  class ToolVersion {
    @Test
    void versionPrintsTheToolsVersionAsEveryCommandDoes() {
      run("lint", "--version")
          .printed(
              "mesos-upgrade "
                  + System.getProperty("mesos-upgrade.project-version")
                  + "\nplans Mesos upgrades between "
                  + MesosUpgradeCliTest.RANGE
                  + "; JSON plan schema version 1\n");
    }
  }

  @Nested
  class TheNameOfTheSlave {
    @Test
    void eitherWordInAnyCaseNamesTheDaemonAsItsReleaseDoes() {
      for (String word : new String[] {"agent", "SLAVE", "Agents", "slave"}) {
        Run agent = run("lint", "--component", word, "--release", "1.11.0", "--", "--nope=1");
        Run slave = run("lint", "--component", word, "--release", "0.28.2", "--", "--nope=1");

        assertThat(agent.out())
            .as(word)
            .isEqualTo(
                "agent 1.11.0: 1 finding (1 error)\n"
                    + "  - ERROR UNKNOWN_FLAG: --nope=1: agent 1.11.0 takes no flag --nope, so it"
                    + " refuses to start (\"Failed to load unknown flag 'nope'\"); remove it\n");
        assertThat(slave.out())
            .as(word)
            .isEqualTo(
                "slave 0.28.2: 1 finding (1 error)\n"
                    + "  - ERROR UNKNOWN_FLAG: --nope=1: slave 0.28.2 takes no flag --nope, so it"
                    + " refuses to start (\"Failed to load unknown flag 'nope'\"); remove it\n");
      }
    }
  }
}
