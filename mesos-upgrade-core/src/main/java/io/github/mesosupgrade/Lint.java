package io.github.mesosupgrade;

import static io.github.mesosupgrade.LintFinding.Origin.COMMAND_LINE;
import static io.github.mesosupgrade.LintFinding.Origin.CREDENTIALS_FILE;
import static io.github.mesosupgrade.LintFinding.Origin.ENVIRONMENT;
import static io.github.mesosupgrade.LintFinding.Severity.ERROR;
import static io.github.mesosupgrade.LintFinding.Severity.WARNING;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The work behind {@link ConfigLinter}: reads a daemon's arguments and {@code MESOS_*} variables
 * the way stout's flag loading does, then checks each setting against the catalog's flags of the
 * release, what the settings mean together, and the credentials file.
 */
final class Lint {
  private static final String PREFIX = "MESOS_";
  private static final Source MASTER_015 = Source.mesos("src/master/master.cpp", "0.15.0");
  private static final Source CREDENTIALS_JSON_ONLY =
      Source.mesos("src/credentials/credentials.hpp", "1.11.0");
  private static final Source CREDENTIALS_CHANGELOG = Source.mesos("CHANGELOG", "1.11.0");
  private static final Source STRINGS_015 =
      Source.mesos("3rdparty/libprocess/3rdparty/stout/include/stout/strings.hpp", "0.15.0");

  private final UpgradeCatalog catalog;
  private final Component component;
  private final MesosVersion version;
  private final UnknownFlagHandling handling;
  private final List<LintFinding> findings = new ArrayList<>();
  private final Map<String, Setting> effective = new LinkedHashMap<>();

  /** One {@code --name[=value]} argument or {@code MESOS_NAME=value} variable. */
  private record Setting(
      String name, @Nullable String value, LintFinding.Origin origin, String text) {}

  private Lint(UpgradeCatalog catalog, Component component, MesosVersion version) {
    this.catalog = catalog;
    this.component = component;
    this.version = version;
    this.handling = catalog.unknownFlagHandling(component, version);
  }

  static LintReport run(UpgradeCatalog catalog, DaemonConfig config, MesosVersion version) {
    Lint lint = new Lint(catalog, config.component(), version);
    lint.check(config);
    return ImmutableLintReport.builder()
        .component(config.component())
        .version(version)
        .addAllFindings(lint.findings)
        .build();
  }

  /**
   * Whether the release loads flags with stout, which checks values and refuses unknown
   * command-line flags; before stout, the Configurator ignored unknown flags.
   */
  private boolean strict() {
    return handling.commandLine() == UnknownFlagHandling.Behaviour.FATAL;
  }

  /** Whether a setting from {@code origin} the release has no flag for stops the daemon. */
  private boolean fatal(LintFinding.Origin origin) {
    return handling.of(origin) == UnknownFlagHandling.Behaviour.FATAL;
  }

  /** The first release after this one at which an unknown command-line flag stops the daemon. */
  private Optional<MesosVersion> firstFatalCommandLine() {
    return catalog.releases().tailSet(version, false).stream()
        .filter(
            release ->
                catalog.unknownFlagHandling(component, release).commandLine()
                    == UnknownFlagHandling.Behaviour.FATAL)
        .findFirst();
  }

  private String who() {
    return component.nameAt(version) + " " + version;
  }

