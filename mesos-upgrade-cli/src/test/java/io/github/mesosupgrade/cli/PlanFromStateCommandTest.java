package io.github.mesosupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.cli.MesosUpgradeCliTest.Run;
import io.github.mesosupgrade.json.ClusterJson;
import io.github.mesosupgrade.json.PlanJson;
import io.github.mesosupgrade.json.PlanMarkdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFromStateCommandTest {
  static String resource(String name) {
    try {
      return Path.of(
              Objects.requireNonNull(PlanFromStateCommandTest.class.getResource("/" + name))
                  .toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String ROLLING = resource("states/rolling-0.15.json");
  private static final String SKEWED = resource("states/skewed.json");
  private static final String PURE = resource("states/pure-no-authentication.json");

  @Nested
  class FromAState {
    @Test
    void printsOnlyTheStepsStillToDo() {
      Run run = MesosUpgradeCliTest.run("plan", "0.14.2", "0.15.0", "--state", ROLLING);

      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .startsWith(
              "Upgrade 0.14.2 -> 0.15.0: 1 hop, 7 steps to do, resumed from the cluster state (2"
                  + " done)\n\nHop 1: 0.14.2 -> 0.15.0\n   1. Install the Mesos 0.15.0 binaries on"
                  + " every slave.\n      id: 0.14-0.15/install-slaves\n");
    }

    @Test
    void withAProfileListsTheDecisions() {
      Run run =
          MesosUpgradeCliTest.run(
              "plan", "0.14.2", "0.15.0", "--state", ROLLING, "--profile", PURE);

      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(run.out())
          .startsWith(
              "Upgrade 0.14.2 -> 0.15.0: 1 hop, 3 steps to do, resumed from the cluster state (2"
                  + " done)\n")
          .contains(
              "Decisions (ClusterProfile{FRAMEWORKS_LINK_LIBMESOS=no, WANTS_AUTHENTICATION=no}):\n"
                  + "  - 0.14-0.15/restart-slaves --checkpoint=false: left out");
    }

    @Test
    void aStateNoPlanComesFromIsRefused() {
      MesosUpgradeCliTest.run("plan", "0.13.0", "0.15.0", "--state", SKEWED)
          .failedWith(
              ExitCode.REFUSED,
              "mesos-upgrade plan: cannot plan from this state: the masters run 0.13.0 and the"
                  + " slaves run 0.15.0, more than one release line apart, which Mesos before 1.0"
                  + " does not support, so no upgrade plan passes through it; bring them within"
                  + " one release line of each other first");
    }

    @Test
    void fromMustNotBeNewerThanTheState() {
      MesosUpgradeCliTest.run("plan", "0.15.0", "0.15.0", "--state", ROLLING)
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade plan: FROM 0.15.0 is newer than what "
                  + ROLLING
                  + " says the cluster runs (0.14.2): give the release the upgrade started from,"
                  + " 0.14.2 or earlier");
    }

    @Test
    void printsJsonAndMarkdownWithTheDecisionsAndTheStepsDone() throws Exception {
      UpgradePlan plan =
          UpgradePlanner.plan(
              ClusterJson.readState(Files.readString(Path.of(ROLLING))),
              MesosVersion.parse("0.15.0"),
              ClusterJson.readProfile(Files.readString(Path.of(PURE))));
      MesosUpgradeCliTest.run(
              "plan", "0.14.2", "0.15.0", "--state", ROLLING, "--profile", PURE, "-f", "json")
          .printed(PlanJson.write(plan));
      MesosUpgradeCliTest.run(
              "plan", "0.14.2", "0.15.0", "--state", ROLLING, "--profile", PURE, "-f", "markdown")
          .printed(PlanMarkdown.render(plan));
      assertThat(PlanJson.write(plan))
          .contains("\"decisions\": [", "\"done\": [", "\"profile\": {");
      assertThat(PlanMarkdown.render(plan))
          .contains("Resumed from the cluster state, which shows 2 steps done:\n", "## Decisions");
    }

    @Test
    void drawsThePlanOfWhatIsLeft() {
      MesosUpgradeCliTest.Run text =
          MesosUpgradeCliTest.run("plan", "0.14.2", "0.15.0", "--state", ROLLING);
      MesosUpgradeCliTest.Run dot =
          MesosUpgradeCliTest.run("plan", "0.14.2", "0.15.0", "--state", ROLLING, "-f", "dot");
      MesosUpgradeCliTest.Run mermaid =
          MesosUpgradeCliTest.run(
              "plan", "0.14.2", "0.15.0", "--state", ROLLING, "--format", "mermaid");
      assertThat(dot.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(dot.out()).startsWith("digraph \"mesos-upgrade 0.14.2 -> 0.15.0\" {\n");
      assertThat(mermaid.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(mermaid.out()).startsWith("flowchart TB\n  subgraph hop1");
      long steps = text.out().lines().filter(line -> line.matches("\\s*\\d+\\. .*")).count();
      assertThat(dot.out().lines().filter(line -> line.contains("fillcolor")).count())
          .isGreaterThanOrEqualTo(steps);
    }
  }

  @Nested
  class BadFiles {
    @TempDir Path dir;

    private String write(String name, String text) {
      try {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Test
    void anUnknownField() {
      String file =
          write(
              "state.json",
              "{\"schemaVersion\": 1, \"masters\": [{\"running\": \"0.14.2\", \"version\": 1}],"
                  + " \"slaves\": [{\"running\": \"0.14.2\"}]}");

      MesosUpgradeCliTest.run("plan", "0.14.2", "0.15.0", "--state", file)
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade plan: "
                  + file
                  + ": masters[0].version is not a field: the fields are installed, running,"
                  + " flags, startedBeforeSchedulers");
    }

    @Test
    void aMissingFile() {
      String file = dir.resolve("nowhere.json").toString();

      MesosUpgradeCliTest.run("plan", "0.14.2", "0.15.0", "--profile", file)
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade plan: cannot read "
                  + file
                  + ": no such file; give the path of a JSON profile"
                  + " (mesos-upgrade-profile.schema.json)");
    }

    @Test
    void aProfileFactThatIsNotABoolean() {
      String file =
          write("profile.json", "{\"schemaVersion\": 1, \"wantsAuthentication\": \"no\"}");

      MesosUpgradeCliTest.run("plan", "0.14.2", "0.15.0", "--profile", file)
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade plan: "
                  + file
                  + ": wantsAuthentication is \"no\": give true, false, or leave it out when not"
                  + " known");
    }
  }
}
