package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.mesosupgrade.internal.Shown;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The work behind {@link PlanValidator}: structure checks, then a simulation, then the end state.
 */
final class PlanChecker {
  private PlanChecker() {}

  static ValidationReport check(
      UpgradeCatalog catalog, MesosVersion from, MesosVersion to, List<UpgradeStep> steps) {
    return check(catalog, from, to, steps, ClusterProfile.unknown());
  }

  /** Checks {@code steps} from {@code from}, with the conditional steps {@code profile} decides. */
  static ValidationReport check(
      UpgradeCatalog catalog,
      MesosVersion from,
      MesosVersion to,
      List<UpgradeStep> steps,
      ClusterProfile profile) {
    HopPlanner planner = catalog.hopPlanner();
    planner.check(from, to);
    requireNonNull(profile, "profile must not be null");
    checkSteps(steps);
    ProfileResolver.Resolved resolved =
        ProfileResolver.resolveSteps(
            catalog, planner.hops(from, to), profile, from, ClusterState.at(from));
    ClusterModel model = new ClusterModel(catalog, from, resolved.nativeFrameworks());
    return run(from, to, planner.planned(from, to), resolved, ImmutableSet.of(), model, steps);
  }

  /**
   * Checks {@code steps} as the rest of the upgrade of the cluster in {@code state} to {@code to}.
   *
   * @throws UnsupportedUpgradeException if no plan can come from the state
   */
  static ValidationReport check(
      UpgradeCatalog catalog,
      ClusterState state,
      MesosVersion to,
      List<UpgradeStep> steps,
      ClusterProfile profile) {
    checkSteps(steps);
    return check(catalog, Resume.locate(catalog, state, to, profile), to, steps);
  }

  /** Checks {@code steps} as the rest of the upgrade from the located {@code point}. */
  static ValidationReport check(
      UpgradeCatalog catalog, Resume.Point point, MesosVersion to, List<UpgradeStep> steps) {
    MesosVersion from = point.base();
    ClusterModel model =
        new ClusterModel(catalog, point.start(), point.resolved().nativeFrameworks());
    return run(from, to, point.planned(), point.resolved(), point.doneIds(), model, steps);
  }

