package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The builders users build values with, the with-methods, and the plan users read back. */
class BuildersTest {
  private static final Source GUIDE = Source.guide("Upgrading from 0.14.0 to 0.15.0", 10);

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  @Nested
  class MissingAttributes {
    @Test
    void nameTheAttributeAndTheCallThatSetsIt() {
      assertThatThrownBy(
              () ->
                  UpgradeStep.builder()
                      .id("0.14-0.15/restart-masters")
                      .component(Component.MASTER)
                      .action(StepAction.RESTART)
                      .version(v("0.15.0"))
                      .necessity(Necessity.REQUIRED)
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "UpgradeStep needs source: call source(Source.guide(...)) or another Source"
                  + " factory (mesos, url, document, ticket)");
    }

    @Test
    void nameEveryAttributeMissing() {
      assertThatThrownBy(() -> UpgradeStep.builder().build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "UpgradeStep needs id, component, action, version, necessity and source: call"
                  + " id(\"0.14-0.15/install-masters\"), component(Component.MASTER),"
                  + " action(StepAction.RESTART), version(MesosVersion.parse(\"0.15.0\")),"
                  + " necessity(Necessity.REQUIRED) and source(Source.guide(...)) or another Source"
                  + " factory (mesos, url, document, ticket)");
      assertThatThrownBy(() -> MesosFlag.builder().build())
          .hasMessage(
              "MesosFlag needs component, name, type and introducedIn: call"
                  + " component(Component.MASTER), name(\"credentials\"), type(FlagType.STRING)"
                  + " and introducedIn(MesosVersion.parse(\"0.15.0\"))");
      assertThatThrownBy(() -> Endpoint.builder().build())
          .hasMessage(
              "Endpoint needs component, path and introducedIn: call component(Component.MASTER),"
                  + " path(\"/master/state.json\") and"
                  + " introducedIn(MesosVersion.parse(\"0.15.0\"))");
      assertThatThrownBy(() -> HopDefinition.builder().build())
          .hasMessage(
              "HopDefinition needs from and to: call from(ReleaseLine.of(0, 14)) and"
                  + " to(ReleaseLine.of(0, 15))");
      assertThatThrownBy(() -> UpgradeHop.builder().build())
          .hasMessage(
              "UpgradeHop needs from and to: call from(MesosVersion.parse(\"0.14.0\")) and"
                  + " to(MesosVersion.parse(\"0.15.0\"))");
      assertThatThrownBy(() -> DaemonState.builder().build())
          .hasMessage(
              "DaemonState needs installed and running: call"
                  + " installed(MesosVersion.parse(\"0.15.0\")) and"
                  + " running(MesosVersion.parse(\"0.15.0\"))");
      assertThatThrownBy(() -> FrameworkState.builder().build())
          .hasMessage("FrameworkState needs linked: call linked(MesosVersion.parse(\"0.15.0\"))");
      assertThatThrownBy(() -> DaemonConfig.builder().build())
          .hasMessage("DaemonConfig needs component: call component(Component.MASTER)");
    }

    @Test
    void nameAnAttributeWithoutAKnownCallByItsSetter() {
      assertThat(RequiredAttributes.missing("Example", List.of("other")))
          .isEqualTo("Example needs other: call other(...)");
    }

    @Test
    void leaveOtherFailuresAsTheyAre() {
      IllegalStateException strict = new IllegalStateException("something else");
      assertThatThrownBy(
              () ->
                  RequiredAttributes.build(
                      () -> {
                        throw strict;
                      }))
          .isSameAs(strict);
      assertThatThrownBy(
              () ->
                  UpgradeStep.builder()
                      .id("not an id")
                      .component(Component.MASTER)
                      .action(StepAction.RESTART)
                      .version(v("0.15.0"))
                      .necessity(Necessity.REQUIRED)
                      .source(GUIDE)
                      .build())
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class WithMethods {
    @Test
    void copyAndCheckLikeTheBuilder() {
      UpgradeStep step = UpgradePlanner.plan("0.14.0", "0.15.0").steps().get(1);
      UpgradeStep changed = step.withFlagChanges(FlagChange.set("authentication", "true"));
      assertThat(changed.flagChanges()).containsExactly(FlagChange.set("authentication", "true"));
      assertThat(changed.id()).isEqualTo(step.id());
      assertThat(step.withPurpose("why").purpose()).isEqualTo("why");
      assertThatThrownBy(() -> step.withId("not an id"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class PlansReadBack {
    private final UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.14.0");
    private final UpgradeCatalog catalog = UpgradeCatalog.builtIn();

    @Test
    void equalThePlanTheirHopsCameFrom() {
      UpgradePlan read = UpgradePlan.of(plan.from(), plan.to(), plan.hops(), catalog);
      assertThat(read).isEqualTo(plan);
      assertThat(read.steps()).isEqualTo(plan.steps());
      assertThat(read.catalog()).isSameAs(catalog);
      assertThat(UpgradePlan.of(v("0.14.0"), v("0.14.0"), List.of(), catalog).isEmpty()).isTrue();
    }

    @Test
    void refuseADowngrade() {
      assertThatThrownBy(() -> UpgradePlan.of(v("0.15.0"), v("0.11.0"), List.of(), catalog))
          .isInstanceOf(UnsupportedUpgradeException.class)
          .hasMessage(
              "cannot plan from 0.15.0 to 0.11.0: that is a downgrade; plans only go forward, so"
                  + " choose a target of 0.15.0 or later");
    }

    @Test
    void refuseHopsThatDoNotChain() {
      List<UpgradeHop> hops = plan.hops();
      assertThatThrownBy(() -> UpgradePlan.of(v("0.11.0"), v("0.14.0"), List.of(), catalog))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a plan from 0.11.0 to 0.14.0 needs hops from 0.11.0 to 0.14.0, but has none: give"
                  + " the hops, or the same release as from and to");
      assertThatThrownBy(
              () -> UpgradePlan.of(v("0.11.0"), v("0.14.0"), hops.subList(1, 3), catalog))
          .hasMessage(
              "hop 1 goes from 0.12.1 to 0.13.0, but the plan starts at 0.11.0: start the first"
                  + " hop at 0.11.0");
      assertThatThrownBy(
              () ->
                  UpgradePlan.of(
                      v("0.11.0"), v("0.14.0"), List.of(hops.get(0), hops.get(2)), catalog))
          .hasMessage(
              "hop 2 goes from 0.13.0 to 0.14.0, but hop 1 ends at 0.12.1: start each hop where"
                  + " the one before ends");
      assertThatThrownBy(
              () -> UpgradePlan.of(v("0.11.0"), v("0.14.0"), hops.subList(0, 2), catalog))
          .hasMessage(
              "the last hop ends at 0.13.0, but the plan goes to 0.14.0: end the last hop at"
                  + " 0.14.0");
    }
  }
}
