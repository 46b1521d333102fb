package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
      requireNonNull(steps.get(i), "steps must not contain null (index " + i + ")");
    }
    ImmutableList<UpgradeHop> hops = planner.hops(from, to);
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    checkStructure(from, to, hops, planner.definitions(from, to), steps, violations);
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

  private static void checkStructure(
      MesosVersion from,
      MesosVersion to,
      List<UpgradeHop> hops,
      List<HopDefinition> definitions,
      List<UpgradeStep> steps,
      ImmutableList.Builder<Violation> violations) {
    Map<String, Integer> hopOf = new HashMap<>();
    for (int h = 0; h < hops.size(); h++) {
      for (UpgradeStep step : hops.get(h).steps()) {
        hopOf.put(step.id(), h);
      }
    }
    Map<String, Integer> firstPosition = new LinkedHashMap<>();
    Map<String, Integer> count = new LinkedHashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      String id = steps.get(i).id();
      firstPosition.putIfAbsent(id, i);
      count.merge(id, 1, Integer::sum);
    }
    for (String id : firstPosition.keySet()) {
      if (!hopOf.containsKey(id)) {
        violations.add(
            Violation.of(
                ViolationCode.UNKNOWN_STEP,
                String.format(Messages.V_UNKNOWN_STEP, id, from, to, from, to),
                id));
      }
    }
    count.forEach(
        (id, times) -> {
          if (times > 1) {
            violations.add(
                Violation.of(
                    ViolationCode.DUPLICATE_STEP,
                    String.format(Messages.V_DUPLICATE_STEP, id, times),
                    id));
          }
        });
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
      Integer hop = hopOf.get(step.id());
      if (hop == null) {
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
      for (OrderingConstraint rule : definition.constraints()) {
        Integer before = firstPosition.get(rule.before());
        Integer after = firstPosition.get(rule.after());
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
}
