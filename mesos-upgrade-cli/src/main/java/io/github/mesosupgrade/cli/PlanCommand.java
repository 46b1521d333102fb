package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.ClusterProfile;
import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.DaemonState;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.cluster.ClusterReading;
import io.github.mesosupgrade.cluster.UnreadDaemon;
import io.github.mesosupgrade.internal.Shown;
import io.github.mesosupgrade.json.ClusterJson;
import io.github.mesosupgrade.json.PlanFormat;
import io.github.mesosupgrade.json.PlanFormatException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mesos-upgrade plan FROM TO [--format text|markdown|json|dot|mermaid]}, or {@code plan
 * --master URL TO}: prints the upgrade plan, or a picture of its order.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = MesosUpgradeCli.Version.class,
    description = {
      "Prints the upgrade plan from FROM to TO as text, Markdown or JSON.",
      "The plan lists the ordered steps that upgrade a Mesos cluster; before 1.0 it goes through"
          + " every release line in between, one hop at a time, and within 1.x it makes one jump"
          + " that carries the steps of every line it crosses. With --state it lists only the"
          + " steps still to do for the cluster as it runs now; with --profile it includes or"
          + " leaves out the guide's conditional steps and says why. With --master it reads the"
          + " running cluster instead of --state and lists only the steps still to do (give only"
          + " TO)."
    })
