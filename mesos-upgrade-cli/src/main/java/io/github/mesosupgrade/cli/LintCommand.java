package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.ConfigLinter;
import io.github.mesosupgrade.DaemonConfig;
import io.github.mesosupgrade.DaemonState;
import io.github.mesosupgrade.LintReport;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.cluster.ClusterReading;
import io.github.mesosupgrade.internal.Shown;
import io.github.mesosupgrade.json.ReportJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Stack;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mesos-upgrade lint --component master --release 0.15.0 [--env NAME=VALUE]... [--from-env]
 * -- ARGS...}: checks a master's or slave's configuration; exit code 1 if it has errors. {@code
 * lint --master URL} checks the live flags of every master and agent of a running cluster instead.
 *
 * <p>{@code --version} prints the version of mesos-upgrade, as for every command; the Mesos release
 * is {@code --release}. The old form {@code --version 0.15.0} is refused with a message that names
 * {@code --release}, so that a script written for it fails instead of passing without a check.
 */
@Command(
    name = "lint",
    versionProvider = MesosUpgradeCli.Version.class,
    description = {
      "Checks the flags and MESOS_* environment of a master or slave for a Mesos release; exit code"
          + " 1 if a finding is an error.",
      "Give the daemon's arguments after --, as it would get them. An unknown command-line flag"
          + " stops a 0.13.0 or later daemon (error); an unknown MESOS_* variable stops a 0.13.0"
          + " daemon too, and from 0.14.0 is silently ignored (warning, or error for a security"
          + " setting such as MESOS_AUTHENTICATION). When the master's --credentials or the"
          + " slave's --credential (or MESOS_CREDENTIALS, MESOS_CREDENTIAL) names a readable file,"
          + " it is checked too (from 1.11.0 it must be JSON).",
      "With --master (instead of --component, --release and ARGS) it reads a running cluster as"
          + " 'state' does and checks the live flags of every master and agent against the release"
          + " it runs, one report per group of daemons alike in release and flags. Daemons that"
          + " could not be read are listed on standard error; then the exit code is 3 unless a"
          + " finding is an error."
    })
final class LintCommand implements Callable<Integer> {
  private final Supplier<Map<String, String>> processEnvironment;

  @Spec private CommandSpec spec;

  // picocli sets this field and prints the usage help itself; no code of ours reads it.
  @SuppressWarnings("UnusedVariable")
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  private boolean help;

