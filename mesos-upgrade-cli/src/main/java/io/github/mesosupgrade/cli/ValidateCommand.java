package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.ValidationReport;
import io.github.mesosupgrade.internal.Shown;
import io.github.mesosupgrade.json.PlanFormatException;
import io.github.mesosupgrade.json.PlanJson;
import io.github.mesosupgrade.json.ReportJson;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mesos-upgrade validate FILE [--format text|json]}: checks a JSON plan, possibly reordered
 * or edited.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = MesosUpgradeCli.Version.class,
    description = {
      "Checks a JSON plan, possibly reordered or edited; exit code 1 if it is invalid.",
      "FILE holds a plan as written by 'mesos-upgrade plan FROM TO --format json', possibly"
          + " reordered, shortened or edited, or a runbook: {\"schemaVersion\": 1, \"from\","
          + " \"to\", \"steps\": [...]} with steps of its own ids and sources, matched to the"
          + " plan's by what they do. The check simulates the cluster step by step and"
          + " prints 'valid: ...' (exit code 0) or one line per violation (exit code 1)."
    })
final class ValidateCommand implements Callable<Integer> {
  private static final String WHAT_WORKS =
      "give the path of a JSON plan written by 'mesos-upgrade plan FROM TO --format json', or - to"
          + " read standard input";

  private final InputStream stdin;
  private final Supplier<Map<String, String>> env;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "the JSON plan to check; - reads standard input")
  private String file = "";

  @Mixin private CatalogOption catalog = new CatalogOption();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "text|json",
      converter = ReportFormat.Converter.class,
      description = {
        "text: 'valid: ...' or one line per violation (the default);",
        "json: a document for tools (see 'mesos-upgrade schema validation')"
      })
  private ReportFormat format = ReportFormat.TEXT;

  ValidateCommand(InputStream stdin, Supplier<Map<String, String>> env) {
    this.stdin = stdin;
    this.env = env;
  }

  @Override
  public Integer call() {
    String label = file.equals("-") ? "standard input" : Shown.value(file);
    InputFiles files = InputFiles.from(env.get());
    UpgradeCatalog checked = catalog.catalog(files);
    String text = files.readOrStdin("FILE", file, stdin, WHAT_WORKS);
    ValidationReport report;
    try {
      if (PlanJson.isRunbook(text)) {
        PlanJson.Runbook runbook = PlanJson.readRunbook(text, checked);
        report = PlanValidator.validate(checked, runbook.from(), runbook.to(), runbook.steps());
      } else {
        UpgradePlan plan = PlanJson.read(text, checked);
        report = PlanValidator.validate(plan);
      }
    } catch (PlanFormatException e) {
      throw new UsageException(label + ": " + e.getMessage());
    }
    if (format == ReportFormat.JSON) {
      spec.commandLine().getOut().print(ReportJson.validation(report));
    } else {
      spec.commandLine().getOut().println(report.describe());
    }
    return report.isValid() ? ExitCode.OK : ExitCode.INVALID;
  }
}
