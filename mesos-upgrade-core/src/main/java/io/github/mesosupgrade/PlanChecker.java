package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The work behind {@link PlanValidator}: structure checks, then a simulation, then the end state.
 */
final class PlanChecker {
  private PlanChecker() {}

  static ValidationReport check(
      UpgradeCatalog catalog, MesosVersion from, MesosVersion to, List<UpgradeStep> steps) {
    HopPlanner planner = catalog.hopPlanner();
    planner.check(from, to);
    requireNonNull(steps, "steps must not be null");
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) == null) {
        throw new NullPointerException("steps must not contain null (index " + i + ")");
      }
    }
    ImmutableList<UpgradeHop> hops = planner.hops(from, to);
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    List<HopDefinition> definitions = planner.definitions(from, to);
    if (followsThePlan(hops, steps)) {
      checkRulesHopByHop(hops, definitions, violations);
    } else {
      checkStructure(
          from, to, hops, definitions, hopOf(planner, from, to, hops), steps, violations);
    }
    ClusterModel model = new ClusterModel(catalog, from);
    for (UpgradeStep step : steps) {
      violations.addAll(model.apply(step));
    }
    violations.addAll(model.finish(to));
    return ImmutableValidationReport.builder()
        .from(from)
        .to(to)
        .stepCount(steps.size())
        .addAllViolations(violations.build())
        .build();
  }

  /**
   * Returns what tells, for a step id, the position of its hop in {@code hops}, or -1 if it is not
   * a step of the upgrade. Between release lines it uses the catalog's index of step ids, so that
   * nothing is built per validation; inside one release line the plan's only hop is the patch hop.
   */
  private static ToIntFunction<String> hopOf(
      HopPlanner planner, MesosVersion from, MesosVersion to, List<UpgradeHop> hops) {
    if (!from.equals(to) && from.releaseLine().equals(to.releaseLine())) {
      Set<String> ids = new HashSet<>();
      hops.get(0).steps().forEach(step -> ids.add(step.id()));
      return id -> ids.contains(id) ? 0 : -1;
    }
    int first = planner.definitionIndex(from.releaseLine());
    return id -> {
      int hop = planner.definitionOfStep(id) - first;
      return hop >= 0 && hop < hops.size() ? hop : -1;
    };
  }

  /** Returns whether {@code steps} are the plan's steps, in the plan's order. */
  private static boolean followsThePlan(List<UpgradeHop> hops, List<UpgradeStep> steps) {
    int i = 0;
    for (UpgradeHop hop : hops) {
      for (UpgradeStep expected : hop.steps()) {
        if (i >= steps.size() || !steps.get(i).id().equals(expected.id())) {
          return false;
        }
        i++;
      }
    }
    return i == steps.size();
  }

  /**
   * Checks the "must come before" rules of steps that are the plan's own, in its order: no step is
   * unknown, repeated, missing or in the wrong hop, and each hop's rules only need the positions of
   * that hop's steps. This keeps validating a plan as cheap per hop for a catalog of thousands of
   * release lines as for a few, where one map over every step id would not.
   */
  private static void checkRulesHopByHop(
      List<UpgradeHop> hops,
      List<HopDefinition> definitions,
      ImmutableList.Builder<Violation> violations) {
    int offset = 0;
    for (int h = 0; h < definitions.size(); h++) {
      List<UpgradeStep> hopSteps = hops.get(h).steps();
      Map<String, Integer> position = new HashMap<>();
      for (int i = 0; i < hopSteps.size(); i++) {
        position.put(hopSteps.get(i).id(), offset + i);
      }
      checkRules(definitions.get(h), position, violations);
      offset += hopSteps.size();
    }
  }

  private static void checkStructure(
      MesosVersion from,
      MesosVersion to,
      List<UpgradeHop> hops,
      List<HopDefinition> definitions,
      ToIntFunction<String> hopOf,
      List<UpgradeStep> steps,
      ImmutableList.Builder<Violation> violations) {
    Map<String, Integer> firstPosition = new HashMap<>(steps.size() * 4 / 3 + 1);
    Map<String, Integer> repeats = new HashMap<>();
    boolean unknown = false;
    for (int i = 0; i < steps.size(); i++) {
      String id = steps.get(i).id();
      if (firstPosition.putIfAbsent(id, i) != null) {
        repeats.merge(id, 1, Integer::sum);
      }
      unknown |= hopOf.applyAsInt(id) < 0;
    }
    for (int i = 0; unknown && i < steps.size(); i++) {
      String id = steps.get(i).id();
      if (hopOf.applyAsInt(id) < 0 && Integer.valueOf(i).equals(firstPosition.get(id))) {
        violations.add(
            Violation.of(
                ViolationCode.UNKNOWN_STEP,
                String.format(Messages.V_UNKNOWN_STEP, id, from, to, from, to),
                id));
      }
    }
    for (int i = 0; !repeats.isEmpty() && i < steps.size(); i++) {
      String id = steps.get(i).id();
      Integer times = repeats.get(id);
      if (times != null && Integer.valueOf(i).equals(firstPosition.get(id))) {
        violations.add(
            Violation.of(
                ViolationCode.DUPLICATE_STEP,
                String.format(Messages.V_DUPLICATE_STEP, id, times + 1),
                id));
      }
    }
    for (UpgradeHop hop : hops) {
      for (UpgradeStep expected : hop.steps()) {
        if (expected.necessity() == Necessity.REQUIRED
            && !firstPosition.containsKey(expected.id())) {
          violations.add(
              Violation.of(
                  ViolationCode.STEP_MISSING,
                  String.format(Messages.V_STEP_MISSING, expected.id(), expected.describe()),
                  expected.id()));
        }
      }
    }
    int latestHop = -1;
    String latestStep = "";
    for (UpgradeStep step : steps) {
      int hop = hopOf.applyAsInt(step.id());
      if (hop < 0) {
        continue;
      }
      if (hop < latestHop) {
        violations.add(
            Violation.of(
                ViolationCode.HOP_ORDER,
                String.format(
                    Messages.V_HOP_ORDER,
                    step.id(),
                    hops.get(hop),
                    latestStep,
                    hops.get(latestHop),
                    hops.get(hop),
                    hops.get(latestHop)),
                step.id(),
                latestStep));
      } else if (hop > latestHop) {
        latestHop = hop;
        latestStep = step.id();
      }
    }
    for (HopDefinition definition : definitions) {
      checkRules(definition, firstPosition, violations);
    }
  }

  private static void checkRules(
      HopDefinition definition,
      Map<String, Integer> position,
      ImmutableList.Builder<Violation> violations) {
    for (OrderingConstraint rule : definition.constraints()) {
      Integer before = position.get(rule.before());
      Integer after = position.get(rule.after());
      if (before != null && after != null && after < before) {
        violations.add(
            Violation.of(
                ViolationCode.ORDERING_RULE,
                String.format(
                    Messages.V_ORDERING_RULE,
                    rule.after(),
                    rule.before(),
                    rule.reason(),
                    rule.before(),
                    rule.source()),
                rule.after(),
                rule.before()));
      }
    }
  }
}
