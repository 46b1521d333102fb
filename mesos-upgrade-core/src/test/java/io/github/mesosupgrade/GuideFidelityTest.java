package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bullet of the upgrade guide (docs/Upgrades.md at 0.15.0, a copy in the test resources) maps
 * to a step or a note of the plan 0.11.0 -> 0.15.0, citing that bullet.
 */
class GuideFidelityTest {
  private static final UpgradePlan PLAN = UpgradePlanner.plan("0.11.0", "0.15.0");

  /** Where each bullet went: a step id ("step ID"), a note on a step ("note ID") or on a hop. */
  private static final Map<String, String> WHERE = new LinkedHashMap<>();

  static {
    String s = "Upgrading from 0.14.0 to 0.15.0";
    map(s, 1, "Install the new master binaries.", "step 0.14-0.15/install-masters");
    map(
        s,
        2,
        "Restart the masters with --credentials pointing to credentials of the framework(s).",
        "step 0.14-0.15/restart-masters-with-credentials");
    map(
        s,
        3,
        "NOTE: --authentication=false (default) allows both authenticated and unauthenticated"
            + " frameworks to register.",
        "note 0.14-0.15/restart-masters-with-credentials");
    map(
        s,
        4,
        "Install the new slave binaries and restart the slaves.",
        "step 0.14-0.15/install-slaves");
    map(
        s,
        5,
        "Upgrade the executors by linking the latest native library and mesos jar (if necessary).",
        "step 0.14-0.15/relink-executors");
    map(
        s,
        6,
        "Upgrade the schedulers by linking the latest native library and mesos jar (if necessary).",
        "step 0.14-0.15/relink-schedulers");
    map(
        s,
        7,
        "NOTE: Schedulers should implement the new `reconcileTasks` driver method.",
        "note 0.14-0.15/relink-schedulers");
    map(
        s,
        8,
        "Schedulers should call the new `MesosSchedulerDriver` constructor that takes `Credential`"
            + " to authenticate.",
        "step 0.14-0.15/use-credential-in-schedulers");
    map(s, 9, "Restart the schedulers.", "step 0.14-0.15/restart-schedulers");
    map(
        s,
        10,
        "Restart the masters with --authentication=true.",
        "step 0.14-0.15/restart-masters-with-authentication");
    map(
        s,
        11,
        "NOTE: After the restart unauthenticated frameworks *will not* be allowed to register.",
        "note 0.14-0.15/restart-masters-with-authentication");

    s = "Upgrading from 0.13.0 to 0.14.0";
    map(
        s,
        1,
        "Install the new master binaries and restart the masters.",
        "step 0.13-0.14/install-masters");
    map(s, 2, "NOTE: /vars endpoint has been removed.", "note 0.13-0.14/restart-masters");
    map(
        s,
        3,
        "Upgrade the executors by linking the latest native library and mesos jar (if necessary).",
        "step 0.13-0.14/relink-executors");
    map(s, 4, "Install the new slave binaries.", "step 0.13-0.14/install-slaves");
    map(
        s,
        5,
        "Restart the slaves after adding --checkpoint flag to enable checkpointing.",
        "step 0.13-0.14/restart-slaves-with-checkpoint");
    map(
        s,
        6,
        "NOTE: /vars endpoint has been removed.",
        "note 0.13-0.14/restart-slaves-with-checkpoint");
    map(
        s,
        7,
        "Upgrade the schedulers by linking the latest native library and mesos jar (if necessary).",
        "step 0.13-0.14/relink-schedulers");
    map(
        s,
        8,
        "Set FrameworkInfo.checkpoint in the scheduler if checkpointing is desired (recommended).",
        "step 0.13-0.14/set-checkpoint-in-schedulers");
    map(s, 9, "Restart the schedulers.", "step 0.13-0.14/restart-schedulers");
    map(
        s,
        10,
        "Restart the masters (to get rid of the cached FrameworkInfo).",
        "step 0.13-0.14/restart-masters-again");
    map(
        s,
        11,
        "Restart the slaves (to get rid of the cached FrameworkInfo).",
        "step 0.13-0.14/restart-slaves-again");

    s = "Upgrading from 0.12.0 to 0.13.0";
    map(
        s,
        1,
        "Install the new master binaries and restart the masters.",
        "step 0.12-0.13/install-masters");
    map(
        s,
        2,
        "Upgrade the schedulers by linking the latest native library and mesos jar (if necessary).",
        "step 0.12-0.13/relink-schedulers");
    map(s, 3, "Restart the schedulers.", "step 0.12-0.13/restart-schedulers");
    map(s, 4, "Install the new slave binaries.", "step 0.12-0.13/install-slaves");
    map(
        s,
        5,
        "NOTE: cgroups_hierarchy_root slave flag is renamed as cgroups_hierarchy",
        "note 0.12-0.13/install-slaves");
    map(s, 6, "Restart the slaves.", "step 0.12-0.13/restart-slaves");
    map(
        s,
        7,
        "Upgrade the executors by linking the latest native library and mesos jar (if necessary).",
        "step 0.12-0.13/relink-executors");

    s = "Upgrading from 0.11.0 to 0.12.0";
    map(
        s,
        1,
        "Install the new slave binaries and restart the slaves.",
        "step 0.11-0.12/install-slaves");
    map(
        s,
        2,
        "Install the new master binaries and restart the masters.",
        "step 0.11-0.12/install-masters");
    map(
        s,
        3,
        "If you are a framework developer, you will want to examine the new 'source' field in the"
            + " ExecutorInfo protobuf. This will allow you to take further advantage of the resource"
            + " monitoring.",
        "hop-note 0.11.0");
  }

