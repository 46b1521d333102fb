package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SLAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What {@link UpgradeCatalog.Builder#build()} reports for a custom catalog, all at once. */
class CatalogBuilderChecksTest {
  private static final Source SOURCE = Source.mesos("docs/upgrades.md", "1.1.0");

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  private static UpgradeStep step(String id, Component component, StepAction action) {
    return step(id, component, action, List.of());
  }

  private static UpgradeStep step(
      String id, Component component, StepAction action, List<FlagChange> changes) {
    String target = id.substring(id.indexOf('-') + 1, id.indexOf('/')) + ".0";
    return UpgradeStep.builder()
        .id(id)
        .component(component)
        .action(action)
        .version(v(target))
        .necessity(Necessity.REQUIRED)
        .addAllFlagChanges(changes)
        .source(SOURCE)
        .build();
  }

  /** Returns a plain hop 1.from -> 1.to: masters, then agents, in that order. */
  private static HopDefinition.Builder hop(int from, int to) {
    String p = "1." + from + "-1." + to + "/";
    return HopDefinition.builder()
        .from(ReleaseLine.of(1, from))
        .to(ReleaseLine.of(1, to))
        .addSteps(
            step(p + "install-masters", MASTER, StepAction.INSTALL_BINARIES),
            step(p + "restart-masters", MASTER, StepAction.RESTART),
            step(p + "install-agents", SLAVE, StepAction.INSTALL_BINARIES),
            step(p + "restart-agents", SLAVE, StepAction.RESTART))
        .addConstraints(
            OrderingConstraint.of(
                p + "restart-masters", p + "install-agents", "masters first", SOURCE));
  }

  private static UpgradeCatalog.Builder catalog() {
    return UpgradeCatalog.builder().addReleases(v("1.0.0"), v("1.1.0"), v("1.2.0"), v("1.3.0"));
  }

  private static MesosFlag.Builder flag(Component component, String name, String from) {
    return MesosFlag.builder()
        .component(component)
        .name(name)
        .type(FlagType.STRING)
        .introducedIn(v(from));
  }

  private static List<String> problems(UpgradeCatalog.Builder builder) {
    try {
      UpgradeCatalog accepted = builder.build();
      throw new AssertionError("the catalog was accepted: " + accepted);
    } catch (InvalidCatalogException e) {
      return e.problems();
    }
  }

  @Nested
  class EachProblem {
    @Test
    void aHopWithoutStepsHasNoOrder() {
      HopDefinition empty =
          HopDefinition.builder().from(ReleaseLine.of(1, 0)).to(ReleaseLine.of(1, 1)).build();
      assertThatThrownBy(() -> catalog().addHop(empty).build())
          .isInstanceOf(InvalidCatalogException.class)
          .hasMessage(
              "the catalog has 1 problem(s):\n"
                  + "  - hop 1.0.x -> 1.1.x has no steps, so it has no order: give it the steps an"
                  + " operator does, in the order to do them");
    }

    @Test
    void aCycleOfOrderingConstraints() {
      HopDefinition cyclic =
          hop(0, 1)
              .addConstraints(
                  OrderingConstraint.of(
                      "1.0-1.1/install-agents", "1.0-1.1/install-masters", "why not", SOURCE))
              .addConstraints(
                  OrderingConstraint.of(
                      "1.0-1.1/install-masters",
                      "1.0-1.1/restart-masters",
                      "install first",
                      SOURCE))
              .build();
      assertThat(problems(catalog().addHop(cyclic)))
          .containsExactly(
              "hop 1.0.x -> 1.1.x: ordering constraint 1.0-1.1/install-agents <"
                  + " 1.0-1.1/install-masters contradicts the order of the hop's steps",
              "hop 1.0.x -> 1.1.x: ordering constraints form a cycle, 1.0-1.1/restart-masters <"
                  + " 1.0-1.1/install-agents < 1.0-1.1/install-masters < 1.0-1.1/restart-masters,"
                  + " so no order satisfies them");
    }

    @Test
    void aConstraintNamingAMissingStep() {
      HopDefinition dangling =
          hop(0, 1)
              .addConstraints(
                  OrderingConstraint.of(
                      "1.0-1.1/restart-agents", "1.0-1.1/relink-executors", "later", SOURCE))
              .build();
      assertThat(problems(catalog().addHop(dangling)))
          .containsExactly(
              "hop 1.0.x -> 1.1.x: ordering constraint 1.0-1.1/restart-agents <"
                  + " 1.0-1.1/relink-executors names step 1.0-1.1/relink-executors, which the hop"
                  + " does not have");
    }

    @Test
    void aFlagRemovedThatWasNeverAddedAndOneSetBeforeItExists() {
      HopDefinition flags =
          HopDefinition.builder()
              .from(ReleaseLine.of(1, 0))
              .to(ReleaseLine.of(1, 1))
              .addSteps(
                  step("1.0-1.1/install-masters", MASTER, StepAction.INSTALL_BINARIES),
                  step(
                      "1.0-1.1/restart-masters",
                      MASTER,
                      StepAction.RESTART,
                      List.of(FlagChange.remove("never_added"), FlagChange.set("later", "1"))),
                  step("1.0-1.1/install-agents", SLAVE, StepAction.INSTALL_BINARIES),
                  step("1.0-1.1/restart-agents", SLAVE, StepAction.RESTART))
              .build();
      assertThat(
              problems(
                  catalog()
                      .addFlag(flag(MASTER, "later", "1.2.0").build())
                      .addFlag(flag(SLAVE, "never_added", "1.0.0").build())
                      .addHop(flags)))
          .containsExactly(
              "hop 1.0.x -> 1.1.x: step 1.0-1.1/restart-masters removes --never_added, a flag the"
                  + " catalog never defines for the masters",
              "hop 1.0.x -> 1.1.x: step 1.0-1.1/restart-masters sets --later, which the masters of"
                  + " 1.1.0 do not accept");
    }

    @Test
    void flagsRenamedFromNothingOrShadowingTheirDeprecatedName() {
      MesosFlag orphan = flag(MASTER, "new_name", "1.0.0").renamedFrom("old_name").build();
      MesosFlag old = flag(SLAVE, "old", "1.0.0").build();
      MesosFlag renamed =
          flag(SLAVE, "new", "1.1.0")
              .renamedFrom("old")
              .putDeprecatedName("old", v("1.1.0"))
              .build();
      assertThat(
              problems(catalog().addHop(hop(0, 1).build()).addFlags(List.of(orphan, old, renamed))))
          .containsExactly(
              "flag new_name of the masters is renamed from old_name, which the catalog never"
                  + " defines",
              "flag new of the slaves accepts the deprecated name old from 1.1.0, but the catalog"
                  + " also defines slave --old [1.0.0, ) for some of those releases");
    }

    @Test
    void anEndpointDefinedTwice() {
      Endpoint state =
          Endpoint.builder()
              .component(MASTER)
              .path("/state")
              .introducedIn(v("1.0.0"))
              .addSources(SOURCE)
              .build();
      assertThat(
              problems(catalog().addHop(hop(0, 1).build()).addEndpoint(state).addEndpoint(state)))
          .containsExactly(
              "endpoint /state of the masters is defined twice for overlapping releases");
    }

    @Test
    void hopsFrom10ThatCannotBeMergedIntoOneJump() {
      HopDefinition swapped =
          HopDefinition.builder()
              .from(ReleaseLine.of(1, 1))
              .to(ReleaseLine.of(1, 2))
              .addSteps(
                  step("1.1-1.2/install-agents", SLAVE, StepAction.INSTALL_BINARIES),
                  step("1.1-1.2/restart-agents", SLAVE, StepAction.RESTART),
                  step("1.1-1.2/install-masters", MASTER, StepAction.INSTALL_BINARIES),
                  step("1.1-1.2/restart-masters", SLAVE, StepAction.RESTART))
              .addConstraints(
                  OrderingConstraint.of(
                      "1.1-1.2/restart-agents", "1.1-1.2/install-masters", "agents first", SOURCE))
              .build();
      assertThat(problems(catalog().addHop(hop(0, 1).build()).addHop(swapped)))
          .containsExactly(
              "hop 1.1.x -> 1.2.x does 1.1-1.2/install-masters after 1.0-1.1/restart-agents, but"
                  + " an earlier hop does them the other way round, so a jump across both has no"
                  + " step order; keep shared steps in the same order in every hop from 1.0.x",
              "step 1.1-1.2/restart-masters shares its name with step 1.0-1.1/restart-masters but"
                  + " not its component and action, so hop 1.1.x -> 1.2.x cannot be merged with"
                  + " the hops before it into one jump",
              "hop 1.1.x -> 1.2.x does 1.1-1.2/restart-masters after 1.0-1.1/restart-agents, but"
                  + " an earlier hop does them the other way round, so a jump across both has no"
                  + " step order; keep shared steps in the same order in every hop from 1.0.x");
    }
  }

  @Test
  void reportsEveryProblemAtOnce() {
    HopDefinition broken =
        hop(1, 2)
            .addConstraints(
                OrderingConstraint.of("1.1-1.2/ghost", "1.1-1.2/restart-agents", "why", SOURCE),
                OrderingConstraint.of(
                    "1.1-1.2/restart-agents", "1.1-1.2/restart-masters", "why", SOURCE),
                OrderingConstraint.of(
                    "1.1-1.2/install-agents", "1.1-1.2/restart-agents", "why", SOURCE))
            .addSteps(
                step(
                    "1.1-1.2/restart-agents-again",
                    SLAVE,
                    StepAction.RESTART,
                    List.of(FlagChange.remove("gone"))))
            .build();
    HopDefinition duplicate = hop(0, 1).build();
    HopDefinition empty =
        HopDefinition.builder().from(ReleaseLine.of(1, 2)).to(ReleaseLine.of(1, 3)).build();
    assertThatThrownBy(
            () ->
                catalog()
                    .addHop(hop(0, 1).build())
                    .addHop(duplicate)
                    .addHop(broken)
                    .addHop(empty)
                    .addFlag(flag(MASTER, "x", "1.0.0").renamedFrom("w").build())
                    .build())
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessage(
            "the catalog has 11 problem(s):\n"
                + "  - hops 1.0.x -> 1.1.x and 1.0.x -> 1.1.x both start from 1.0.x\n"
                + "  - step id 1.0-1.1/install-masters is used more than once\n"
                + "  - step id 1.0-1.1/restart-masters is used more than once\n"
                + "  - step id 1.0-1.1/install-agents is used more than once\n"
                + "  - step id 1.0-1.1/restart-agents is used more than once\n"
                + "  - hop 1.1.x -> 1.2.x: ordering constraint 1.1-1.2/ghost <"
                + " 1.1-1.2/restart-agents names step 1.1-1.2/ghost, which the hop does not have\n"
                + "  - hop 1.1.x -> 1.2.x: ordering constraint 1.1-1.2/restart-agents <"
                + " 1.1-1.2/restart-masters contradicts the order of the hop's steps\n"
                + "  - hop 1.1.x -> 1.2.x: ordering constraints form a cycle,"
                + " 1.1-1.2/restart-masters < 1.1-1.2/install-agents < 1.1-1.2/restart-agents <"
                + " 1.1-1.2/restart-masters, so no order satisfies them\n"
                + "  - hop 1.1.x -> 1.2.x: step 1.1-1.2/restart-agents-again removes --gone, a flag"
                + " the catalog never defines for the agents\n"
                + "  - hop 1.2.x -> 1.3.x has no steps, so it has no order: give it the steps an"
                + " operator does, in the order to do them\n"
                + "  - flag x of the masters is renamed from w, which the catalog never defines");
  }

  @Test
  void theBuiltInCatalogGoesThroughTheSameChecks() {
    HopDefinition last = UpgradeCatalog.builtIn().hopFrom(ReleaseLine.of(1, 10)).orElseThrow();
    List<String> problems = problems(UpgradeCatalog.builtIn().toBuilder().addHop(last));
    assertThat(problems)
        .first()
        .isEqualTo("hops 1.10.x -> 1.11.x and 1.10.x -> 1.11.x both start from 1.10.x");
    assertThat(problems)
        .hasSize(12)
        .contains("step id 1.10-1.11/rebuild-master-modules is used more than once");
  }

  /**
   * A catalog of five 1.x lines where the masters' flag {@code fading} (1.0 to 1.2) is set by the
   * first hop and removed by the last: every hop alone, every jump across two lines and the whole
   * chain pass, but the jump from 1.0 to 1.3 restarts the masters on 1.3 with the flag set.
   */
  @Nested
  class JumpsAcrossThreeOrMoreLines {
    private UpgradeCatalog.Builder fading() {
      return UpgradeCatalog.builder()
          .addReleases(v("1.0.0"), v("1.1.0"), v("1.2.0"), v("1.3.0"), v("1.4.0"))
          .addFlag(flag(MASTER, "fading", "1.0.0").removedIn(v("1.3.0")).build())
          .addHop(restartingMastersWith(0, FlagChange.set("fading", "on")))
          .addHop(hop(1, 2).build())
          .addHop(hop(2, 3).build())
          .addHop(restartingMastersWith(3, FlagChange.remove("fading")));
    }

    /** A plain hop 1.from -> 1.(from+1) whose masters restart with {@code change}. */
    private HopDefinition restartingMastersWith(int from, FlagChange change) {
      String p = "1." + from + "-1." + (from + 1) + "/";
      return HopDefinition.builder()
          .from(ReleaseLine.of(1, from))
          .to(ReleaseLine.of(1, from + 1))
          .addSteps(
              step(p + "install-masters", MASTER, StepAction.INSTALL_BINARIES),
              step(p + "restart-masters", MASTER, StepAction.RESTART, List.of(change)),
              step(p + "install-agents", SLAVE, StepAction.INSTALL_BINARIES),
              step(p + "restart-agents", SLAVE, StepAction.RESTART))
          .build();
    }

    @Test
    void areCheckedWhenFirstPlannedAndAFailingOneIsRefusedEveryTime() {
      UpgradeCatalog catalog = fading().build();

      assertThat(UpgradePlanner.plan(catalog, v("1.0.0"), v("1.2.0")).hops()).hasSize(1);
      assertThat(UpgradePlanner.plan(catalog, v("1.1.0"), v("1.4.0")).hops()).hasSize(1);
      assertThat(UpgradePlanner.plan(catalog, v("1.0.0"), v("1.4.0")).hops()).hasSize(1);
      for (int attempt = 0; attempt < 2; attempt++) {
        assertThatThrownBy(() -> UpgradePlanner.plan(catalog, v("1.0.0"), v("1.3.0")))
            .isInstanceOf(InvalidCatalogException.class)
            .hasMessage(
                "the catalog has 1 problem(s):\n"
                    + "  - the plan 1.0.0 -> 1.3.0 fails validation: FLAG_NOT_ACCEPTED: step"
                    + " 1.2-1.3/restart-masters starts the masters on 1.3.0 with --fading, which"
                    + " 1.3.0 removed: the master refuses to start; remove --fading");
      }
    }

    @Test
    void areNotCheckedForACatalogBuiltWithoutChecks() {
      UpgradeCatalog catalog = fading().buildUnchecked();

      assertThat(UpgradePlanner.plan(catalog, v("1.0.0"), v("1.3.0")).hops()).hasSize(1);
    }
  }

  @Test
  void theBuiltInCatalogBuildsFromItsOwnParts() {
    UpgradeCatalog rebuilt = UpgradeCatalog.builtIn().toBuilder().build();
    assertThat(rebuilt.hops()).hasSize(29);
    assertThat(UpgradePlanner.plan(rebuilt, "0.11.0", "1.11.0"))
        .isEqualTo(UpgradePlanner.plan("0.11.0", "1.11.0"));
  }
}
