package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SLAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Catalogs of many release lines: building them looks releases, flag definitions and removals up in
 * indexes instead of walking everything; these tests check that the indexes give exactly the
 * answers a walk over everything gives.
 */
class LargeCatalogTest {
  private static final Source SOURCE = Source.mesos("docs/upgrades.md", "1.0.0");

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  /** What a hop removes, found by walking every flag of the catalog. */
  private static List<MesosFlag> removedFlagsByWalking(
      UpgradeCatalog catalog, MesosVersion from, MesosVersion to) {
    return catalog.flags().stream()
        .filter(flag -> flag.isAcceptedBy(from) && !flag.isAcceptedBy(to))
        .collect(Collectors.toList());
  }

  private static List<Endpoint> removedEndpointsByWalking(
      UpgradeCatalog catalog, MesosVersion from, MesosVersion to) {
    return catalog.endpoints().stream()
        .filter(endpoint -> endpoint.isServedBy(from) && !endpoint.isServedBy(to))
        .collect(Collectors.toList());
  }

  @Nested
  class Removals {
    private final UpgradeCatalog catalog = SyntheticCatalog.build(300);

    @Test
    void everyHopOfAnEndToEndPlanRemovesWhatAWalkFinds() {
      UpgradePlan plan =
          UpgradePlanner.plan(
              catalog, SyntheticCatalog.firstRelease(0), SyntheticCatalog.lastRelease(299));
      assertThat(plan.hops()).hasSize(299);
      for (UpgradeHop hop : plan.hops()) {
        assertThat(hop.removedFlags())
            .as("flags removed by %s", hop)
            .containsExactlyElementsOf(removedFlagsByWalking(catalog, hop.from(), hop.to()));
        assertThat(hop.removedEndpoints())
            .as("endpoints removed by %s", hop)
            .containsExactlyElementsOf(removedEndpointsByWalking(catalog, hop.from(), hop.to()));
      }
      // master_flag_i goes in line i + 2, slave_flag_i in line i + 3, up to line 299.
      assertThat(plan.removedFlags()).hasSize(298 + 297);
      assertThat(plan.removedEndpoints()).hasSize(298);
    }

    @Test
    void hopsFromAnOlderPatchAndInsideOneLineRemoveWhatAWalkFinds() {
      for (int line = 1; line < 299; line += 37) {
        for (UpgradePlan plan :
            List.of(
                UpgradePlanner.plan(
                    catalog,
                    SyntheticCatalog.firstRelease(line),
                    SyntheticCatalog.firstRelease(line + 1)),
                UpgradePlanner.plan(
                    catalog,
                    SyntheticCatalog.firstRelease(line),
                    SyntheticCatalog.lastRelease(line)))) {
          UpgradeHop hop = plan.hops().get(0);
          assertThat(hop.removedFlags())
              .as("flags removed by %s", hop)
              .containsExactlyElementsOf(removedFlagsByWalking(catalog, hop.from(), hop.to()));
          assertThat(hop.removedEndpoints())
              .as("endpoints removed by %s", hop)
              .containsExactlyElementsOf(removedEndpointsByWalking(catalog, hop.from(), hop.to()));
        }
      }
    }

    @Test
    void listRemovalsInCatalogOrderAndOnlyWhatTheStartingReleaseHad() {
      MesosFlag removedLater = flag(MASTER, "later", "1.0.0", "1.0.2");
      MesosFlag removedEarlier = flag(MASTER, "earlier", "1.0.0", "1.0.1");
      MesosFlag neverInStart = flag(MASTER, "brief", "1.0.1", "1.0.2");
      MesosFlag goneBefore = flag(SLAVE, "old", "0.28.0", "1.0.0");
      MesosFlag kept = flag(SLAVE, "kept", "1.0.0", "");
      Endpoint endpointLater = endpoint("/later", "1.0.2");
      Endpoint endpointEarlier = endpoint("/earlier", "1.0.1");
      UpgradeCatalog small =
          UpgradeCatalog.builder()
              .addReleases(v("0.28.0"), v("1.0.0"), v("1.0.1"), v("1.0.2"), v("1.1.0"))
              .addFlags(List.of(removedLater, removedEarlier, neverInStart, goneBefore, kept))
              .addEndpoint(endpointLater)
              .addEndpoint(endpointEarlier)
              .addHop(hop())
              .build();
      UpgradeHop patch = UpgradePlanner.plan(small, "1.0.0", "1.0.2").hops().get(0);
      assertThat(patch.removedFlags()).containsExactly(removedLater, removedEarlier);
      assertThat(patch.removedEndpoints()).containsExactly(endpointLater, endpointEarlier);
      UpgradeHop hop = UpgradePlanner.plan(small, "1.0.1", "1.1.0").hops().get(0);
      assertThat(hop.removedFlags()).containsExactly(removedLater, neverInStart);
      assertThat(hop.removedEndpoints()).containsExactly(endpointLater);
    }
  }

