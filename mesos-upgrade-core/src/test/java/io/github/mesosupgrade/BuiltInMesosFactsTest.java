package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Checks the built-in catalog against the generated facts, read here with regular expressions of
 * its own rather than the catalog's parser: every release accepts exactly the flags and aliases its
 * lines list and serves exactly its endpoints.
 */
class BuiltInMesosFactsTest {
  private static final UpgradeCatalog CATALOG = UpgradeCatalog.builtIn();
  private static final Pattern LINE =
      Pattern.compile(
          "^(flag|endpoint) (master|slave) (\\S+) (?:.* )?([0-9.]+)\\.\\.([0-9.]*) \\S+$");
  private static final Pattern ALIAS = Pattern.compile(" alias=([a-z0-9_]+)");

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  /** The lines of the generated file and the overlay's flag lines, as the catalog reads them. */
  private static List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (String part : BuiltInMesosFacts.parts()) {
      lines.addAll(part.lines().map(String::strip).toList());
    }
    BuiltInFlagOverlay.LINES
        .lines()
        .map(String::strip)
        .filter(line -> line.startsWith("flag "))
        .forEach(lines::add);
    return lines;
  }

  private static List<MesosVersion> releases() {
    String first = lines().get(0);
    assertThat(first).startsWith("releases ");
    List<MesosVersion> releases = new ArrayList<>();
    for (String tag : Splitter.on(' ').split(first.substring("releases ".length()))) {
      releases.add(v(tag));
    }
    return releases;
  }

  /** Names (or paths) per "kind component release", each mapped to the flag it names. */
  private static Map<String, Map<String, String>> expected() {
    List<MesosVersion> releases = releases();
    Map<String, Map<String, String>> expected = new HashMap<>();
    for (String line : lines().subList(1, lines().size())) {
      Matcher m = LINE.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      MesosVersion first = v(m.group(4));
      Optional<MesosVersion> last =
          m.group(5).isEmpty() ? Optional.empty() : Optional.of(v(m.group(5)));
      List<String> names = new ArrayList<>(List.of(m.group(3)));
      Matcher alias = ALIAS.matcher(line);
      while (alias.find()) {
        names.add(alias.group(1));
      }
      for (MesosVersion release : releases) {
        if (release.isAtLeast(first) && last.map(l -> l.isAtLeast(release)).orElse(true)) {
          Map<String, String> known =
              expected.computeIfAbsent(
                  m.group(1) + " " + m.group(2) + " " + release, k -> new LinkedHashMap<>());
          for (String name : names) {
            assertThat(known.put(name, m.group(3))).as(line).isNull();
          }
        }
      }
    }
    return expected;
  }

  @Test
  void hasTheReleasesOfTheGeneratedData() {
    assertThat(List.copyOf(CATALOG.releases())).isEqualTo(releases());
    assertThat(releases()).hasSize(78).startsWith(v("0.10.0")).endsWith(v("1.11.0"));
  }

  @Test
  void acceptsExactlyTheFlagsAndAliasesOfEachRelease() {
    Map<String, Map<String, String>> expected = expected();
    for (Component daemon : List.of(Component.MASTER, Component.SLAVE)) {
      String word = daemon == Component.MASTER ? "master" : "slave";
      Set<String> everyName = new TreeSet<>();
      expected.forEach(
          (key, names) -> {
            if (key.startsWith("flag " + word + " ")) {
              everyName.addAll(names.keySet());
            }
          });
      CATALOG.flags().stream()
          .filter(flag -> flag.component() == daemon)
          .forEach(flag -> everyName.add(flag.name()));
      for (MesosVersion release : releases()) {
        Map<String, String> known = expected.getOrDefault("flag " + word + " " + release, Map.of());
        for (String name : everyName) {
          Optional<MesosFlag> flag = CATALOG.flag(daemon, name, release);
          assertThat(flag.map(MesosFlag::name))
              .as("%s --%s at %s", word, name, release)
              .isEqualTo(Optional.ofNullable(known.get(name)));
        }
      }
    }
  }

  @Test
  void servesExactlyTheEndpointsOfEachRelease() {
    Map<String, Map<String, String>> expected = expected();
    for (Component daemon : List.of(Component.MASTER, Component.SLAVE)) {
      String word = daemon == Component.MASTER ? "master" : "slave";
      for (MesosVersion release : releases()) {
        Set<String> served =
            CATALOG.endpoints().stream()
                .filter(e -> e.component() == daemon && e.isServedBy(release))
                .map(Endpoint::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(served)
            .as("%s endpoints at %s", word, release)
            .isEqualTo(
                new TreeSet<>(
                    expected.getOrDefault("endpoint " + word + " " + release, Map.of()).keySet()));
      }
    }
  }

  @Test
  void keepsEachGeneratedPartUnderTheClassFileLimit() {
    for (String part : BuiltInMesosFacts.parts()) {
      assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThan(65_535);
    }
  }

  @Nested
  class FlagsOfPatchReleases {
    private boolean accepts(Component daemon, String name, String release) {
      return CATALOG.flag(daemon, name, v(release)).isPresent();
    }

    @Test
    void roleSorterIsIn142And143NotIn150To160AndBackLater() {
      for (String release : List.of("1.4.2", "1.4.3", "1.5.2", "1.5.3", "1.6.1", "1.7.0")) {
        assertThat(accepts(Component.MASTER, "role_sorter", release)).as(release).isTrue();
      }
      for (String release : List.of("1.4.1", "1.5.0", "1.5.1", "1.6.0")) {
        assertThat(accepts(Component.MASTER, "role_sorter", release)).as(release).isFalse();
      }
      MesosFlag flag = CATALOG.flag(Component.MASTER, "role_sorter", v("1.4.3")).orElseThrow();
      assertThat(flag.toString()).isEqualTo("master --role_sorter [1.4.2, 1.5.0)");
      assertThat(flag.deprecatedNames()).containsEntry("user_sorter", v("1.4.2"));
      assertThat(flag.defaultAt(v("1.4.3"))).contains("drf");
    }

    @Test
    void executorReregistrationTimeoutCameWithPatchReleases() {
      for (String release : List.of("1.1.3", "1.2.2", "1.2.3", "1.3.1", "1.4.0")) {
        assertThat(accepts(Component.SLAVE, "executor_reregistration_timeout", release))
            .as(release)
            .isTrue();
      }
      for (String release : List.of("1.1.2", "1.2.0", "1.2.1", "1.3.0")) {
        assertThat(accepts(Component.SLAVE, "executor_reregistration_timeout", release))
            .as(release)
            .isFalse();
      }
    }

    @Test
    void cgroupsOomBufferExistsOnlyIn0141() {
      assertThat(CATALOG.flagHistory(Component.SLAVE, "cgroups_oom_buffer"))
          .extracting(MesosFlag::toString)
          .containsExactly("slave --cgroups_oom_buffer [0.14.1, 0.14.2)");
      MesosFlag flag = CATALOG.flagHistory(Component.SLAVE, "cgroups_oom_buffer").get(0);
      assertThat(flag.type()).isEqualTo(FlagType.BYTES);
      assertThat(flag.defaultAt(v("0.14.1"))).contains("128MB");
    }
  }

  @Nested
  class PlansNoteWhatTheTargetLacks {
    @Test
    void aJumpFrom143To150NotesRoleSorter() {
      UpgradePlan plan = UpgradePlanner.plan("1.4.3", "1.5.0");
      assertThat(plan.removedFlags())
          .extracting(MesosFlag::toString)
          .contains("master --role_sorter [1.4.2, 1.5.0)");
      assertThat(plan.describe())
          .contains("  removed: flag master --role_sorter (gone in 1.5.0)\n");
    }

    @Test
    void aJumpToARecentReleaseDoesNotNoteAFlagThatCameBack() {
      assertThat(UpgradePlanner.plan("1.4.3", "1.7.0").removedFlags())
          .extracting(MesosFlag::name)
          .doesNotContain("role_sorter");
    }

    @Test
    void aPatchHopNotesWhatThePatchReleaseDropped() {
      UpgradePlan plan = UpgradePlanner.plan("0.14.1", "0.14.2");
      assertThat(plan.hops()).hasSize(1);
      assertThat(plan.removedFlags())
          .extracting(MesosFlag::toString)
          .containsExactly("slave --cgroups_oom_buffer [0.14.1, 0.14.2)");
      assertThat(plan.describe())
          .endsWith("  removed: flag slave --cgroups_oom_buffer (gone in 0.14.2)\n");
    }

    @Test
    void aPatchHopToAReleaseWithTheSameFlagsNotesNothing() {
      UpgradePlan plan = UpgradePlanner.plan("1.2.2", "1.2.3");
      assertThat(plan.removedFlags()).isEmpty();
      assertThat(plan.removedEndpoints()).isEmpty();
    }

    @Test
    void anEndpointThatComesBackIsNotNoted() {
      // /tasks.json: served by 0.17.0, commented out in 0.18.0, back in 0.18.1.
      assertThat(UpgradePlanner.plan("0.17.0", "0.18.0").removedEndpoints())
          .extracting(Endpoint::path)
          .contains("/tasks.json");
      assertThat(UpgradePlanner.plan("0.17.0", "0.18.2").removedEndpoints())
          .extracting(Endpoint::path)
          .doesNotContain("/tasks.json");
    }
  }

  @Nested
  class ValidatorAndLinterUseTheFlagsOfTheExactRelease {
    private List<UpgradeStep> withRoleSorterOnMasterRestart(UpgradePlan plan) {
      List<UpgradeStep> steps = new ArrayList<>();
      for (UpgradeStep step : plan.steps()) {
        boolean masterRestart =
            step.component() == Component.MASTER && step.action() == StepAction.RESTART;
        steps.add(
            masterRestart ? step.withFlagChanges(FlagChange.set("role_sorter", "drf")) : step);
      }
      return steps;
    }

    @Test
    void aStepSettingRoleSorterOn143MastersIsAccepted() {
      UpgradePlan plan = UpgradePlanner.plan("1.4.2", "1.4.3");
      ValidationReport report =
          PlanValidator.validate(plan.from(), plan.to(), withRoleSorterOnMasterRestart(plan));
      assertThat(report.isValid()).as(report.describe()).isTrue();
    }

    @Test
    void aStepSettingRoleSorterOn150MastersIsRefused() {
      UpgradePlan plan = UpgradePlanner.plan("1.4.3", "1.5.0");
      ValidationReport report =
          PlanValidator.validate(plan.from(), plan.to(), withRoleSorterOnMasterRestart(plan));
      assertThat(report.has(ViolationCode.FLAG_NOT_ACCEPTED)).as(report.describe()).isTrue();
    }

    @Test
    void roleSorterOnA143MasterIsCleanAndOnA150MasterAnError() {
      ConfigLinter linter = ConfigLinter.builtIn();
      LintReport ok =
          linter.lint(Component.MASTER, v("1.4.3"), List.of("--role_sorter=drf"), Map.of());
      assertThat(ok.findings()).isEmpty();
      LintReport refused =
          linter.lint(Component.MASTER, v("1.5.0"), List.of("--role_sorter=drf"), Map.of());
      assertThat(refused.hasErrors()).isTrue();
      assertThat(refused.describe())
          .isEqualTo(
              "master 1.5.0: 1 finding (1 error)\n"
                  + "  - ERROR FLAG_REMOVED: --role_sorter=drf: master 1.5.0 no longer takes"
                  + " --role_sorter (removed in 1.5.0), so it refuses to start; remove"
                  + " --role_sorter");
    }
  }
}
