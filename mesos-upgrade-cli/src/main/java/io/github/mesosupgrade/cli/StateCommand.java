package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.cluster.ClusterReading;
import io.github.mesosupgrade.json.ClusterJson;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mesos-upgrade state --master URL}: reads a running cluster and prints its state as a JSON
 * state document.
 */
@Command(
    name = "state",
    mixinStandardHelpOptions = true,
    versionProvider = MesosUpgradeCli.Version.class,
    description = {
      "Reads what a running Mesos cluster runs from its masters' and agents' own endpoints and"
          + " prints it as a JSON cluster state (mesos-upgrade-state.schema.json), for 'plan"
          + " --state'. Every master or agent that could not be read is listed on standard error"
          + " with the reason; the command then exits with 3 unless --allow-unknown-agents is given"
          + " and only agents were missed."
    })
final class StateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private LiveClusterOptions cluster = new LiveClusterOptions();

  @Option(
      names = "--allow-unknown-agents",
      description = "exit with 0 when some agents could not be read (they are still listed)")
  private boolean allowUnknownAgents;

  private final Supplier<Map<String, String>> env;

  private final BooleanSupplier terminal;

  StateCommand(Supplier<Map<String, String>> env, BooleanSupplier terminal) {
    this.env = env;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (!cluster.given()) {
      throw new UsageException("give the masters to read with --master URL, once per master");
    }
    ClusterReading reading =
        cluster.read(
            spec.commandLine().getErr(), terminal.getAsBoolean(), InputFiles.from(env.get()));
    spec.commandLine().getOut().print(ClusterJson.writeState(reading.state()));
    LiveClusterOptions.listUnread(reading, spec.commandLine().getErr());
    boolean onlyAgentsMissed = reading.unreadable().size() == reading.unreadableAgents().size();
    if (reading.isComplete() || (allowUnknownAgents && onlyAgentsMissed)) {
      return ExitCode.OK;
    }
    return ExitCode.REFUSED;
  }
}
