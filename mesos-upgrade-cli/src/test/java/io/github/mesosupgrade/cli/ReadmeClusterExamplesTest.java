package io.github.mesosupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's resume and lint examples true. */
class ReadmeClusterExamplesTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theStateShownIsTheOneTheTestsResumeFrom() throws IOException {
    String state =
        Files.readString(
            Path.of("../mesos-upgrade-json/src/test/resources/states/rolling-0.15.json"),
            StandardCharsets.UTF_8);
    assertThat(readme()).contains("```\n" + state + "```");
  }

  @Test
  void theResumeExcerptIsWhatPlanPrints() throws IOException {
    MesosUpgradeCliTest.Run run =
        MesosUpgradeCliTest.run(
            "plan",
            "0.14.2",
            "0.15.0",
            "--state",
            PlanFromStateCommandTest.resource("states/rolling-0.15.json"));
    List<String> lines = Arrays.asList(run.out().split("\n", -1));
    assertThat(readme())
        .contains(
            "$ mesos-upgrade plan 0.14.2 0.15.0 --state rolling.json | head -5\n"
                + String.join("\n", lines.subList(0, 5))
                + "\n```");
  }

  @Test
  void theLintExampleIsWhatLintPrintsWithItsExitCode() throws IOException {
    String[] args = {
      "lint",
      "--component",
      "master",
      "--release",
      "0.15.0",
      "--",
      "--zk=zk://zk1:2181/mesos",
      "--authentication=true"
    };
    MesosUpgradeCliTest.Run run = MesosUpgradeCliTest.run(args);
    assertThat(readme())
        .contains(
            "$ mesos-upgrade "
                + String.join(" ", args)
                + "; echo \"exit $?\"\n"
                + run.out()
                + "exit "
                + run.exitCode()
                + "\n```");
  }
}
