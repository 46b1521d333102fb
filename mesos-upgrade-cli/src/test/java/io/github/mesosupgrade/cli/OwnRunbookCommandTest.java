package io.github.mesosupgrade.cli;

import static io.github.mesosupgrade.cli.MesosUpgradeCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mesos-upgrade validate} on the README's runbook, {@code docs/runbook-0.14-0.15.json}: its
 * own ids and sources of its own (a wiki page, documents and lines, tickets).
 */
class OwnRunbookCommandTest {
  private static final Path RUNBOOK = Path.of("../docs/runbook-0.14-0.15.json");

  @TempDir Path dir;

  @Test
  void theReadmeShowsTheFirstStepsOfTheRunbook() throws IOException {
    List<String> lines = Files.readAllLines(RUNBOOK);
    int firstOfFifthStep = 0;
    int steps = 0;
    while (steps < 5) {
      if (lines.get(firstOfFifthStep).strip().startsWith("{\"id\"")) {
        steps++;
      }
      firstOfFifthStep++;
    }
    String excerpt = String.join("\n", lines.subList(0, firstOfFifthStep - 1)) + "\n    ...\n";
    assertThat(Files.readString(Path.of("../README.md"))).contains("```\n" + excerpt + "```");
  }

  @Test
  void theRunbookInTheRightOrderIsValid() {
    run("validate", RUNBOOK.toString()).printed("valid: 0.14.0 -> 0.15.0, 8 steps\n");
  }

  @Test
  void authenticationMovedBeforeTheSchedulersRestartNamesTheRunbooksOwnSteps() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode runbook = (ObjectNode) mapper.readTree(Files.readString(RUNBOOK));
    ArrayNode steps = (ArrayNode) runbook.get("steps");
    assertThat(steps.get(7).get("id").asText()).isEqualTo("0.14-0.15/ops-auth-on");
    steps.insert(6, steps.remove(7));
    Path moved = dir.resolve("auth-too-early.json");
    Files.writeString(moved, mapper.writeValueAsString(runbook));
    MesosUpgradeCliTest.Run run = run("validate", moved.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "invalid: 0.14.0 -> 0.15.0, 8 steps, 2 violations\n"
                + "  - ORDERING_RULE: step 0.14-0.15/ops-auth-on (step 7, which does"
                + " 0.14-0.15/restart-masters-with-authentication) must come after step"
                + " 0.14-0.15/ops-fw-bounce (step 8, which does 0.14-0.15/restart-schedulers)"
                + " (authentication is enforced only once every scheduler authenticates):"
                + " move it after 0.14-0.15/ops-fw-bounce [upgrade guide, \"Upgrading from"
                + " 0.14.0 to 0.15.0\", bullet 10]\n"
                + "  - FRAMEWORKS_LOCKED_OUT: after step 0.14-0.15/ops-auth-on the masters"
                + " enforce authentication, but the schedulers do not authenticate: they can no"
                + " longer register; change the schedulers to the Credential constructor and"
                + " restart them before enforcing\n");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
  }
}
