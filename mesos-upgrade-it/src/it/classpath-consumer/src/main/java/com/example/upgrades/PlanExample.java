package com.example.upgrades;

// README: imports
import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.json.PlanJson;
import java.util.ArrayList;
import java.util.List;
// README end

/** The README's "Use it from Java" examples, as a team's program would hold them. */
public final class PlanExample {
  private PlanExample() {}

  /** Prints a plan, a hand-edited runbook's validation, and whether JSON reads back equal. */
  public static void main(String[] args) {
    // README: plan
    UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
    for (UpgradeStep step : plan.steps()) {
      System.out.println(step.id() + "  " + step.flagChanges());
    }

    // A runbook that copies the guide's --authentication=true literally:
    List<UpgradeStep> runbook = new ArrayList<>(plan.steps());
    UpgradeStep last = runbook.remove(runbook.size() - 1);
    runbook.add(last.withFlagChanges(FlagChange.set("authentication", "true")));
    System.out.println(PlanValidator.validate(plan.from(), plan.to(), runbook).describe());
    // README end

    // README: json
    String json = PlanJson.write(plan);
    System.out.println(PlanJson.read(json).equals(plan));
    // README end
  }
}
