package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SLAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UpgradeCatalogTest {
  private static final UpgradeCatalog BUILT_IN = UpgradeCatalog.builtIn();

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  @Nested
  class BuiltIn {
    @Test
    void coversEveryReleaseFrom011To111() {
      assertThat(BUILT_IN.oldestSupported()).isEqualTo(v("0.11.0"));
      assertThat(BUILT_IN.newestSupported()).isEqualTo(v("1.11.0"));
      assertThat(BUILT_IN.supportedReleases()).hasSize(77);
      assertThat(BUILT_IN.supportedReleases().headSet(v("0.15.0"), true))
          .extracting(MesosVersion::toString)
          .containsExactly(
              "0.11.0", "0.12.0", "0.12.1", "0.13.0", "0.14.0", "0.14.1", "0.14.2", "0.15.0");
      assertThat(BUILT_IN.releaseLines()).hasSize(30);
      assertThat(BUILT_IN.releaseLines().subList(0, 5))
          .extracting(ReleaseLine::toString)
          .containsExactly("0.11.x", "0.12.x", "0.13.x", "0.14.x", "0.15.x");
      assertThat(BUILT_IN.releaseLines().get(29)).hasToString("1.11.x");
      assertThat(BUILT_IN.hops())
          .extracting(HopDefinition::toString)
          .hasSize(29)
          .first()
          .hasToString("0.11.x -> 0.12.x");
      assertThat(BUILT_IN.hopFrom(ReleaseLine.of(0, 14)).orElseThrow().idPrefix())
          .isEqualTo("0.14-0.15/");
      assertThat(BUILT_IN.hopFrom(ReleaseLine.of(1, 10)).orElseThrow().idPrefix())
          .isEqualTo("1.10-1.11/");
      assertThat(BUILT_IN.hopFrom(ReleaseLine.of(1, 11))).isEmpty();
      assertThat(BUILT_IN.hopFrom(ReleaseLine.of(0, 9))).isEmpty();
    }

    @Test
    void knowsEveryMesosRelease() {
      assertThat(BUILT_IN.releases()).hasSize(78);
      assertThat(BUILT_IN.releases().first()).isEqualTo(v("0.10.0"));
      assertThat(BUILT_IN.releases().last()).isEqualTo(v("1.11.0"));
      assertThat(BUILT_IN.releasesOf(ReleaseLine.of(0, 14)))
          .extracting(MesosVersion::toString)
          .containsExactly("0.14.0", "0.14.1", "0.14.2");
      assertThat(BUILT_IN.newestRelease(ReleaseLine.of(0, 12))).contains(v("0.12.1"));
      assertThat(BUILT_IN.newestRelease(ReleaseLine.of(0, 29))).isEmpty();
    }

    @Test
    void hasTheRealAuthenticationFlagAndTheGuidesSpelling() {
      MesosFlag authenticate = BUILT_IN.flag(MASTER, "authenticate", v("0.15.0")).orElseThrow();
      assertThat(authenticate.type()).isEqualTo(FlagType.BOOLEAN);
      assertThat(authenticate.defaultAt(v("0.15.0"))).contains("false");
      assertThat(authenticate.unacceptedSpellings()).containsExactly("authentication");
      assertThat(authenticate.commandLineName()).isEqualTo("--authenticate");
      assertThat(BUILT_IN.flag(MASTER, "authenticate", v("0.14.2"))).isEmpty();
      assertThat(BUILT_IN.flagHistory(MASTER, "authentication")).isEmpty();
      assertThat(BUILT_IN.flagSpelled(MASTER, "authentication")).contains(authenticate);
      assertThat(BUILT_IN.flagSpelled(SLAVE, "authentication")).isEmpty();
      // A std::string in 0.15.0 (src/master/flags.hpp); a Path from 0.22.0.
      assertThat(BUILT_IN.flag(MASTER, "credentials", v("0.15.0")).orElseThrow().type())
          .isEqualTo(FlagType.STRING);
      assertThat(BUILT_IN.flag(MASTER, "credentials", v("0.22.0")).orElseThrow().type())
          .isEqualTo(FlagType.PATH);
    }

    @Test
    void knowsTheCheckpointFlagFrom013WithItsDefaultChangeIn015() {
      MesosFlag checkpoint = BUILT_IN.flag(SLAVE, "checkpoint", v("0.13.0")).orElseThrow();
      assertThat(checkpoint.introducedIn()).isEqualTo(v("0.13.0"));
      assertThat(checkpoint.defaultAt(v("0.12.1"))).isEmpty();
      assertThat(checkpoint.defaultAt(v("0.13.0"))).contains("false");
      assertThat(checkpoint.defaultAt(v("0.14.2"))).contains("false");
      assertThat(checkpoint.defaultAt(v("0.15.0"))).contains("true");
      assertThat(checkpoint.removedIn()).contains(v("0.22.0"));
    }

    @Test
    void knowsTheCgroupsRenameWithoutAliasAndTheMovedDefault() {
      MesosFlag old = BUILT_IN.flag(SLAVE, "cgroups_hierarchy_root", v("0.12.1")).orElseThrow();
      assertThat(old.removedIn()).contains(v("0.13.0"));
      assertThat(old.renamedTo()).contains("cgroups_hierarchy");
      assertThat(old.defaultAt(v("0.12.0"))).contains("/cgroups");
      assertThat(BUILT_IN.flag(SLAVE, "cgroups_hierarchy_root", v("0.13.0"))).isEmpty();
      MesosFlag renamed = BUILT_IN.flag(SLAVE, "cgroups_hierarchy", v("0.13.0")).orElseThrow();
      assertThat(renamed.renamedFrom()).contains("cgroups_hierarchy_root");
      assertThat(renamed.defaultAt(v("0.13.0"))).contains("/cgroup");
      assertThat(renamed.defaultAt(v("0.18.0"))).contains("/sys/fs/cgroup");
    }

    @Test
    void knowsThatVarsLeftMastersAndSlavesIn014() {
      assertThat(BUILT_IN.endpoints())
          .filteredOn(endpoint -> endpoint.path().equals("/vars"))
          .extracting(Endpoint::component, Endpoint::removedIn)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(MASTER, java.util.Optional.of(v("0.14.0"))),
              org.assertj.core.groups.Tuple.tuple(SLAVE, java.util.Optional.of(v("0.14.0"))));
      Endpoint health =
          BUILT_IN.endpoints().stream()
              .filter(endpoint -> endpoint.path().equals("/health"))
              .findFirst()
              .orElseThrow();
      assertThat(health.isServedBy(v("0.13.0"))).isFalse();
      assertThat(health.isServedBy(v("0.14.0"))).isTrue();
    }

    @Test
    void isBuiltThroughThePublicBuilderWithItsChecks() {
      UpgradeCatalog rebuilt = BUILT_IN.toBuilder().build();
      assertThat(rebuilt.hops()).isEqualTo(BUILT_IN.hops());
      assertThat(rebuilt.flags()).isEqualTo(BUILT_IN.flags());
      assertThat(rebuilt.endpoints()).isEqualTo(BUILT_IN.endpoints());
      assertThat(rebuilt.releases()).isEqualTo(BUILT_IN.releases());
      assertThat(BUILT_IN)
          .hasToString("UpgradeCatalog[0.11.0 .. 1.11.0, 29 hops, 304 flags, 66 endpoints]");
    }

    @Test
    void passesTheCheckOfEveryJumpAcrossThreeOrMoreLinesWhenBuiltWithItsChecks() {
      UpgradeCatalog rebuilt = BUILT_IN.toBuilder().build();
      List<ReleaseLine> lines = rebuilt.releaseLines();
      int jumps = 0;
      for (int i = lines.indexOf(HopPlanner.DIRECT_UPGRADES_FROM); i < lines.size(); i++) {
        for (int j = i + 3; j < lines.size(); j++) {
          MesosVersion from = rebuilt.newestRelease(lines.get(i)).orElseThrow();
          MesosVersion to = rebuilt.newestRelease(lines.get(j)).orElseThrow();
          assertThat(UpgradePlanner.plan(rebuilt, from, to).hops()).hasSize(1);
          jumps++;
        }
      }
      assertThat(jumps).isEqualTo(45);
    }

    @Test
    void isOneObject() {
      assertThat(UpgradeCatalog.builtIn()).isSameAs(BUILT_IN);
    }
  }

  @Nested
  class CustomCatalogs {
    private final Source source = Source.mesos("docs/upgrades.md", "1.1.0");

    private UpgradeStep step(String id, Component component, StepAction action, String version) {
      return UpgradeStep.builder()
          .id(id)
          .component(component)
          .action(action)
          .version(v(version))
          .necessity(Necessity.REQUIRED)
          .source(source)
          .build();
    }

    private HopDefinition.Builder hop(int fromMinor, int toMinor) {
      String prefix = "1." + fromMinor + "-1." + toMinor + "/";
      String version = "1." + toMinor + ".0";
      return HopDefinition.builder()
          .from(ReleaseLine.of(1, fromMinor))
          .to(ReleaseLine.of(1, toMinor))
          .addSteps(
              step(prefix + "install-masters", MASTER, StepAction.INSTALL_BINARIES, version),
              step(prefix + "restart-masters", MASTER, StepAction.RESTART, version),
              step(prefix + "install-agents", SLAVE, StepAction.INSTALL_BINARIES, version),
              step(prefix + "restart-agents", SLAVE, StepAction.RESTART, version));
    }

    @Test
    void planLikeTheBuiltInOne() {
      UpgradeCatalog catalog =
          UpgradeCatalog.builder()
              .addReleases(v("1.0.0"), v("1.0.1"), v("1.1.0"), v("1.2.0"))
              .addHop(hop(0, 1).build())
              .addHop(hop(1, 2).build())
              .build();
      UpgradePlan plan = UpgradePlanner.plan(catalog, "1.0.0", "1.2.0");
      // From 1.0 a master or agent moves from a stable release (the newest patch of its line)
      // straight to the target: first 1.0.0 -> 1.0.1, then one jump over 1.1 to 1.2.0.
      assertThat(plan.hops()).hasSize(2);
      assertThat(plan.steps()).hasSize(8);
      assertThat(plan.hops().get(0).to()).isEqualTo(v("1.0.1"));
      assertThat(plan.hops().get(1).steps())
          .extracting(UpgradeStep::id)
          .containsExactly(
              "1.1-1.2/install-masters",
              "1.1-1.2/restart-masters",
              "1.1-1.2/install-agents",
              "1.1-1.2/restart-agents");
      // The plan carries its catalog: validating it needs no catalog, and checking its steps
      // against the built-in catalog, which has no 1.0 -> 1.2 jump of these steps, reports it.
      assertThat(plan.catalog()).isSameAs(catalog);
      assertThat(PlanValidator.validate(plan).isValid()).isTrue();
      assertThat(PlanValidator.validate(plan.from(), plan.to(), plan.steps()).isValid()).isFalse();
      // The catalog takes no part in equality: the same work from the built-in catalog is equal.
      UpgradePlan same =
          UpgradePlan.of(plan.from(), plan.to(), plan.hops(), UpgradeCatalog.builtIn());
      assertThat(same).isEqualTo(plan).hasSameHashCodeAs(plan);
      assertThat(same.catalog()).isSameAs(UpgradeCatalog.builtIn());
      assertThat(catalog.oldestSupported()).isEqualTo(v("1.0.0"));
      assertThatThrownBy(() -> UpgradePlanner.plan(catalog, "1.0.0", "1.3.0"))
          .isInstanceOf(UnsupportedUpgradeException.class)
          .hasMessage(
              "cannot plan to 1.3.0: Mesos 1.3.0 was never released; this catalog plans upgrades"
                  + " between 1.0.0 and 1.2.0");
    }

    @Test
    void reportEveryStructuralProblemAtOnce() {
      MesosFlag flag =
          MesosFlag.builder()
              .component(MASTER)
              .name("x")
              .type(FlagType.STRING)
              .introducedIn(v("1.0.0"))
              .build();
      MesosFlag renamed =
          MesosFlag.builder()
              .component(SLAVE)
              .name("y")
              .type(FlagType.STRING)
              .introducedIn(v("1.0.0"))
              .removedIn(v("1.1.0"))
              .renamedTo("z")
              .build();
      HopDefinition broken =
          hop(1, 3)
              .addSteps(step("1.0-1.1/stray", MASTER, StepAction.RESTART, "1.1.0"))
              .addSteps(
                  step(
                      "1.1-1.3/install-masters-again",
                      MASTER,
                      StepAction.INSTALL_BINARIES,
                      "1.2.0"))
              .addConstraints(
                  OrderingConstraint.of(
                      "1.1-1.3/restart-agents", "1.1-1.3/install-masters", "why", source),
                  OrderingConstraint.of(
                      "1.1-1.3/nothing", "1.1-1.3/install-masters", "why", source))
              .build();
      assertThatThrownBy(
              () ->
                  UpgradeCatalog.builder()
                      .addReleases(List.of(v("1.0.0"), v("1.1.0"), v("1.2.0")))
                      .addFlag(flag)
                      .addFlags(List.of(flag, renamed))
                      .addHop(hop(0, 1).build())
                      .addHop(broken)
                      .addHop(hop(0, 1).build())
                      .build())
          .isInstanceOfSatisfying(
              InvalidCatalogException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          "hops 1.0.x -> 1.1.x and 1.0.x -> 1.1.x both start from 1.0.x",
                          "step id 1.0-1.1/install-masters is used more than once",
                          "step id 1.0-1.1/restart-masters is used more than once",
                          "step id 1.0-1.1/install-agents is used more than once",
                          "step id 1.0-1.1/restart-agents is used more than once",
                          "hop 1.1.x -> 1.3.x skips release lines: 1.2.x are released in between",
                          "hop 1.1.x -> 1.3.x: release line 1.3.x has no release",
                          "hop 1.1.x -> 1.3.x: step 1.0-1.1/stray does not start with 1.1-1.3/",
                          "hop 1.1.x -> 1.3.x: step 1.1-1.3/install-masters-again works towards"
                              + " 1.2.0, not a release of 1.1.x or 1.3.x",
                          "hop 1.1.x -> 1.3.x: ordering constraint 1.1-1.3/restart-agents <"
                              + " 1.1-1.3/install-masters contradicts the order of the hop's steps",
                          "hop 1.1.x -> 1.3.x: ordering constraint 1.1-1.3/nothing <"
                              + " 1.1-1.3/install-masters names step 1.1-1.3/nothing, which the hop"
                              + " does not have",
                          "flag x of the masters is defined twice for overlapping releases",
                          "flag y of the slaves is renamed to z, which the catalog does not define"
                              + " from 1.1.0"))
          .hasMessageStartingWith("the catalog has 13 problem(s):\n  - hops 1.0.x -> 1.1.x");
    }

    @Test
    void reportAnEmptyCatalog() {
      assertThatThrownBy(() -> UpgradeCatalog.builder().build())
          .isInstanceOf(InvalidCatalogException.class)
          .hasMessage("the catalog has 1 problem(s):\n  - a catalog needs at least one hop");
    }

    @Test
    void reportAHopWhosePlanFailsValidation() {
      HopDefinition withoutAgentRestart =
          HopDefinition.builder()
              .from(ReleaseLine.of(1, 0))
              .to(ReleaseLine.of(1, 1))
              .addSteps(
                  step("1.0-1.1/install-masters", MASTER, StepAction.INSTALL_BINARIES, "1.1.0"),
                  step("1.0-1.1/restart-masters", MASTER, StepAction.RESTART, "1.1.0"),
                  step("1.0-1.1/install-agents", SLAVE, StepAction.INSTALL_BINARIES, "1.1.0"))
              .build();
      assertThatThrownBy(
              () ->
                  UpgradeCatalog.builder()
                      .addReleases(v("1.0.0"), v("1.1.0"))
                      .addHop(withoutAgentRestart)
                      .build())
          .isInstanceOf(InvalidCatalogException.class)
          .hasMessage(
              "the catalog has 1 problem(s):\n"
                  + "  - the plan 1.0.0 -> 1.1.0 fails validation: END_STATE_NOT_REACHED: after"
                  + " the last step the agents run 1.0.0 with 1.1.0 installed, not 1.1.0: the"
                  + " upgrade is unfinished; add the missing install and restart steps");
    }

    @Test
    void rejectNullParts() {
      UpgradeCatalog.Builder builder = UpgradeCatalog.builder();
      assertThatThrownBy(() -> builder.addHop(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("hop");
      assertThatThrownBy(() -> builder.addFlag(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("flag");
      assertThatThrownBy(() -> builder.addEndpoint(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("endpoint");
    }
  }
}