  @Nested
  class StructureChecks {
    @Test
    void aLargeCatalogBuildsAndPlansEndToEnd() {
      UpgradeCatalog catalog = SyntheticCatalog.build(500);
      assertThat(catalog.releaseLines()).hasSize(500);
      assertThat(catalog.supportedReleases()).hasSize(1_000);
      assertThat(catalog.flags()).hasSize(1_000);
      UpgradePlan plan =
          UpgradePlanner.plan(
              catalog, SyntheticCatalog.firstRelease(0), SyntheticCatalog.lastRelease(499));
      assertThat(plan.steps()).hasSize(7 * 499);
      assertThat(PlanValidator.validate(plan).isValid()).isTrue();
    }

    @Test
    void nameEachSkippedLineOnceInOrder() {
      assertThatThrownBy(
              () ->
                  UpgradeCatalog.builder()
                      .addReleases(
                          v("2.0.0"), v("2.0.5"), v("2.1.0"), v("2.1.1"), v("2.2.3"), v("2.3.0"))
                      .addHop(hop(2, 0, 3))
                      .build())
          .isInstanceOfSatisfying(
              InvalidCatalogException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          "hop 2.0.x -> 2.3.x skips release lines: 2.1.x, 2.2.x are released in"
                              + " between"));
    }

    @Test
    void acceptALineWhoseOnlyReleaseIsALatePatch() {
      UpgradeCatalog catalog =
          UpgradeCatalog.builder()
              .addReleases(v("2.0.9"), v("2.1.7"), v("2.2.0"))
              .addHop(hop(2, 0, 1))
              .build();
      assertThat(catalog.supportedReleases()).containsExactly(v("2.0.9"), v("2.1.7"));
    }

    @Test
    void reportAHopThatStaysOnItsLineOrGoesBackWithoutFailing() {
      assertThatThrownBy(
              () ->
                  UpgradeCatalog.builder()
                      .addReleases(v("2.0.0"), v("2.1.0"))
                      .addHop(hop(2, 1, 1))
                      .build())
          .isInstanceOfSatisfying(
              InvalidCatalogException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly("hop 2.1.x -> 2.1.x does not go forward"));
      assertThatThrownBy(
              () ->
                  UpgradeCatalog.builder()
                      .addReleases(v("2.0.0"), v("2.1.0"))
                      .addHop(hop(2, 1, 0))
                      .build())
          .isInstanceOfSatisfying(
              InvalidCatalogException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly("hop 2.1.x -> 2.0.x does not go forward"));
    }

