package io.github.mesosupgrade;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, independently of {@link PlanValidator}, whether a reordering or thinning of a valid
 * plan's steps is still a valid upgrade. It knows only what the catalog's public API, the planner's
 * and the validator's Javadoc and the Mesos facts say, stated as simple rules over positions and a
 * few running versions:
 *
 * <ol>
 *   <li>every {@link Necessity#REQUIRED required} step of the plan is there;
 *   <li>steps of a later hop never come before steps of an earlier hop;
 *   <li>each "must come before" rule of the hop definitions a hop crosses holds where both steps
 *       are there; in a jump across 1.x lines a rule's step is the hop's step of the same name;
 *   <li>a master or slave restarts onto the release it installed last (or the plan's start);
 *   <li>a framework change comes only once the framework links a library with the API it uses;
 *   <li>once masters run 0.24.0 or later, schedulers link 0.23.0 or later; masters of 1.2.1 or
 *       later never run beside slaves older than 1.0.0; before 1.0, masters and slaves are never
 *       more than one release line apart;
 *   <li>masters and slaves end on the plan's target.
 * </ol>
 *
 * <p>Everything else the validator simulates (flags, authentication, checkpointing) follows from
 * these rules for any sequence made by reordering and deleting the steps of a valid plan; if it did
 * not, the validator and this oracle would disagree.
 */
final class ReorderingOracle {
  private static final MesosVersion JSON_MASTER_RECORD = MesosVersion.of(0, 24, 0);
  private static final MesosVersion JSON_MASTER_RECORD_READER = MesosVersion.of(0, 23, 0);
  private static final MesosVersion SLAVES_IGNORED_FROM = MesosVersion.of(1, 2, 1);
  private static final MesosVersion ONE_ZERO = MesosVersion.of(1, 0, 0);

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
      if (hop(hopOf, steps.get(i)) < hop(hopOf, steps.get(i - 1))) {
        broken.add("hop order at " + steps.get(i).id());
      }
    }
    // 3. The "must come before" rules of every hop definition a hop crosses.
    for (UpgradeHop hop : plan.hops()) {
      for (HopDefinition definition : catalog.hops()) {
        if (definition.from().compareTo(hop.from().releaseLine()) < 0
            || definition.from().compareTo(hop.to().releaseLine()) >= 0) {
          continue;
        }
        for (OrderingConstraint rule : definition.constraints()) {
          Optional<String> before = inHop(hop, rule.before());
          Optional<String> after = inHop(hop, rule.after());
          if (before.isPresent()
              && after.isPresent()
              && position.containsKey(before.get())
              && position.containsKey(after.get())
              && position.get(after.get()) < position.get(before.get())) {
            broken.add("rule " + rule);
          }
        }
      }
    }
    // 4 to 7. Releases installed, running and linked, step by step.
    Map<Component, MesosVersion> installed = new EnumMap<>(Component.class);
    Map<Component, MesosVersion> running = new EnumMap<>(Component.class);
    Map<Component, MesosVersion> linked = new EnumMap<>(Component.class);
    for (Component component : Component.values()) {
      installed.put(component, plan.from());
      running.put(component, plan.from());
      linked.put(component, plan.from());
    }
    for (UpgradeStep step : steps) {
      Component component = step.component();
      switch (step.action()) {
        case INSTALL_BINARIES -> installed.put(component, step.version());
        case RESTART -> {
          if (component.isDaemon()) {
            if (!installed.get(component).equals(step.version())) {
              broken.add("restart onto an uninstalled release: " + step.id());
            }
            running.put(component, installed.get(component));
          }
        }
        case RELINK -> {
          if (!component.isDaemon()) {
            linked.put(component, step.version());
          }
        }
        case UPDATE_FRAMEWORK -> {
          if (linked
              .get(component)
              .isBefore(step.frameworkChange().orElseThrow().availableFrom())) {
            broken.add("framework API missing at " + step.id() + " (links " + linked + ")");
          }
        }
        case RECONFIGURE -> {}
      }
      MesosVersion masters = running.get(Component.MASTER);
      MesosVersion slaves = running.get(Component.SLAVE);
      if (masters.isAtLeast(JSON_MASTER_RECORD)
          && linked.get(Component.SCHEDULER).isBefore(JSON_MASTER_RECORD_READER)) {
        broken.add("schedulers link a library too old for the masters at " + step.id());
      }
      if (masters.isAtLeast(SLAVES_IGNORED_FROM) && slaves.isBefore(ONE_ZERO)) {
        broken.add("masters ignore the slaves at " + step.id());
      }
      int apart =
          catalog.releaseLines().indexOf(masters.releaseLine())
              - catalog.releaseLines().indexOf(slaves.releaseLine());
      if ((masters.isBefore(ONE_ZERO) || slaves.isBefore(ONE_ZERO)) && Math.abs(apart) > 1) {
        broken.add("masters and slaves too far apart at " + step.id());
      }
    }
    for (Component daemon : List.of(Component.MASTER, Component.SLAVE)) {
      if (!running.get(daemon).equals(plan.to()) || !installed.get(daemon).equals(plan.to())) {
        broken.add(daemon.plural() + " do not end on " + plan.to());
      }
    }
    return broken;
  }

  private static int hop(Map<String, Integer> hopOf, UpgradeStep step) {
    return hopOf.getOrDefault(step.id(), -1);
  }

  /** Returns the id of {@code hop}'s step with id {@code id}, or else with the same name. */
  private static Optional<String> inHop(UpgradeHop hop, String id) {
    String name = id.substring(id.indexOf('/') + 1);
    Optional<String> byName = Optional.empty();
    for (UpgradeStep step : hop.steps()) {
      if (step.id().equals(id)) {
        return Optional.of(id);
      }
      if (step.id().substring(step.id().indexOf('/') + 1).equals(name)) {
        byName = Optional.of(step.id());
      }
    }
    return byName;
  }
}
