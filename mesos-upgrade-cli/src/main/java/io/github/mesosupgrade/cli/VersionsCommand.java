package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.ReleaseLine;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.json.ReportJson;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mesos-upgrade versions [--format text|json]}: the releases plans can start from and end
 * on, then the other Mesos releases the catalog knows but has no upgrade steps for.
 */
@Command(
    name = "versions",
    mixinStandardHelpOptions = true,
    versionProvider = MesosUpgradeCli.Version.class,
    description = {
      "Lists the Mesos releases plans support, then the known unsupported ones.",
      "Plans start from and end on the supported releases. The other Mesos releases are known"
          + " but refused (exit code 3)."
    })
final class VersionsCommand implements Callable<Integer> {
  private final Supplier<Map<String, String>> env;

  @Spec private CommandSpec spec;

  @Mixin private CatalogOption catalogOption = new CatalogOption();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "text|json",
      converter = ReportFormat.Converter.class,
      description = {
        "text: the releases by release line (the default);",
        "json: a document for tools (see 'mesos-upgrade schema versions')"
      })
  private ReportFormat format = ReportFormat.TEXT;

  VersionsCommand(Supplier<Map<String, String>> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    UpgradeCatalog catalog = catalogOption.catalog(InputFiles.from(env.get()));
    if (format == ReportFormat.JSON) {
      spec.commandLine().getOut().print(ReportJson.versions(catalog));
      return ExitCode.OK;
    }
    SortedSet<MesosVersion> supported = catalog.supportedReleases();
    SortedSet<MesosVersion> unsupported = new TreeSet<>(catalog.releases());
    unsupported.removeAll(supported);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Supported: plans start from and end on these releases ("
            + supported.first()
            + " to "
            + supported.last()
            + ")");
    printByLine(out, supported);
    out.println();
    out.println("Known but not supported: Mesos releases without upgrade steps here (refused)");
    printByLine(out, unsupported);
    return ExitCode.OK;
  }

  private static void printByLine(PrintWriter out, SortedSet<MesosVersion> versions) {
    Map<ReleaseLine, List<String>> byLine = new LinkedHashMap<>();
    for (MesosVersion version : versions) {
      byLine
          .computeIfAbsent(version.releaseLine(), line -> new java.util.ArrayList<>())
          .add(version.toString());
    }
    byLine.forEach(
        (line, releases) ->
            out.println(String.format("  %-7s %s", line, String.join(" ", releases))));
  }
}
