package io.github.mesosupgrade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The checks {@link UpgradeCatalog.Builder#build()} runs; each returns every problem it finds. */
final class CatalogChecks {
  private CatalogChecks() {}

  /**
   * Checks hops, steps, constraints and flags. Runs in time proportional to the size of the catalog
   * (times a logarithm), so that catalogs of thousands of release lines build quickly.
   */
  static List<String> structure(
      List<MesosVersion> releases, List<MesosFlag> flags, List<HopDefinition> hops) {
    List<String> problems = new ArrayList<>();
    TreeSet<MesosVersion> released = new TreeSet<>(releases);
    if (hops.isEmpty()) {
      problems.add(Messages.CATALOG_NO_HOPS);
    }
    List<HopDefinition> sorted = new ArrayList<>(hops);
    sorted.sort(Comparator.comparing(HopDefinition::from));
    Set<String> stepIds = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      HopDefinition hop = sorted.get(i);
      boolean forward = hop.to().compareTo(hop.from()) > 0;
      if (!forward) {
        problems.add(String.format(Messages.CATALOG_HOP_BACKWARDS, hop));
      }
      if (i > 0 && !sorted.get(i - 1).to().equals(hop.from())) {
        problems.add(String.format(Messages.CATALOG_HOP_GAP, hop, sorted.get(i - 1)));
      }
      if (forward) {
        Set<String> between = new LinkedHashSet<>();
        for (MesosVersion release :
            released.subSet(
                lastPossibleRelease(hop.from()), false, hop.to().firstRelease(), false)) {
          between.add(release.releaseLine().toString());
        }
        if (!between.isEmpty()) {
          problems.add(
              String.format(Messages.CATALOG_HOP_NOT_NEXT_LINE, hop, String.join(", ", between)));
        }
      }
      for (ReleaseLine line : List.of(hop.from(), hop.to())) {
        MesosVersion first = released.ceiling(line.firstRelease());
        if (first == null || !line.contains(first)) {
          problems.add(String.format(Messages.CATALOG_LINE_UNRELEASED, hop, line));
        }
      }
      checkSteps(hop, stepIds, problems);
    }
    checkFlags(flags, problems);
    return problems;
  }

  /**
   * Returns the greatest version {@code line} could have; no release of a later line is below it.
   */
  static MesosVersion lastPossibleRelease(ReleaseLine line) {
    return MesosVersion.of(line.major(), line.minor(), Integer.MAX_VALUE);
  }

  private static void checkSteps(HopDefinition hop, Set<String> stepIds, List<String> problems) {
    Map<String, Integer> position = new HashMap<>();
    for (UpgradeStep step : hop.steps()) {
      if (!stepIds.add(step.id())) {
        problems.add(String.format(Messages.CATALOG_STEP_DUPLICATE, step.id()));
      }
      if (!step.id().startsWith(hop.idPrefix())) {
        problems.add(String.format(Messages.CATALOG_STEP_PREFIX, hop, step.id(), hop.idPrefix()));
      }
      if (!hop.to().contains(step.version())) {
        problems.add(
            String.format(Messages.CATALOG_STEP_VERSION, hop, step.id(), step.version(), hop.to()));
      }
      position.putIfAbsent(step.id(), position.size());
    }
    for (OrderingConstraint rule : hop.constraints()) {
      Integer before = position.get(rule.before());
      Integer after = position.get(rule.after());
      if (before == null) {
        problems.add(
            String.format(Messages.CATALOG_CONSTRAINT_UNKNOWN_STEP, hop, rule, rule.before()));
      }
      if (after == null) {
        problems.add(
            String.format(Messages.CATALOG_CONSTRAINT_UNKNOWN_STEP, hop, rule, rule.after()));
      }
      if (before != null && after != null && after < before) {
        problems.add(String.format(Messages.CATALOG_CONSTRAINT_CONTRADICTS, hop, rule));
      }
    }
  }

  /**
   * Checks that no flag is defined twice for overlapping releases and that every rename names a
   * flag defined from the release of the rename. Compares only definitions of the same flag, so the
   * work grows with the number of flags, not with its square.
   */
  private static void checkFlags(List<MesosFlag> flags, List<String> problems) {
    Map<String, List<Integer>> definitions = new HashMap<>();
    for (int i = 0; i < flags.size(); i++) {
      definitions.computeIfAbsent(key(flags.get(i)), k -> new ArrayList<>()).add(i);
    }
    for (int i = 0; i < flags.size(); i++) {
      MesosFlag a = flags.get(i);
      for (int j : definitions.getOrDefault(key(a), List.of())) {
        if (j > i && overlap(a, flags.get(j))) {
          problems.add(
              String.format(Messages.CATALOG_FLAG_OVERLAP, a.name(), a.component().plural()));
        }
      }
      Optional<String> renamedTo = a.renamedTo();
      if (renamedTo.isPresent()) {
        String renamed = renamedTo.get();
        MesosVersion since = a.removedIn().orElse(a.introducedIn());
        boolean defined =
            definitions.getOrDefault(a.component().name() + ' ' + renamed, List.of()).stream()
                .anyMatch(b -> flags.get(b).isAcceptedBy(since));
        if (!defined) {
          problems.add(
              String.format(
                  Messages.CATALOG_FLAG_RENAME_MISSING,
                  a.name(),
                  a.component().plural(),
                  renamed,
                  since));
        }
      }
    }
  }

  private static String key(MesosFlag flag) {
    return flag.component().name() + ' ' + flag.name();
  }

  private static boolean overlap(MesosFlag a, MesosFlag b) {
    boolean aEndsBeforeB =
        a.removedIn().map(end -> end.compareTo(b.introducedIn()) <= 0).orElse(false);
    boolean bEndsBeforeA =
        b.removedIn().map(end -> end.compareTo(a.introducedIn()) <= 0).orElse(false);
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  /** Plans and validates every hop alone and the whole chain, and reports failing plans. */
  static List<String> plans(UpgradeCatalog catalog) {
    List<String> problems = new ArrayList<>();
    UpgradePlanner planner = UpgradePlanner.forCatalog(catalog);
    PlanValidator validator = PlanValidator.forCatalog(catalog);
    List<MesosVersion[]> pairs = new ArrayList<>();
    for (HopDefinition hop : catalog.hops()) {
      pairs.add(
          new MesosVersion[] {
            catalog.newestRelease(hop.from()).orElseThrow(),
            catalog.newestRelease(hop.to()).orElseThrow()
          });
    }
    if (catalog.hops().size() > 1) {
      pairs.add(new MesosVersion[] {catalog.oldestSupported(), catalog.newestSupported()});
    }
    for (MesosVersion[] pair : pairs) {
      ValidationReport report = validator.check(planner.createPlan(pair[0], pair[1]));
      for (Violation violation : report.violations()) {
        problems.add(String.format(Messages.CATALOG_SELF_CHECK, pair[0], pair[1], violation));
      }
    }
    return problems;
  }
}
