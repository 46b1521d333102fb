package io.github.mesosupgrade.assertj;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_14_TO_0_15;
import static io.github.mesosupgrade.assertj.Plans.LISTING_0_14_TO_0_15;
import static io.github.mesosupgrade.assertj.Plans.failure;
import static io.github.mesosupgrade.assertj.StepMatchers.install;
import static io.github.mesosupgrade.assertj.StepMatchers.restart;
import static io.github.mesosupgrade.assertj.StepMatchers.restartWithFlag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.ValidationReport;
import io.github.mesosupgrade.ViolationCode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class UpgradeSoftAssertionsTest {
  private static final ValidationReport VALID = PlanValidator.validate(FROM_0_14_TO_0_15);

  private static final String ORDER_FAILURE =
      failure(
          "Expected step <restart schedulers> to come before <install slaves>, but it comes after"
              + " it: step 8 (0.14-0.15/restart-schedulers) vs step 3"
              + " (0.14-0.15/install-slaves).",
          LISTING_0_14_TO_0_15);

  /** Where AssertJ says a soft assertion failed: the last line of each message it collects. */
  private static final Pattern LOCATION =
      Pattern.compile(
          "\nat UpgradeSoftAssertionsTest\\.[A-Za-z]+\\(UpgradeSoftAssertionsTest\\.java:[0-9]+\\)$");

  /**
   * Returns the messages of the failures {@code softly} collected, each without the line AssertJ
   * adds to say where the soft assertion was made, after checking that the line is there.
   */
  private static List<String> messages(UpgradeSoftAssertions softly) {
    return softly.assertionErrorsCollected().stream()
        .map(Throwable::getMessage)
        .map(
            message -> {
              Matcher location = LOCATION.matcher(message);
              assertThat(location.find()).as("location line of %s", message).isTrue();
              return message.substring(0, location.start());
            })
        .toList();
  }

  @Test
  void collectNothingWhenEveryAssertionPasses() {
    UpgradeSoftAssertions softly = new UpgradeSoftAssertions();
    softly
        .assertThat(FROM_0_14_TO_0_15)
        .hasHopCount(1)
        .hasHops("0.14-0.15")
        .containsStepsInOrder(restartWithFlag(MASTER, "credentials"), restart(SCHEDULER))
        .step(restart(SCHEDULER))
        .isImmediatelyBefore(restartWithFlag(MASTER, "authenticate", "true"))
        .and()
        .doesNotContainStep(restartWithFlag(SLAVE, "checkpoint"));
    softly.assertThat(VALID).isValid();
    softly.assertThat(List.of(1, 2)).hasSize(2);
    assertThat(softly.assertionErrorsCollected()).isEmpty();
    softly.assertAll();
  }

  @Test
  void collectEveryFailureOfPlansStepsAndReports() {
    UpgradeSoftAssertions softly = new UpgradeSoftAssertions();
    softly.assertThat(FROM_0_14_TO_0_15).hasHopCount(2).hasHops("0.14-0.16");
    softly
        .assertThat(FROM_0_14_TO_0_15)
        .step(restart(SCHEDULER))
        .isBefore(install(SLAVE))
        .setsFlag("checkpoint", "true");
    softly.assertThat(VALID).hasViolation(ViolationCode.FLAG_UNKNOWN);
    assertThat(messages(softly))
        .containsExactly(
            failure(
                "Expected 2 hops, but the plan has 1 hop: [0.14.0 -> 0.15.0].",
                LISTING_0_14_TO_0_15),
            failure(
                "Expected the hops [0.14-0.16], but the plan has [0.14.0 -> 0.15.0].",
                LISTING_0_14_TO_0_15),
            ORDER_FAILURE,
            failure(
                "Expected step 8 (0.14-0.15/restart-schedulers) to set --checkpoint=true, but it"
                    + " changes no flags.",
                LISTING_0_14_TO_0_15),
            "Expected a violation FLAG_UNKNOWN, but the validator found none with that code.\n\n"
                + VALID.describe());
    assertThatThrownBy(() -> softly.assertAll()).isInstanceOf(AssertionError.class);
  }

  @Test
  void collectAStepThatDoesNotMatchOnceAndSkipTheAssertionsChainedToIt() {
    UpgradeSoftAssertions softly = new UpgradeSoftAssertions();
    softly
        .assertThat(FROM_0_14_TO_0_15)
        .step(restart(MASTER))
        .isBefore(install(SLAVE))
        .setsFlag("checkpoint", "true")
        .and()
        .hasHopCount(1);
    assertThat(messages(softly))
        .containsExactly(
            failure(
                "Expected exactly one step to match <restart masters>, but 2 steps did: step 2"
                    + " (0.14-0.15/restart-masters-with-credentials), step 9"
                    + " (0.14-0.15/restart-masters-with-authentication). Narrow the matcher down"
                    + " with withFlag(...) or inHop(...), or use stepWithId(...).",
                LISTING_0_14_TO_0_15));
  }

  @Test
  void collectBadArgumentsAsFailures() {
    UpgradeSoftAssertions softly = new UpgradeSoftAssertions();
    softly.assertThat(FROM_0_14_TO_0_15).hasHops("0.14").step(null);
    softly.assertThat(VALID).hasOnlyViolations();
    assertThat(messages(softly))
        .containsExactly(
            "hasHops: \"0.14\" is not a hop; write FROM -> TO with two releases, such as 1.2.3 ->"
                + " 1.11.0, or FROM-TO as in step ids, with two release lines, such as 1.10-1.11,"
                + " or two releases, such as 1.2.0-1.2.3",
            "step(null): the step matcher must not be null; give a step matcher, such as"
                + " restart(MASTER)",
            "hasOnlyViolations() needs at least one code, such as FLAG_UNKNOWN; use isValid() to"
                + " assert none");
  }

  @Test
  void assertSoftlyFailsWithWhatItCollected() {
    assertThatThrownBy(
            () ->
                UpgradeSoftAssertions.assertSoftly(
                    softly ->
                        softly
                            .assertThat(FROM_0_14_TO_0_15)
                            .step(restart(SCHEDULER))
                            .isBefore(install(SLAVE))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(ORDER_FAILURE);
    UpgradeSoftAssertions.assertSoftly(softly -> softly.assertThat(VALID).isValid());
  }

  @Test
  void autoCloseableSoftAssertionsFailWhenClosed() {
    assertThatThrownBy(
            () -> {
              try (AutoCloseableUpgradeSoftAssertions softly =
                  new AutoCloseableUpgradeSoftAssertions()) {
                softly.assertThat(VALID).hasViolation(ViolationCode.FLAG_UNKNOWN);
              }
            })
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected a violation FLAG_UNKNOWN, but the validator found none with that code.");
    try (AutoCloseableUpgradeSoftAssertions softly = new AutoCloseableUpgradeSoftAssertions()) {
      softly.assertThat(FROM_0_14_TO_0_15).hasHopCount(1);
    }
  }

  @Nested
  @ExtendWith(SoftAssertionsExtension.class)
  class WithTheJUnitExtension {
    @InjectSoftAssertions private UpgradeSoftAssertions softly;

    @Test
    void injectsThemIntoAField() {
      softly.assertThat(FROM_0_14_TO_0_15).hasHopCount(1).hasHops("0.14.0 -> 0.15.0");
      softly.assertThat(VALID).isValid();
      assertThat(softly.assertionErrorsCollected()).isEmpty();
    }

    @Test
    void injectsThemIntoAParameter(UpgradeSoftAssertions parameter) {
      parameter.assertThat(FROM_0_14_TO_0_15).step(restart(SCHEDULER)).isAfter(install(SLAVE));
      assertThat(parameter.assertionErrorsCollected()).isEmpty();
    }
  }
}
