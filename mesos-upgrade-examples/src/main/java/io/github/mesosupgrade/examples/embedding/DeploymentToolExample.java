package io.github.mesosupgrade.examples.embedding;

import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.UpgradeStep;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A deployment tool's dry run: it plans an upgrade and prints, step by step, what it would do on
 * the machines, with the flags of each restart both as command-line arguments and as the {@code
 * MESOS_*} environment variables of {@code mesos-master-env.sh} / {@code mesos-slave-env.sh}.
 *
 * <p>Run it with {@code FROM TO} (default {@code 0.14.2 0.15.0}).
 */
public final class DeploymentToolExample {
  private DeploymentToolExample() {}

  /** Prints the dry run of the upgrade from {@code args[0]} to {@code args[1]}. */
  public static void main(String[] args) {
    String from = args.length > 0 ? args[0] : "0.14.2";
    String to = args.length > 1 ? args[1] : "0.15.0";
    printDryRun(UpgradePlanner.plan(from, to), System.out);
  }

  /** Prints, for every step of {@code plan}, its id and what the tool does for it. */
  static void printDryRun(UpgradePlan plan, PrintStream out) {
    List<UpgradeStep> steps = plan.steps();
    out.println("Dry run of the upgrade " + plan.from() + " -> " + plan.to() + ":");
    for (int i = 0; i < steps.size(); i++) {
      UpgradeStep step = steps.get(i);
      out.println("step " + (i + 1) + "/" + steps.size() + "  " + step.id());
      for (String line : commands(step)) {
        out.println("  " + line);
      }
    }
  }

  /** Returns what the tool does for {@code step}: commands for daemons, a hand-off otherwise. */
  static List<String> commands(UpgradeStep step) {
    List<String> lines = new ArrayList<>();
    Component component = step.component();
    if (!component.isDaemon()) {
      lines.add("hand to the framework owners: " + step.describe());
      return lines;
    }
    // The library names the daemon as the step's release does: agent from Mesos 1.0.
    String machine = component.nameAt(step.version());
    String daemon = component.binaryAt(step.version());
    switch (step.action()) {
      case INSTALL_BINARIES ->
          lines.add("on every " + machine + ": install the mesos " + step.version() + " package");
      case RESTART -> {
        List<String> arguments = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        List<String> removedArguments = new ArrayList<>();
        List<String> removedVariables = new ArrayList<>();
        for (FlagChange change : step.flagChanges()) {
          (change.isRemoval() ? removedArguments : arguments).add(change.commandLine());
          (change.isRemoval() ? removedVariables : variables).add(change.environmentVariable());
        }
        lines.add(
            "on every "
                + machine
                + ": restart "
                + daemon
                + (arguments.isEmpty() ? "" : " " + String.join(" ", arguments)));
        if (!variables.isEmpty()) {
          lines.add("or in " + daemon + "-env.sh: " + String.join(" ", variables));
        }
        if (!removedArguments.isEmpty()) {
          lines.add(
              "first remove "
                  + String.join(" ", removedArguments)
                  + " from the command line and unset "
                  + String.join(" ", removedVariables));
        }
        step.flagChanges().stream()
            .filter(FlagChange::isPlaceholder)
            .forEach(change -> lines.add("fill in " + change.value() + " for --" + change.name()));
      }
      case RELINK ->
          lines.add(
              "if "
                  + daemon
                  + " loads modules: rebuild them against mesos "
                  + step.version()
                  + " and ship them with its package");
      case RECONFIGURE -> lines.add("by hand on every " + machine + ": " + step.describe());
      case UPDATE_FRAMEWORK -> lines.add("hand to the framework owners: " + step.describe());
    }
    return lines;
  }
}
