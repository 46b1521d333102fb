package io.github.mesosupgrade.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RunbookCheckExampleTest {
  @Nested
  class Main {
    @Test
    void catchesTheGuidesAuthenticationFlagAndAcceptsTheRealOne() {
      assertThat(MainOutput.of(RunbookCheckExample::main))
          .isEqualTo(
              "The runbook as the upgrade guide writes it (--authentication=true):\n"
                  + "invalid: 0.14.0 -> 0.15.0, 9 steps, 1 violation\n"
                  + "  - FLAG_UNKNOWN: step 0.14-0.15/restart-masters-with-authentication starts"
                  + " the masters with --authentication, which no Mesos release accepts: on the"
                  + " command line the master refuses to start, and as MESOS_AUTHENTICATION in the"
                  + " environment it is silently ignored; the real flag is --authenticate\n"
                  + "\n"
                  + "The same runbook with the real flag (--authenticate=true):\n"
                  + "valid: 0.14.0 -> 0.15.0, 9 steps\n");
    }
  }
}