  private void check(DaemonConfig config) {
    List<String> seen = new ArrayList<>();
    for (Map.Entry<String, String> variable : config.environment().entrySet()) {
      String key = variable.getKey();
      if (!key.startsWith(PREFIX)) {
        continue;
      }
      String name = key.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
      Setting setting =
          new Setting(name, variable.getValue(), ENVIRONMENT, key + "=" + variable.getValue());
      if (setting(setting)) {
        seen.add(name);
      }
    }
    for (String argument : config.arguments()) {
      String arg = argument.strip();
      if (arg.isEmpty()) {
        continue;
      }
      if (!arg.startsWith("--")) {
        add(
            LintCode.NOT_A_FLAG,
            WARNING,
            "",
            COMMAND_LINE,
            arg,
            notAFlagMessage(arg, who()),
            handling.sources());
        continue;
      }
      int eq = arg.indexOf('=');
      String name = (eq < 0 ? arg.substring(2) : arg.substring(2, eq)).toLowerCase(Locale.ROOT);
      String value = eq < 0 ? null : arg.substring(eq + 1);
      Setting setting = new Setting(name, value, COMMAND_LINE, arg);
      if (strict()
          && (seen.contains(name)
              || (name.startsWith("no-") && seen.contains(name.substring(3))))) {
        String base = name.startsWith("no-") ? name.substring(3) : name;
        add(
            LintCode.DUPLICATE_FLAG,
            ERROR,
            base,
            COMMAND_LINE,
            arg,
            duplicateMessage(arg, base, who(), name),
            handling.sources());
      }
      seen.add(name);
      setting(setting);
    }
    checkTogether(config);
  }

  /** Checks one setting; returns whether the daemon reads it (a known flag, or a negation). */
  @CanIgnoreReturnValue
  private boolean setting(Setting setting) {
    String name = setting.name();
    if (catalog.flag(component, name, version).isPresent()) {
      value(setting, catalog.flag(component, name, version).orElseThrow(), false);
      return true;
    }
    if (name.startsWith("no-") && catalog.flag(component, name.substring(3), version).isPresent()) {
      value(setting, catalog.flag(component, name.substring(3), version).orElseThrow(), true);
      return true;
    }
    String base =
        name.startsWith("no-") && !catalog.flagHistory(component, name.substring(3)).isEmpty()
            ? name.substring(3)
            : name;
    if (setting.origin() == ENVIRONMENT && name.startsWith("no-")) {
      unknownVariable(setting, base);
      return false;
    }
    notAccepted(setting, base);
    return false;
  }

  private void value(Setting setting, MesosFlag flag, boolean negated) {
    String name = flag.name();
    @Nullable String value = setting.value();
    if (strict()) {
      boolean bool = flag.type() == FlagType.BOOLEAN;
      if (negated && !bool) {
        error(
            LintCode.INVALID_VALUE,
            setting,
            name,
            negatedNonBooleanMessage(setting.text(), name, who()));
        return;
      }
      if (negated && value != null && !value.isEmpty()) {
        error(
            LintCode.INVALID_VALUE,
            setting,
            name,
            negatedWithValueMessage(setting.text(), name, who()));
        return;
      }
      if (!bool && value == null) {
        error(
            LintCode.MISSING_VALUE,
            setting,
            name,
            missingValueMessage(setting.text(), name, who()));
        return;
      }
      if (bool && value != null && !value.isEmpty() && !isBoolean(value)) {
        error(
            LintCode.INVALID_VALUE,
            setting,
            name,
            invalidBooleanMessage(setting.text(), name, value, who()));
        return;
      }
      Optional<ValueSyntax.Refusal> refusal =
          value == null || negated
              ? Optional.empty()
              : ValueSyntax.check(flag.type(), value, version);
      if (value != null && refusal.isPresent()) {
        ValueSyntax.Refusal why = refusal.get();
        add(
            LintCode.INVALID_VALUE,
            ERROR,
            name,
            setting.origin(),
            setting.text(),
            invalidTypedValueMessage(setting.text(), name, value, flag.type(), why, who()),
            why.source());
        return;
      }
    }
    String effectiveValue = negated ? "false" : value == null || value.isEmpty() ? "true" : value;
    effective.put(name, new Setting(name, effectiveValue, setting.origin(), setting.text()));
  }

  private static boolean isBoolean(String value) {
    return value.equals("true") || value.equals("false") || value.equals("1") || value.equals("0");
  }

  private void error(LintCode code, Setting setting, String flag, String message) {
    add(code, ERROR, flag, setting.origin(), setting.text(), message, handling.sources());
  }

