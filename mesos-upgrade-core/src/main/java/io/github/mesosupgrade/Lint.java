package io.github.mesosupgrade;

import static io.github.mesosupgrade.LintFinding.Origin.COMMAND_LINE;
import static io.github.mesosupgrade.LintFinding.Origin.CREDENTIALS_FILE;
import static io.github.mesosupgrade.LintFinding.Origin.ENVIRONMENT;
import static io.github.mesosupgrade.LintFinding.Severity.ERROR;
import static io.github.mesosupgrade.LintFinding.Severity.WARNING;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
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
            String.format(Messages.L_NOT_A_FLAG, arg, who()),
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
            String.format(Messages.L_DUPLICATE, arg, base, who(), name),
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
            String.format(Messages.L_NEGATED_NON_BOOLEAN, setting.text(), name, name, who()));
        return;
      }
      if (negated && value != null && !value.isEmpty()) {
        error(
            LintCode.INVALID_VALUE,
            setting,
            name,
            String.format(Messages.L_NEGATED_WITH_VALUE, setting.text(), name, who(), name, name));
        return;
      }
      if (!bool && value == null) {
        error(
            LintCode.MISSING_VALUE,
            setting,
            name,
            String.format(Messages.L_MISSING_VALUE, setting.text(), name, who(), name, name));
        return;
      }
      if (bool && value != null && !value.isEmpty() && !isBoolean(value)) {
        error(
            LintCode.INVALID_VALUE,
            setting,
            name,
            String.format(Messages.L_INVALID_BOOLEAN, setting.text(), name, value, who(), name));
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
            String.format(
                Messages.L_INVALID_TYPED_VALUE,
                ValueSyntax.shown(setting.text()),
                name,
                ValueSyntax.shown(value),
                flag.type().name().toLowerCase(java.util.Locale.ROOT),
                why.takes(),
                name,
                why.example(),
                who()),
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
          message = String.format(Messages.L_UNKNOWN_FLAG, setting.text(), who(), name, hint, name);
        } else if (fatalFrom.isPresent()) {
          message =
              String.format(
                  Messages.L_UNKNOWN_FLAG_OLD,
                  setting.text(),
                  who(),
                  name,
                  hint,
                  fatalFrom.get(),
                  fatalFrom.get(),
                  component.nameAt(fatalFrom.get()));
        } else {
          message =
              String.format(Messages.L_UNKNOWN_FLAG_IGNORED, setting.text(), who(), name, hint);
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
              ? String.format(
                  Messages.L_NOT_YET_COMMAND_LINE,
                  setting.text(),
                  who(),
                  name,
                  from,
                  component.pluralAt(from),
                  from)
              : String.format(
                  Messages.L_NOT_YET_IGNORED, setting.text(), who(), name, from, setting.text());
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
    String advice =
        name.equals(catalog.facts().configurationFileFlag())
            ? Messages.L_ADVICE_CONF
            : String.format(
                Messages.L_ADVICE_REMOVE,
                commandLine ? "--" + name : PREFIX + name.toUpperCase(Locale.ROOT));
    String message =
        fatal(setting.origin())
            ? String.format(
                Messages.L_REMOVED_COMMAND_LINE, setting.text(), who(), name, removed, advice)
            : String.format(
                Messages.L_REMOVED_IGNORED,
                setting.text(),
                who(),
                name,
                removed,
                setting.text(),
                advice);
    lost(LintCode.FLAG_REMOVED, setting, name, message, flag.sources());
  }

  private void renamed(Setting setting, MesosFlag flag, MesosVersion removed, String renamed) {
    String name = flag.name();
    Optional<MesosFlag> successor = catalog.flag(component, renamed, version);
    String oldDefault = flag.defaultAt(flag.introducedIn()).orElse(Messages.L_NO_DEFAULT);
    String newDefault =
        successor.flatMap(next -> next.defaultAt(version)).orElse(Messages.L_NO_DEFAULT);
    String value = setting.value() == null ? "<path>" : setting.value();
    String message;
    if (setting.origin() == COMMAND_LINE && strict()) {
      message =
          String.format(
              Messages.L_RENAMED_COMMAND_LINE,
              setting.text(),
              who(),
              name,
              removed,
              renamed,
              component.nameAt(version),
              renamed,
              value,
              oldDefault,
              newDefault);
    } else if (setting.origin() == ENVIRONMENT && fatal(ENVIRONMENT)) {
      message =
          String.format(
              Messages.L_RENAMED_VARIABLE_FATAL,
              setting.text(),
              who(),
              name,
              removed,
              renamed,
              component.nameAt(version),
              PREFIX + renamed.toUpperCase(Locale.ROOT),
              value,
              oldDefault,
              newDefault);
    } else {
      message =
          String.format(
              Messages.L_RENAMED_IGNORED,
              setting.text(),
              who(),
              name,
              removed,
              renamed,
              setting.text(),
              renamed,
              newDefault,
              PREFIX + renamed.toUpperCase(Locale.ROOT),
              value);
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
      message =
          String.format(
              Messages.L_MISSPELLED_COMMAND_LINE,
              setting.text(),
              name,
              who(),
              name,
              real.name(),
              value);
    } else if (fatal(ENVIRONMENT)) {
      severity = ERROR;
      message =
          String.format(
              Messages.L_MISSPELLED_VARIABLE_FATAL,
              setting.text(),
              name,
              who(),
              name,
              PREFIX + real.name().toUpperCase(Locale.ROOT),
              value);
    } else {
      severity = isSecurity(name) || isSecurity(real.name()) ? ERROR : WARNING;
      message =
          String.format(
              Messages.L_MISSPELLED_VARIABLE,
              setting.text(),
              name,
              who(),
              real.name(),
              real.defaultAt(version).orElse(Messages.L_NO_DEFAULT),
              PREFIX + real.name().toUpperCase(Locale.ROOT),
              value);
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
            ? String.format(
                Messages.L_UNKNOWN_VARIABLE_FATAL,
                setting.text(),
                who(),
                name,
                otherComponentHint(name),
                name)
            : String.format(
                Messages.L_UNKNOWN_VARIABLE,
                setting.text(),
                who(),
                name,
                otherComponentHint(name),
                setting.text());
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
        ? String.format(
            Messages.L_OTHER_COMPONENT_HINT, otherName.startsWith("a") ? "an" : "a", otherName)
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
          String.format(Messages.L_AUTHENTICATE_WITHOUT_CREDENTIALS, authenticate.text(), who()),
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
        String.format(
            Messages.L_CREDENTIALS_NOT_JSON, flag, who(), facts.jsonOnlyCredentialsFrom(), shape),
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
          String.format(Messages.L_CREDENTIALS_EMPTY_FATAL, who(), facts.credentialsJson()));
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
      credentials(
          LintCode.CREDENTIALS_EMPTY,
          WARNING,
          "the file",
          String.format(Messages.L_CREDENTIALS_EMPTY, who()));
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
        String tabs = line.indexOf('\t') >= 0 ? Messages.L_CREDENTIALS_TABS : "";
        credentials(
            LintCode.CREDENTIALS_LINE_INVALID,
            ERROR,
            where,
            String.format(Messages.L_CREDENTIALS_LINE, i + 1, parts, tabs, who(), nonBlank));
        continue;
      }
      valid++;
      if (line.endsWith("\r")) {
        credentials(
            LintCode.CREDENTIALS_LINE_CARRIAGE_RETURN,
            WARNING,
            where,
            String.format(Messages.L_CREDENTIALS_CARRIAGE_RETURN, i + 1, who()));
      }
    }
    if (valid == 0 && findings.stream().noneMatch(f -> f.origin() == CREDENTIALS_FILE)) {
      credentials(
          LintCode.CREDENTIALS_EMPTY,
          WARNING,
          "the file",
          String.format(Messages.L_CREDENTIALS_BLANK, who()));
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
}
