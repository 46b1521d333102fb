package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.ClusterProfile;
import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.internal.Shown;
import io.github.mesosupgrade.json.ClusterJson;
import io.github.mesosupgrade.json.PlanFormat;
import io.github.mesosupgrade.json.PlanFormatException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mesos-upgrade plan FROM TO [--format text|markdown|json|dot|mermaid]}: prints the upgrade
 * plan, or a picture of its order.
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
          + " leaves out the guide's conditional steps and says why."
    })
final class PlanCommand implements Callable<Integer> {
  private final Supplier<Map<String, String>> env;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FROM",
      description = "the release the cluster runs, such as 0.11.0")
  private String from = "";

  @Parameters(
      index = "1",
      paramLabel = "TO",
      description = "the release to upgrade to, such as 0.15.0")
  private String to = "";

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

  PlanCommand(Supplier<Map<String, String>> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    InputFiles files = InputFiles.from(env.get());
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

  private UpgradePlan planFromFiles(InputFiles files) {
    MesosVersion start = MesosVersion.parse(from);
    MesosVersion target = MesosVersion.parse(to);
    ClusterProfile profile = ClusterProfile.unknown();
    if (profileFile != null) {
      String text =
          files.read(
              "--profile",
              Shown.value(profileFile),
              profileFile,
              "give the path of a JSON profile (mesos-upgrade-profile.schema.json)");
      try {
        profile = ClusterJson.readProfile(text);
      } catch (PlanFormatException e) {
        throw new UsageException(Shown.value(profileFile) + ": " + e.getMessage());
      }
    }
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
