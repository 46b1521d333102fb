package io.github.mesosupgrade.assertj;

/**
 * Every message template of the assertions, in one place, so that tests can assert whole messages
 * and wording stays consistent. Templates use {@link String#format} syntax. A failure message is
 * one of the headlines below, a blank line, then the numbered plan (or the validation report).
 */
final class Messages {
  private Messages() {}

  // Plan assertions
  static final String EXACTLY_NO_STEPS = "Expected the plan to have no steps, but it has %s.";
  static final String EXACTLY = "Expected exactly %s, in this order: %s; but %s.";
  static final String EXACTLY_COUNT = "the plan has %s";
  static final String EXACTLY_MISMATCH = "%s does not match %s";
  static final String IN_ORDER_NONE = "Expected steps in this order: %s; but no step matches %s.";
  static final String IN_ORDER_TOO_EARLY =
      "Expected steps in this order: %s; but no step matching %s comes after %s, which matches"
          + " %s; %s matches only %s.";
  static final String NOT_CONTAIN = "Expected no step to match %s, but %s matched: %s.";
  static final String ONLY_ONE_NONE = "Expected exactly one step to match %s, but none did.";
  static final String ONLY_ONE_SEVERAL =
      "Expected exactly one step to match %s, but %s did: %s. Narrow the matcher down with"
          + " withFlag(...) or inHop(...), or use stepWithId(...).";
  static final String HOPS = "Expected the hops %s, but the plan has %s.";
  static final String HOP_COUNT = "Expected %s, but the plan has %s: %s.";

  // Step assertions
  static final String ORDER = "Expected step %s to come %s %s, but it comes %s it: %s vs %s.";
  static final String ORDER_SAME =
      "Expected step %s to come %s %s, but both match the same step: %s.";
  static final String ORDER_GAP = "Expected step %s to come %s %s, but %s between them: %s vs %s.";
  static final String SETS_FLAG = "Expected %s to set %s, but %s.";
  static final String REMOVES_FLAG = "Expected %s to remove %s, but %s.";
  static final String NO_FLAG_CHANGES = "it changes no flags";
  static final String FLAG_CHANGES = "its flag changes are %s";

  // Validation report assertions
  static final String VALID = "Expected the steps to be valid, but the validator found %s.";
  static final String HAS_VIOLATION =
      "Expected a violation %s, but the validator found none with that code.";
  static final String HAS_VIOLATION_FOR_STEP =
      "Expected a violation %s that names step %s, but the validator found none.";
  static final String HAS_VIOLATION_OTHER_STEPS =
      "Expected a violation %s that names step %s, but the %s violations found name only %s.";
  static final String ONLY_VIOLATIONS = "Expected only violations with the codes %s, but %s.";
  static final String ONLY_VIOLATIONS_UNEXPECTED = "the validator also found %s";
  static final String ONLY_VIOLATIONS_MISSING = "it found no %s";

  // Bad arguments
  static final String NO_MATCHERS =
      "%s() needs at least one step matcher, such as restart(MASTER); give one or more";
  static final String NO_CODES =
      "hasOnlyViolations() needs at least one code, such as FLAG_UNKNOWN; use isValid() to assert"
          + " none";
  static final String ARGUMENT_NULL = "%s: %s must not be null; give %s";
  static final String ELEMENT_NULL = "%s: %s[%d] must not be null; give %s";
  static final String HOP_NAME =
      "%s: \"%s\" is not a hop; write FROM -> TO with two releases, such as 1.2.3 -> 1.11.0, or"
          + " FROM-TO as in step ids, with two release lines, such as 1.10-1.11, or two releases,"
          + " such as 1.2.0-1.2.3";
  static final String NEGATIVE_COUNT =
      "hasHopCount(%d): a plan has no fewer than 0 hops; give 0 or more";
  static final String NO_PLAN =
      "%s needs the plan the step comes from; pick the step with assertThat(plan).step(...)";

  // What would work, for the messages above
  static final String A_MATCHER = "a step matcher, such as restart(MASTER)";
  static final String A_COMPONENT = "a component, such as MASTER";
  static final String A_FLAG_NAME = "a flag name without dashes, such as authenticate";
  static final String A_FLAG_VALUE = "a value, such as true";
  static final String A_HOP = "a hop, such as 1.2.3 -> 1.11.0 or 1.10-1.11";
  static final String A_STEP_ID = "a step id, such as 0.14-0.15/install-masters";
  static final String A_CODE = "a ViolationCode, such as FLAG_UNKNOWN";
  static final String A_FRAMEWORK_CHANGE = "a FrameworkChange, such as SET_CHECKPOINT";
  static final String A_DESCRIPTION = "a description, such as \"the first master restart\"";
  static final String STEP_ID =
      "stepWithId(\"%s\"): a step id is of the form from-to/words, such as"
          + " 0.14-0.15/install-masters";
  static final String NEVER_MATCHES = "%s(%s) can never match a step: %s applies only to %s";
  static final String NO_FLAGS =
      "<%s> can never match a step with %s: only restarts of masters and slaves change flags";
}