  /** A setting whose name the release does not take. */
  private void notAccepted(Setting setting, String name) {
    // The caller found no flag of the release under this name, so the rule finds a problem.
    FlagRule.Problem problem = FlagRule.check(catalog, component, version, name).orElseThrow();
    Optional<MesosFlag> spelled = problem.spelledFor();
    boolean commandLine = setting.origin() == COMMAND_LINE;
    if (spelled.isPresent() && catalog.flag(component, spelled.get().name(), version).isPresent()) {
      misspelled(setting, name, spelled.get());
      return;
    }
    if (problem.kind() == FlagRule.Kind.UNKNOWN) {
      if (commandLine) {
        String hint = otherComponentHint(name);
        Optional<MesosVersion> fatalFrom = firstFatalCommandLine();
        String message;
        if (strict()) {
          message = unknownFlagMessage(setting.text(), who(), name, hint);
        } else if (fatalFrom.isPresent()) {
          message =
              unknownFlagOldMessage(setting.text(), who(), name, hint, component, fatalFrom.get());
        } else {
          message = unknownFlagIgnoredMessage(setting.text(), who(), name, hint);
        }
        add(
            LintCode.UNKNOWN_FLAG,
            strict() ? ERROR : WARNING,
            name,
            COMMAND_LINE,
            setting.text(),
            message,
            handling.sources());
      } else {
        unknownVariable(setting, name);
      }
      return;
    }
    Optional<MesosFlag> gone = problem.gone();
    if (gone.isEmpty()) {
      MesosVersion from = problem.introducedIn().orElseThrow();
      String message =
          fatal(setting.origin())
              ? notYetCommandLineMessage(setting.text(), who(), name, component, from)
              : notYetIgnoredMessage(setting.text(), who(), name, from);
      List<Source> sources = catalog.flagHistory(component, name).get(0).sources();
      lost(LintCode.FLAG_NOT_YET_ACCEPTED, setting, name, message, sources);
      return;
    }
    MesosFlag flag = gone.get();
    MesosVersion removed = flag.removedIn().orElseThrow();
    if (flag.renamedTo().isPresent()) {
      renamed(setting, flag, removed, flag.renamedTo().get());
      return;
    }
    boolean configurationFile = name.equals(catalog.facts().configurationFileFlag());
    String message =
        fatal(setting.origin())
            ? removedCommandLineMessage(
                setting.text(), who(), name, removed, configurationFile, commandLine)
            : removedIgnoredMessage(
                setting.text(), who(), name, removed, configurationFile, commandLine);
    lost(LintCode.FLAG_REMOVED, setting, name, message, flag.sources());
  }

  private void renamed(Setting setting, MesosFlag flag, MesosVersion removed, String renamed) {
    String name = flag.name();
    Optional<MesosFlag> successor = catalog.flag(component, renamed, version);
    Optional<String> oldDefault = flag.defaultAt(flag.introducedIn());
    Optional<String> newDefault = successor.flatMap(next -> next.defaultAt(version));
    String value = setting.value() == null ? "<path>" : setting.value();
    String message;
    if (setting.origin() == COMMAND_LINE && strict()) {
      message =
          renamedCommandLineMessage(
              setting.text(),
              who(),
              name,
              removed,
              renamed,
              component.nameAt(version),
              value,
              oldDefault,
              newDefault);
    } else if (setting.origin() == ENVIRONMENT && fatal(ENVIRONMENT)) {
      message =
          renamedVariableFatalMessage(
              setting.text(),
              who(),
              name,
              removed,
              renamed,
              component.nameAt(version),
              value,
              oldDefault,
              newDefault);
    } else {
      message =
          renamedIgnoredMessage(setting.text(), who(), name, removed, renamed, value, newDefault);
    }
    List<Source> sources = new ArrayList<>(flag.sources());
    successor.ifPresent(next -> sources.addAll(next.sources()));
    lost(LintCode.FLAG_RENAMED, setting, name, message, sources);
  }

  private void misspelled(Setting setting, String name, MesosFlag real) {
    String value = setting.value() == null || setting.value().isEmpty() ? "true" : setting.value();
    String message;
    LintFinding.Severity severity;
    if (setting.origin() == COMMAND_LINE) {
      severity = strict() ? ERROR : WARNING;
      message = misspelledCommandLineMessage(setting.text(), name, who(), real.name(), value);
    } else if (fatal(ENVIRONMENT)) {
      severity = ERROR;
      message = misspelledVariableFatalMessage(setting.text(), name, who(), real.name(), value);
    } else {
      severity = isSecurity(name) || isSecurity(real.name()) ? ERROR : WARNING;
      message =
          misspelledVariableMessage(
              setting.text(), name, who(), real.name(), real.defaultAt(version), value);
    }
    List<Source> sources = new ArrayList<>(real.sources());
    sources.addAll(handling.sources());
    add(
        LintCode.MISSPELLED_FLAG,
        severity,
        name,
        setting.origin(),
        setting.text(),
        message,
        sources);
  }

