package io.github.mesosupgrade;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches the steps of a runbook to the library's steps of the planned hops, so that a runbook with
 * its own ids is checked by the same rules as one with the library's ids.
 *
 * <p>The matching, in order:
 *
 * <ol>
 *   <li>A step whose id is a library step id of the upgrade is that step, whatever it does.
 *   <li>Every other step is matched to a library step that does the same thing and that no runbook
 *       step is matched to: the same component, action and release, the same framework change, and
 *       flag changes of the same flags, each set or each removed (the values may differ: a runbook
 *       names its own credentials file).
 *   <li>A step whose id ends in the same words (after the slash) as such a library step's id is
 *       matched to it first: this is how a runbook names which of two steps it means.
 *   <li>Steps that do the same thing as several library steps (the two restarts of the masters in
 *       the 0.13 to 0.14 hop, or a relink of the schedulers onto 0.23.1 that two hops ask for) are
 *       matched in their order to library steps in the plan's order. When there are more library
 *       steps than runbook steps, the library steps taken are those that break the fewest rules
 *       (hop order, "must come before" rules, required steps left out), the earliest on a tie.
 * </ol>
 *
 * <p>A runbook step that matches no library step, or only steps already matched, is unknown.
 */
final class StepMatcher {
  /** Above this many ways to choose, the earliest library steps are taken. */
  private static final int MAX_CHOICES = 256;

  private StepMatcher() {}

  /**
   * Returns, for each runbook step, the id of the library step it is matched to, or empty when it
   * is unknown.
   *
   * @param hops the planned hops, whose steps are the library's, in the plan's order
   * @param rules the "must come before" rules of the hops
   * @param steps the runbook
   */
  static List<Optional<String>> match(
      List<UpgradeHop> hops, List<OrderingConstraint> rules, List<UpgradeStep> steps) {
    Map<String, Integer> hopOf = new HashMap<>();
    Map<Meaning, List<UpgradeStep>> byMeaning = new LinkedHashMap<>();
    for (int h = 0; h < hops.size(); h++) {
      for (UpgradeStep step : hops.get(h).steps()) {
        hopOf.put(step.id(), h);
        byMeaning.computeIfAbsent(Meaning.of(step), meaning -> new ArrayList<>()).add(step);
      }
    }
    List<Optional<String>> matched = new ArrayList<>(steps.size());
    Map<String, Integer> position = new HashMap<>();
    Map<Meaning, List<Integer>> open = new LinkedHashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      UpgradeStep step = steps.get(i);
      if (hopOf.containsKey(step.id())) {
        matched.add(Optional.of(step.id()));
        position.putIfAbsent(step.id(), i);
      } else {
        matched.add(Optional.empty());
        open.computeIfAbsent(Meaning.of(step), meaning -> new ArrayList<>()).add(i);
      }
    }
    List<Group> ambiguous = new ArrayList<>();
    for (Map.Entry<Meaning, List<Integer>> entry : open.entrySet()) {
      List<UpgradeStep> candidates = new ArrayList<>();
      for (UpgradeStep candidate : byMeaning.getOrDefault(entry.getKey(), List.of())) {
        if (!position.containsKey(candidate.id())) {
          candidates.add(candidate);
        }
      }
      List<Integer> indices = new ArrayList<>(entry.getValue());
      for (Iterator<Integer> it = indices.iterator(); it.hasNext(); ) {
        int i = it.next();
        String words = words(steps.get(i).id());
        for (Iterator<UpgradeStep> c = candidates.iterator(); c.hasNext(); ) {
          UpgradeStep candidate = c.next();
          if (words(candidate.id()).equals(words)) {
            assign(matched, position, i, candidate.id());
            c.remove();
            it.remove();
            break;
          }
        }
      }
      if (candidates.size() <= indices.size()) {
        for (int k = 0; k < candidates.size(); k++) {
          assign(matched, position, indices.get(k), candidates.get(k).id());
        }
      } else if (!indices.isEmpty()) {
        ambiguous.add(new Group(indices, candidates));
      }
    }
    for (Group group : ambiguous) {
      List<UpgradeStep> best = group.candidates.subList(0, group.indices.size());
      int fewest = Integer.MAX_VALUE;
      int tried = 0;
      for (List<UpgradeStep> choice : choices(group.candidates, group.indices.size())) {
        if (tried++ == MAX_CHOICES) {
          break;
        }
        int broken = broken(choice, group, hopOf, rules, position);
        if (broken < fewest) {
          fewest = broken;
          best = choice;
        }
      }
      for (int k = 0; k < best.size(); k++) {
        assign(matched, position, group.indices.get(k), best.get(k).id());
      }
    }
    return matched;
  }

  private static void assign(
      List<Optional<String>> matched, Map<String, Integer> position, int index, String libraryId) {
    matched.set(index, Optional.of(libraryId));
    position.put(libraryId, index);
  }

  /** Counts the rules broken if the group's runbook steps are {@code choice}, in order. */
  private static int broken(
      List<UpgradeStep> choice,
      Group group,
      Map<String, Integer> hopOf,
      List<OrderingConstraint> rules,
      Map<String, Integer> matchedSoFar) {
    Map<String, Integer> position = new HashMap<>(matchedSoFar);
    for (int k = 0; k < choice.size(); k++) {
      position.put(choice.get(k).id(), group.indices.get(k));
    }
    int broken = 0;
    for (UpgradeStep left : group.candidates) {
      if (!choice.contains(left) && left.necessity() == Necessity.REQUIRED) {
        broken++;
      }
    }
    for (UpgradeStep chosen : choice) {
      int hop = hopOf.getOrDefault(chosen.id(), 0);
      int at = position.getOrDefault(chosen.id(), 0);
      for (Map.Entry<String, Integer> other : position.entrySet()) {
        int otherHop = hopOf.getOrDefault(other.getKey(), hop);
        if ((otherHop < hop && other.getValue() > at)
            || (otherHop > hop && other.getValue() < at)) {
          broken++;
        }
      }
    }
    for (OrderingConstraint rule : rules) {
      Integer before = position.get(rule.before());
      Integer after = position.get(rule.after());
      if (before != null && after != null && after < before) {
        broken++;
      }
    }
    return broken;
  }

  /** Returns every way to take {@code size} of {@code candidates}, keeping their order. */
  private static List<List<UpgradeStep>> choices(List<UpgradeStep> candidates, int size) {
    List<List<UpgradeStep>> all = new ArrayList<>();
    choose(candidates, size, 0, new ArrayList<>(), all);
    return all;
  }

  private static void choose(
      List<UpgradeStep> candidates,
      int size,
      int from,
      List<UpgradeStep> taken,
      List<List<UpgradeStep>> all) {
    if (all.size() > MAX_CHOICES) {
      return;
    }
    if (taken.size() == size) {
      all.add(List.copyOf(taken));
      return;
    }
    for (int c = from; c <= candidates.size() - (size - taken.size()); c++) {
      taken.add(candidates.get(c));
      choose(candidates, size, c + 1, taken, all);
      taken.remove(taken.size() - 1);
    }
  }

  /** Runbook steps that do one thing, and more library steps that do it. */
  private record Group(List<Integer> indices, List<UpgradeStep> candidates) {}

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
