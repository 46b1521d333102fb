package io.github.mesosupgrade;

/**
 * Every message template of the library, in one place, so that tests can assert whole messages and
 * wording stays consistent. Templates use {@link String#format} or Guava's {@code %s} syntax.
 */
final class Messages {
  private Messages() {}

  // Versions and release lines
  static final String VERSION_MALFORMED =
      "%s\"%s\" is not a Mesos version: expected major.minor.patch, three whole numbers such as"
          + " 0.15.0";
  static final String VERSION_NEGATIVE_PARTS =
      "version parts must not be negative, got major %s, minor %s, patch %s";
  static final String RELEASE_LINE_NEGATIVE_PARTS =
      "release line parts must not be negative, got major %s, minor %s";
  static final String COMPONENT_UNKNOWN =
      "\"%s\" is not a Mesos component: expected master, slave (or agent), executor or scheduler";

  // Values
  static final String SOURCE_BLANK = "source %s must not be blank";
  static final String SOURCE_BULLET = "guide bullet must be 1 or more, got %s";
  static final String NOTE_BLANK = "note text must not be blank";
  static final String NOTE_NO_SOURCE = "note \"%s\" needs at least one source";
  static final String FLAG_NAME_INVALID =
      "\"%s\" is not a flag name: expected lower-case letters, digits and underscores, without"
          + " leading dashes, such as authenticate";
  static final String FLAG_VALUE_BLANK =
      "flag %s needs a value: use FlagChange.remove(name) to take a flag away";
  static final String FLAG_NOT_ON_DAEMON =
      "flag %s is given for the %s, but only masters and slaves take flags";
  static final String FLAG_REMOVED_BEFORE_INTRODUCED =
      "flag %s is removed in %s, which is not after %s, the release it was introduced in";
  static final String ENDPOINT_NOT_ON_DAEMON =
      "endpoint %s is given for the %s, but only masters and slaves serve endpoints";
  static final String ENDPOINT_PATH = "endpoint path \"%s\" must start with /";
  static final String STEP_ID_INVALID =
      "step id \"%s\" is not of the form from-to/words, such as 0.14-0.15/install-masters";
  static final String STEP_ACTION_NOT_APPLICABLE = "step %s: %s cannot be done to %s";
  static final String STEP_FLAGS_NOT_APPLICABLE =
      "step %s: only a restart of masters or slaves can change flags";
  static final String STEP_FRAMEWORK_CHANGE =
      "step %s: a framework change is given exactly for UPDATE_FRAMEWORK steps";
  static final String STEP_FLAG_TWICE = "step %s changes the same flag twice";
  static final String CONSTRAINT_SELF = "ordering constraint puts step %s before itself";
  static final String CONSTRAINT_REASON_BLANK = "ordering constraint %s < %s needs a reason";

  // Refused upgrades
  static final String UPGRADE_DOWNGRADE =
      "cannot plan from %s to %s: that is a downgrade; plans only go forward, so choose a target"
          + " of %s or later";
  static final String UPGRADE_NEVER_RELEASED_IN_LINE =
      "cannot plan %s %s: Mesos %s was never released; the releases of %s are %s";
  static final String UPGRADE_NEVER_RELEASED =
      "cannot plan %s %s: Mesos %s was never released; this catalog plans upgrades between %s"
          + " and %s";
  static final String UPGRADE_OUT_OF_RANGE =
      "cannot plan %s %s: this catalog plans upgrades between %s and %s, and %s is outside that"
          + " range";

