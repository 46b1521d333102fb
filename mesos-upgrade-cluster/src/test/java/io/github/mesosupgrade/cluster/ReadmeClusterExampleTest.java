package io.github.mesosupgrade.cluster;

import static io.github.mesosupgrade.cluster.ClusterReaderTest.AGENT_FLAGS;
import static io.github.mesosupgrade.cluster.ClusterReaderTest.MASTER_FLAGS;
import static io.github.mesosupgrade.cluster.MesosAnswers.flags;
import static io.github.mesosupgrade.cluster.MesosAnswers.master1x;
import static io.github.mesosupgrade.cluster.MesosAnswers.slave1x;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.UpgradeStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's "Read a running cluster" example against a 1.4.3 cluster half upgraded to
 * 1.11.0 (masters and one agent done) and checks the README shows the same code and output.
 */
class ReadmeClusterExampleTest {
  static void example(String m1, String m2, PrintStream out) {
    // README example starts
    ClusterReader reader =
        ClusterReader.create(
            ClusterReaderOptions.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(10))
                .build());
    ClusterReading reading = reader.read(m1, m2);
    out.println(reading.agentsRead() + " of " + reading.agentsListed() + " agents read");
    for (UnreadDaemon unread : reading.unreadable()) {
      out.println("not read: " + unread);
    }
    UpgradePlan rest = UpgradePlanner.plan(reading.state(), MesosVersion.parse("1.11.0"));
    for (UpgradeStep step : rest.steps()) {
      out.println(step.id());
    }
    // README example ends
  }

  static String run() throws IOException {
    try (FakeDaemon standby = new FakeDaemon();
        FakeDaemon leader = new FakeDaemon();
        FakeDaemon old = new FakeDaemon();
        FakeDaemon upgraded = new FakeDaemon()) {
      standby.redirect("/master/state", 307, "//127.0.0.1:" + leader.port() + "/master/state");
      standby.json("/version", MesosAnswers.version("1.11.0"));
      standby.json("/master/flags", flags(MASTER_FLAGS));
      old.json("/slave(1)/flags", flags(AGENT_FLAGS));
      upgraded.json("/slave(1)/flags", flags(AGENT_FLAGS));
      leader.json(
          "/master/state",
          master1x(
              "1.11.0",
              leader.pid("master"),
              MASTER_FLAGS,
              List.of(
                  slave1x("S0", old.pid("slave(1)"), "a0", "1.4.3"),
                  slave1x("S1", upgraded.pid("slave(1)"), "a1", "1.11.0")),
              List.of()));
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      example(
          standby.url().toString(), leader.url().toString(), new PrintStream(buffer, true, UTF_8));
      return buffer.toString(UTF_8);
    }
  }

  @Test
  void printsWhatTheReadmeShows() throws IOException {
    assertThat(run())
        .isEqualTo(
            """
            2 of 2 agents read
            1.5-1.6/remove-storage-resource-providers
            1.10-1.11/convert-agent-credentials-to-json
            1.10-1.11/install-agents
            1.7-1.8/list-agent-operation-feedback-in-agent-features
            1.8-1.9/list-agent-draining-in-agent-features
            1.9-1.10/list-task-resource-limits-in-agent-features
            1.10-1.11/restart-agents
            1.10-1.11/relink-schedulers
            1.10-1.11/restart-schedulers
            1.10-1.11/relink-executors
            """);
  }

  @Test
  void theReadmeShowsTheSameCodeAndOutput() throws IOException {
    Path module = Path.of(System.getProperty("user.dir"));
    String readme = Files.readString(module.getParent().resolve("README.md"));
    String source =
        Files.readString(
            module.resolve(
                "src/test/java/io/github/mesosupgrade/cluster/ReadmeClusterExampleTest.java"));
    String code =
        source.substring(
            source.indexOf("// README example starts\n") + "// README example starts\n".length(),
            source.indexOf("    // README example ends"));
    String unindented = code.replaceAll("(?m)^    ", "");

    assertThat(readme).contains("```java\n" + unindented + "```\n");
    assertThat(readme).contains("```\n" + run() + "```\n");
  }
}
