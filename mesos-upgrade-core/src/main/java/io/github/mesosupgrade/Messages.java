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

  static final String COMPONENT_NO_BINARY =
      "%s are framework code and have no Mesos binary: only master and slave (agent) do";

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
  static final String FLAG_ALIAS_OWN_NAME = "flag %s cannot be a deprecated name of itself";
  static final String FLAG_ALIAS_OUTSIDE =
      "flag %s accepts the deprecated name %s from %s, a release that does not accept the flag %s";
  static final String FLAG_REQUIRED_OUTSIDE =
      "flag %s is required from %s, a release that does not accept the flag %s";
  static final String UNKNOWN_FLAG_HANDLING_NO_SOURCE =
      "unknown flag handling %s needs at least one source";
  static final String UNKNOWN_FLAG_HANDLING_NOT_A_DAEMON =
      "unknown flag handling is given for the %s, but only masters and slaves take flags";
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
  static final String V_STEP_LABEL = "%s (step %s, which does %s)";
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
      "step %s starts the %s with --%s, which no Mesos release accepts: %s%s%s";
  static final String V_FLAG_SPELLING_HINT = "; the real flag is --%s";
  static final String V_UNKNOWN_COMMAND_LINE_FATAL = "on the command line the %s refuses to start";
  static final String V_UNKNOWN_COMMAND_LINE_IGNORED = "on the command line the %s ignores it";
  static final String V_UNKNOWN_ENVIRONMENT_FATAL = ", and as %s in the environment it refuses too";
  static final String V_UNKNOWN_ENVIRONMENT_IGNORED =
      ", and as %s in the environment it is silently ignored";
  static final String V_NOT_ACCEPTED_FATAL = "the %s refuses to start";
  static final String V_NOT_ACCEPTED_IGNORED = "the %s ignores it, so the setting is lost";
  static final String R_UNKNOWN_FATAL_IGNORED =
      "on the command line the daemon does not start and in the environment it is ignored";
  static final String R_UNKNOWN_FATAL_FATAL =
      "on the command line and in the environment the daemon does not start";
  static final String R_UNKNOWN_IGNORED_FATAL =
      "in the environment the daemon does not start and on the command line it is ignored";
  static final String R_UNKNOWN_IGNORED_IGNORED = "the daemon ignores it";
  static final String V_FLAG_NOT_YET =
      "step %s starts the %s on %s with --%s, which is accepted only from %s: %s; set it once the %s"
          + " run %s or later";
  static final String V_FLAG_GONE =
      "step %s starts the %s on %s with --%s, which %s removed: %s; %s";
  static final String V_FLAG_GONE_RENAMED = "remove --%s and set --%s instead";
  static final String V_FLAG_GONE_PLAIN = "remove --%s";
  static final String V_AUTHENTICATION_WITHOUT_CREDENTIALS =
      "step %s enforces authentication (--%s=true) on masters that have no --%s: the master"
          + " exits at startup (\"Authentication requires a credentials file\"); set --%s first";
  static final String V_FRAMEWORKS_LOCKED_OUT =
      "after step %s the masters enforce authentication, but the schedulers do not authenticate:"
          + " they can no longer register; change the schedulers to the Credential constructor"
          + " and restart them before enforcing";
  static final String V_CREDENTIAL_REFUSED =
      "after step %s the schedulers authenticate, but the masters %s: the driver fails"
          + " (\"Master refused authentication\") or retries forever; restart the masters with"
          + " --%s first";
  static final String V_CREDENTIAL_REFUSED_OLD_MASTERS = "run %s, which cannot authenticate";
  static final String V_CREDENTIAL_REFUSED_NO_CREDENTIALS = "have no --%s";
  static final String V_CHECKPOINT_BEFORE_SLAVES =
      "after step %s the schedulers set FrameworkInfo.checkpoint, but the slaves do not"
          + " checkpoint: restart the slaves with --%s=true first";
  static final String V_FRAMEWORK_API_MISSING =
      "step %s asks the %s to %s, which needs the Mesos %s library, but they link %s: relink"
          + " them first";
  static final String V_VERSION_SKEW =
      "after step %s the masters run %s and the slaves run %s, more than one release line apart"
          + " while one of them runs a release before %s, which Mesos does not support: finish"
          + " each hop on the whole cluster before the next";
  static final String V_SLAVES_IGNORED =
      "after step %s the masters run %s and the slaves run %s: masters from %s ignore slaves"
          + " older than %s (MINIMUM_AGENT_VERSION, apache/mesos src/master/constants.hpp at"
          + " %s), so those slaves drop out of the cluster; finish the upgrade of every slave to"
          + " %s before the masters move past %s";
  static final String V_SCHEDULER_LIBRARY_TOO_OLD =
      "after step %s the masters run %s and publish their ZooKeeper record as JSON, but the"
          + " schedulers link %s, which cannot read it before %s, so they no longer find the"
          + " masters: relink the schedulers against %s or later and restart them before the"
          + " masters move to %s";
  static final String V_FLAG_REQUIRED =
      "step %s starts the %s on %s without --%s, which is required from %s: the %s exits at"
          + " startup; set --%s";
  static final String V_END_STATE =
      "after the last step the %s run %s with %s installed, not %s: the upgrade is unfinished;"
          + " add the missing install and restart steps";
  static final String V_NO_STEPS = "(none)";

  // Catalog
  static final String CATALOG_INVALID = "the catalog has %s problem(s):%n  - %s";
  static final String CATALOG_NO_HOPS = "a catalog needs at least one hop";
  static final String CATALOG_HOP_BACKWARDS = "hop %s does not go forward";
  static final String CATALOG_HOP_DUPLICATE = "hops %s and %s both start from %s";
  static final String CATALOG_HOP_EMPTY =
      "hop %s has no steps, so it has no order: give it the steps an operator does, in the"
          + " order to do them";
  static final String CATALOG_HOP_GAP = "hop %s does not start where hop %s ends";
  static final String CATALOG_HOP_NOT_NEXT_LINE =
      "hop %s skips release lines: %s are released in between";
  static final String CATALOG_LINE_UNRELEASED = "hop %s: release line %s has no release";
  static final String CATALOG_STEP_DUPLICATE = "step id %s is used more than once";
  static final String CATALOG_STEP_PREFIX = "hop %s: step %s does not start with %s";
  static final String CATALOG_STEP_VERSION =
      "hop %s: step %s works towards %s, not a release of %s or %s";
  static final String CATALOG_CONSTRAINT_UNKNOWN_STEP =
      "hop %s: ordering constraint %s names step %s, which the hop does not have";
  static final String CATALOG_CONSTRAINT_CONTRADICTS =
      "hop %s: ordering constraint %s contradicts the order of the hop's steps";
  static final String CATALOG_CONSTRAINT_CYCLE =
      "hop %s: ordering constraints form a cycle, %s, so no order satisfies them";
  static final String CATALOG_FLAG_REMOVED_UNKNOWN =
      "hop %s: step %s removes --%s, a flag the catalog never defines for the %s";
  static final String CATALOG_FLAG_SET_UNACCEPTED =
      "hop %s: step %s sets --%s, which the %s of %s do not accept";
  static final String CATALOG_FLAG_RENAMED_FROM_UNKNOWN =
      "flag %s of the %s is renamed from %s, which the catalog never defines";
  static final String CATALOG_FLAG_ALIAS_CLASH =
      "flag %s of the %s accepts the deprecated name %s from %s, but the catalog also defines %s"
          + " for some of those releases";
  static final String CATALOG_ENDPOINT_OVERLAP =
      "endpoint %s of the %s is defined twice for overlapping releases";
  static final String CATALOG_FLAG_OVERLAP =
      "flag %s of the %s is defined twice for overlapping releases";
  static final String CATALOG_FLAG_RENAME_MISSING =
      "flag %s of the %s is renamed to %s, which the catalog does not define from %s";
  static final String CATALOG_MERGE_MISMATCH =
      "step %s shares its name with step %s but not its component and action, so hop %s cannot"
          + " be merged with the hops before it into one jump";
  static final String CATALOG_MERGE_ORDER =
      "hop %s does %s after %s, but an earlier hop does them the other way round, so a jump"
          + " across both has no step order; keep shared steps in the same order in every hop"
          + " from %s";
  static final String CATALOG_SELF_CHECK = "the plan %s -> %s fails validation: %s";

  // Cluster states
  static final String STATE_RUNNING_AFTER_INSTALLED =
      "daemons cannot run %s with %s installed: the running release is the installed one or,"
          + " until a restart, an older one";
  static final String STATE_RUNNING_AFTER_LINKED =
      "frameworks cannot run the %s library while linked against %s: the running library is the"
          + " linked one or, until a restart, an older one";
  static final String STATE_CHANGE_RUNNING_NOT_MADE =
      "framework changes running %s must also be made, but the changes made are %s";
  static final String STATE_NOT_A_DAEMON = "%s are not daemons: ask for masters or slaves";
  static final String STATE_NOT_A_FRAMEWORK =
      "%s are not frameworks: ask for executors or schedulers";
  static final String STATE_NO_DAEMONS = "a cluster state needs at least one entry for the %s";
  static final String V_STEP_ALREADY_DONE =
      "step %s is already done in the cluster state the steps start from: remove it";

  // Refused cluster states
  static final String R_VERSION_UNKNOWN_IN_LINE =
      "cannot plan from this state: the %s, which Mesos never released; the releases of %s are %s";
  static final String R_VERSION_UNKNOWN =
      "cannot plan from this state: the %s, which Mesos never released; this catalog plans"
          + " upgrades between %s and %s";
  static final String R_VERSION_OUT_OF_RANGE =
      "cannot plan from this state: the %s, outside the releases this catalog plans between, %s"
          + " to %s";
  static final String R_DOWNGRADE =
      "cannot plan from this state to %s: the %s already install %s, so that would be a"
          + " downgrade; choose a target of %s or later";
  static final String R_FLAG_UNKNOWN =
      "cannot plan from this state: the %s, which no Mesos release accepts%s: %s, so no daemon"
          + " runs with it; list only the flags the daemons run with (ConfigLinter checks a"
          + " configuration)";
  static final String R_FLAG_NOT_YET =
      "cannot plan from this state: the %s, which Mesos accepts only from %s, so no daemon runs"
          + " with it; list only the flags the daemons run with (ConfigLinter checks a"
          + " configuration)";
  static final String R_FLAG_GONE =
      "cannot plan from this state: the %s, which %s removed%s, so no daemon runs with it; list"
          + " only the flags the daemons run with (ConfigLinter checks a configuration)";
  static final String R_SKEW =
      "cannot plan from this state: the masters run %s and the slaves run %s, more than one"
          + " release line apart, which Mesos before %s does not support, so no upgrade plan"
          + " passes through it; bring them within one release line of each other first";
  static final String R_SLAVES_IGNORED =
      "cannot plan from this state: the masters run %s and the slaves run %s, but masters from"
          + " %s ignore slaves older than %s, so no upgrade plan passes through it; run the"
          + " slaves on %s or later first";
  static final String R_SCHEDULER_LIBRARY_TOO_OLD =
      "cannot plan from this state: the masters run %s and publish their ZooKeeper record as JSON,"
          + " but schedulers link the %s library, which cannot read it before %s, so they no"
          + " longer find the masters; relink the schedulers against %s or later and restart them";
  static final String R_AUTHENTICATION_WITHOUT_CREDENTIALS =
      "cannot plan from this state: the masters run %s with --%s=true but without --%s, so they"
          + " exit at startup (\"Authentication requires a credentials file\"); give them --%s or"
          + " drop --%s";
  static final String R_LOCKED_OUT =
      "cannot plan from this state: the masters run %s with --%s=true while schedulers running"
          + " the %s library do not authenticate, so they cannot register; change those schedulers"
          + " to the Credential constructor and restart them, or restart the masters without --%s";
  static final String R_LOCKED_OUT_UNKNOWN =
      "cannot plan from this state: the masters run %s with --%s=true, and the state"
          + " does not say whether the schedulers authenticate, so it cannot tell whether they are"
          + " locked out; add the schedulers to the state (running the Credential constructor if"
          + " they do)";
  static final String R_CREDENTIAL_REFUSED =
      "cannot plan from this state: schedulers running the %s library authenticate with a"
          + " Credential, but the masters %s, so the driver fails (\"Master refused"
          + " authentication\") or retries forever; restart the masters on %s or later with --%s";
  static final String R_CREDENTIAL_REFUSED_OLD_MASTERS = "run %s, which cannot authenticate";
  static final String R_CREDENTIAL_REFUSED_NO_CREDENTIALS = "run %s without --%s";
  static final String R_CHECKPOINT_BEFORE_SLAVES =
      "cannot plan from this state: schedulers set FrameworkInfo.checkpoint while slaves on %s do"
          + " not checkpoint, so those frameworks get no offers from them; restart the slaves"
          + " with --%s=true first";
  static final String R_FRAMEWORK_API_MISSING =
      "cannot plan from this state: the schedulers %s, which needs the Mesos %s library, but"
          + " they link %s; relink them first";
  static final String R_NOT_ON_PLAN =
      "cannot plan from this state to %s: no plan passes through it; %s the %s would be [%s], but"
          + " the state has %s: describe the cluster as it runs, or finish the half-done work by"
          + " hand";
  static final String R_NOT_ON_PLAN_NONE_DONE = "on the plan from %s, before its first step,";
  static final String R_NOT_ON_PLAN_DONE = "on the plan from %s, after step %s,";
  static final String R_PLAN_FAILS =
      "cannot plan from this state to %s: the remaining steps fail validation from it: %s";

  // Decisions of a cluster profile
  static final String D_RELINK_YES =
      "the frameworks link libmesos, so the %s need the %s native library and jar";
  static final String D_RELINK_NO =
      "the frameworks use pure-language bindings, which link no Mesos library";
  static final String D_RELINK_UNKNOWN =
      "the profile does not say whether the frameworks link libmesos; relink the %s if they do"
          + " (pure-language bindings need not)";
  static final String D_SET_CHECKPOINT_YES =
      "checkpointing is wanted, and the guide recommends setting FrameworkInfo.checkpoint for it";
  static final String D_SET_CHECKPOINT_NO =
      "checkpointing is not wanted, so the schedulers leave FrameworkInfo.checkpoint unset";
  static final String D_SET_CHECKPOINT_UNKNOWN =
      "the profile does not say whether checkpointing is wanted; the guide recommends it";
  static final String D_CREDENTIAL_YES =
      "authentication is wanted: the schedulers authenticate with a Credential";
  static final String D_CREDENTIAL_NO =
      "authentication is not wanted: the schedulers keep the constructor without a Credential";
  static final String D_CREDENTIAL_UNKNOWN =
      "the profile does not say whether authentication is wanted; the guide sets it up";
  static final String D_AUTH_FLAG_YES = "authentication is wanted";
  static final String D_AUTH_FLAG_NO =
      "authentication is not wanted, so the masters need neither --credentials nor --authenticate";
  static final String D_AUTH_FLAG_UNKNOWN = D_CREDENTIAL_UNKNOWN;
  static final String D_CHECKPOINT_FLAG_YES = "checkpointing is wanted";
  static final String D_CHECKPOINT_FLAG_NO =
      "checkpointing is not wanted, so the slaves start without --checkpoint=true";
  static final String D_CHECKPOINT_FLAG_UNKNOWN =
      "the profile does not say whether checkpointing is wanted; the guide turns it on";
  static final String D_RESTART_ONLY_FOR_FLAGS =
      "the restart only applied flags the profile leaves out, and the %s already run this release";
  static final String D_CHECKPOINT_DEFAULT_YES =
      "checkpointing is wanted, and %s slaves checkpoint by default";
  static final String D_CHECKPOINT_DEFAULT_NO =
      "checkpointing is not wanted, and %s slaves checkpoint unless started with"
          + " --checkpoint=false";
  static final String D_CHECKPOINT_DEFAULT_UNKNOWN =
      "the profile does not say whether checkpointing is wanted; %s slaves checkpoint by default,"
          + " so pass --checkpoint=false to keep it off";
  static final String D_CGROUPS_YES =
      "the slaves use cgroups isolation: --%s is renamed --%s without an alias and its default is"
          + " now %s, so set the old path %s again";
  static final String D_CGROUPS_STEP_YES =
      "the slaves use cgroups isolation, so their cgroups hierarchy must be set up as this release"
          + " expects";
  static final String D_CGROUPS_STEP_NO =
      "the slaves do not use cgroups isolation, so their cgroups mounts do not matter";
  static final String D_CGROUPS_STEP_UNKNOWN =
      "the profile does not say whether the slaves use cgroups isolation; do this if they do";
  static final String D_CGROUPS_NO =
      "the slaves do not use cgroups isolation, so the hierarchy path does not matter";
  static final String D_CGROUPS_UNKNOWN =
      "the profile does not say whether the slaves use cgroups isolation on Linux; if they do,"
          + " set --%s=%s, the old --%s";

  // Configuration lint
  static final String L_NOT_A_DAEMON = "only masters and slaves are configured with flags, not %s";
  static final String L_NOT_A_FLAG =
      "%s: not a flag, so %s skips it (it reads only --name and --name=value arguments) and the"
          + " setting is lost; write it as --name=value";
  static final String L_DUPLICATE =
      "%s: --%s is given twice (on the command line, or there and as a MESOS_* variable), so %s"
          + " refuses to start (\"Duplicate flag '%s' on command line\"); keep one";
  static final String L_NEGATED_NON_BOOLEAN =
      "%s: --%s is not a boolean flag, so --no-%s makes %s refuse to start; remove it";
  static final String L_NEGATED_WITH_VALUE =
      "%s: --no-%s takes no value, so %s refuses to start; write --no-%s or --%s=false";
  static final String L_MISSING_VALUE =
      "%s: --%s needs a value, so %s refuses to start (\"Failed to load non-boolean flag '%s':"
          + " Missing value\"); write --%s=<value>";
  static final String L_INVALID_BOOLEAN =
      "%s: --%s takes true or false (or 1 or 0), not \"%s\", so %s refuses to start (\"Failed to"
          + " load flag '%s': Expecting a boolean (e.g., true or false)\")";
  static final String L_INVALID_TYPED_VALUE =
      "%s: --%s=\"%s\" is not a %s value: it takes %s, such as --%s=%s, so %s refuses to start";
  static final String L_UNKNOWN_FLAG =
      "%s: %s takes no flag --%s%s, so it refuses to start (\"Failed to load unknown flag"
          + " '%s'\"); remove it";
  static final String L_UNKNOWN_FLAG_OLD =
      "%s: %s takes no flag --%s%s; releases before %s ignore unknown flags, so the setting has"
          + " no effect, and from %s the %s refuses to start with it; remove it";
  static final String L_UNKNOWN_FLAG_IGNORED =
      "%s: %s takes no flag --%s%s and ignores unknown flags, so the setting has no effect; remove"
          + " it";
  static final String L_OTHER_COMPONENT_HINT = " (it is %s %s flag)";
  static final String L_NOT_YET_COMMAND_LINE =
      "%s: %s does not take --%s yet (it arrives in %s), so it refuses to start; add it once the %s"
          + " run %s or later";
  static final String L_NOT_YET_IGNORED =
      "%s: %s does not take --%s yet (it arrives in %s), so it ignores %s and the setting is lost";
  static final String L_ADVICE_CONF =
      "put the settings of mesos.conf on the command line or in MESOS_* variables";
  static final String L_ADVICE_REMOVE = "remove %s";
  static final String L_REMOVED_COMMAND_LINE =
      "%s: %s no longer takes --%s (removed in %s), so it refuses to start; %s";
  static final String L_REMOVED_IGNORED =
      "%s: %s no longer takes --%s (removed in %s), so it ignores %s and the setting is lost; %s";
  static final String L_NO_DEFAULT = "none";
  static final String L_RENAMED_COMMAND_LINE =
      "%s: %s no longer takes --%s: %s renamed it --%s without an alias, so the %s refuses to"
          + " start; write --%s=%s instead (the default moved from %s to %s)";
  static final String L_RENAMED_IGNORED =
      "%s: %s no longer takes --%s: %s renamed it --%s without an alias, so it ignores %s and --%s"
          + " keeps its default, %s; set %s=%s instead";
  static final String L_RENAMED_VARIABLE_FATAL =
      "%s: %s no longer takes --%s: %s renamed it --%s without an alias, and the %s reads every"
          + " MESOS_* variable as a flag, so it refuses to start; set %s=%s instead (the default"
          + " moved from %s to %s)";
  static final String L_MISSPELLED_COMMAND_LINE =
      "%s: --%s is a spelling the documentation uses, but %s has no such flag and refuses to start"
          + " (\"Failed to load unknown flag '%s'\"); write --%s=%s";
  static final String L_MISSPELLED_VARIABLE_FATAL =
      "%s: --%s is a spelling the documentation uses, but %s has no such flag and reads every"
          + " MESOS_* variable as a flag, so it refuses to start (\"Failed to load unknown flag"
          + " '%s'\"); set %s=%s instead";
  static final String L_MISSPELLED_VARIABLE =
      "%s: --%s is a spelling the documentation uses, but %s has no such flag, so it ignores the"
          + " variable and --%s keeps its default, %s; set %s=%s instead";
  static final String L_UNKNOWN_VARIABLE_FATAL =
      "%s: %s takes no flag --%s%s and reads every MESOS_* variable as a flag, so it refuses to"
          + " start (\"Failed to load unknown flag '%s'\"); remove it or give the right name";
  static final String L_UNKNOWN_VARIABLE =
      "%s: %s takes no flag --%s%s, so it ignores %s and the setting is lost; remove it or give the"
          + " right name";
  static final String L_AUTHENTICATE_WITHOUT_CREDENTIALS =
      "%s: --authenticate=true without --credentials makes %s exit at startup (\"Authentication"
          + " requires a credentials file\"); add --credentials=<path to credentials file>";
  static final String L_CREDENTIALS_LINE =
      "line %s splits into %s part(s) on single spaces, not 2 (principal and secret)%s, so %s exits"
          + " at startup (\"Invalid credential format at line: %s\"); write one 'principal"
          + " secret' per line, separated by a space";
  static final String L_CREDENTIALS_TABS = "; tabs do not separate";
  static final String L_CREDENTIALS_CARRIAGE_RETURN =
      "line %s ends with a carriage return, which %s keeps as the last character of the secret, so"
          + " that framework cannot authenticate; save the file with Unix line endings";
  static final String L_CREDENTIALS_EMPTY =
      "the credentials file is empty: %s starts and logs that no frameworks will be allowed to"
          + " register, and none can authenticate; list one 'principal secret' per line";
  static final String L_CREDENTIALS_BLANK =
      "the credentials file holds only blank lines: %s loads no credential, so no framework can"
          + " authenticate; list one 'principal secret' per line";
  static final String L_CREDENTIALS_NOT_JSON =
      "the file --%s names is not JSON, and %s reads only JSON credentials files (releases before"
          + " %s also read text), so it exits at startup (\"Invalid json format\"); write it as %s";
  static final String L_CREDENTIALS_EMPTY_FATAL =
      "the credentials file is empty, so %s exits at startup (\"Credentials file must contain at"
          + " least one credential\"); list the credentials as %s";
  static final String L_DEFAULT_CHANGED =
      "--%s is not set, and its default changes from %s on %s to %s on %s: set --%s=%s to keep the"
          + " old behaviour";
  static final String L_TWO_CONFIGS = "preflight takes one configuration for the %s, got two";
  static final String L_VERSION_OUT_OF_RANGE =
      "the catalog knows the flags of Mesos %s to %s, and %s is %s";
  static final String L_VERSION_NEVER_RELEASED = "not a Mesos release";
  static final String L_VERSION_OUTSIDE = "outside that range";
}
