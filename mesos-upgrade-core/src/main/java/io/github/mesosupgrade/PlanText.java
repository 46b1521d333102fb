package io.github.mesosupgrade;

/**
 * Renders an {@link UpgradePlan} as the numbered plain-text listing of {@link
 * UpgradePlan#describe()}.
 */
final class PlanText {
  private static final String STEP_INDENT = "      ";

  private PlanText() {}

  static String describe(UpgradePlan plan) {
    StringBuilder out = new StringBuilder();
    if (plan.isEmpty() && plan.startState().isPresent()) {
      return out.append("Upgrade ")
          .append(plan.from())
          .append(" -> ")
          .append(plan.to())
          .append(": nothing left to do, the cluster state shows all ")
          .append(plan.stepsDone().size())
          .append(" steps done.")
          .append('\n')
          .toString();
    }
    if (plan.isEmpty()) {
      return out.append("Upgrade ")
          .append(plan.from())
          .append(" -> ")
          .append(plan.to())
          .append(": nothing to do, the cluster already runs ")
          .append(plan.to())
          .append('.')
          .append('\n')
          .toString();
    }
    int hops = plan.hops().size();
    int steps = plan.steps().size();
    out.append("Upgrade ")
        .append(plan.from())
        .append(" -> ")
        .append(plan.to())
        .append(": ")
        .append(hops)
        .append(hops == 1 ? " hop, " : " hops, ")
        .append(steps)
        .append(steps == 1 ? " step" : " steps")
        .append(resumed(plan))
        .append('\n');
    int number = 0;
    int hopNumber = 0;
    for (UpgradeHop hop : plan.hops()) {
      out.append('\n')
          .append("Hop ")
          .append(++hopNumber)
          .append(": ")
          .append(hop.from())
          .append(" -> ")
          .append(hop.to())
          .append('\n');
      for (UpgradeStep step : hop.steps()) {
        out.append(String.format("%4d. ", ++number)).append(step.describe()).append('\n');
        out.append(STEP_INDENT).append("id: ").append(step.id()).append('\n');
        for (Note note : step.notes()) {
          out.append(STEP_INDENT).append("note: ").append(note).append('\n');
        }
      }
      for (Note note : hop.notes()) {
        out.append("  hop note: ").append(note).append('\n');
      }
      for (MesosFlag flag : hop.removedFlags()) {
        String renamed = flag.renamedTo().map(name -> ", now --" + name).orElse("");
        removed(
            out,
            "flag",
            flag.component().nameAt(hop.to()),
            flag.commandLineName(),
            flag.removedIn(),
            renamed);
      }
      for (Endpoint endpoint : hop.removedEndpoints()) {
        removed(
            out,
            "endpoint",
            endpoint.component().nameAt(hop.to()),
            endpoint.path(),
            endpoint.removedIn(),
            "");
      }
    }
    decisions(plan, out);
    return out.toString();
  }

  private static String resumed(UpgradePlan plan) {
    return plan.startState().isPresent()
        ? " to do, resumed from the cluster state (" + plan.stepsDone().size() + " done)"
        : "";
  }

  private static void decisions(UpgradePlan plan, StringBuilder out) {
    if (plan.decisions().isEmpty()) {
      return;
    }
    out.append('\n').append("Decisions (").append(plan.profile()).append("):\n");
    for (StepDecision decision : plan.decisions()) {
      out.append("  - ").append(decision).append('\n');
    }
  }

  private static void removed(
      StringBuilder out,
      String what,
      String component,
      String name,
      java.util.Optional<MesosVersion> removedIn,
      String extra) {
    out.append("  removed: ")
        .append(what)
        .append(' ')
        .append(component)
        .append(' ')
        .append(name)
        .append(" (gone in ")
        .append(removedIn.map(MesosVersion::toString).orElse(""))
        .append(extra)
        .append(")\n");
  }
}
