package com.example.upgrades;

// README: assertj-imports
import static io.github.mesosupgrade.Component.*;
import static io.github.mesosupgrade.assertj.StepMatchers.*;
import static io.github.mesosupgrade.assertj.UpgradeAssertions.assertThat;
// README end

import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import org.junit.jupiter.api.Test;

class PlanOrderTest {
  @Test
  void authenticationIsEnforcedLast() {
    // README: assertj
    UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
    assertThat(plan)
        .containsStepsInOrder(restartWithFlag(MASTER, "credentials"), restart(SCHEDULER))
        .step(restart(SCHEDULER))
        .isImmediatelyBefore(restartWithFlag(MASTER, "authenticate", "true"));
    assertThat(PlanValidator.validate(plan)).isValid();
    // README end
  }
}