    @Test
    void compareOnlyDefinitionsOfTheSameFlag() {
      List<MesosFlag> flags = new ArrayList<>();
      flags.add(flag(MASTER, "port", "1.0.0", "1.0.2"));
      flags.add(flag(SLAVE, "port", "1.0.0", ""));
      flags.add(flag(MASTER, "port", "1.0.2", ""));
      flags.add(flag(MASTER, "weights", "1.0.0", "1.1.0"));
      flags.add(flag(MASTER, "weights", "1.0.1", ""));
      flags.add(flag(MASTER, "quota", "1.0.1", ""));
      flags.add(flag(MASTER, "quota", "1.0.0", "1.0.1"));
      assertThatThrownBy(
              () ->
                  UpgradeCatalog.builder()
                      .addReleases(v("1.0.0"), v("1.0.1"), v("1.0.2"), v("1.1.0"))
                      .addFlags(flags)
                      .addHop(hop())
                      .build())
          .isInstanceOfSatisfying(
              InvalidCatalogException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          "flag weights of the masters is defined twice for overlapping releases"));
    }

    @Test
    void acceptARenameOnlyToAFlagOfTheSameDaemonThatExistsFromTheRename() {
      MesosFlag renamed =
          MesosFlag.builder()
              .component(SLAVE)
              .name("old_name")
              .type(FlagType.STRING)
              .introducedIn(v("1.0.0"))
              .removedIn(v("1.1.0"))
              .renamedTo("new_name")
              .addSources(SOURCE)
              .build();
      assertThatThrownBy(
              () ->
                  UpgradeCatalog.builder()
                      .addReleases(v("1.0.0"), v("1.1.0"))
                      .addFlags(
                          List.of(
                              renamed,
                              flag(MASTER, "new_name", "1.1.0", ""),
                              flag(SLAVE, "new_name", "1.0.0", "1.0.1"),
                              flag(SLAVE, "new_name", "1.2.0", "")))
                      .addHop(hop())
                      .build())
          .isInstanceOfSatisfying(
              InvalidCatalogException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          "flag old_name of the slaves is renamed to new_name, which the catalog"
                              + " does not define from 1.1.0"));
      UpgradeCatalog fine =
          UpgradeCatalog.builder()
              .addReleases(v("1.0.0"), v("1.1.0"))
              .addFlags(List.of(renamed, flag(SLAVE, "new_name", "1.1.0", "")))
              .addHop(hop())
              .build();
      assertThat(fine.flagHistory(SLAVE, "new_name")).hasSize(1);
    }
  }

  @Nested
  class ValidatingAPlanInItsOwnOrder {
    @Test
    void stillChecksEachHopsRules() {
      HopDefinition contradicting =
          HopDefinition.builder()
              .from(hop(1, 1, 2).from())
              .to(hop(1, 1, 2).to())
              .addAllSteps(hop(1, 1, 2).steps())
              .addConstraints(
                  OrderingConstraint.of(
                      "1.1-1.2/restart-slaves", "1.1-1.2/install-masters", "a test rule", SOURCE))
              .build();
      UpgradeCatalog unchecked =
          UpgradeCatalog.builder()
              .addReleases(v("1.0.0"), v("1.1.0"), v("1.2.0"))
              .addHop(hop())
              .addHop(contradicting)
              .buildUnchecked();
      UpgradePlan plan = UpgradePlanner.plan(unchecked, "1.0.0", "1.2.0");
      ValidationReport report = PlanValidator.validate(plan);
      assertThat(report.violations())
          .extracting(Violation::toString)
          .containsExactly(
              "ORDERING_RULE: step 1.1-1.2/install-masters must come after step"
                  + " 1.1-1.2/restart-slaves (a test rule): move it after 1.1-1.2/restart-slaves"
                  + " [apache/mesos docs/upgrades.md at 1.0.0]");
      List<UpgradeStep> withRepeat = new ArrayList<>(plan.steps());
      withRepeat.add(plan.steps().get(plan.steps().size() - 1));
      assertThat(PlanValidator.validate(unchecked, plan.from(), plan.to(), withRepeat).violations())
          .extracting(Violation::code)
          .containsExactly(ViolationCode.DUPLICATE_STEP, ViolationCode.ORDERING_RULE);
    }
  }

  private static MesosFlag flag(Component daemon, String name, String from, String until) {
    MesosFlag.Builder builder =
        MesosFlag.builder()
            .component(daemon)
            .name(name)
            .type(FlagType.STRING)
            .introducedIn(v(from))
            .addSources(SOURCE);
    return (until.isEmpty() ? builder : builder.removedIn(v(until))).build();
  }

  private static Endpoint endpoint(String path, String until) {
    return Endpoint.builder()
        .component(MASTER)
        .path(path)
        .introducedIn(v("1.0.0"))
        .removedIn(v(until))
        .addSources(SOURCE)
        .build();
  }

  private static HopDefinition hop() {
    return hop(1, 0, 1);
  }

  /** A hop of masters then agents, from {@code major.fromMinor} to {@code major.toMinor}. */
  private static HopDefinition hop(int major, int fromMinor, int toMinor) {
    String prefix = major + "." + fromMinor + "-" + major + "." + toMinor + "/";
    MesosVersion version = MesosVersion.of(major, toMinor, 0);
    HopDefinition.Builder hop =
        HopDefinition.builder()
            .from(ReleaseLine.of(major, fromMinor))
            .to(ReleaseLine.of(major, toMinor));
    for (Component daemon : List.of(MASTER, SLAVE)) {
      for (StepAction action : List.of(StepAction.INSTALL_BINARIES, StepAction.RESTART)) {
        hop.addSteps(
            UpgradeStep.builder()
                .id(
                    prefix
                        + (action == StepAction.RESTART ? "restart-" : "install-")
                        + daemon.plural())
                .component(daemon)
                .action(action)
                .version(version)
                .necessity(Necessity.REQUIRED)
                .source(SOURCE)
                .build());
      }
    }
    return hop.build();
  }
}
