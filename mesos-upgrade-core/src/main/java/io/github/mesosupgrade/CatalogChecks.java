package io.github.mesosupgrade;

import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The checks {@link UpgradeCatalog.Builder#build()} runs; each returns every problem it finds. */
final class CatalogChecks {
  private CatalogChecks() {}

  /**
   * Checks hops, steps, constraints, flags and endpoints. Looks releases, flags and endpoints up in
   * sorted sets and maps instead of walking them for every hop or flag, so that the work grows with
   * the size of the catalog (times a logarithm), not with its square.
   */
  static List<String> structure(
      List<MesosVersion> releases,
      List<MesosFlag> flags,
      List<Endpoint> endpoints,
      List<HopDefinition> hops) {
    List<String> problems = new ArrayList<>();
    TreeSet<MesosVersion> released = new TreeSet<>(releases);
    if (hops.isEmpty()) {
      problems.add(noHopsMessage());
    }
    List<HopDefinition> sorted = new ArrayList<>(hops);
    sorted.sort(Comparator.comparing(HopDefinition::from));
    Set<String> stepIds = new HashSet<>();
    List<HopDefinition> direct = new ArrayList<>();
    Map<String, List<MesosFlag>> flagsByName = new HashMap<>();
    for (MesosFlag flag : flags) {
      flagsByName
          .computeIfAbsent(key(flag.component(), flag.name()), k -> new ArrayList<>())
          .add(flag);
      for (String alias : flag.deprecatedNames().keySet()) {
        flagsByName.computeIfAbsent(key(flag.component(), alias), k -> new ArrayList<>()).add(flag);
      }
    }
    for (int i = 0; i < sorted.size(); i++) {
      HopDefinition hop = sorted.get(i);
      HopDefinition previous = i > 0 ? sorted.get(i - 1) : null;
      if (hop.to().compareTo(hop.from()) <= 0) {
        problems.add(hopBackwardsMessage(hop));
      }
      if (previous != null && previous.from().equals(hop.from())) {
        problems.add(hopDuplicateMessage(previous, hop));
      } else if (previous != null && !previous.to().equals(hop.from())) {
        problems.add(hopGapMessage(hop, previous));
      }
      if (hop.to().compareTo(hop.from()) > 0) {
        Set<String> between = new LinkedHashSet<>();
        for (MesosVersion release :
            released.subSet(
                lastPossibleRelease(hop.from()), false, hop.to().firstRelease(), false)) {
          between.add(release.releaseLine().toString());
        }
        if (!between.isEmpty()) {
          problems.add(hopNotNextLineMessage(hop, String.join(", ", between)));
        }
      }
      for (ReleaseLine line : List.of(hop.from(), hop.to())) {
        if (newestRelease(released, line).isEmpty()) {
          problems.add(lineUnreleasedMessage(hop, line));
        }
      }
      checkOrder(hop, problems);
      checkSteps(hop, stepIds, problems);
      checkFlagChanges(hop, flagsByName, released, problems);
      if (HopPlanner.isDirect(hop)) {
        direct.add(hop);
      }
    }
    if (direct.size() > 1) {
      problems.addAll(HopPlanner.mergeProblems(direct));
    }
    checkFlags(flags, problems);
    checkEndpoints(endpoints, problems);
    return problems;
  }

  /**
   * Returns the greatest version {@code line} could have; no release of a later line is below it.
   */
  static MesosVersion lastPossibleRelease(ReleaseLine line) {
    return MesosVersion.of(line.major(), line.minor(), Integer.MAX_VALUE);
  }

  private static Optional<MesosVersion> newestRelease(
      NavigableSet<MesosVersion> released, ReleaseLine line) {
    MesosVersion newest = released.floor(lastPossibleRelease(line));
    return newest != null && line.contains(newest) ? Optional.of(newest) : Optional.empty();
  }

  private static String key(Component component, String name) {
    return component.name() + ' ' + name;
  }

  /**
   * A hop's order is its list of steps, which ordering constraints may pin further; a hop without
   * an order is one without steps, which leaves the planner nothing to put in order.
   */
  private static void checkOrder(HopDefinition hop, List<String> problems) {
    if (hop.steps().isEmpty()) {
      problems.add(hopEmptyMessage(hop));
    }
  }

  private static void checkSteps(HopDefinition hop, Set<String> stepIds, List<String> problems) {
    Map<String, Integer> position = new HashMap<>();
    for (UpgradeStep step : hop.steps()) {
      if (!stepIds.add(step.id())) {
        problems.add(stepDuplicateMessage(step.id()));
      }
      if (!step.id().startsWith(hop.idPrefix())) {
        problems.add(stepPrefixMessage(hop, step.id()));
      }
      if (!hop.to().contains(step.version()) && !hop.from().contains(step.version())) {
        problems.add(stepVersionMessage(hop, step));
      }
      position.putIfAbsent(step.id(), position.size());
    }
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (OrderingConstraint rule : hop.constraints()) {
      Integer before = position.get(rule.before());
      Integer after = position.get(rule.after());
      if (before == null) {
        problems.add(constraintUnknownStepMessage(hop, rule, rule.before()));
      }
      if (after == null) {
        problems.add(constraintUnknownStepMessage(hop, rule, rule.after()));
      }
      if (before != null && after != null) {
        edges.computeIfAbsent(rule.before(), id -> new ArrayList<>()).add(rule.after());
        if (after < before) {
          problems.add(constraintContradictsMessage(hop, rule));
        }
      }
    }
    cycle(edges).ifPresent(cycle -> problems.add(constraintCycleMessage(hop, cycle)));
  }

  /** Returns the step ids of one cycle of the "must come before" graph, first id repeated last. */
  private static Optional<List<String>> cycle(Map<String, List<String>> edges) {
    Map<String, Integer> state = new HashMap<>();
    for (String start : edges.keySet()) {
      List<String> path = new ArrayList<>();
      Optional<List<String>> found = visit(start, edges, state, path);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> visit(
      String id, Map<String, List<String>> edges, Map<String, Integer> state, List<String> path) {
    Integer seen = state.get(id);
    if (seen != null && seen == 2) {
      return Optional.empty();
    }
    if (seen != null) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
      cycle.add(id);
      return Optional.of(cycle);
    }
    state.put(id, 1);
    path.add(id);
    for (String next : edges.getOrDefault(id, List.of())) {
      Optional<List<String>> found = visit(next, edges, state, path);
      if (found.isPresent()) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    state.put(id, 2);
    return Optional.empty();
  }

  /**
   * Checks that a step only removes flags the catalog knows for its component, and only sets flags
   * the hop's target line accepts.
   */
  private static void checkFlagChanges(
      HopDefinition hop,
      Map<String, List<MesosFlag>> flagsByName,
      NavigableSet<MesosVersion> released,
      List<String> problems) {
    Optional<MesosVersion> target = newestRelease(released, hop.to());
    for (UpgradeStep step : hop.steps()) {
      for (FlagChange change : step.flagChanges()) {
        List<MesosFlag> named =
            flagsByName.getOrDefault(key(step.component(), change.name()), List.of());
        if (change.isRemoval() && named.isEmpty()) {
          problems.add(flagRemovedUnknownMessage(hop, step, change.name()));
        } else if (!change.isRemoval()
            && target.isPresent()
            && named.stream().noneMatch(flag -> flag.acceptsName(change.name(), target.get()))) {
          problems.add(flagSetUnacceptedMessage(hop, step, change.name(), target.get()));
        }
      }
    }
  }

  /**
   * Checks that no flag is defined twice for overlapping releases, that renames name flags the
   * catalog defines, and that no deprecated name clashes with another flag. Compares only
   * definitions with the same name, so the work grows with the number of flags, not its square.
   */
  private static void checkFlags(List<MesosFlag> flags, List<String> problems) {
    Map<String, List<Integer>> definitions = new HashMap<>();
    for (int i = 0; i < flags.size(); i++) {
      MesosFlag flag = flags.get(i);
      definitions
          .computeIfAbsent(key(flag.component(), flag.name()), k -> new ArrayList<>())
          .add(i);
    }
    for (int i = 0; i < flags.size(); i++) {
      MesosFlag a = flags.get(i);
      for (int j : definitions.getOrDefault(key(a.component(), a.name()), List.of())) {
        if (j > i && overlap(a, flags.get(j))) {
          problems.add(flagOverlapMessage(a));
        }
      }
      Optional<String> renamedTo = a.renamedTo();
      if (renamedTo.isPresent()) {
        MesosVersion since = a.removedIn().orElse(a.introducedIn());
        boolean defined =
            definitions.getOrDefault(key(a.component(), renamedTo.get()), List.of()).stream()
                .anyMatch(b -> flags.get(b).isAcceptedBy(since));
        if (!defined) {
          problems.add(flagRenameMissingMessage(a, renamedTo.get(), since));
        }
      }
      Optional<String> renamedFrom = a.renamedFrom();
      if (renamedFrom.isPresent()
          && !definitions.containsKey(key(a.component(), renamedFrom.get()))) {
        problems.add(flagRenamedFromUnknownMessage(a, renamedFrom.get()));
      }
      a.deprecatedNames()
          .forEach(
              (alias, since) -> {
                for (int j : definitions.getOrDefault(key(a.component(), alias), List.of())) {
                  MesosFlag b = flags.get(j);
                  if (aliasOverlaps(a, since, b)) {
                    problems.add(flagAliasClashMessage(a, alias, since, b));
                  }
                }
              });
    }
  }

  private static boolean aliasOverlaps(MesosFlag flag, MesosVersion since, MesosFlag other) {
    MesosFlag window =
        flag.withIntroducedIn(since)
            .withDeprecatedNames(Map.of())
            .withRequiredFrom(Optional.empty());
    return overlap(window, other);
  }

  private static boolean overlap(MesosFlag a, MesosFlag b) {
    return overlap(a.introducedIn(), a.removedIn(), b.introducedIn(), b.removedIn());
  }

  private static boolean overlap(
      MesosVersion aFrom,
      Optional<MesosVersion> aTo,
      MesosVersion bFrom,
      Optional<MesosVersion> bTo) {
    boolean aEndsBeforeB = aTo.map(end -> end.compareTo(bFrom) <= 0).orElse(false);
    boolean bEndsBeforeA = bTo.map(end -> end.compareTo(aFrom) <= 0).orElse(false);
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  private static void checkEndpoints(List<Endpoint> endpoints, List<String> problems) {
    Map<String, List<Integer>> definitions = new HashMap<>();
    for (int i = 0; i < endpoints.size(); i++) {
      Endpoint endpoint = endpoints.get(i);
      definitions
          .computeIfAbsent(key(endpoint.component(), endpoint.path()), k -> new ArrayList<>())
          .add(i);
    }
    for (int i = 0; i < endpoints.size(); i++) {
      Endpoint a = endpoints.get(i);
      for (int j : definitions.getOrDefault(key(a.component(), a.path()), List.of())) {
        Endpoint b = endpoints.get(j);
        if (j > i && overlap(a.introducedIn(), a.removedIn(), b.introducedIn(), b.removedIn())) {
          problems.add(endpointOverlapMessage(a));
        }
      }
    }
  }

  /**
   * Plans and validates every hop alone, every jump across two release lines from 1.0 on, and the
   * whole chain, and reports failing plans. This is linear in the catalog; a jump across more lines
   * is checked the same way when a plan first takes it ({@link
   * HopPlanner#checkJumpsWhenPlanned()}), because checking all of them would be quadratic in jumps,
   * each as long as the lines it crosses.
   */
  static List<String> plans(UpgradeCatalog catalog) {
    List<String> problems = new ArrayList<>();
    List<MesosVersion[]> pairs = new ArrayList<>();
    for (HopDefinition hop : catalog.hops()) {
      pairs.add(new MesosVersion[] {newest(catalog, hop.from()), newest(catalog, hop.to())});
    }
    List<ReleaseLine> lines = catalog.releaseLines();
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 2; j < Math.min(i + 3, lines.size()); j++) {
        if (lines.get(i).compareTo(HopPlanner.DIRECT_UPGRADES_FROM) >= 0
            && (i > 0 || j < lines.size() - 1)) {
          pairs.add(
              new MesosVersion[] {newest(catalog, lines.get(i)), newest(catalog, lines.get(j))});
        }
      }
    }
    if (catalog.hops().size() > 1) {
      pairs.add(new MesosVersion[] {catalog.oldestSupported(), catalog.newestSupported()});
    }
    for (MesosVersion[] pair : pairs) {
      problems.addAll(plan(catalog, pair[0], pair[1]));
    }
    return problems;
  }

  /**
   * Plans and validates the upgrade from {@code from} to {@code to}, and reports its violations.
   */
  static List<String> plan(UpgradeCatalog catalog, MesosVersion from, MesosVersion to) {
    List<String> problems = new ArrayList<>();
    ValidationReport report = PlanValidator.validate(UpgradePlanner.plan(catalog, from, to));
    for (Violation violation : report.violations()) {
      problems.add(selfCheckMessage(from, to, violation));
    }
    return problems;
  }

  private static MesosVersion newest(UpgradeCatalog catalog, ReleaseLine line) {
    return catalog.newestRelease(line).orElseThrow();
  }

  static String noHopsMessage() {
    return "a catalog needs at least one hop";
  }

  static String hopBackwardsMessage(HopDefinition hop) {
    return "hop " + hop + " does not go forward";
  }

  static String hopDuplicateMessage(HopDefinition previous, HopDefinition hop) {
    return String.format("hops %s and %s both start from %s", previous, hop, hop.from());
  }

  static String hopGapMessage(HopDefinition hop, HopDefinition previous) {
    return String.format("hop %s does not start where hop %s ends", hop, previous);
  }

  static String hopNotNextLineMessage(HopDefinition hop, String between) {
    return String.format("hop %s skips release lines: %s are released in between", hop, between);
  }

  static String lineUnreleasedMessage(HopDefinition hop, ReleaseLine line) {
    return String.format("hop %s: release line %s has no release", hop, line);
  }

  static String hopEmptyMessage(HopDefinition hop) {
    return "hop "
        + hop
        + " has no steps, so it has no order: give it the steps an operator does, in the order to"
        + " do them";
  }

  static String stepDuplicateMessage(String id) {
    return "step id " + Shown.value(id) + " is used more than once";
  }

  static String stepPrefixMessage(HopDefinition hop, String id) {
    return String.format(
        "hop %s: step %s does not start with %s", hop, Shown.value(id), hop.idPrefix());
  }

  static String stepVersionMessage(HopDefinition hop, UpgradeStep step) {
    return String.format(
        "hop %s: step %s works towards %s, not a release of %s or %s",
        hop, Shown.value(step.id()), step.version(), hop.from(), hop.to());
  }

  static String constraintUnknownStepMessage(
      HopDefinition hop, OrderingConstraint rule, String step) {
    return String.format(
        "hop %s: ordering constraint %s names step %s, which the hop does not have",
        hop, Shown.value(rule.toString()), Shown.value(step));
  }

  static String constraintContradictsMessage(HopDefinition hop, OrderingConstraint rule) {
    return String.format(
        "hop %s: ordering constraint %s contradicts the order of the hop's steps",
        hop, Shown.value(rule.toString()));
  }

  static String constraintCycleMessage(HopDefinition hop, List<String> cycle) {
    return String.format(
        "hop %s: ordering constraints form a cycle, %s, so no order satisfies them",
        hop, Shown.line(String.join(" < ", cycle)));
  }

  static String flagRemovedUnknownMessage(HopDefinition hop, UpgradeStep step, String flag) {
    return String.format(
        "hop %s: step %s removes --%s, a flag the catalog never defines for the %s",
        hop, Shown.value(step.id()), Shown.value(flag), step.component().pluralAt(step.version()));
  }

  static String flagSetUnacceptedMessage(
      HopDefinition hop, UpgradeStep step, String flag, MesosVersion target) {
    return String.format(
        "hop %s: step %s sets --%s, which the %s of %s do not accept",
        hop,
        Shown.value(step.id()),
        Shown.value(flag),
        step.component().pluralAt(step.version()),
        target);
  }

  static String flagOverlapMessage(MesosFlag flag) {
    return String.format(
        "flag %s of the %s is defined twice for overlapping releases",
        Shown.value(flag.name()), flag.component().plural());
  }

  static String flagRenameMissingMessage(MesosFlag flag, String renamedTo, MesosVersion since) {
    return String.format(
        "flag %s of the %s is renamed to %s, which the catalog does not define from %s",
        Shown.value(flag.name()), flag.component().plural(), Shown.value(renamedTo), since);
  }

  static String flagRenamedFromUnknownMessage(MesosFlag flag, String renamedFrom) {
    return String.format(
        "flag %s of the %s is renamed from %s, which the catalog never defines",
        Shown.value(flag.name()), flag.component().plural(), Shown.value(renamedFrom));
  }

  static String flagAliasClashMessage(
      MesosFlag flag, String alias, MesosVersion since, MesosFlag other) {
    return String.format(
        "flag %s of the %s accepts the deprecated name %s from %s, but the catalog also defines %s"
            + " for some of those releases",
        Shown.value(flag.name()),
        flag.component().plural(),
        Shown.value(alias),
        since,
        Shown.value(other.toString()));
  }

  static String endpointOverlapMessage(Endpoint endpoint) {
    return String.format(
        "endpoint %s of the %s is defined twice for overlapping releases",
        Shown.value(endpoint.path()), endpoint.component().plural());
  }

  /** The message for a built plan that fails validation; the violation is whole. */
  static String selfCheckMessage(MesosVersion from, MesosVersion to, Violation violation) {
    return String.format("the plan %s -> %s fails validation: %s", from, to, violation);
  }
}