  private static void checkSteps(List<UpgradeStep> steps) {
    requireNonNull(steps, "steps must not be null");
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) == null) {
        throw new NullPointerException("steps must not contain null (index " + i + ")");
      }
    }
  }

  private static ValidationReport run(
      MesosVersion from,
      MesosVersion to,
      List<HopPlanner.PlannedHop> planned,
      ProfileResolver.Resolved resolved,
      Set<String> done,
      ClusterModel model,
      List<UpgradeStep> steps) {
    ImmutableList.Builder<UpgradeHop> hops = ImmutableList.builder();
    ImmutableList.Builder<OrderingConstraint> rules = ImmutableList.builder();
    for (HopPlanner.PlannedHop hop : planned) {
      hops.add(hop.hop());
      rules.addAll(hop.constraints());
    }
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    if (done.isEmpty() && followsThePlan(planned, steps)) {
      checkHopByHop(planned, resolved, violations);
    } else {
      checkStructure(from, to, hops.build(), rules.build(), resolved, done, steps, violations);
    }
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

  /** Returns whether {@code steps} are the plan's steps, in the plan's order. */
  private static boolean followsThePlan(
      List<HopPlanner.PlannedHop> planned, List<UpgradeStep> steps) {
    int i = 0;
    for (HopPlanner.PlannedHop hop : planned) {
      for (UpgradeStep expected : hop.hop().steps()) {
        if (i >= steps.size() || !steps.get(i).id().equals(expected.id())) {
          return false;
        }
        i++;
      }
    }
    return i == steps.size();
  }

  /**
   * Checks steps that are the plan's own, in its order, with nothing done yet: no step is unknown,
   * repeated or in the wrong hop, so what remains are the steps the profile requires and each hop's
   * "must come before" rules, which only need the positions of that hop's steps. This keeps
   * validating a plan as cheap per hop for a catalog of thousands of release lines as for a few,
   * where maps over every step id would not be. Reports what {@link #checkStructure} would, in the
   * same order.
   */
  private static void checkHopByHop(
      List<HopPlanner.PlannedHop> planned,
      ProfileResolver.Resolved resolved,
      ImmutableList.Builder<Violation> violations) {
    // One pass over the hops with one hop-sized map, reused; the ordering violations follow every
    // missing step, as checkStructure reports them.
    ImmutableList.Builder<Violation> ordering = ImmutableList.builder();
    Map<String, Integer> position = new HashMap<>();
    int offset = 0;
    for (int h = 0; h < planned.size(); h++) {
      HopPlanner.PlannedHop hop = planned.get(h);
      positions(hop, offset, position);
      for (UpgradeStep expected : resolved.hops().get(h).steps()) {
        if (resolved.isRequired(h, expected.id()) && !position.containsKey(expected.id())) {
          violations.add(
              Violation.of(
                  ViolationCode.STEP_MISSING, stepMissingMessage(expected), expected.id()));
        }
      }
      checkRules(hop.constraints(), position, ordering);
      offset += hop.hop().steps().size();
    }
    violations.addAll(ordering.build());
  }

  /**
   * Fills {@code position}, emptied first, with the positions in the whole plan of {@code hop}'s
   * steps, which begin at {@code offset}.
   */
  private static void positions(
      HopPlanner.PlannedHop hop, int offset, Map<String, Integer> position) {
    List<UpgradeStep> hopSteps = hop.hop().steps();
    position.clear();
    for (int i = 0; i < hopSteps.size(); i++) {
      position.put(hopSteps.get(i).id(), offset + i);
    }
  }

  /**
   * Checks the structure of steps that are not simply the plan's: each step is first matched to a
   * library step by id or by what it does ({@link StepMatcher}), and every rule is then applied to
   * the matched steps; a message names a step the runbook gave its own id by that id and its
   * position (counting from 1), and says which library step it does.
   */
  private static void checkStructure(
      MesosVersion from,
      MesosVersion to,
      List<UpgradeHop> hops,
      List<OrderingConstraint> rules,
      ProfileResolver.Resolved resolved,
      Set<String> done,
      List<UpgradeStep> steps,
      ImmutableList.Builder<Violation> violations) {
    Map<String, Integer> hopOf = new HashMap<>();
    for (int h = 0; h < hops.size(); h++) {
      for (UpgradeStep step : hops.get(h).steps()) {
        hopOf.put(step.id(), h);
      }
    }
    List<Optional<String>> matched = StepMatcher.match(hops, rules, steps);
    Map<String, Integer> firstPosition = new LinkedHashMap<>();
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Integer> matchedPosition = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      String id = steps.get(i).id();
      firstPosition.putIfAbsent(id, i);
      count.merge(id, 1, Integer::sum);
      int position = i;
      matched.get(i).ifPresent(libraryId -> matchedPosition.putIfAbsent(libraryId, position));
    }
    for (Map.Entry<String, Integer> first : firstPosition.entrySet()) {
      String id = first.getKey();
      Optional<String> libraryId = matched.get(first.getValue());
      if (done.contains(id) || (libraryId.isPresent() && done.contains(libraryId.get()))) {
        violations.add(
            Violation.of(
                ViolationCode.STEP_ALREADY_DONE,
                stepAlreadyDoneMessage(label(steps, matched, first.getValue())),
                id));
      } else if (libraryId.isEmpty()) {
        violations.add(
            Violation.of(ViolationCode.UNKNOWN_STEP, unknownStepMessage(id, from, to), id));
      }
    }
    count.forEach(
        (id, times) -> {
          if (times > 1) {
            violations.add(
                Violation.of(ViolationCode.DUPLICATE_STEP, duplicateStepMessage(id, times), id));
          }
        });
    for (int h = 0; h < resolved.hops().size(); h++) {
      for (UpgradeStep expected : resolved.hops().get(h).steps()) {
        if (resolved.isRequired(h, expected.id())
            && !done.contains(expected.id())
            && !matchedPosition.containsKey(expected.id())) {
          violations.add(
              Violation.of(
                  ViolationCode.STEP_MISSING, stepMissingMessage(expected), expected.id()));
        }
      }
    }
    int latestHop = -1;
    int latestStep = -1;
    for (int i = 0; i < steps.size(); i++) {
      Optional<String> libraryId = matched.get(i);
      if (libraryId.isEmpty()) {
        continue;
      }
      int hop = hopOf.getOrDefault(libraryId.get(), -1);
      if (hop < latestHop) {
        violations.add(
            Violation.of(
                ViolationCode.HOP_ORDER,
                hopOrderMessage(
                    label(steps, matched, i),
                    hops.get(hop),
                    label(steps, matched, latestStep),
                    hops.get(latestHop)),
                steps.get(i).id(),
                steps.get(latestStep).id()));
      } else if (hop > latestHop) {
        latestHop = hop;
        latestStep = i;
      }
    }
    for (OrderingConstraint rule : rules) {
      Integer before = matchedPosition.get(rule.before());
      Integer after = matchedPosition.get(rule.after());
      if (before != null && after != null && after < before) {
        violations.add(
            orderingViolation(
                rule,
                label(steps, matched, after),
                label(steps, matched, before),
                steps.get(after).id(),
                steps.get(before).id()));
      }
    }
  }

  /**
   * Returns how a message names the step at {@code index}: its id when that is the library's id of
   * what it does; otherwise its id, its position counting from 1, and the library step it does.
   */
  private static String label(List<UpgradeStep> steps, List<Optional<String>> matched, int index) {
    String id = steps.get(index).id();
    String libraryId = matched.get(index).orElse(id);
    return stepLabelMessage(id, index + 1, libraryId);
  }

  private static Violation orderingViolation(
      OrderingConstraint rule, String after, String before, String afterId, String beforeId) {
    return Violation.of(
        ViolationCode.ORDERING_RULE,
        orderingRuleMessage(after, before, rule, beforeId),
        afterId,
        beforeId);
  }

  private static void checkRules(
      List<OrderingConstraint> rules,
      Map<String, Integer> position,
      ImmutableList.Builder<Violation> violations) {
    for (OrderingConstraint rule : rules) {
      Integer before = position.get(rule.before());
      Integer after = position.get(rule.after());
      if (before != null && after != null && after < before) {
        violations.add(
            orderingViolation(rule, rule.after(), rule.before(), rule.after(), rule.before()));
      }
    }
  }

  /**
   * How a message names a step: its id when that is the library's id of what it does; otherwise its
   * id, its position {@code number} counting from 1, and the library step it does. The other
   * messages take this label as it is, already shown.
   */
  static String stepLabelMessage(String id, int number, String libraryId) {
    if (libraryId.equals(id)) {
      return Shown.value(id);
    }
    return String.format(
        "%s (step %s, which does %s)", Shown.value(id), number, Shown.value(libraryId));
  }

  static String stepMissingMessage(UpgradeStep expected) {
    return String.format(
        "required step %s is missing: %s",
        Shown.value(expected.id()), Shown.line(expected.describe()));
  }

  /** The message for the step labelled {@code label} (see {@link #stepLabelMessage}). */
  static String stepAlreadyDoneMessage(String label) {
    return "step "
        + label
        + " is already done in the cluster state the steps start from: remove it";
  }

  static String unknownStepMessage(String id, MesosVersion from, MesosVersion to) {
    return String.format(
        "step %s is not a step of the upgrade %s -> %s: remove it, or take the steps of the plan"
            + " for %s -> %s",
        Shown.value(id), from, to, from, to);
  }

  static String duplicateStepMessage(String id, int times) {
    return String.format("step %s appears %s times: keep it once", Shown.value(id), times);
  }

  /** The message for two steps labelled as {@link #stepLabelMessage} labels them. */
  static String hopOrderMessage(
      String label, UpgradeHop hop, String earlierLabel, UpgradeHop earlierHop) {
    return String.format(
        "step %s of hop %s comes after step %s of hop %s: finish every step of hop %s on the whole"
            + " cluster before hop %s begins",
        label, hop, earlierLabel, earlierHop, hop, earlierHop);
  }

  /** The message for two steps labelled as {@link #stepLabelMessage} labels them. */
  static String orderingRuleMessage(
      String afterLabel, String beforeLabel, OrderingConstraint rule, String beforeId) {
    return String.format(
        "step %s must come after step %s (%s): move it after %s [%s]",
        afterLabel,
        beforeLabel,
        Shown.line(rule.reason()),
        Shown.value(beforeId),
        Shown.line(rule.source().toString()));
  }
}