  // Validation
  static final String V_UNKNOWN_STEP =
      "step %s is not a step of the upgrade %s -> %s: remove it, or take the steps of the plan"
          + " for %s -> %s";
  static final String V_DUPLICATE_STEP = "step %s appears %s times: keep it once";
  static final String V_STEP_MISSING = "required step %s is missing: %s";
  static final String V_HOP_ORDER =
      "step %s of hop %s comes after step %s of hop %s: finish every step of hop %s on the whole"
          + " cluster before hop %s begins";
  static final String V_ORDERING_RULE =
      "step %s must come after step %s (%s): move it after %s [%s]";
  static final String V_NOT_INSTALLED =
      "step %s restarts the %s on %s, but the %s have %s installed: install %s first";
  static final String V_FLAG_UNKNOWN =
      "step %s starts the %s with --%s, which no Mesos release accepts: on the command line the"
          + " %s refuses to start, and as %s in the environment it is silently ignored%s";
  static final String V_FLAG_SPELLING_HINT = "; the real flag is --%s";
  static final String V_FLAG_NOT_YET =
      "step %s starts the %s on %s with --%s, which is accepted only from %s: the %s refuses to"
          + " start; set it once the %s run %s or later";
  static final String V_FLAG_GONE =
      "step %s starts the %s on %s with --%s, which %s removed: the %s refuses to start; %s";
  static final String V_FLAG_GONE_RENAMED = "remove --%s and set --%s instead";
  static final String V_FLAG_GONE_PLAIN = "remove --%s";
  static final String V_AUTHENTICATION_WITHOUT_CREDENTIALS =
      "step %s enforces authentication (--authenticate=true) on masters that have no"
          + " --credentials: the master exits at startup (\"Authentication requires a credentials"
          + " file\"); set --credentials first";
  static final String V_FRAMEWORKS_LOCKED_OUT =
      "after step %s the masters enforce authentication, but the schedulers do not authenticate:"
          + " they can no longer register; change the schedulers to the Credential constructor"
          + " and restart them before enforcing";
  static final String V_CREDENTIAL_REFUSED =
      "after step %s the schedulers authenticate, but the masters %s: the driver fails"
          + " (\"Master refused authentication\") or retries forever; restart the masters with"
          + " --credentials first";
  static final String V_CREDENTIAL_REFUSED_OLD_MASTERS = "run %s, which cannot authenticate";
  static final String V_CREDENTIAL_REFUSED_NO_CREDENTIALS = "have no --credentials";
  static final String V_CHECKPOINT_BEFORE_SLAVES =
      "after step %s the schedulers set FrameworkInfo.checkpoint, but the slaves do not"
          + " checkpoint: restart the slaves with --checkpoint=true first";
  static final String V_FRAMEWORK_API_MISSING =
      "step %s asks the schedulers to %s, which needs the Mesos %s library, but they link %s:"
          + " relink them first";
  static final String V_VERSION_SKEW =
      "after step %s the masters run %s and the slaves run %s, more than one release line apart,"
          + " which Mesos before 1.0 does not support: finish each hop on the whole cluster before"
          + " the next";
  static final String V_END_STATE =
      "after the last step the %s run %s with %s installed, not %s: the upgrade is unfinished;"
          + " add the missing install and restart steps";
  static final String V_NO_STEPS = "(none)";

  // Catalog
  static final String CATALOG_INVALID = "the catalog has %s problem(s):%n  - %s";
  static final String CATALOG_NO_HOPS = "a catalog needs at least one hop";
  static final String CATALOG_HOP_BACKWARDS = "hop %s does not go forward";
  static final String CATALOG_HOP_GAP = "hop %s does not start where hop %s ends";
  static final String CATALOG_HOP_NOT_NEXT_LINE =
      "hop %s skips release lines: %s are released in between";
  static final String CATALOG_LINE_UNRELEASED = "hop %s: release line %s has no release";
  static final String CATALOG_STEP_DUPLICATE = "step id %s is used more than once";
  static final String CATALOG_STEP_PREFIX = "hop %s: step %s does not start with %s";
  static final String CATALOG_STEP_VERSION =
      "hop %s: step %s works towards %s, not a release of %s";
  static final String CATALOG_CONSTRAINT_UNKNOWN_STEP =
      "hop %s: ordering constraint %s names step %s, which the hop does not have";
  static final String CATALOG_CONSTRAINT_CONTRADICTS =
      "hop %s: ordering constraint %s contradicts the order of the hop's steps";
  static final String CATALOG_FLAG_OVERLAP =
      "flag %s of the %s is defined twice for overlapping releases";
  static final String CATALOG_FLAG_RENAME_MISSING =
      "flag %s of the %s is renamed to %s, which the catalog does not define from %s";
  static final String CATALOG_SELF_CHECK = "the plan %s -> %s fails validation: %s";
}
