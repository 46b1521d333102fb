package io.github.mesosupgrade.cli;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.json.PlanJson;
import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code mesos-upgrade} command line: plans Mesos upgrades ({@code plan}, also from an observed
 * cluster state and with a cluster profile), validates plans ({@code validate}), checks a master's
 * or slave's configuration ({@code lint}), reads a running cluster's state ({@code state}), lists
 * the releases it knows ({@code versions}) and prints the JSON Schema of its plans ({@code
 * schema}).
 *
 * <pre>{@code
 * java -jar mesos-upgrade.jar plan 0.11.0 0.15.0 --format markdown
 * }</pre>
 *
 * <p>Exit codes are those of {@link ExitCode}. Every error is one line on standard error that names
 * the bad value and what would work.
 */
@Command(
    name = "mesos-upgrade",
    mixinStandardHelpOptions = true,
    versionProvider = MesosUpgradeCli.Version.class,
    description = "Plans and checks upgrades of Apache Mesos clusters.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success; validate: the plan is valid",
      "1:validate: the plan has violations (listed on standard output); lint: the configuration"
          + " has errors",
      "2:usage error: unknown command or option, bad version text, unreadable file, or input that"
          + " is not a JSON plan or a consistent JSON catalog",
      "3:upgrade refused: a downgrade, or a version that is unknown or not supported; state, plan"
          + " --master, lint --master: a master or agent could not be read (listed on standard"
          + " error)",
      "69:state, plan --master, lint --master: no cluster state could be read (no master answered"
          + " or leads)",
      "70:internal error (a bug in mesos-upgrade); MESOS_UPGRADE_DEBUG=1 adds the stack trace",
      "74:the output could not be written in full (such as a full disk or a closed pipe)"
    })
public final class MesosUpgradeCli implements Callable<Integer> {
  @Spec private CommandSpec spec;

  private MesosUpgradeCli() {}

  /**
   * Runs the command line with the process's standard streams and exits with its {@link ExitCode}.
   */
  public static void main(String[] args) {
    // Not System.out: a PrintStream swallows write errors, so a full disk would look like success.
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)),
                StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    System.exit(run(System.in, out, err, args));
  }

  /**
   * Runs the command line on the given streams and returns its {@link ExitCode}; never throws for
   * bad input and never prints a stack trace (unless the environment variable {@code
   * MESOS_UPGRADE_DEBUG} is {@code 1}, which adds the stack trace of an internal error). If {@code
   * out} reports an error ({@link PrintWriter#checkError()}) the output is incomplete: one line on
   * {@code err} and {@link ExitCode#OUTPUT}.
   *
   * @param in what {@code validate -} reads
   * @param out where results go
   * @param err where the one-line error message goes
   * @throws NullPointerException if an argument is null
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return run(in, out, err, System::getenv, MesosUpgradeCli::onTerminal, args);
  }

  /** Runs the command line as {@link #run}, with {@code env} as the process environment. */
  static int run(
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      Supplier<Map<String, String>> env,
      String... args) {
    return run(in, out, err, env, MesosUpgradeCli::onTerminal, args);
  }

  /**
   * Runs the command line as {@link #run}, with {@code env} as the process environment and {@code
   * terminal} telling whether standard error is a terminal (progress is shown only there).
   */
  static int run(
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      Supplier<Map<String, String>> env,
      BooleanSupplier terminal,
      String... args) {
    requireNonNull(in, "in must not be null");
    requireNonNull(out, "out must not be null");
    requireNonNull(err, "err must not be null");
    requireNonNull(args, "args must not be null");
    ErrorHandlers handlers =
        new ErrorHandlers("1".equals(env.get().get(ErrorHandlers.DEBUG_VARIABLE)));
    int code;
    try {
      code = execute(in, out, err, env, terminal, handlers, args);
    } catch (RuntimeException | Error e) {
      code = handlers.internalError(e, "mesos-upgrade", err);
    }
    out.flush();
    if (out.checkError()) {
      err.println(
          "mesos-upgrade: cannot write standard output: the output is incomplete (is the disk full"
              + " or the reading end of the pipe closed?)");
      code = ExitCode.OUTPUT;
    }
    err.flush();
    return code;
  }

  private static int execute(
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      Supplier<Map<String, String>> env,
      BooleanSupplier terminal,
      ErrorHandlers handlers,
      String... args) {
    CommandLine cli =
        addSubcommands(
                new CommandLine(new MesosUpgradeCli()),
                args.length > 0 ? args[0] : "",
                in,
                env,
                terminal)
            .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
            .setOut(out)
            .setErr(err)
            .setParameterExceptionHandler(handlers)
            .setExecutionExceptionHandler(handlers);
    return cli.execute(args);
  }

  /**
   * Adds the subcommand named {@code first}, the first argument, or every subcommand when it names
   * none (no argument, an option, {@code help}, a typo picocli suggests a command for). Picocli
   * reads each subcommand's annotations when it is added, so a run of {@code plan} reads only
   * {@code plan}'s: what a command parses, prints and rejects depends on its own annotations only.
   */
  private static CommandLine addSubcommands(
      CommandLine cli,
      String first,
      InputStream in,
      Supplier<Map<String, String>> env,
      BooleanSupplier terminal) {
    switch (first) {
      case "plan" -> cli.addSubcommand(new PlanCommand(env, terminal));
      case "validate" -> cli.addSubcommand(new ValidateCommand(in, env));
      case "versions" -> cli.addSubcommand(new VersionsCommand(env));
      case "schema" -> cli.addSubcommand(new SchemaCommand());
      case "state" -> cli.addSubcommand(new StateCommand(env, terminal));
      case "lint" -> cli.addSubcommand(new LintCommand(env, terminal));
      default ->
          cli.addSubcommand(new PlanCommand(env, terminal))
              .addSubcommand(new ValidateCommand(in, env))
              .addSubcommand(new VersionsCommand(env))
              .addSubcommand(new SchemaCommand())
              .addSubcommand(new StateCommand(env, terminal))
              .addSubcommand(new LintCommand(env, terminal))
              .addSubcommand(new HelpCommand());
    }
    return cli;
  }

  /**
   * Returns whether the process runs on a terminal, where progress is shown: there is a console,
   * and on JDK 22 and later ({@code Console.isTerminal()}) it is a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // JDK 17 to 21 return null when not on a terminal
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
    } catch (ReflectiveOperationException e) {
      // before JDK 22 a console is only given on a terminal
      return true;
    }
  }

  /** Without a command there is nothing to do: a usage error that lists the commands. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: choose plan, validate, lint, state, versions, schema or help");
  }

  /** Prints the version of mesos-upgrade, the releases it plans and the JSON schema version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      UpgradeCatalog catalog = UpgradeCatalog.builtIn();
      return new String[] {
        "mesos-upgrade " + projectVersion(),
        "plans Mesos upgrades between "
            + catalog.oldestSupported()
            + " and "
            + catalog.newestSupported()
            + "; JSON plan schema version "
            + PlanJson.SCHEMA_VERSION
      };
    }

    /** Returns the Maven project version, filtered into {@code version.properties} at build. */
    static String projectVersion() {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IOException("resource version.properties is missing from the class path");
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties.getProperty("version", "unknown");
    }
  }
}