  // picocli sets this field and prints the version itself; no code of ours reads it.
  @SuppressWarnings("UnusedVariable")
  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      preprocessor = ReleaseAfterVersion.class,
      description = "Print version information and exit.")
  private boolean versionRequested;

  @Option(
      names = "--component",
      paramLabel = "master|slave",
      description = "the daemon configured: master, or slave (agent)")
  private String component = "";

  @Option(
      names = "--release",
      paramLabel = "VERSION",
      description = "the Mesos release the daemon runs, such as 0.15.0")
  private String releaseText = "";

  @Option(
      names = "--env",
      paramLabel = "NAME=VALUE",
      description = "an environment variable of the daemon, such as MESOS_ZK=zk://zk1:2181/mesos")
  private List<String> environment = new ArrayList<>();

  @Option(
      names = "--from-env",
      description = "take the daemon's environment from this process (--env adds to it)")
  private boolean fromEnvironment;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "text|json",
      converter = ReportFormat.Converter.class,
      description = {
        "text: one line per finding (the default);",
        "json: a document for tools (see 'mesos-upgrade schema lint')"
      })
  private ReportFormat format = ReportFormat.TEXT;

  @Parameters(
      paramLabel = "ARGS",
      description = "the daemon's command-line arguments, after --, such as -- --zk=zk://...")
  private List<String> arguments = new ArrayList<>();

  @Mixin private LiveClusterOptions cluster = new LiveClusterOptions();

  private final BooleanSupplier terminal;

  LintCommand(Supplier<Map<String, String>> processEnvironment, BooleanSupplier terminal) {
    this.processEnvironment = processEnvironment;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (cluster.given()) {
      return lintCluster();
    }
    List<String> missing = new ArrayList<>();
    if (component.isEmpty()) {
      missing.add("'--component=master|slave'");
    }
    if (releaseText.isEmpty()) {
      missing.add("'--release=VERSION'");
    }
    if (!missing.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Missing required option"
              + (missing.size() == 1 ? ": " : "s: ")
              + String.join(", ", missing)
              + "; or give --master URL to check a running cluster");
    }
    Component daemon;
    try {
      daemon = Component.parse(component);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--component " + e.getMessage());
    }
    MesosVersion release = MesosVersion.parse(releaseText);
    Map<String, String> env = new LinkedHashMap<>();
    if (fromEnvironment) {
      env.putAll(processEnvironment.get());
    }
    for (String variable : environment) {
      int eq = variable.indexOf('=');
      if (eq <= 0) {
        throw new UsageException(
            "--env "
                + Shown.value(variable)
                + ": expected NAME=VALUE, such as MESOS_ZK=zk://zk1:2181/mesos");
      }
      env.put(variable.substring(0, eq), variable.substring(eq + 1));
    }
    DaemonConfig.Builder builder =
        DaemonConfig.builder().component(daemon).addAllArguments(arguments).putAllEnvironment(env);
    Optional<String> credentials = credentialsPath(daemon, arguments, env);
    InputFiles files = InputFiles.from(processEnvironment.get());
    String note = "";
    if (credentials.isPresent()) {
      try {
        builder.credentialsFile(files.inspect(credentials.get()));
      } catch (InputFiles.Unreadable e) {
        note = e.getMessage() + ", so its lines were not checked";
      }
    }
    DaemonConfig config;
    try {
      config = builder.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException("--component " + Shown.value(component) + ": " + e.getMessage());
    }
    LintReport report;
    try {
      report = ConfigLinter.builtIn().lint(config, release);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--release " + Shown.value(releaseText) + ": " + e.getMessage());
    }
    if (format == ReportFormat.JSON) {
      spec.commandLine()
          .getOut()
          .print(ReportJson.lint(report, note.isEmpty() ? List.of() : List.of(note)));
      return report.hasErrors() ? ExitCode.INVALID : ExitCode.OK;
    }
    spec.commandLine().getOut().println(report.describe());
    if (!note.isEmpty()) {
      spec.commandLine().getOut().println("note: " + note);
    }
    return report.hasErrors() ? ExitCode.INVALID : ExitCode.OK;
  }

  /**
   * Reads the cluster and lints each group of its masters, then of its agents, against the release
   * the group runs; their credentials files are on the daemons' hosts and are not read.
   */
  private int lintCluster() {
    if (!component.isEmpty()
        || !releaseText.isEmpty()
        || !arguments.isEmpty()
        || !environment.isEmpty()
        || fromEnvironment) {
      throw new UsageException(
          "--master: the cluster says each daemon's release and flags; leave out --component,"
              + " --release, --env, --from-env and the daemon's arguments");
    }
    PrintWriter err = spec.commandLine().getErr();
    ClusterReading reading =
        cluster.read(err, terminal.getAsBoolean(), InputFiles.from(processEnvironment.get()));
    LiveClusterOptions.listUnread(reading, err);
    ClusterState state = reading.state();
    ConfigLinter linter = ConfigLinter.builtIn();
    List<LintReport> reports = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (Component daemon : new Component[] {Component.MASTER, Component.SLAVE}) {
      List<DaemonState> alike = List.copyOf(state.daemons(daemon));
      for (int i = 0; i < alike.size(); i++) {
        DaemonState group = alike.get(i);
        List<String> flags = new ArrayList<>();
        group.flags().forEach((name, value) -> flags.add("--" + name + "=" + value));
        DaemonConfig config =
            DaemonConfig.builder().component(daemon).addAllArguments(flags).build();
        reports.add(linter.lint(config, group.running()));
        groups.add(daemon.pluralAt(group.running()) + ", group " + (i + 1) + " of " + alike.size());
      }
    }
    int unread = reading.unreadable().size();
    List<String> notes =
        unread == 0
            ? List.of()
            : List.of(
                unread
                    + (unread == 1 ? " daemon" : " daemons")
                    + " could not be read (listed on standard error) and were not checked");
    PrintWriter out = spec.commandLine().getOut();
    if (format == ReportFormat.JSON) {
      out.print(ReportJson.lintGroups(reports, groups, notes));
    } else {
      for (int i = 0; i < reports.size(); i++) {
        out.println((i == 0 ? "" : "\n") + groups.get(i) + ":");
        out.println(reports.get(i).describe());
      }
      notes.forEach(note -> out.println("\nnote: " + note));
    }
    if (reports.stream().anyMatch(LintReport::hasErrors)) {
      return ExitCode.INVALID;
    }
    return unread == 0 ? ExitCode.OK : ExitCode.REFUSED;
  }

  /**
   * Refuses {@code --version 0.15.0}, the form that named the Mesos release before {@code
   * --release}: {@code --version} now prints the tool's version, and a script that still passes a
   * release must fail rather than print a version and exit 0 without checking anything.
   */
  static final class ReleaseAfterVersion implements IParameterPreprocessor {
    @Override
    public boolean preprocess(
        Stack<String> args, CommandSpec spec, ArgSpec argSpec, Map<String, Object> info) {
      if (!args.isEmpty() && args.peek().matches("\\d+\\.\\d+.*")) {
        String release = args.peek();
        throw new ParameterException(
            spec.commandLine(),
            "--version "
                + Shown.value(release)
                + ": lint takes the Mesos release as --release "
                + Shown.value(release)
                + " (--version alone prints the version of mesos-upgrade)");
      }
      return false;
    }
  }

  /**
   * The file a master's {@code --credentials} or a slave's {@code --credential} names (or the
   * variable of that flag), without {@code file://}.
   */
  private static Optional<String> credentialsPath(
      Component daemon, List<String> arguments, Map<String, String> env) {
    String flag = daemon == Component.MASTER ? "credentials" : "credential";
    String path = env.get("MESOS_" + flag.toUpperCase(Locale.ROOT));
    for (String argument : arguments) {
      String arg = argument.strip();
      if (arg.startsWith("--" + flag + "=")) {
        path = arg.substring(("--" + flag + "=").length());
      }
    }
    if (path == null || path.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(path.startsWith("file://") ? path.substring("file://".length()) : path);
  }
}
