package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the configuration of a master or slave, its command-line flags, its {@code MESOS_*}
 * environment and its credentials file, against a Mesos release, and reports {@link LintFinding}s
 * with stable codes.
 *
 * <p>What it knows of Mesos comes from the catalog's flags. The built-in catalog has, for masters
 * and slaves of every release from 0.10.0 to 1.11.0, the flags of {@code
 * src/master/flags.hpp|.cpp}, {@code src/slave/flags.hpp|.cpp}, {@code src/master/main.cpp} and
 * {@code src/slave/main.cpp} ({@code ip}, {@code port}, {@code zk}, {@code master}, {@code
 * isolation}) and the logging flags ({@code log_dir}, {@code logbufsecs}, {@code quiet}), with the
 * release each appeared and went away in, renames and deprecated names, changed defaults, and
 * documented spellings Mesos does not accept. A name it does not know is reported as unknown;
 * stout's own {@code --help} and libprocess variables ({@code LIBPROCESS_*}) are not read.
 *
 * <p>It follows how the daemons treat a setting they have no flag for, which the catalog gives by
 * release ({@link UpgradeCatalog#unknownFlagHandling}): where it stops the daemon at startup it is
 * an {@linkplain LintFinding.Severity#ERROR error}; where it is ignored it is a warning, the
 * setting is lost, and an error when it is a security setting ({@code MESOS_AUTHENTICATION=true}
 * leaves authentication off). In the built-in catalog, releases before 0.13.0 (the Configurator)
 * ignore unknown command-line flags and variables; 0.13.0 refuses both, so {@code
 * MESOS_CGROUPS_HIERARCHY_ROOT} or {@code MESOS_CONF} stops a 0.13.0 daemon; from 0.14.0 an unknown
 * command-line flag is fatal and an unknown variable silently ignored. It also reports the upgrade
 * guide's {@code --authentication} with the real {@code --authenticate}, flags removed ({@code
 * --conf}, {@code --webui_dir}) or renamed without alias ({@code --cgroups_hierarchy_root}) with
 * what to write instead and the default that changed, values a boolean flag does not take,
 * duplicates, {@code --authenticate=true} without {@code --credentials}, and the lines of a
 * credentials file (0.15.0 format: {@code principal secret}, split on single spaces) that stop the
 * master.
 *
 * <pre>{@code
 * LintReport report = ConfigLinter.builtIn().lint(
 *     Component.MASTER, MesosVersion.parse("0.15.0"),
 *     List.of("--zk=zk://zk1:2181/mesos", "--authentication=true"), Map.of());
 * report.hasErrors();   // true: MISSPELLED_FLAG, the master refuses to start
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ConfigLinter {
  private final UpgradeCatalog catalog;

  private ConfigLinter(UpgradeCatalog catalog) {
    this.catalog = catalog;
  }

  /** Returns a linter over the built-in catalog. */
  public static ConfigLinter builtIn() {
    return BuiltIn.LINTER;
  }

  /** Returns a linter over the flags of {@code catalog}. */
  public static ConfigLinter forCatalog(UpgradeCatalog catalog) {
    return new ConfigLinter(requireNonNull(catalog, "catalog must not be null"));
  }

  /**
   * Checks {@code config} as a daemon of {@code version} would load it.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code version} is not a release whose flags the catalog
   *     knows; the message gives the range it knows
   */
  public LintReport lint(DaemonConfig config, MesosVersion version) {
    requireNonNull(config, "config must not be null");
    checkVersion(version);
    return Lint.run(catalog, config, version);
  }

  /**
   * Checks the command-line {@code arguments} (without the program name) and the {@code
   * environment} of a {@code component} of {@code version}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code component} is not a master or slave, or {@code
   *     version} is not a release whose flags the catalog knows
   */
  public LintReport lint(
      Component component,
      MesosVersion version,
      List<String> arguments,
      Map<String, String> environment) {
    return lint(DaemonConfig.of(component, arguments, environment), version);
  }

  /**
   * Checks today's configuration of masters and slaves against every release they run during {@code
   * plan}: against the release they run now, then at each step that restarts them, the findings
   * that start there (a flag the new release no longer takes, a default that changes). A finding
   * already reported is not repeated at a later step.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if two configurations are for the same daemon
   */
  public PreflightReport preflight(UpgradePlan plan, List<DaemonConfig> configs) {
    requireNonNull(plan, "plan must not be null");
    requireNonNull(configs, "configs must not be null");
    ImmutablePreflightReport.Builder report =
        ImmutablePreflightReport.builder().from(plan.from()).to(plan.to());
    Map<String, List<LintFinding>> byStep = new LinkedHashMap<>();
    Set<Component> seenComponents = new HashSet<>();
    for (DaemonConfig config : configs) {
      requireNonNull(config, "configs must not contain null");
      Component component = config.component();
      if (!seenComponents.add(component)) {
        throw new IllegalArgumentException(twoConfigsMessage(component));
      }
      MesosVersion running =
          plan.startState().map(state -> state.running(component).first()).orElse(plan.from());
      LintReport now = lint(config, running);
      report.addNow(now);
      Set<String> reported = new HashSet<>();
      now.findings().forEach(finding -> reported.add(key(finding)));
      for (UpgradeStep step : plan.steps()) {
        if (step.component() != component
            || step.action() != StepAction.RESTART
            || step.version().equals(running)) {
          continue;
        }
        List<LintFinding> found = new ArrayList<>();
        for (LintFinding finding : lint(config, step.version()).findings()) {
          if (reported.add(key(finding))) {
            found.add(finding);
          }
        }
        found.addAll(defaultChanges(config, running, step.version(), reported));
        if (!found.isEmpty()) {
          byStep.computeIfAbsent(step.id(), id -> new ArrayList<>()).addAll(found);
        }
        running = step.version();
      }
    }
    for (UpgradeStep step : plan.steps()) {
      List<LintFinding> found = byStep.remove(step.id());
      if (found != null) {
        report.addStep(
            ImmutableStepFindings.builder()
                .stepId(step.id())
                .component(step.component())
                .version(step.version())
                .addAllFindings(found)
                .build());
      }
    }
    return report.build();
  }

  /** Defaults that change between two releases for flags the configuration leaves unset. */
  private List<LintFinding> defaultChanges(
      DaemonConfig config, MesosVersion before, MesosVersion after, Set<String> reported) {
    List<LintFinding> found = new ArrayList<>();
    Set<String> set = new HashSet<>();
    for (String argument : config.arguments()) {
      String arg = argument.strip();
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        String name = (eq < 0 ? arg.substring(2) : arg.substring(2, eq)).toLowerCase(Locale.ROOT);
        set.add(name.startsWith("no-") ? name.substring(3) : name);
      }
    }
    config.environment().keySet().stream()
        .filter(key -> key.startsWith("MESOS_"))
        .forEach(key -> set.add(key.substring(6).toLowerCase(Locale.ROOT)));
    for (MesosFlag flag : catalog.flags()) {
      if (flag.component() != config.component() || set.contains(flag.name())) {
        continue;
      }
      Optional<String> old = flag.defaultAt(before);
      Optional<String> now = flag.defaultAt(after);
      if (old.isPresent() && now.isPresent() && !old.equals(now)) {
        LintFinding finding =
            LintFinding.of(
                LintCode.DEFAULT_CHANGED,
                LintFinding.Severity.INFO,
                flag.name(),
                LintFinding.Origin.DEFAULT,
                flag.commandLineName(),
                defaultChangedMessage(flag.name(), old.get(), before, now.get(), after),
                flag.sources());
        if (reported.add(key(finding))) {
          found.add(finding);
        }
      }
    }
    return found;
  }

  private static String key(LintFinding finding) {
    return finding.code()
        + " "
        + finding.severity()
        + " "
        + finding.origin()
        + " "
        + finding.flag()
        + " "
        + finding.setting();
  }

  private void checkVersion(MesosVersion version) {
    requireNonNull(version, "version must not be null");
    MesosVersion oldest = catalog.releases().first();
    MesosVersion newest = catalog.newestSupported();
    boolean released = catalog.releases().contains(version);
    if (!released || version.isBefore(oldest) || newest.isBefore(version)) {
      throw new IllegalArgumentException(
          versionOutOfRangeMessage(oldest, newest, version, released));
    }
  }

  /** Returns the catalog whose flags this linter checks against. */
  public UpgradeCatalog catalog() {
    return catalog;
  }

  private static final class BuiltIn {
    static final ConfigLinter LINTER = new ConfigLinter(UpgradeCatalog.builtIn());

    private BuiltIn() {}
  }

  static String twoConfigsMessage(Component component) {
    return "preflight takes one configuration for the " + component.plural() + ", got two";
  }

  static String defaultChangedMessage(
      String flag, String old, MesosVersion before, String now, MesosVersion after) {
    return String.format(
        "--%s is not set, and its default changes from %s on %s to %s on %s: set --%s=%s to keep"
            + " the old behaviour",
        Shown.value(flag),
        Shown.value(old),
        before,
        Shown.value(now),
        after,
        Shown.value(flag),
        Shown.value(old));
  }

  static String versionOutOfRangeMessage(
      MesosVersion oldest, MesosVersion newest, MesosVersion version, boolean released) {
    return String.format(
        "the catalog knows the flags of Mesos %s to %s, and %s is %s",
        oldest, newest, version, released ? "outside that range" : "not a Mesos release");
  }
}
