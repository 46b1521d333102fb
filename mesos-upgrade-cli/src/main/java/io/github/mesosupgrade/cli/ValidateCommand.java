package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.ValidationReport;
import io.github.mesosupgrade.json.PlanFormatException;
import io.github.mesosupgrade.json.PlanJson;
import io.github.mesosupgrade.json.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

  ValidateCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    String label = file.equals("-") ? "standard input" : file;
    UpgradeCatalog checked = catalog.catalog();
    String text = read(label);
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

  private String read(String label) {
    if (!file.equals("-") && Files.isDirectory(Path.of(file))) {
      throw new UsageException("cannot read " + label + ": it is a directory; " + WHAT_WORKS);
    }
    byte[] bytes;
    try {
      bytes = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read " + label + ": no such file; " + WHAT_WORKS);
    } catch (AccessDeniedException e) {
      throw new UsageException("cannot read " + label + ": permission denied; " + WHAT_WORKS);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new UsageException("cannot read " + label + ": " + e.getMessage() + "; " + WHAT_WORKS);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UsageException("cannot read " + label + ": it is not UTF-8 text; " + WHAT_WORKS);
    }
  }
}
