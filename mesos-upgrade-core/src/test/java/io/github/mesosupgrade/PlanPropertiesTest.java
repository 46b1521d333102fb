package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Properties of plans and of the validator, checked over every pair of supported releases and over
 * random reorderings and deletions of valid plans. Seeded: set {@code -DQT_SEED=n} to explore
 * others, {@code -DQT_EXAMPLES=n} for more examples.
 */
class PlanPropertiesTest {
  private static final long SEED = Long.getLong("QT_SEED", 20_261_125L);

  static QuickTheory theory() {
    return qt().withFixedSeed(SEED);
  }

  static List<MesosVersion[]> forwardPairs(UpgradeCatalog catalog) {
    List<MesosVersion[]> pairs = new ArrayList<>();
    for (MesosVersion from : catalog.supportedReleases()) {
      for (MesosVersion to : catalog.supportedReleases().tailSet(from, false)) {
        pairs.add(new MesosVersion[] {from, to});
      }
    }
    return pairs;
  }

  @Nested
  class EveryPairOfSupportedReleases {
    private final UpgradeCatalog catalog = UpgradeCatalog.builtIn();

    @Test
    void givesAValidPlanThatEndsOnTheTargetAndIsTheConcatenationOfItsHops() {
      int pairs = 0;
      for (MesosVersion from : catalog.supportedReleases()) {
        for (MesosVersion to : catalog.supportedReleases().tailSet(from, true)) {
          checkPlan(catalog, UpgradePlanner.plan(from, to));
          pairs++;
        }
      }
      int supported = catalog.supportedReleases().size();
      assertThat(pairs).isEqualTo(supported * (supported + 1) / 2);
    }

    @Test
    void refusesEveryDowngrade() {
      for (MesosVersion to : catalog.supportedReleases()) {
        for (MesosVersion from : catalog.supportedReleases().tailSet(to, false)) {
          assertThatThrownBy(() -> UpgradePlanner.plan(from, to))
              .isInstanceOfSatisfying(
                  UnsupportedUpgradeException.class,
                  e -> {
                    assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.DOWNGRADE);
                    assertThat(e.from()).isEqualTo(from);
                    assertThat(e.to()).isEqualTo(to);
                  })
              .hasMessage(
                  "cannot plan from %s to %s: that is a downgrade; plans only go forward, so"
                      + " choose a target of %s or later",
                  from, to, from);
        }
      }
    }

