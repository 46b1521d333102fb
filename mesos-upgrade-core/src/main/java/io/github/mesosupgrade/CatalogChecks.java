package io.github.mesosupgrade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The checks {@link UpgradeCatalog.Builder#build()} runs; each returns every problem it finds. */
final class CatalogChecks {
  private CatalogChecks() {}

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
      if (hop.to().compareTo(hop.from()) <= 0) {
        problems.add(String.format(Messages.CATALOG_HOP_BACKWARDS, hop));
      }
      if (i > 0 && !sorted.get(i - 1).to().equals(hop.from())) {
        problems.add(String.format(Messages.CATALOG_HOP_GAP, hop, sorted.get(i - 1)));
      }
      List<String> between = new ArrayList<>();
      for (MesosVersion release : released) {
        ReleaseLine line = release.releaseLine();
        if (line.compareTo(hop.from()) > 0
            && line.compareTo(hop.to()) < 0
            && !between.contains(line.toString())) {
          between.add(line.toString());
        }
      }
      if (!between.isEmpty()) {
        problems.add(
            String.format(Messages.CATALOG_HOP_NOT_NEXT_LINE, hop, String.join(", ", between)));
      }
      for (ReleaseLine line : List.of(hop.from(), hop.to())) {
        if (released.stream().noneMatch(line::contains)) {
          problems.add(String.format(Messages.CATALOG_LINE_UNRELEASED, hop, line));
        }
      }
      checkSteps(hop, stepIds, problems);
    }
    checkFlags(flags, problems);
    return problems;
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
      boolean known = true;
      for (String id : List.of(rule.before(), rule.after())) {
        if (!position.containsKey(id)) {
          problems.add(String.format(Messages.CATALOG_CONSTRAINT_UNKNOWN_STEP, hop, rule, id));
          known = false;
        }
      }
      if (known && position.get(rule.after()) < position.get(rule.before())) {
        problems.add(String.format(Messages.CATALOG_CONSTRAINT_CONTRADICTS, hop, rule));
      }
    }
  }

  private static void checkFlags(List<MesosFlag> flags, List<String> problems) {
    for (int i = 0; i < flags.size(); i++) {
      MesosFlag a = flags.get(i);
      for (int j = i + 1; j < flags.size(); j++) {
        MesosFlag b = flags.get(j);
        if (a.component() == b.component() && a.name().equals(b.name()) && overlap(a, b)) {
          problems.add(
              String.format(Messages.CATALOG_FLAG_OVERLAP, a.name(), a.component().plural()));
        }
      }
      a.renamedTo()
          .ifPresent(
              renamed -> {
                MesosVersion since = a.removedIn().orElse(a.introducedIn());
                boolean defined =
                    flags.stream()
                        .anyMatch(
                            b ->
                                b.component() == a.component()
                                    && b.name().equals(renamed)
                                    && b.isAcceptedBy(since));
                if (!defined) {
                  problems.add(
                      String.format(
                          Messages.CATALOG_FLAG_RENAME_MISSING,
                          a.name(),
                          a.component().plural(),
                          renamed,
                          since));
                }
              });
    }
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
