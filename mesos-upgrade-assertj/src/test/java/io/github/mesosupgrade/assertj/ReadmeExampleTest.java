package io.github.mesosupgrade.assertj;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.assertj.StepMatchers.install;
import static io.github.mesosupgrade.assertj.StepMatchers.restart;
import static io.github.mesosupgrade.assertj.StepMatchers.restartWithFlag;
import static io.github.mesosupgrade.assertj.UpgradeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the README's "Assertions for your tests" example and checks the failure it shows. */
class ReadmeExampleTest {
  private static final String CODE =
      """
      UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
      assertThat(plan)
          .containsStepsInOrder(restartWithFlag(MASTER, "credentials"), restart(SCHEDULER))
          .step(restart(SCHEDULER))
          .isImmediatelyBefore(restartWithFlag(MASTER, "authenticate", "true"));
      assertThat(PlanValidator.validate(plan)).isValid();
      """;

  private static final String FAILURE =
      """
      Expected step <restart schedulers> to come before <install slaves>, but it comes after it:\
       step 8 (0.14-0.15/restart-schedulers) vs step 3 (0.14-0.15/install-slaves).

      Upgrade 0.14.0 -> 0.15.0: 1 hop, 9 steps
      Hop 1: 0.14.0 -> 0.15.0
         1. 0.14-0.15/install-masters
         2. 0.14-0.15/restart-masters-with-credentials (sets --credentials=<path to credentials\
       file>)
      """;

  private static final String SOFT_CODE =
      """
      UpgradeSoftAssertions softly = new UpgradeSoftAssertions();
      softly.assertThat(plan).hasHops("0.14-0.15").step(restart(SCHEDULER)).isAfter(install(SLAVE));
      softly.assertThat(PlanValidator.validate(plan)).isValid();
      softly.assertAll();
      """;

  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theSoftExamplePasses() throws IOException {
    UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
    // README example starts
    UpgradeSoftAssertions softly = new UpgradeSoftAssertions();
    softly.assertThat(plan).hasHops("0.14-0.15").step(restart(SCHEDULER)).isAfter(install(SLAVE));
    softly.assertThat(PlanValidator.validate(plan)).isValid();
    softly.assertAll();
    // README example ends
    assertThat(softly.assertionErrorsCollected()).isEmpty();
    assertThat(readme()).contains(SOFT_CODE);
  }

  @Test
  void theExamplePasses() throws IOException {
    // README example starts
    UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
    assertThat(plan)
        .containsStepsInOrder(restartWithFlag(MASTER, "credentials"), restart(SCHEDULER))
        .step(restart(SCHEDULER))
        .isImmediatelyBefore(restartWithFlag(MASTER, "authenticate", "true"));
    assertThat(PlanValidator.validate(plan)).isValid();
    // README example ends
    assertThat(readme()).contains(CODE);
  }

  @Test
  void theFailureReadsAsShown() throws IOException {
    UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
    assertThatThrownBy(() -> assertThat(plan).step(restart(SCHEDULER)).isBefore(install(SLAVE)))
        .hasMessageStartingWith(FAILURE);
    assertThat(readme()).contains(FAILURE + "   ...\n");
  }

  @Test
  void stepFailsForTheMastersAsTheReadmeSays() {
    assertThatThrownBy(
            () -> assertThat(UpgradePlanner.plan("0.14.0", "0.15.0")).step(restart(MASTER)))
        .hasMessageStartingWith(
            "Expected exactly one step to match <restart masters>, but 2 steps did:");
  }
}
