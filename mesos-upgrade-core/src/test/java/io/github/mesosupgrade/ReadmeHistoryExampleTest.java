package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the README's "From any release to 1.11" example and checks the output it shows. */
class ReadmeHistoryExampleTest {
  static void example(PrintStream out) {
    // README example starts
    UpgradePlan plan = UpgradePlanner.plan("1.2.0", "1.11.0");
    for (UpgradeHop hop : plan.hops()) {
      out.println(hop);
      for (UpgradeStep step : hop.steps()) {
        out.println("  " + step.id());
      }
    }
    out.println(plan.steps().get(4).describe());
    // README example ends
  }

  @Test
  void printsWhatTheReadmeShows() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    example(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            """
            1.2.0 -> 1.2.3
              1.2.0-1.2.3/install-masters
              1.2.0-1.2.3/restart-masters
              1.2.0-1.2.3/install-agents
              1.2.0-1.2.3/restart-agents
            1.2.3 -> 1.11.0
              1.2-1.3/move-deprecated-acls
              1.4-1.5/accept-task-starting-in-schedulers
              1.4-1.5/restart-schedulers-accepting-task-starting
              1.10-1.11/rebuild-master-modules
              1.10-1.11/rebuild-agent-modules
              1.10-1.11/convert-master-credentials-to-json
              1.10-1.11/install-masters
              1.10-1.11/restart-masters
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
            Reconfigure every master for 1.11.0 (if necessary): only where --acls uses \
            set_quotas, remove_quotas or shutdown_frameworks: consolidate the quota ACLs under \
            update_quotas and replace shutdown_frameworks with teardown_frameworks, since 1.3 \
            masters no longer support the old ones.
            """);
  }

  @Test
  void theReadmeShowsTheSameCodeAndOutput() throws Exception {
    String readme =
        Files.readString(Path.of(System.getProperty("user.dir")).getParent().resolve("README.md"));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    example(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    assertThat(readme)
        .contains("UpgradePlan plan = UpgradePlanner.plan(\"1.2.0\", \"1.11.0\");\n")
        .contains("```\n" + buffer.toString(StandardCharsets.UTF_8) + "```\n");
  }
}
