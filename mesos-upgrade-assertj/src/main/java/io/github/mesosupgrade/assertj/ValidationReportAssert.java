package io.github.mesosupgrade.assertj;

import io.github.mesosupgrade.ValidationReport;
import io.github.mesosupgrade.Violation;
import io.github.mesosupgrade.ViolationCode;
import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link ValidationReport}, what the {@link io.github.mesosupgrade.PlanValidator}
 * found in a step sequence; made by {@link UpgradeAssertions#assertThat(ValidationReport)}.
 *
 * <p>A failure message says first what kind of failure it was, then gives the whole report as
 * {@link ValidationReport#describe()} prints it: one line per violation with its code and message.
 *
 * <pre>{@code
 * List<UpgradeStep> steps = new ArrayList<>(plan.steps());
 * Collections.swap(steps, 0, 2);
 * assertThat(PlanValidator.validate(plan.from(), plan.to(), steps))
 *     .hasViolation(ViolationCode.ORDERING_RULE, "0.11-0.12/install-masters");
 * }</pre>
 *
 * <p>A bad argument (null, no code where one is needed) fails the assertion with an {@link
 * AssertionError} that names the bad value and what would work. The class is open, with a public
 * constructor, so that AssertJ's soft assertions can proxy it: see {@link UpgradeSoftAssertions}.
 */
public class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  /**
   * Creates assertions on {@code actual}; {@link UpgradeAssertions#assertThat(ValidationReport)} is
   * the usual way. A null report fails the first assertion made on it.
   *
   * @param actual the report to check
   */
  public ValidationReportAssert(@Nullable ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Verifies that the validator found no violation.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if the report is null or has violations; the message lists them
   */
  public ValidationReportAssert isValid() {
    isNotNull();
    if (!actual.isValid()) {
      throw fail(validMessage(actual.violations().size()));
    }
    return this;
  }

  /**
   * Verifies that the validator found at least one violation with {@code code}.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if the report is null or has no violation with that code, or if {@code
   *     code} is null
   */
  public ValidationReportAssert hasViolation(@Nullable ViolationCode code) {
    if (code == null) {
      throw nullArgument("hasViolation(null)", "the code", PlanSteps.Wanted.CODE);
    }
    isNotNull();
    if (!actual.has(code)) {
      throw fail(hasViolationMessage(code));
    }
    return this;
  }

  /**
   * Verifies that the validator found a violation with {@code code} that names the step with id
   * {@code stepId} among the steps involved.
   *
   * @return this assertion, to chain more
   * @throws AssertionError if the report is null or has no such violation (the message says which
   *     steps the violations with that code name), or if an argument is null
   */
  public ValidationReportAssert hasViolation(
      @Nullable ViolationCode code, @Nullable String stepId) {
    if (code == null) {
      throw nullArgument(
          "hasViolation(null, " + Shown.value(String.valueOf(stepId)) + ")",
          "the code",
          PlanSteps.Wanted.CODE);
    }
    if (stepId == null) {
      throw nullArgument(
          "hasViolation(" + code + ", null)", "the step id", PlanSteps.Wanted.STEP_ID);
    }
    isNotNull();
    List<Violation> withCode =
        actual.violations().stream()
            .filter(violation -> violation.code() == code)
            .collect(Collectors.toList());
    if (withCode.stream().noneMatch(violation -> violation.stepIds().contains(stepId))) {
      if (withCode.isEmpty()) {
        throw fail(hasViolationForStepMessage(code, stepId));
      }
      List<String> named =
          withCode.stream()
              .flatMap(violation -> violation.stepIds().stream())
              .distinct()
              .collect(Collectors.toList());
      throw fail(hasViolationOtherStepsMessage(code, stepId, named));
    }
    return this;
  }

  /**
   * Verifies that every violation the validator found has one of {@code codes}, and that each of
   * {@code codes} was found at least once. The order of {@code codes} does not matter.
   *
   * @param codes the codes; at least one (use {@link #isValid()} to assert none)
   * @return this assertion, to chain more
   * @throws AssertionError if the report is null, has a violation with another code, or misses one
   *     of {@code codes}, or if {@code codes} is empty or null or one of them is null
   */
  public ValidationReportAssert hasOnlyViolations(ViolationCode @Nullable ... codes) {
    if (codes == null) {
      throw nullArgument("hasOnlyViolations(null)", "the codes", PlanSteps.Wanted.CODE);
    }
    if (codes.length == 0) {
      throw failure("%s", noCodesMessage());
    }
    Set<ViolationCode> expected = EnumSet.noneOf(ViolationCode.class);
    for (int i = 0; i < codes.length; i++) {
      ViolationCode code = codes[i];
      if (code == null) {
        throw failure(
            "%s",
            PlanSteps.nullElementMessage("hasOnlyViolations", "codes", i, PlanSteps.Wanted.CODE));
      }
      expected.add(code);
    }
    isNotNull();
    Set<ViolationCode> found = EnumSet.noneOf(ViolationCode.class);
    actual.violations().forEach(violation -> found.add(violation.code()));
    Set<ViolationCode> unexpected = EnumSet.copyOf(found);
    unexpected.removeAll(expected);
    Set<ViolationCode> missing = EnumSet.copyOf(expected);
    missing.removeAll(found);
    if (!unexpected.isEmpty() || !missing.isEmpty()) {
      throw fail(onlyViolationsMessage(expected, unexpected, missing));
    }
    return this;
  }

  private AssertionError nullArgument(String call, String argument, PlanSteps.Wanted wanted) {
    return failure("%s", PlanSteps.nullArgumentMessage(call, argument, wanted));
  }

  private AssertionError fail(String headline) {
    return failure("%s", headline + "\n\n" + actual.describe());
  }

  static String validMessage(int violations) {
    return "Expected the steps to be valid, but the validator found "
        + PlanSteps.count(violations, "violation")
        + ".";
  }

  static String hasViolationMessage(ViolationCode code) {
    return "Expected a violation " + code + ", but the validator found none with that code.";
  }

  static String hasViolationForStepMessage(ViolationCode code, String stepId) {
    return String.format(
        "Expected a violation %s that names step %s, but the validator found none.",
        code, Shown.value(stepId));
  }

  static String hasViolationOtherStepsMessage(
      ViolationCode code, String stepId, List<String> named) {
    return String.format(
        "Expected a violation %s that names step %s, but the %s violations found name only %s.",
        code, Shown.value(stepId), code, Shown.line(named.toString()));
  }

  static String noCodesMessage() {
    return "hasOnlyViolations() needs at least one code, such as FLAG_UNKNOWN; use isValid() to"
        + " assert none";
  }

  static String onlyViolationsMessage(
      Set<ViolationCode> expected, Set<ViolationCode> unexpected, Set<ViolationCode> missing) {
    List<String> problems = new ArrayList<>();
    if (!unexpected.isEmpty()) {
      problems.add("the validator also found " + unexpected);
    }
    if (!missing.isEmpty()) {
      problems.add("it found no " + missing);
    }
    return String.format(
        "Expected only violations with the codes %s, but %s.",
        expected, String.join(" and ", problems));
  }
}
