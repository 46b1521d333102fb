package io.github.mesosupgrade.examples.embedding;

import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.ValidationReport;
import io.github.mesosupgrade.ViolationCode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-suite style check of a plan's step order with nothing but the core API: the checks a team
 * would keep in its own test suite to pin what matters to its cluster. Each check prints {@code ok}
 * or throws an {@link AssertionError} naming what failed.
 */
public final class StepOrderCheckExample {
  private static final String SLAVES_CHECKPOINT = "0.13-0.14/restart-slaves-with-checkpoint";
  private static final String FRAMEWORKS_CHECKPOINT = "0.13-0.14/set-checkpoint-in-schedulers";
  private static final String SCHEDULERS_RESTART = "0.13-0.14/restart-schedulers";
  private static final String MASTERS_AGAIN = "0.13-0.14/restart-masters-again";

  private StepOrderCheckExample() {}

  /**
   * Runs the checks on the plan from 0.13.0 to 0.14.0.
   *
   * @throws AssertionError if a check fails
   */
  public static void main(String[] args) {
    runChecks(UpgradePlanner.plan("0.13.0", "0.14.0"), System.out);
  }

  /**
   * Runs the checks on {@code plan}, printing one line per check.
   *
   * @throws AssertionError naming the first check that fails
   */
  static void runChecks(UpgradePlan plan, PrintStream out) {
    List<String> ids = plan.steps().stream().map(UpgradeStep::id).toList();
    check(
        out,
        "slaves checkpoint before frameworks ask for checkpointing",
        position(ids, SLAVES_CHECKPOINT) < position(ids, FRAMEWORKS_CHECKPOINT));
    check(
        out,
        "the slaves restart with --checkpoint=true",
        step(plan, SLAVES_CHECKPOINT).flagChanges().contains(FlagChange.set("checkpoint", "true")));
    check(
        out,
        "the masters restart again after the schedulers",
        position(ids, SCHEDULERS_RESTART) < position(ids, MASTERS_AGAIN));
    check(out, "the plan passes the validator", PlanValidator.validate(plan).isValid());

    // Restarting the slaves with --checkpoint only after the schedulers: a reordering to reject.
    List<UpgradeStep> reordered = new ArrayList<>(plan.steps());
    UpgradeStep slaves = reordered.remove(position(ids, SLAVES_CHECKPOINT));
    reordered.add(position(ids, SCHEDULERS_RESTART), slaves);
    ValidationReport report = PlanValidator.validate(plan.from(), plan.to(), reordered);
    check(
        out,
        "slaves checkpointing after the schedulers is caught as "
            + ViolationCode.CHECKPOINT_BEFORE_SLAVES,
        report.has(ViolationCode.CHECKPOINT_BEFORE_SLAVES));
    out.println(report.describe());
    out.println("all checks hold for the plan " + plan.from() + " -> " + plan.to());
  }

  private static int position(List<String> ids, String id) {
    int position = ids.indexOf(id);
    if (position < 0) {
      throw new AssertionError("the plan has no step " + id + "; its steps are " + ids);
    }
    return position;
  }

  private static UpgradeStep step(UpgradePlan plan, String id) {
    return plan.steps().stream()
        .filter(step -> step.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the plan has no step " + id));
  }

  private static void check(PrintStream out, String what, boolean holds) {
    if (!holds) {
      throw new AssertionError("check failed: " + what);
    }
    out.println("ok: " + what);
  }
}