final class PlanCommand implements Callable<Integer> {
  private final Supplier<Map<String, String>> env;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FROM",
      description = "the release the cluster runs, such as 0.11.0; with --master only TO is given")
  private String from = "";

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "TO",
      description = "the release to upgrade to, such as 0.15.0")
  private String to = "";

  @Mixin private LiveClusterOptions cluster = new LiveClusterOptions();

  @Option(
      names = "--allow-unknown-agents",
      description = {
        "with --master: plan even when some agents could not be read, taking them as running the"
            + " oldest release among the agents read (the plan says which)"
      })
  private boolean allowUnknownAgents;

  private final BooleanSupplier terminal;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "text|markdown|json|dot|mermaid",
      converter = FormatConverter.class,
      description = {
        "text: a numbered listing (the default);",
        "markdown: a runbook with a checkbox per step and a Mermaid graph per hop;",
        "json: a document for tools (schema version 1, see 'mesos-upgrade schema plan');",
        "dot: a Graphviz graph of the order (dot -Tsvg), one cluster per hop;",
        "mermaid: the same graph as a Mermaid flowchart"
      })
  private PlanFormat format = PlanFormat.TEXT;

  @Mixin private CatalogOption catalog = new CatalogOption();

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description = {
        "a JSON cluster state (mesos-upgrade-state.schema.json): plan only the steps still to do"
            + " from what the cluster runs now"
      })
  private String stateFile = null;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = {
        "a JSON cluster profile (mesos-upgrade-profile.schema.json): facts that include or leave"
            + " out the guide's conditional steps; the plan lists its decisions"
      })
  private String profileFile = null;

  PlanCommand(Supplier<Map<String, String>> env, BooleanSupplier terminal) {
    this.env = env;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    InputFiles files = InputFiles.from(env.get());
    if (cluster.given()) {
      return planFromCluster(files);
    }
    if (to.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'TO'");
    }
    UpgradePlan plan;
    if (stateFile == null && profileFile == null) {
      plan = UpgradePlanner.plan(catalog.catalog(files), from, to);
    } else {
      if (format == PlanFormat.MARKDOWN || format == PlanFormat.JSON) {
        throw new UsageException(
            "--format "
                + format.label()
                + ": a plan from --state or with --profile is printed as text, with its"
                + " decisions and the steps already done, or as a picture (dot, mermaid); use"
                + " --format text, dot or mermaid");
      }
      plan = planFromFiles(files);
    }
    spec.commandLine().getOut().print(format.render(plan));
    return ExitCode.OK;
  }

  private int planFromCluster(InputFiles files) {
    if (!to.isEmpty()) {
      throw new UsageException(
          "FROM "
              + Shown.value(from)
              + ": with --master the cluster says what it runs; give only TO, such as 'plan"
              + " --master URL "
              + Shown.value(to)
              + "'");
    }
    if (stateFile != null) {
      throw new UsageException(
          "--state "
              + Shown.value(stateFile)
              + ": give either --state FILE or --master URL, not both");
    }
    if (format == PlanFormat.MARKDOWN || format == PlanFormat.JSON) {
      throw new UsageException(
          "--format "
              + format.label()
              + ": a plan from --master is printed as text, with the steps already done, or as a"
              + " picture (dot, mermaid); use --format text, dot or mermaid");
    }
    MesosVersion target = MesosVersion.parse(from);
    ClusterProfile profile = profile(files);
    PrintWriter err = spec.commandLine().getErr();
    ClusterReading reading = cluster.read(err, terminal.getAsBoolean(), files);
    LiveClusterOptions.listUnread(reading, err);
    int mastersMissed = reading.unreadable().size() - reading.unreadableAgents().size();
    if (mastersMissed > 0) {
      throw new RefusedException(
          mastersMissed
              + (mastersMissed == 1 ? " master" : " masters")
              + " could not be read (listed above): a plan needs every master's release; make"
              + " them answer, or leave their URLs out if they are no longer masters");
    }
    // The agents not read are taken as running the oldest release among the agents read: the
    // state already holds a group on that release, so the plan upgrades them with it.
    ClusterState state = reading.state();
    String assumed = "";
    List<UnreadDaemon> unreadAgents = reading.unreadableAgents();
    if (!unreadAgents.isEmpty()) {
      if (!allowUnknownAgents) {
        throw new RefusedException(
            unreadAgents.size()
                + " of "
                + reading.agentsListed()
                + " agents could not be read (listed above): their releases are not known; make"
                + " them answer, or give --allow-unknown-agents to take them as running the oldest"
                + " release among the agents read");
      }
      MesosVersion oldest =
          state.slaves().stream()
              .map(DaemonState::running)
              .min(Comparator.naturalOrder())
              .orElseThrow();
      assumed =
          "Assumed: "
              + unreadAgents.size()
              + (unreadAgents.size() == 1 ? " agent" : " agents")
              + " not read ("
              + unreadAgents.stream()
                  .map(unread -> unread.hostname().orElse(unread.url().toString()))
                  .collect(Collectors.joining(", "))
              + ") taken as running "
              + oldest
              + ", the oldest release among the agents read.\n\n";
    }
    UpgradePlan plan = UpgradePlanner.plan(catalog.catalog(files), state, target, profile);
    spec.commandLine().getOut().print(assumed + format.render(plan));
    return ExitCode.OK;
  }

  private ClusterProfile profile(InputFiles files) {
    if (profileFile == null) {
      return ClusterProfile.unknown();
    }
    String text =
        files.read(
            "--profile",
            Shown.value(profileFile),
            profileFile,
            "give the path of a JSON profile (mesos-upgrade-profile.schema.json)");
    try {
      return ClusterJson.readProfile(text);
    } catch (PlanFormatException e) {
      throw new UsageException(Shown.value(profileFile) + ": " + e.getMessage());
    }
  }

  private UpgradePlan planFromFiles(InputFiles files) {
    MesosVersion start = MesosVersion.parse(from);
    MesosVersion target = MesosVersion.parse(to);
    ClusterProfile profile = profile(files);
    if (stateFile == null) {
      return UpgradePlanner.plan(catalog.catalog(files), start, target, profile);
    }
    String text =
        files.read(
            "--state",
            Shown.value(stateFile),
            stateFile,
            "give the path of a JSON cluster state (mesos-upgrade-state.schema.json)");
    ClusterState state;
    try {
      state = ClusterJson.readState(text);
    } catch (PlanFormatException e) {
      throw new UsageException(Shown.value(stateFile) + ": " + e.getMessage());
    }
    MesosVersion oldest = state.oldestDaemonRelease();
    if (oldest.isBefore(start)) {
      throw new UsageException(
          "FROM "
              + start
              + " is newer than what "
              + Shown.value(stateFile)
              + " says the cluster runs ("
              + oldest
              + "): give the release the upgrade started from, "
              + oldest
              + " or earlier");
    }
    return UpgradePlanner.plan(catalog.catalog(files), state, target, profile);
  }

  /** Reads {@code --format}, naming the accepted values when the value is not one. */
  static final class FormatConverter implements ITypeConverter<PlanFormat> {
    @Override
    public PlanFormat convert(String value) {
      return PlanFormat.fromLabel(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + Shown.value(value)
                          + "' is not a format: expected text, markdown, json, dot or mermaid"));
    }
  }
}
