package io.github.mesosupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the command-line examples of the README true: each shown output is what the command prints.
 */
class ReadmeCommandLineTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }

  @Nested
  class Outputs {
    @Test
    void theMarkdownRunbookExcerptIsWhatPlanPrints() throws IOException {
      List<String> lines =
          Arrays.asList(
              MesosUpgradeCliTest.run("plan", "0.14.0", "0.15.0", "--format", "markdown")
                  .out()
                  .split("\n"));
      int firstId = 0;
      while (!lines.get(firstId).startsWith("  - id: ")) {
        firstId++;
      }
      // From the hop's heading through its Mermaid graph to the first step, in a fence of four
      // backticks that holds the graph's own fence.
      assertThat(readme())
          .contains("````\n" + String.join("\n", lines.subList(4, firstId + 1)) + "\n````");
    }

    @Test
    void theValidateExampleIsWhatValidatePrintsWithItsExitCode() throws IOException {
      MesosUpgradeCliTest.Run run =
          MesosUpgradeCliTest.run(
              MesosUpgradeCliTest.guideFlagPlan("0.14.0").getBytes(StandardCharsets.UTF_8),
              "validate",
              "-");
      assertThat(readme())
          .contains(
              "$ mesos-upgrade validate plan.json; echo \"exit $?\"\n"
                  + run.out()
                  + "exit "
                  + run.exitCode()
                  + "\n```");
    }

    @Test
    void theMidUpgrade1xExampleIsWhatPlanPrintsFromThatState(@TempDir Path dir) throws IOException {
      Path state = dir.resolve("mid-1.5.json");
      Files.writeString(
          state,
          """
          {"schemaVersion": 1, "masters": [{"running": "1.5.0"}],
           "agents": [{"running": "1.4.0"}, {"running": "1.5.0"}]}
          """);
      String out =
          MesosUpgradeCliTest.run("plan", "1.4.0", "1.11.0", "--state", state.toString()).out();
      String head = String.join("\n", out.lines().limit(5).toList());

      assertThat(readme())
          .contains(
              "$ mesos-upgrade plan 1.4.0 1.11.0 --state mid-1.5.json | head -5\n"
                  + head
                  + "\n```");
    }

    @Test
    void theErrorExampleIsTheLineTheDowngradePrints() throws IOException {
      StringWriter err = new StringWriter();
      MesosUpgradeCli.run(
          new ByteArrayInputStream(new byte[0]),
          new PrintWriter(new StringWriter()),
          new PrintWriter(err),
          "plan",
          "0.15.0",
          "0.11.0");
      assertThat(readme()).contains("$ mesos-upgrade plan 0.15.0 0.11.0\n" + err + "```");
    }

    @Test
    void theFullDiskExampleIsTheLineAndExitCodeOfFailedOutput() throws IOException {
      StringWriter err = new StringWriter();
      PrintWriter full =
          new PrintWriter(
              new OutputStreamWriter(
                  new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                      throw new IOException("No space left on device");
                    }
                  },
                  StandardCharsets.UTF_8));
      int code =
          MesosUpgradeCli.run(
              new ByteArrayInputStream(new byte[0]),
              full,
              new PrintWriter(err),
              "plan",
              "0.11.0",
              "1.11.0",
              "--format",
              "json");
      assertThat(readme())
          .contains(
              "$ mesos-upgrade plan 0.11.0 1.11.0 --format json >/dev/full; echo \"exit $?\"\n"
                  + err
                  + "exit "
                  + code
                  + "\n```");
    }
  }
}