    @Test
    void holdsForCatalogsOfAnySizeBuiltThroughTheBuilder() {
      theory()
          .withExamples(60)
          .forAll(integers().between(2, 40), integers().between(0, 10_000))
          .checkAssert(
              (lines, pick) -> {
                UpgradeCatalog synthetic = SyntheticCatalog.build(lines);
                List<MesosVersion[]> pairs = forwardPairs(synthetic);
                MesosVersion[] pair = pairs.get(pick % pairs.size());
                checkPlan(synthetic, UpgradePlanner.plan(synthetic, pair[0], pair[1]));
              });
    }
  }

  /** Checks the properties every plan of {@code catalog} has. */
  static void checkPlan(UpgradeCatalog catalog, UpgradePlan plan) {
    MesosVersion from = plan.from();
    MesosVersion to = plan.to();
    String pair = from + " -> " + to;
    assertThat(PlanValidator.validate(plan).violations()).as(pair).isEmpty();

    List<UpgradeStep> concatenation =
        plan.hops().stream().flatMap(hop -> hop.steps().stream()).collect(Collectors.toList());
    assertThat(plan.steps()).as(pair).containsExactlyElementsOf(concatenation);

    assertThat(plan.isEmpty()).as(pair).isEqualTo(from.equals(to));
    MesosVersion reached = from;
    for (UpgradeHop hop : plan.hops()) {
      assertThat(hop.from()).as(pair).isEqualTo(reached);
      assertThat(hop.to()).as(pair).isGreaterThan(hop.from());
      int lineStep =
          catalog.lineIndex(hop.to().releaseLine()) - catalog.lineIndex(hop.from().releaseLine());
      if (hop.from().isBefore(MesosVersion.of(1, 0, 0))) {
        assertThat(lineStep)
            .as("%s: hop %s before 1.0 crosses at most one release line", pair, hop)
            .isBetween(0, 1);
      } else {
        assertThat(hop.to())
            .as("%s: hop %s from 1.0 on is the last, or a patch hop to a stable release", pair, hop)
            .satisfiesAnyOf(
                last -> assertThat(last).isEqualTo(to),
                stable ->
                    assertThat(
                            lineStep == 0
                                && catalog
                                    .newestRelease(stable.releaseLine())
                                    .orElseThrow()
                                    .equals(stable))
                        .isTrue());
      }
      if (!hop.to().equals(to)) {
        assertThat(catalog.newestRelease(hop.to().releaseLine())).as(pair).contains(hop.to());
      }
      reached = hop.to();
    }
    assertThat(reached).as(pair).isEqualTo(to);

    for (Component daemon : List.of(Component.MASTER, Component.SLAVE)) {
      MesosVersion installed = from;
      MesosVersion running = from;
      for (UpgradeStep step : plan.steps()) {
        if (step.component() == daemon && step.action() == StepAction.INSTALL_BINARIES) {
          installed = step.version();
        } else if (step.component() == daemon && step.action() == StepAction.RESTART) {
          assertThat(step.version()).as("%s: %s", pair, step.id()).isEqualTo(installed);
          running = installed;
        }
      }
      assertThat(installed).as("%s: %s installed", pair, daemon).isEqualTo(to);
      assertThat(running).as("%s: %s running", pair, daemon).isEqualTo(to);
    }
  }

  @Nested
  class ReorderingsAndDeletionsOfValidPlans {
    private final UpgradeCatalog catalog = UpgradeCatalog.builtIn();
    private final List<UpgradePlan> plans =
        forwardPairs(catalog).stream()
            .map(pair -> UpgradePlanner.plan(pair[0], pair[1]))
            .collect(Collectors.toList());

    /** An edit of a step list: delete the step at {@code a}, or move it to {@code b}. */
    record Edit(boolean delete, int a, int b) {
      void applyTo(List<UpgradeStep> steps) {
        if (steps.isEmpty()) {
          return;
        }
        UpgradeStep step = steps.remove(a % steps.size());
        if (!delete) {
          steps.add(b % (steps.size() + 1), step);
        }
      }

      @Override
      public String toString() {
        return delete ? "delete " + a : "move " + a + " to " + b;
      }
    }

    private Gen<Edit> edits() {
      return arbitrary()
          .pick(true, false, false)
          .zip(integers().between(0, 999), integers().between(0, 999), Edit::new);
    }

    @Test
    void areRejectedExactlyWhenTheyBreakAnOrderingRuleOrInvariant() {
      AtomicInteger valid = new AtomicInteger();
      AtomicInteger invalid = new AtomicInteger();
      theory()
          .withExamples(3000)
          .forAll(arbitrary().pick(plans), lists().of(edits()).ofSizeBetween(1, 3))
          .checkAssert(
              (plan, edits) -> {
                List<UpgradeStep> steps = new ArrayList<>(plan.steps());
                edits.forEach(edit -> edit.applyTo(steps));
                ValidationReport report = PlanValidator.validate(plan.from(), plan.to(), steps);
                List<String> broken = ReorderingOracle.brokenRules(catalog, plan, steps);
                assertThat(report.isValid())
                    .as(
                        "%s with %s: oracle says %s, validator says %s",
                        plan, edits, broken, report.describe())
                    .isEqualTo(broken.isEmpty());
                (report.isValid() ? valid : invalid).incrementAndGet();
              });
      assertThat(valid).as("variants that stay valid").hasValueGreaterThan(150);
      assertThat(invalid).as("variants that break a rule").hasValueGreaterThan(150);
    }

    @Test
    void keepTheirValidityWhenEveryIdIsRenamed() {
      AtomicInteger invalid = new AtomicInteger();
      theory()
          .withExamples(1500)
          .forAll(
              arbitrary().pick(plans),
              lists().of(edits()).ofSizeBetween(0, 2),
              strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12))
          .checkAssert(
              (plan, edits, word) -> {
                List<UpgradeStep> steps = new ArrayList<>(plan.steps());
                edits.forEach(edit -> edit.applyTo(steps));
                List<UpgradeStep> renamed = new ArrayList<>();
                for (int i = 0; i < steps.size(); i++) {
                  renamed.add(
                      ImmutableUpgradeStep.copyOf(steps.get(i))
                          .withId("7.0-7.1/" + word + "-" + i));
                }
                ValidationReport report = PlanValidator.validate(plan.from(), plan.to(), renamed);
                List<String> broken =
                    ReorderingOracle.brokenRules(catalog, plan, inPlanOrderOfMeaning(plan, steps));
                assertThat(report.isValid())
                    .as(
                        "%s with %s, renamed: oracle says %s, validator says %s",
                        plan, edits, broken, report.describe())
                    .isEqualTo(broken.isEmpty());
                if (edits.isEmpty()) {
                  assertThat(report.violations()).as("%s renamed", plan).isEmpty();
                }
                if (!report.isValid()) {
                  invalid.incrementAndGet();
                }
              });
      assertThat(invalid).as("renamed variants that break a rule").hasValueGreaterThan(100);
    }

    /**
     * Returns {@code steps} with the steps that do the same thing (a hop's two restarts of the
     * masters that differ only by position) put back in the plan's order among themselves: that is
     * how a runbook with its own ids is read, since nothing else tells them apart.
     */
    private List<UpgradeStep> inPlanOrderOfMeaning(UpgradePlan plan, List<UpgradeStep> steps) {
      Map<UpgradeStep, Deque<UpgradeStep>> byMeaning = new HashMap<>();
      for (UpgradeStep step : plan.steps()) {
        byMeaning.computeIfAbsent(meaning(step), key -> new ArrayDeque<>()).add(step);
      }
      Map<UpgradeStep, Deque<UpgradeStep>> remaining = new HashMap<>();
      byMeaning.forEach(
          (key, group) ->
              remaining.put(
                  key,
                  group.stream()
                      .filter(steps::contains)
                      .collect(Collectors.toCollection(ArrayDeque::new))));
      List<UpgradeStep> read = new ArrayList<>();
      for (UpgradeStep step : steps) {
        read.add(remaining.get(meaning(step)).removeFirst());
      }
      return read;
    }

    /** Returns {@code step} with what matching ignores made equal. */
    private UpgradeStep meaning(UpgradeStep step) {
      return step.withId("0.0-0.0/x")
          .withNecessity(Necessity.REQUIRED)
          .withPurpose("")
          .withNotes(List.of())
          .withSource(Source.mesos("x", "x"));
    }

    @Test
    void mayLeaveOutARestartTheCatalogOnlyAsksForIfNecessary() {
      // Found by the property above: the validator required every scheduler and daemon restart.
      for (String[] pair :
          List.of(
              new String[] {"0.19.1", "0.20.0", "0.19-0.20/restart-changed-schedulers"},
              new String[] {"0.22.2", "0.23.0", "0.22-0.23/restart-masters-with-ping-timeouts"})) {
        UpgradePlan plan = UpgradePlanner.plan(pair[0], pair[1]);
        List<UpgradeStep> steps = new ArrayList<>(plan.steps());
        assertThat(steps.removeIf(step -> step.id().equals(pair[2]))).as(pair[2]).isTrue();
        assertThat(PlanValidator.validate(plan.from(), plan.to(), steps).violations())
            .as("without %s", pair[2])
            .isEmpty();
      }
    }

    @Test
    void areRejectedWhenARequiredStepOrTheRelinkTheCredentialNeedsIsDropped() {
      UpgradePlan full = UpgradePlanner.plan("0.11.0", "0.15.0");
      for (int i = 0; i < full.steps().size(); i++) {
        List<UpgradeStep> steps = new ArrayList<>(full.steps());
        UpgradeStep removed = steps.remove(i);
        assertThat(PlanValidator.validate(full.from(), full.to(), steps).isValid())
            .as("without %s", removed.id())
            .isEqualTo(ReorderingOracle.brokenRules(catalog, full, steps).isEmpty())
            .isEqualTo(
                removed.necessity() != Necessity.REQUIRED
                    && !removed.id().equals("0.14-0.15/relink-schedulers"));
      }
    }
  }
}
