package io.github.mesosupgrade;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches the steps of a runbook to the library's steps of the planned hops, so that a runbook with
 * its own ids is checked by the same rules as one with the library's ids.
 *
 * <p>The matching, in order:
 *
 * <ol>
 *   <li>A step whose id is a library step id of the upgrade is that step, whatever it does.
 *   <li>Every other step, in the runbook's order, is matched to a library step that does the same
 *       thing and that no runbook step is matched to yet: the same component, action and release,
 *       the same framework change, and flag changes of the same flags, each set or each removed
 *       (the values may differ: a runbook names its own credentials file).
 *   <li>Where several library steps do the same thing (two restarts of the masters that differ only
 *       by their position), the one whose id ends in the same words as the runbook step's id (after
 *       the slash) is taken; otherwise the first in the plan's order, so the runbook's first such
 *       step is the plan's first.
 * </ol>
 *
 * <p>A runbook step that matches no library step, or only steps already matched, is unknown.
 */
final class StepMatcher {
  private StepMatcher() {}

  /**
   * Returns, for each runbook step, the id of the library step it is matched to, or empty when it
   * is unknown.
   *
   * @param library the library's steps of the planned hops, in the plan's order
   * @param steps the runbook
   */
  static List<Optional<String>> match(List<UpgradeStep> library, List<UpgradeStep> steps) {
    Set<String> libraryIds = new HashSet<>();
    for (UpgradeStep step : library) {
      libraryIds.add(step.id());
    }
    List<Optional<String>> matched = new ArrayList<>(steps.size());
    Set<String> claimed = new HashSet<>();
    for (UpgradeStep step : steps) {
      boolean known = libraryIds.contains(step.id());
      matched.add(known ? Optional.of(step.id()) : Optional.empty());
      if (known) {
        claimed.add(step.id());
      }
    }
    Map<Meaning, List<UpgradeStep>> byMeaning = new HashMap<>();
    for (UpgradeStep step : library) {
      byMeaning.computeIfAbsent(Meaning.of(step), meaning -> new ArrayList<>()).add(step);
    }
    for (int i = 0; i < steps.size(); i++) {
      if (matched.get(i).isPresent()) {
        continue;
      }
      UpgradeStep step = steps.get(i);
      List<UpgradeStep> candidates = byMeaning.getOrDefault(Meaning.of(step), List.of());
      Optional<String> chosen = choose(candidates, claimed, words(step.id()));
      chosen.ifPresent(claimed::add);
      matched.set(i, chosen);
    }
    return matched;
  }

  private static Optional<String> choose(
      List<UpgradeStep> candidates, Set<String> claimed, String words) {
    Optional<String> first = Optional.empty();
    for (UpgradeStep candidate : candidates) {
      if (claimed.contains(candidate.id())) {
        continue;
      }
      if (words(candidate.id()).equals(words)) {
        return Optional.of(candidate.id());
      }
      if (first.isEmpty()) {
        first = Optional.of(candidate.id());
      }
    }
    return first;
  }

  /** Returns what follows the slash of a step id: the action in words. */
  private static String words(String id) {
    return id.substring(id.indexOf('/') + 1);
  }

  /** What a step does, as far as matching tells steps apart. */
  private record Meaning(
      Component component,
      StepAction action,
      MesosVersion version,
      Optional<FrameworkChange> frameworkChange,
      ImmutableSet<String> setFlags,
      ImmutableSet<String> removedFlags) {

    static Meaning of(UpgradeStep step) {
      ImmutableSet.Builder<String> set = ImmutableSet.builder();
      ImmutableSet.Builder<String> removed = ImmutableSet.builder();
      for (FlagChange change : step.flagChanges()) {
        (change.isRemoval() ? removed : set).add(change.name());
      }
      return new Meaning(
          step.component(),
          step.action(),
          step.version(),
          step.frameworkChange(),
          set.build(),
          removed.build());
    }
  }
}
