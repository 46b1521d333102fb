package io.github.mesosupgrade.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mesosupgrade.UpgradePlanner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StepOrderCheckExampleTest {
  @Nested
  class Main {
    @Test
    void printsEveryCheckAndTheReportOfTheRejectedReordering() {
      assertThat(MainOutput.of(StepOrderCheckExample::main))
          .isEqualTo(
              "ok: slaves checkpoint before frameworks ask for checkpointing\n"
                  + "ok: the slaves restart with --checkpoint=true\n"
                  + "ok: the masters restart again after the schedulers\n"
                  + "ok: the plan passes the validator\n"
                  + "ok: slaves checkpointing after the schedulers is caught as"
                  + " CHECKPOINT_BEFORE_SLAVES\n"
                  + "invalid: 0.13.0 -> 0.14.0, 10 steps, 2 violations\n"
                  + "  - ORDERING_RULE: step 0.13-0.14/set-checkpoint-in-schedulers must come"
                  + " after step 0.13-0.14/restart-slaves-with-checkpoint (frameworks set"
                  + " FrameworkInfo.checkpoint only once the slaves checkpoint): move it after"
                  + " 0.13-0.14/restart-slaves-with-checkpoint [upgrade guide, \"Upgrading from"
                  + " 0.13.0 to 0.14.0\", bullet 8]\n"
                  + "  - CHECKPOINT_BEFORE_SLAVES: after step 0.13-0.14/restart-schedulers the"
                  + " schedulers set FrameworkInfo.checkpoint, but the slaves do not checkpoint:"
                  + " restart the slaves with --checkpoint=true first\n"
                  + "all checks hold for the plan 0.13.0 -> 0.14.0\n");
    }
  }

  @Nested
  class AFailingCheck {
    @Test
    void throwsAnAssertionErrorNamingTheMissingStep() {
      PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      assertThatThrownBy(
              () -> StepOrderCheckExample.runChecks(UpgradePlanner.plan("0.14.0", "0.15.0"), out))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith(
              "the plan has no step 0.13-0.14/restart-slaves-with-checkpoint; its steps are"
                  + " [0.14-0.15/install-masters, ");
    }
  }
}
