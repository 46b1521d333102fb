package io.github.mesosupgrade.examples;

import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.examples.format.PlanFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code mesos-upgrade plan FROM TO [--format text|markdown|json]}: prints the upgrade plan. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = MesosUpgradeCli.Version.class,
    description = {
      "Prints the upgrade plan from FROM to TO as text, Markdown or JSON.",
      "The plan lists the ordered steps that upgrade a Mesos cluster; between release lines it"
          + " goes through every line in between, one hop at a time."
    })
final class PlanCommand implements Callable<Integer> {
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
      paramLabel = "text|markdown|json",
      converter = FormatConverter.class,
      description = {
        "text: a numbered listing (the default);",
        "markdown: a runbook with a checkbox per step;",
        "json: a document for tools (schema version 1, see 'mesos-upgrade schema')"
      })
  private PlanFormat format = PlanFormat.TEXT;

  @Override
  public Integer call() {
    UpgradePlan plan = UpgradePlanner.plan(from, to);
    spec.commandLine().getOut().print(format.render(plan));
    return ExitCode.OK;
  }

  /** Reads {@code --format}, naming the accepted values when the value is not one. */
  static final class FormatConverter implements ITypeConverter<PlanFormat> {
    @Override
    public PlanFormat convert(String value) {
      return PlanFormat.fromLabel(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not a format: expected text, markdown or json"));
    }
  }
}
