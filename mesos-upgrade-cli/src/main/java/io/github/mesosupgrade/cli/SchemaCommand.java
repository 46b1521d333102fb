package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.internal.Shown;
import io.github.mesosupgrade.json.JsonSchemas;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mesos-upgrade schema [NAME]}: lists the JSON Schemas of the documents mesos-upgrade reads
 * and writes, one line each, or prints the one named.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = MesosUpgradeCli.Version.class,
    description = {
      "Lists the JSON Schemas of mesos-upgrade's JSON documents, or prints the one named.",
      "Each schema (JSON Schema draft 2020-12) describes every field of a document that a command"
          + " writes with --format json or reads from a file; 'mesos-upgrade schema plan' prints"
          + " the schema of the plans 'plan --format json' writes and 'validate' reads."
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      description =
          "the schema to print: plan, state, profile, catalog, versions, validation or lint")
  private String name = "";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> summaries = JsonSchemas.summaries();
    if (name.isEmpty()) {
      summaries.forEach(
          (schema, summary) -> out.println(String.format("%-11s %s", schema, summary)));
      return ExitCode.OK;
    }
    out.print(
        JsonSchemas.text(name)
            .orElseThrow(
                () ->
                    new UsageException(
                        "NAME "
                            + Shown.quoted(name)
                            + " is not a schema: expected "
                            + String.join(", ", summaries.keySet()))));
    return ExitCode.OK;
  }
}