  private static void map(String section, int bullet, String text, String where) {
    WHERE.put(section + " #" + bullet + " " + text, where);
  }

  /** Reads the guide: each "## Upgrading ..." section's bullets and closing paragraph, in order. */
  static List<String> guideBullets() throws IOException {
    List<String> bullets = new ArrayList<>();
    try (InputStream in = GuideFidelityTest.class.getResourceAsStream("/upgrade-guide-0.15.0.md")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String section = null;
      int number = 0;
      for (String line : text.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.startsWith("## ")) {
          section = trimmed.substring(3).replaceAll("\\.$", "");
          number = 0;
        } else if (section != null && !trimmed.isEmpty() && !trimmed.startsWith("In order to")) {
          String item = trimmed.startsWith("* ") ? trimmed.substring(2) : trimmed;
          bullets.add(section + " #" + ++number + " " + item);
        }
      }
    }
    return bullets;
  }

  @Test
  void theTableCoversExactlyTheGuidesBullets() throws IOException {
    assertThat(WHERE.keySet()).containsExactlyInAnyOrderElementsOf(guideBullets());
  }

  static Stream<Arguments> bullets() {
    return WHERE.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bullets")
  void everyBulletBecomesAStepOrANoteCitingIt(String bullet, String where) {
    String section = bullet.substring(0, bullet.indexOf(" #"));
    int number =
        Integer.parseInt(
            bullet.substring(bullet.indexOf('#') + 1, bullet.indexOf(' ', bullet.indexOf('#'))));
    Source cited = Source.guide(section, number);
    String kind = where.substring(0, where.indexOf(' '));
    String target = where.substring(where.indexOf(' ') + 1);
    switch (kind) {
      case "step" -> assertThat(step(target).source()).isEqualTo(cited);
      case "note" ->
          assertThat(step(target).notes())
              .anySatisfy(note -> assertThat(note.sources()).contains(cited));
      case "hop-note" ->
          assertThat(PLAN.hops())
              .filteredOn(hop -> hop.from().toString().equals(target))
              .singleElement()
              .satisfies(
                  hop ->
                      assertThat(hop.notes())
                          .anySatisfy(note -> assertThat(note.sources()).contains(cited)));
      default -> throw new AssertionError(kind);
    }
  }

  @Test
  void installAndRestartBulletsBecomeTwoSteps() {
    for (String id :
        List.of(
            "0.11-0.12/install-slaves",
            "0.11-0.12/install-masters",
            "0.12-0.13/install-masters",
            "0.13-0.14/install-masters",
            "0.14-0.15/install-slaves")) {
      UpgradeStep install = step(id);
      UpgradeStep next = PLAN.steps().get(PLAN.steps().indexOf(install) + 1);
      assertThat(next.action()).isEqualTo(StepAction.RESTART);
      assertThat(next.component()).isEqualTo(install.component());
      assertThat(next.source()).isEqualTo(install.source());
    }
  }

  @Test
  void everyGuideCitationPointsAtARealBullet() throws IOException {
    List<String> cited = new ArrayList<>();
    for (UpgradeHop hop : PLAN.hops()) {
      hop.notes().forEach(note -> cited.addAll(guideCitations(note.sources())));
      for (UpgradeStep step : hop.steps()) {
        cited.addAll(guideCitations(List.of(step.source())));
        step.notes().forEach(note -> cited.addAll(guideCitations(note.sources())));
      }
    }
    List<String> bullets =
        guideBullets().stream()
            .map(bullet -> bullet.substring(0, bullet.indexOf(' ', bullet.indexOf('#'))))
            .toList();
    assertThat(bullets).containsAll(cited);
    assertThat(cited).containsAll(bullets);
  }

  private static List<String> guideCitations(List<Source> sources) {
    return sources.stream()
        .filter(source -> source.kind() == Source.Kind.GUIDE)
        .map(source -> source.section() + " #" + source.bullet())
        .toList();
  }

  @Test
  void theGuidesAuthenticationFlagIsCorrectedNotCopied() {
    assertThat(PLAN.steps())
        .flatMap(UpgradeStep::flagChanges)
        .extracting(FlagChange::name)
        .doesNotContain("authentication");
    UpgradeStep enforce = step("0.14-0.15/restart-masters-with-authentication");
    assertThat(enforce.flagChanges()).containsExactly(FlagChange.set("authenticate", "true"));
    assertThat(enforce.notes())
        .filteredOn(note -> note.kind() == Note.Kind.GUIDE_CORRECTION)
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.text())
                  .contains(
                      "--authentication=true", "--authenticate=true", "MESOS_AUTHENTICATION=true");
              assertThat(note.sources())
                  .contains(
                      Source.guide("Upgrading from 0.14.0 to 0.15.0", 10),
                      Source.mesos("src/master/flags.hpp", "0.15.0"));
            });
  }

  private static UpgradeStep step(String id) {
    return PLAN.steps().stream()
        .filter(step -> step.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step " + id));
  }
}