  private void unknownVariable(Setting setting, String name) {
    boolean fatal = fatal(ENVIRONMENT);
    String message =
        fatal
            ? unknownVariableFatalMessage(setting.text(), who(), name, otherComponentHint(name))
            : unknownVariableMessage(setting.text(), who(), name, otherComponentHint(name));
    add(
        LintCode.UNKNOWN_VARIABLE,
        fatal || isSecurity(name) ? ERROR : WARNING,
        name,
        ENVIRONMENT,
        setting.text(),
        message,
        handling.sources());
  }

  /**
   * A setting the daemon does not take: an error where the catalog says it stops the daemon, else
   * lost (an error for a security setting from the environment, a warning otherwise).
   */
  private void lost(
      LintCode code, Setting setting, String name, String message, List<Source> flagSources) {
    LintFinding.Severity severity;
    if (fatal(setting.origin())) {
      severity = ERROR;
    } else if (setting.origin() == COMMAND_LINE) {
      severity = WARNING;
    } else {
      severity = isSecurity(name) ? ERROR : WARNING;
    }
    List<Source> sources = new ArrayList<>(flagSources);
    sources.addAll(handling.sources());
    add(code, severity, name, setting.origin(), setting.text(), message, sources);
  }

  private String otherComponentHint(String name) {
    Component other = component == Component.MASTER ? Component.SLAVE : Component.MASTER;
    String otherName = other.nameAt(version);
    return catalog.flag(other, name, version).isPresent()
        ? otherComponentHintMessage(otherName)
        : "";
  }

  /** Settings about who may do what: authentication, credentials, secrets, ACLs. */
  static boolean isSecurity(String name) {
    return name.contains("authent")
        || name.contains("credential")
        || name.contains("secret")
        || name.equals("acls");
  }

  private void checkTogether(DaemonConfig config) {
    ClusterFacts facts = catalog.facts();
    if (component == Component.SLAVE) {
      Setting credential = effectiveFlag(facts.slaveCredentialFlag());
      if (credential != null && config.credentialsFile().isPresent()) {
        credentialFile(facts.slaveCredentialFlag(), config.credentialsFile().get());
      }
      return;
    }
    String authenticateFlag = facts.authenticateFlag();
    if (catalog.flag(component, authenticateFlag, version).isEmpty()) {
      return;
    }
    Setting authenticate = effectiveFlag(authenticateFlag);
    Setting credentials = effectiveFlag(facts.credentialsFlag());
    if (authenticate != null
        && ClusterRule.authenticatesWithoutCredentials(
            isTrue(authenticate.value()), credentials != null)) {
      add(
          LintCode.AUTHENTICATE_WITHOUT_CREDENTIALS,
          ERROR,
          authenticateFlag,
          authenticate.origin(),
          authenticate.text(),
          authenticateWithoutCredentialsMessage(authenticate.text(), who()),
          MASTER_015);
    }
    if (credentials != null && config.credentialsFile().isPresent()) {
      credentialsFile(config.credentialsFile().get());
    }
  }

  /**
   * A slave's credential file: from the release that reads only JSON, a file that is not JSON stops
   * the slave. Before, the slave reads a JSON file or the first line of a text one.
   */
  private void credentialFile(String flag, String text) {
    ClusterFacts facts = catalog.facts();
    if (!text.isEmpty() && version.isAtLeast(facts.jsonOnlyCredentialsFrom()) && !isJson(text)) {
      notJson(flag, facts.credentialJson());
    }
  }

