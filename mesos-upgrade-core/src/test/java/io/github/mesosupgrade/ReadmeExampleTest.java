package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's "use it from Java" example and checks the output the README shows. */
class ReadmeExampleTest {
  static void example(PrintStream out) {
    // README example starts
    UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
    for (UpgradeStep step : plan.steps()) {
      out.println(step.id() + "  " + step.flagChanges());
    }

    // A runbook that copies the guide's --authentication=true literally:
    List<UpgradeStep> runbook = new ArrayList<>(plan.steps());
    UpgradeStep last = runbook.remove(runbook.size() - 1);
    runbook.add(last.withFlagChanges(FlagChange.set("authentication", "true")));
    out.println(PlanValidator.validate(plan.from(), plan.to(), runbook).describe());
    // README example ends
  }

  @Test
  void printsWhatTheReadmeShows() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    example(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            """
            0.14-0.15/install-masters  []
            0.14-0.15/restart-masters-with-credentials  [set --credentials=<path to \
            credentials file>]
            0.14-0.15/install-slaves  []
            0.14-0.15/restart-slaves  []
            0.14-0.15/relink-executors  []
            0.14-0.15/relink-schedulers  []
            0.14-0.15/use-credential-in-schedulers  []
            0.14-0.15/restart-schedulers  []
            0.14-0.15/restart-masters-with-authentication  [set --authenticate=true]
            invalid: 0.14.0 -> 0.15.0, 9 steps, 1 violation
              - FLAG_UNKNOWN: step 0.14-0.15/restart-masters-with-authentication starts the \
            masters with --authentication, which no Mesos release accepts: on the command line \
            the master refuses to start, and as MESOS_AUTHENTICATION in the environment it is \
            silently ignored; the real flag is --authenticate
            """);
  }
}
