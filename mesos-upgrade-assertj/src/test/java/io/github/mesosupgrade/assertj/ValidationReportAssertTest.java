package io.github.mesosupgrade.assertj;

import static io.github.mesosupgrade.ViolationCode.END_STATE_NOT_REACHED;
import static io.github.mesosupgrade.ViolationCode.NOT_INSTALLED;
import static io.github.mesosupgrade.ViolationCode.ORDERING_RULE;
import static io.github.mesosupgrade.ViolationCode.STEP_MISSING;
import static io.github.mesosupgrade.ViolationCode.VERSION_SKEW;
import static io.github.mesosupgrade.assertj.Plans.FROM_0_11_TO_0_12;
import static io.github.mesosupgrade.assertj.UpgradeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.ValidationReport;
import io.github.mesosupgrade.ViolationCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValidationReportAssertTest {
  private static final ValidationReport VALID = PlanValidator.validate(FROM_0_11_TO_0_12);

  private static final String VALID_LISTING = "valid: 0.11.0 -> 0.12.0, 4 steps";

  /** The 0.11 to 0.12 plan with install-slaves and install-masters swapped. */
  private static final ValidationReport MASTERS_FIRST = swapped(0, 2);

  private static final String MASTERS_FIRST_LISTING =
      """
      invalid: 0.11.0 -> 0.12.0, 4 steps, 3 violations
        - ORDERING_RULE: step 0.11-0.12/install-masters must come after step\
       0.11-0.12/restart-slaves (all slaves run 0.12 before any master is upgraded): move it after\
       0.11-0.12/restart-slaves [apache/mesos docs/Upgrades.md at 0.12.0]
        - NOT_INSTALLED: step 0.11-0.12/restart-slaves restarts the slaves on 0.12.0, but the\
       slaves have 0.11.0 installed: install 0.12.0 first
        - END_STATE_NOT_REACHED: after the last step the slaves run 0.11.0 with 0.12.0 installed,\
       not 0.12.0: the upgrade is unfinished; add the missing install and restart steps""";

  private static ValidationReport swapped(int first, int second) {
    List<UpgradeStep> steps = new ArrayList<>(FROM_0_11_TO_0_12.steps());
    Collections.swap(steps, first, second);
    return PlanValidator.validate(FROM_0_11_TO_0_12.from(), FROM_0_11_TO_0_12.to(), steps);
  }

  @Nested
  class IsValidTest {
    @Test
    void passesForTheLibrarysOwnPlan() {
      assertThat(VALID).isValid();
    }

    @Test
    void failsListingTheViolations() {
      assertThatThrownBy(() -> assertThat(MASTERS_FIRST).isValid())
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessage(
              "Expected the steps to be valid, but the validator found 3 violations.\n\n"
                  + MASTERS_FIRST_LISTING);
    }

    @Test
    void failsForOneViolationWithTheSingular() {
      List<UpgradeStep> steps = new ArrayList<>(FROM_0_11_TO_0_12.steps());
      steps.add(steps.get(3));
      ValidationReport duplicate =
          PlanValidator.validate(FROM_0_11_TO_0_12.from(), FROM_0_11_TO_0_12.to(), steps);
      assertThatThrownBy(() -> assertThat(duplicate).isValid())
          .hasMessage(
              "Expected the steps to be valid, but the validator found 1 violation.\n\n"
                  + duplicate.describe());
      assertThat(duplicate).hasOnlyViolations(ViolationCode.DUPLICATE_STEP);
    }
  }

  @Nested
  class HasViolationTest {
    @Test
    void passesForACodeTheValidatorFound() {
      assertThat(MASTERS_FIRST).hasViolation(ORDERING_RULE).hasViolation(NOT_INSTALLED);
    }

    @Test
    void failsForACodeTheValidatorDidNotFind() {
      assertThatThrownBy(() -> assertThat(MASTERS_FIRST).hasViolation(VERSION_SKEW))
          .hasMessage(
              "Expected a violation VERSION_SKEW, but the validator found none with that code.\n\n"
                  + MASTERS_FIRST_LISTING);
    }

    @Test
    void failsForAValidReport() {
      assertThatThrownBy(() -> assertThat(VALID).hasViolation(ORDERING_RULE))
          .hasMessage(
              "Expected a violation ORDERING_RULE, but the validator found none with that"
                  + " code.\n\n"
                  + VALID_LISTING);
    }

    @Test
    void passesForACodeThatNamesTheStep() {
      assertThat(MASTERS_FIRST)
          .hasViolation(ORDERING_RULE, "0.11-0.12/install-masters")
          .hasViolation(ORDERING_RULE, "0.11-0.12/restart-slaves");
    }

    @Test
    void failsWhenTheViolationsOfThatCodeNameOtherSteps() {
      assertThatThrownBy(
              () ->
                  assertThat(MASTERS_FIRST)
                      .hasViolation(ORDERING_RULE, "0.11-0.12/restart-masters"))
          .hasMessage(
              "Expected a violation ORDERING_RULE that names step 0.11-0.12/restart-masters, but"
                  + " the ORDERING_RULE violations found name only [0.11-0.12/install-masters,"
                  + " 0.11-0.12/restart-slaves].\n\n"
                  + MASTERS_FIRST_LISTING);
    }

    @Test
    void failsWhenNoViolationHasThatCode() {
      assertThatThrownBy(
              () ->
                  assertThat(MASTERS_FIRST).hasViolation(STEP_MISSING, "0.11-0.12/restart-masters"))
          .hasMessage(
              "Expected a violation STEP_MISSING that names step 0.11-0.12/restart-masters, but"
                  + " the validator found none.\n\n"
                  + MASTERS_FIRST_LISTING);
    }

    @Test
    void rejectsNulls() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(VALID).hasViolation(null))
          .withMessage(
              "hasViolation(null): the code must not be null; give a ViolationCode, such as"
                  + " FLAG_UNKNOWN");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(VALID).hasViolation(ORDERING_RULE, null))
          .withMessage(
              "hasViolation(ORDERING_RULE, null): the step id must not be null; give a step id,"
                  + " such as 0.14-0.15/install-masters");
    }
  }

  @Nested
  class HasOnlyViolationsTest {
    @Test
    void passesForExactlyTheCodesFoundInAnyOrder() {
      assertThat(MASTERS_FIRST)
          .hasOnlyViolations(END_STATE_NOT_REACHED, ORDERING_RULE, NOT_INSTALLED)
          .hasOnlyViolations(ORDERING_RULE, NOT_INSTALLED, END_STATE_NOT_REACHED, ORDERING_RULE);
    }

    @Test
    void failsForAnUnexpectedCode() {
      assertThatThrownBy(
              () -> assertThat(MASTERS_FIRST).hasOnlyViolations(ORDERING_RULE, NOT_INSTALLED))
          .hasMessage(
              "Expected only violations with the codes [ORDERING_RULE, NOT_INSTALLED], but the"
                  + " validator also found [END_STATE_NOT_REACHED].\n\n"
                  + MASTERS_FIRST_LISTING);
    }

    @Test
    void failsForAMissingCode() {
      assertThatThrownBy(
              () ->
                  assertThat(MASTERS_FIRST)
                      .hasOnlyViolations(
                          ORDERING_RULE, NOT_INSTALLED, END_STATE_NOT_REACHED, VERSION_SKEW))
          .hasMessage(
              "Expected only violations with the codes [ORDERING_RULE, NOT_INSTALLED, VERSION_SKEW,"
                  + " END_STATE_NOT_REACHED], but it found no [VERSION_SKEW].\n\n"
                  + MASTERS_FIRST_LISTING);
    }

    @Test
    void failsForBothAtOnce() {
      assertThatThrownBy(() -> assertThat(MASTERS_FIRST).hasOnlyViolations(STEP_MISSING))
          .hasMessage(
              "Expected only violations with the codes [STEP_MISSING], but the validator also"
                  + " found [ORDERING_RULE, NOT_INSTALLED, END_STATE_NOT_REACHED] and it found no"
                  + " [STEP_MISSING].\n\n"
                  + MASTERS_FIRST_LISTING);
    }

    @Test
    void rejectsNoCodes() {
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(VALID).hasOnlyViolations())
          .withMessage(
              "hasOnlyViolations() needs at least one code, such as FLAG_UNKNOWN; use isValid() to"
                  + " assert none");
      assertThatExceptionOfType(AssertionError.class)
          .isThrownBy(() -> assertThat(VALID).hasOnlyViolations(ORDERING_RULE, null))
          .withMessage(
              "hasOnlyViolations: codes[1] must not be null; give a ViolationCode, such as"
                  + " FLAG_UNKNOWN");
    }
  }

  @Test
  void failsEveryAssertionOnANullReport() {
    ValidationReport none = null;
    assertThatThrownBy(() -> assertThat(none).isValid())
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat(none).hasViolation(ORDERING_RULE))
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(
            () -> assertThat(none).hasViolation(ORDERING_RULE, "0.11-0.12/install-slaves"))
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat(none).hasOnlyViolations(ORDERING_RULE))
        .hasMessageContaining("Expecting actual not to be null");
  }
}