  private void notJson(String flag, String shape) {
    ClusterFacts facts = catalog.facts();
    add(
        LintCode.CREDENTIALS_NOT_JSON,
        ERROR,
        flag,
        CREDENTIALS_FILE,
        "the file",
        credentialsNotJsonMessage(flag, who(), facts.jsonOnlyCredentialsFrom(), shape),
        CREDENTIALS_JSON_ONLY,
        CREDENTIALS_CHANGELOG);
  }

  /**
   * Whether {@code text} is a JSON object, as far as the credentials reader's first test goes: it
   * opens and closes with braces. What is inside is not checked.
   */
  private static boolean isJson(String text) {
    String trimmed = text.strip();
    return trimmed.startsWith("{") && trimmed.endsWith("}");
  }

  /** The setting of flag {@code name} under the name the release gives it (aliases included). */
  private @Nullable Setting effectiveFlag(String name) {
    return catalog
        .flag(component, name, version)
        .map(flag -> effective.get(flag.name()))
        .orElse(null);
  }

  private static boolean isTrue(@Nullable String value) {
    return value != null && ClusterRule.isOn(value);
  }

  /**
   * A master's credentials file. Releases that read only JSON need a JSON file; releases that read
   * JSON take a JSON file as it is; otherwise the 0.15.0 text format: lines split on newlines, then
   * on single spaces, exactly two parts each.
   */
  private void credentialsFile(String text) {
    ClusterFacts facts = catalog.facts();
    if (text.isEmpty() && version.isAtLeast(facts.jsonCredentialsFrom())) {
      credentials(
          LintCode.CREDENTIALS_EMPTY,
          ERROR,
          "the file",
          credentialsEmptyFatalMessage(who(), facts.credentialsJson()));
      return;
    }
    if (version.isAtLeast(facts.jsonOnlyCredentialsFrom())) {
      if (!isJson(text)) {
        notJson(facts.credentialsFlag(), facts.credentialsJson());
      }
      return;
    }
    if (version.isAtLeast(facts.jsonCredentialsFrom()) && isJson(text)) {
      return;
    }
    if (text.isEmpty()) {
      credentials(LintCode.CREDENTIALS_EMPTY, WARNING, "the file", credentialsEmptyMessage(who()));
      return;
    }
    String[] lines = text.split("\n", -1);
    int valid = 0;
    int nonBlank = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      nonBlank++;
      int parts = tokens(line);
      String where = "line " + (i + 1);
      if (parts != 2) {
        credentials(
            LintCode.CREDENTIALS_LINE_INVALID,
            ERROR,
            where,
            credentialsLineMessage(i + 1, parts, line.indexOf('\t') >= 0, who(), nonBlank));
        continue;
      }
      valid++;
      if (line.endsWith("\r")) {
        credentials(
            LintCode.CREDENTIALS_LINE_CARRIAGE_RETURN,
            WARNING,
            where,
            credentialsCarriageReturnMessage(i + 1, who()));
      }
    }
    if (valid == 0 && findings.stream().noneMatch(f -> f.origin() == CREDENTIALS_FILE)) {
      credentials(LintCode.CREDENTIALS_EMPTY, WARNING, "the file", credentialsBlankMessage(who()));
    }
  }

  /** Counts the tokens of {@code line} split on spaces, as stout's {@code strings::tokenize}. */
  private static int tokens(String line) {
    int count = 0;
    boolean inToken = false;
    for (int i = 0; i < line.length(); i++) {
      boolean delimiter = line.charAt(i) == ' ';
      if (!delimiter && !inToken) {
        count++;
      }
      inToken = !delimiter;
    }
    return count;
  }

  private void credentials(
      LintCode code, LintFinding.Severity severity, String where, String message) {
    add(
        code,
        severity,
        catalog.facts().credentialsFlag(),
        CREDENTIALS_FILE,
        where,
        message,
        MASTER_015,
        STRINGS_015);
  }

  private void add(
      LintCode code,
      LintFinding.Severity severity,
      String flag,
      LintFinding.Origin origin,
      String setting,
      String message,
      Source... sources) {
    add(code, severity, flag, origin, setting, message, List.of(sources));
  }

  private void add(
      LintCode code,
      LintFinding.Severity severity,
      String flag,
      LintFinding.Origin origin,
      String setting,
      String message,
      List<Source> sources) {
    List<Source> distinct = new ArrayList<>();
    for (Source source : sources) {
      if (!distinct.contains(source)) {
        distinct.add(source);
      }
    }
    findings.add(LintFinding.of(code, severity, flag, origin, setting, message, distinct));
  }

  // The messages of the findings. Each takes the setting as the operator wrote it ({@code setting},
  // the name and value in it) and shows it; {@code who} is the daemon and release, as who() says.

  static String notAFlagMessage(String setting, String who) {
    return String.format(
        "%s: not a flag, so %s skips it (it reads only --name and --name=value arguments) and the"
            + " setting is lost; write it as --name=value",
        Shown.value(setting), who);
  }

  static String duplicateMessage(String setting, String base, String who, String name) {
    return String.format(
        "%s: --%s is given twice (on the command line, or there and as a MESOS_* variable), so %s"
            + " refuses to start (\"Duplicate flag '%s' on command line\"); keep one",
        Shown.value(setting), Shown.value(base), who, Shown.value(name));
  }

  static String negatedNonBooleanMessage(String setting, String name, String who) {
    return String.format(
        "%s: --%s is not a boolean flag, so --no-%s makes %s refuse to start; remove it",
        Shown.value(setting), Shown.value(name), Shown.value(name), who);
  }

  static String negatedWithValueMessage(String setting, String name, String who) {
    return String.format(
        "%s: --no-%s takes no value, so %s refuses to start; write --no-%s or --%s=false",
        Shown.value(setting), Shown.value(name), who, Shown.value(name), Shown.value(name));
  }

  static String missingValueMessage(String setting, String name, String who) {
    return String.format(
        "%s: --%s needs a value, so %s refuses to start (\"Failed to load non-boolean flag '%s':"
            + " Missing value\"); write --%s=<value>",
        Shown.value(setting), Shown.value(name), who, Shown.value(name), Shown.value(name));
  }

  static String invalidBooleanMessage(String setting, String name, String value, String who) {
    return String.format(
        "%s: --%s takes true or false (or 1 or 0), not \"%s\", so %s refuses to start (\"Failed to"
            + " load flag '%s': Expecting a boolean (e.g., true or false)\")",
        Shown.value(setting), Shown.value(name), Shown.value(value), who, Shown.value(name));
  }

  static String invalidTypedValueMessage(
      String setting,
      String name,
      String value,
      FlagType type,
      ValueSyntax.Refusal why,
      String who) {
    return String.format(
        "%s: --%s=\"%s\" is not a %s value: it takes %s, such as --%s=%s, so %s refuses to start",
        Shown.value(setting),
        Shown.value(name),
        Shown.value(value),
        type.name().toLowerCase(Locale.ROOT),
        why.takes(),
        Shown.value(name),
        why.example(),
        who);
  }

  static String unknownFlagMessage(String setting, String who, String name, String hint) {
    return String.format(
        "%s: %s takes no flag --%s%s, so it refuses to start (\"Failed to load unknown flag"
            + " '%s'\"); remove it",
        Shown.value(setting), who, Shown.value(name), hint, Shown.value(name));
  }

  static String unknownFlagOldMessage(
      String setting,
      String who,
      String name,
      String hint,
      Component component,
      MesosVersion from) {
    return String.format(
        "%s: %s takes no flag --%s%s; releases before %s ignore unknown flags, so the setting has"
            + " no effect, and from %s the %s refuses to start with it; remove it",
        Shown.value(setting), who, Shown.value(name), hint, from, from, component.nameAt(from));
  }

  static String unknownFlagIgnoredMessage(String setting, String who, String name, String hint) {
    return String.format(
        "%s: %s takes no flag --%s%s and ignores unknown flags, so the setting has no effect;"
            + " remove it",
        Shown.value(setting), who, Shown.value(name), hint);
  }

  /** The hint that the other daemon, {@code otherName} at the release, takes the flag. */
  static String otherComponentHintMessage(String otherName) {
    return " (it is " + (otherName.startsWith("a") ? "an" : "a") + " " + otherName + " flag)";
  }

  static String notYetCommandLineMessage(
      String setting, String who, String name, Component component, MesosVersion from) {
    return String.format(
        "%s: %s does not take --%s yet (it arrives in %s), so it refuses to start; add it once the"
            + " %s run %s or later",
        Shown.value(setting), who, Shown.value(name), from, component.pluralAt(from), from);
  }

  static String notYetIgnoredMessage(String setting, String who, String name, MesosVersion from) {
    return String.format(
        "%s: %s does not take --%s yet (it arrives in %s), so it ignores %s and the setting is lost",
        Shown.value(setting), who, Shown.value(name), from, Shown.value(setting));
  }

  static String removedCommandLineMessage(
      String setting,
      String who,
      String name,
      MesosVersion removed,
      boolean configurationFile,
      boolean commandLine) {
    return String.format(
        "%s: %s no longer takes --%s (removed in %s), so it refuses to start; %s",
        Shown.value(setting),
        who,
        Shown.value(name),
        removed,
        removedAdvice(name, configurationFile, commandLine));
  }

  static String removedIgnoredMessage(
      String setting,
      String who,
      String name,
      MesosVersion removed,
      boolean configurationFile,
      boolean commandLine) {
    return String.format(
        "%s: %s no longer takes --%s (removed in %s), so it ignores %s and the setting is lost; %s",
        Shown.value(setting),
        who,
        Shown.value(name),
        removed,
        Shown.value(setting),
        removedAdvice(name, configurationFile, commandLine));
  }

  private static String removedAdvice(String name, boolean configurationFile, boolean commandLine) {
    if (configurationFile) {
      return "put the settings of mesos.conf on the command line or in MESOS_* variables";
    }
    return "remove "
        + Shown.value(commandLine ? "--" + name : PREFIX + name.toUpperCase(Locale.ROOT));
  }

  static String renamedCommandLineMessage(
      String setting,
      String who,
      String name,
      MesosVersion removed,
      String renamed,
      String daemon,
      String value,
      Optional<String> oldDefault,
      Optional<String> newDefault) {
    return String.format(
        "%s: %s no longer takes --%s: %s renamed it --%s without an alias, so the %s refuses to"
            + " start; write --%s=%s instead (the default moved from %s to %s)",
        Shown.value(setting),
        who,
        Shown.value(name),
        removed,
        Shown.value(renamed),
        daemon,
        Shown.value(renamed),
        Shown.value(value),
        shownDefault(oldDefault),
        shownDefault(newDefault));
  }

  static String renamedVariableFatalMessage(
      String setting,
      String who,
      String name,
      MesosVersion removed,
      String renamed,
      String daemon,
      String value,
      Optional<String> oldDefault,
      Optional<String> newDefault) {
    return String.format(
        "%s: %s no longer takes --%s: %s renamed it --%s without an alias, and the %s reads every"
            + " MESOS_* variable as a flag, so it refuses to start; set %s=%s instead (the default"
            + " moved from %s to %s)",
        Shown.value(setting),
        who,
        Shown.value(name),
        removed,
        Shown.value(renamed),
        daemon,
        Shown.value(PREFIX + renamed.toUpperCase(Locale.ROOT)),
        Shown.value(value),
        shownDefault(oldDefault),
        shownDefault(newDefault));
  }

  static String renamedIgnoredMessage(
      String setting,
      String who,
      String name,
      MesosVersion removed,
      String renamed,
      String value,
      Optional<String> newDefault) {
    return String.format(
        "%s: %s no longer takes --%s: %s renamed it --%s without an alias, so it ignores %s and --%s"
            + " keeps its default, %s; set %s=%s instead",
        Shown.value(setting),
        who,
        Shown.value(name),
        removed,
        Shown.value(renamed),
        Shown.value(setting),
        Shown.value(renamed),
        shownDefault(newDefault),
        Shown.value(PREFIX + renamed.toUpperCase(Locale.ROOT)),
        Shown.value(value));
  }

  static String misspelledCommandLineMessage(
      String setting, String name, String who, String real, String value) {
    return String.format(
        "%s: --%s is a spelling the documentation uses, but %s has no such flag and refuses to"
            + " start (\"Failed to load unknown flag '%s'\"); write --%s=%s",
        Shown.value(setting),
        Shown.value(name),
        who,
        Shown.value(name),
        Shown.value(real),
        Shown.value(value));
  }

  static String misspelledVariableFatalMessage(
      String setting, String name, String who, String real, String value) {
    return String.format(
        "%s: --%s is a spelling the documentation uses, but %s has no such flag and reads every"
            + " MESOS_* variable as a flag, so it refuses to start (\"Failed to load unknown flag"
            + " '%s'\"); set %s=%s instead",
        Shown.value(setting),
        Shown.value(name),
        who,
        Shown.value(name),
        Shown.value(PREFIX + real.toUpperCase(Locale.ROOT)),
        Shown.value(value));
  }

  static String misspelledVariableMessage(
      String setting,
      String name,
      String who,
      String real,
      Optional<String> realDefault,
      String value) {
    return String.format(
        "%s: --%s is a spelling the documentation uses, but %s has no such flag, so it ignores the"
            + " variable and --%s keeps its default, %s; set %s=%s instead",
        Shown.value(setting),
        Shown.value(name),
        who,
        Shown.value(real),
        shownDefault(realDefault),
        Shown.value(PREFIX + real.toUpperCase(Locale.ROOT)),
        Shown.value(value));
  }

  private static String shownDefault(Optional<String> value) {
    return value.map(Shown::value).orElse("none");
  }

  static String unknownVariableFatalMessage(String setting, String who, String name, String hint) {
    return String.format(
        "%s: %s takes no flag --%s%s and reads every MESOS_* variable as a flag, so it refuses to"
            + " start (\"Failed to load unknown flag '%s'\"); remove it or give the right name",
        Shown.value(setting), who, Shown.value(name), hint, Shown.value(name));
  }

  static String unknownVariableMessage(String setting, String who, String name, String hint) {
    return String.format(
        "%s: %s takes no flag --%s%s, so it ignores %s and the setting is lost; remove it or give"
            + " the right name",
        Shown.value(setting), who, Shown.value(name), hint, Shown.value(setting));
  }

  static String authenticateWithoutCredentialsMessage(String setting, String who) {
    return String.format(
        "%s: --authenticate=true without --credentials makes %s exit at startup (\"Authentication"
            + " requires a credentials file\"); add --credentials=<path to credentials file>",
        Shown.value(setting), who);
  }

  static String credentialsLineMessage(
      int line, int parts, boolean tabs, String who, int nonBlank) {
    return String.format(
        "line %s splits into %s part(s) on single spaces, not 2 (principal and secret)%s, so %s"
            + " exits at startup (\"Invalid credential format at line: %s\"); write one 'principal"
            + " secret' per line, separated by a space",
        line, parts, tabs ? "; tabs do not separate" : "", who, nonBlank);
  }

  static String credentialsCarriageReturnMessage(int line, String who) {
    return String.format(
        "line %s ends with a carriage return, which %s keeps as the last character of the secret,"
            + " so that framework cannot authenticate; save the file with Unix line endings",
        line, who);
  }

  static String credentialsEmptyMessage(String who) {
    return String.format(
        "the credentials file is empty: %s starts and logs that no frameworks will be allowed to"
            + " register, and none can authenticate; list one 'principal secret' per line",
        who);
  }

  static String credentialsBlankMessage(String who) {
    return String.format(
        "the credentials file holds only blank lines: %s loads no credential, so no framework can"
            + " authenticate; list one 'principal secret' per line",
        who);
  }

  static String credentialsNotJsonMessage(
      String flag, String who, MesosVersion jsonOnlyFrom, String shape) {
    return String.format(
        "the file --%s names is not JSON, and %s reads only JSON credentials files (releases"
            + " before %s also read text), so it exits at startup (\"Invalid json format\"); write"
            + " it as %s",
        Shown.value(flag), who, jsonOnlyFrom, shape);
  }

  static String credentialsEmptyFatalMessage(String who, String shape) {
    return String.format(
        "the credentials file is empty, so %s exits at startup (\"Credentials file must contain at"
            + " least one credential\"); list the credentials as %s",
        who, shape);
  }
}
