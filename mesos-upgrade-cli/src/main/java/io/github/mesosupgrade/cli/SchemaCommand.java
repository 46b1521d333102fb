package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.json.PlanJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mesos-upgrade schema}: prints the JSON Schema of the plans {@code plan --format json}
 * writes.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = MesosUpgradeCli.Version.class,
    description = {
      "Prints the JSON Schema of the JSON plan format.",
      "The schema (JSON Schema draft 2020-12) describes every field of the documents 'plan"
          + " --format json' writes and 'validate' reads."
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(PlanJson.schema());
    return ExitCode.OK;
  }
}
