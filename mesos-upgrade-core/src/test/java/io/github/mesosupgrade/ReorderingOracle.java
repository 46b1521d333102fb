package io.github.mesosupgrade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, independently of {@link PlanValidator}, whether a reordering or thinning of a valid
 * plan's steps is still a valid upgrade. It knows only what the catalog's public API and the
 * validator's Javadoc say, stated as simple rules over positions:
 *
 * <ol>
 *   <li>every {@link Necessity#REQUIRED required} step of the plan is there;
 *   <li>steps of a later hop never come before steps of an earlier hop;
 *   <li>each "must come before" rule of a hop's definition holds where both steps are there;
 *   <li>a master or slave is restarted in a hop only after the hop installed its binaries;
 *   <li>a framework change comes only once the schedulers link a library that has the API it uses
 *       (the schedulers link the plan's {@code from} release until a relink step).
 * </ol>
 *
 * <p>Everything else the validator simulates (flags, authentication, checkpointing, versions side
 * by side, the end state) follows from these rules for any sequence made by reordering and deleting
 * the steps of a valid plan; if it did not, the validator and this oracle would disagree.
 */
final class ReorderingOracle {
  private ReorderingOracle() {}

  /** Returns the rules {@code steps} breaks as a variant of {@code plan}; empty if none. */
  static List<String> brokenRules(
      UpgradeCatalog catalog, UpgradePlan plan, List<UpgradeStep> steps) {
    List<String> broken = new ArrayList<>();
    Map<String, Integer> hopOf = new HashMap<>();
    for (int h = 0; h < plan.hops().size(); h++) {
      for (UpgradeStep step : plan.hops().get(h).steps()) {
        hopOf.put(step.id(), h);
      }
    }
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      position.put(steps.get(i).id(), i);
    }

    // 1. Required steps.
    for (UpgradeStep step : plan.steps()) {
      if (step.necessity() == Necessity.REQUIRED && !position.containsKey(step.id())) {
        broken.add("missing " + step.id());
      }
    }
    // 2. Hop order.
    for (int i = 1; i < steps.size(); i++) {
      if (hopOf.get(steps.get(i).id()) < hopOf.get(steps.get(i - 1).id())) {
        broken.add("hop order at " + steps.get(i).id());
      }
    }
    // 3. The hops' "must come before" rules.
    for (UpgradeHop hop : plan.hops()) {
      if (hop.from().releaseLine().equals(hop.to().releaseLine())) {
        continue; // a patch hop has no definition and no rules
      }
      HopDefinition definition = catalog.hopFrom(hop.from().releaseLine()).orElseThrow();
      for (OrderingConstraint rule : definition.constraints()) {
        Integer before = position.get(rule.before());
        Integer after = position.get(rule.after());
        if (before != null && after != null && after < before) {
          broken.add("rule " + rule);
        }
      }
    }
    // 4. Install before restart, per hop and daemon.
    for (UpgradeStep step : steps) {
      if (step.action() == StepAction.RESTART && step.component().isDaemon()) {
        int hop = hopOf.get(step.id());
        boolean installedBefore = false;
        for (UpgradeStep other : plan.hops().get(hop).steps()) {
          Integer at = position.get(other.id());
          installedBefore |=
              other.action() == StepAction.INSTALL_BINARIES
                  && other.component() == step.component()
                  && at != null
                  && at < position.get(step.id());
        }
        if (!installedBefore) {
          broken.add("restart before install: " + step.id());
        }
      }
    }
    // 5. Framework changes need the library that has their API.
    MesosVersion linked = plan.from();
    for (UpgradeStep step : steps) {
      if (step.component() == Component.SCHEDULER && step.action() == StepAction.RELINK) {
        linked = step.version();
      }
      if (step.action() == StepAction.UPDATE_FRAMEWORK
          && linked.isBefore(step.frameworkChange().orElseThrow().availableFrom())) {
        broken.add("framework API missing at " + step.id() + " (linked " + linked + ")");
      }
    }
    return broken;
  }
}
