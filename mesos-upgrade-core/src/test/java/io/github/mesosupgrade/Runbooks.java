package io.github.mesosupgrade;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Edits of a plan's step list, the way an operator might reorder or change a runbook. */
final class Runbooks {
  private final UpgradePlan plan;
  private final List<UpgradeStep> steps;

  private Runbooks(UpgradePlan plan) {
    this.plan = plan;
    this.steps = new ArrayList<>(plan.steps());
  }

  static Runbooks of(String from, String to) {
    return new Runbooks(UpgradePlanner.plan(from, to));
  }

  Runbooks remove(String id) {
    steps.remove(indexOf(id));
    return this;
  }

  /** Moves step {@code id} so that it comes right before step {@code beforeId}. */
  Runbooks moveBefore(String id, String beforeId) {
    UpgradeStep step = steps.remove(indexOf(id));
    steps.add(indexOf(beforeId), step);
    return this;
  }

  /** Moves step {@code id} so that it comes right after step {@code afterId}. */
  Runbooks moveAfter(String id, String afterId) {
    UpgradeStep step = steps.remove(indexOf(id));
    steps.add(indexOf(afterId) + 1, step);
    return this;
  }

  Runbooks edit(String id, UnaryOperator<UpgradeStep> change) {
    int index = indexOf(id);
    steps.set(index, change.apply(steps.get(index)));
    return this;
  }

  Runbooks add(UpgradeStep step) {
    steps.add(step);
    return this;
  }

  Runbooks repeat(String id) {
    steps.add(indexOf(id) + 1, steps.get(indexOf(id)));
    return this;
  }

  List<UpgradeStep> steps() {
    return List.copyOf(steps);
  }

  Runbooks clear() {
    steps.clear();
    return this;
  }

  ValidationReport validate() {
    return PlanValidator.validate(plan.from(), plan.to(), steps);
  }

  private int indexOf(String id) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no step " + id);
  }
}
