package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random text and random numbers into every public entry point: each either answers or throws one
 * of its documented exceptions, with the documented message; never another exception type.
 */
class EntryPointFuzzTest {
  private static final String EXPECTED_FORM =
      " is not a Mesos version: expected major.minor.patch, three whole numbers such as 0.15.0";

  /** Any text: all of Unicode, short, and text that looks almost like a version. */
  static Gen<String> text() {
    Gen<String> any = strings().allPossible().ofLengthBetween(0, 12);
    Gen<String> latin = strings().basicLatinAlphabet().ofLengthBetween(0, 12);
    Gen<String> versionish =
        lists()
            .of(
                arbitrary()
                    .pick(
                        "0",
                        "1",
                        "15",
                        "007",
                        "2147483647",
                        "2147483648",
                        "99999999999",
                        ".",
                        " ",
                        "-",
                        "+",
                        "x",
                        "\u0661",
                        "\t"))
            .ofSizeBetween(0, 8)
            .map(parts -> String.join("", parts));
    return any.mix(latin).mix(versionish, 60);
  }

  /** Any int, with the interesting ones often. */
  static Gen<Integer> number() {
    return integers()
        .all()
        .mix(integers().between(-3, 20), 50)
        .mix(
            arbitrary().pick(Integer.MAX_VALUE, Integer.MIN_VALUE, 999_999_999, 1_000_000_000), 10);
  }

  @Nested
  class MesosVersionEntryPoints {
    @Test
    void parseReadsAVersionOrThrowsMalformedVersionNamingTheText() {
      PlanPropertiesTest.theory()
          .forAll(text())
          .checkAssert(
              text -> {
                Optional<MesosVersion> tried = MesosVersion.tryParse(text);
                Throwable thrown = catchThrowable(() -> MesosVersion.parse(text));
                if (tried.isPresent()) {
                  assertThat(thrown).as("parse(%s)", text).isNull();
                  assertThat(MesosVersion.parse(text)).isEqualTo(tried.get());
                  assertThat(tried.get().toString()).isEqualTo(text.strip());
                } else {
                  assertThat(thrown)
                      .as("parse(%s)", text)
                      .isInstanceOfSatisfying(
                          MalformedVersionException.class,
                          e -> assertThat(e.input()).isEqualTo(text))
                      .hasMessage("\"" + Shown.value(text) + "\"" + EXPECTED_FORM);
                }
              });
    }

    @Test
    void ofAcceptsEveryNonNegativeTripleAndParseReadsItsTextBack() {
      PlanPropertiesTest.theory()
          .forAll(number(), number(), number())
          .checkAssert(
              (major, minor, patch) -> {
                if (major < 0 || minor < 0 || patch < 0) {
                  assertThatThrownBy(() -> MesosVersion.of(major, minor, patch))
                      .isExactlyInstanceOf(IllegalArgumentException.class)
                      .hasMessage(
                          "version parts must not be negative, got major %s, minor %s, patch %s",
                          major, minor, patch);
                } else {
                  MesosVersion version = MesosVersion.of(major, minor, patch);
                  assertThat(MesosVersion.parse(version.toString())).isEqualTo(version);
                  assertThat(MesosVersion.tryParse(" " + version + "\n")).contains(version);
                  assertThat(version.releaseLine().contains(version)).isTrue();
                }
              });
    }
  }

  @Nested
  class VersionTextAtTheLimits {
    @Test
    void readsPartsUpToTheLargestInt() {
      assertThat(MesosVersion.parse("2147483647.2147483647.2147483647"))
          .isEqualTo(MesosVersion.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));
      assertThat(MesosVersion.parse("1000000000.0.0"))
          .isEqualTo(MesosVersion.of(1_000_000_000, 0, 0));
    }

    @Test
    void refusesPartsBeyondTheLargestIntAndLeadingZeros() {
      for (String text :
          List.of("2147483648.0.0", "0.99999999999.0", "0.0.99999999999999999999999", "0.015.0")) {
        assertThatThrownBy(() -> MesosVersion.parse(text))
            .isExactlyInstanceOf(MalformedVersionException.class)
            .hasMessage("\"" + Shown.value(text) + "\"" + EXPECTED_FORM);
      }
    }
  }

  @Nested
  class ComponentParse {
    @Test
    void namesAComponentOrThrowsIllegalArgumentListingTheNames() {
      PlanPropertiesTest.theory()
          .forAll(
              text()
                  .mix(
                      arbitrary()
                          .pick(
                              "Master",
                              " SLAVES ",
                              "agent",
                              "Agents",
                              "executor",
                              "SCHEDULER",
                              "framework"),
                      30))
          .checkAssert(
              name -> {
                Throwable thrown = catchThrowable(() -> Component.parse(name));
                if (thrown == null) {
                  Component component = Component.parse(name);
                  String key = name.strip().toLowerCase(java.util.Locale.ROOT);
                  assertThat(key)
                      .isIn(
                          component.singular(),
                          component.plural(),
                          component == Component.SLAVE ? "agent" : component.singular(),
                          component == Component.SLAVE ? "agents" : component.plural());
                } else {
                  assertThat(thrown)
                      .isExactlyInstanceOf(IllegalArgumentException.class)
                      .hasMessage(
                          "\"%s\" is not a Mesos component: expected master, slave (or agent),"
                              + " executor or scheduler",
                          Shown.value(name));
                }
              });
    }
  }

  @Nested
  class Planning {
    @Test
    void planFromTextPlansOrThrowsOnlyTheDocumentedExceptions() {
      List<String> releases =
          UpgradeCatalog.builtIn().releases().stream().map(MesosVersion::toString).toList();
      Gen<String> version = text().mix(arbitrary().pick(releases), 50);
      PlanPropertiesTest.theory()
          .forAll(version, version)
          .checkAssert(
              (from, to) -> {
                Throwable thrown = catchThrowable(() -> UpgradePlanner.plan(from, to));
                if (thrown == null) {
                  UpgradePlan plan = UpgradePlanner.plan(from, to);
                  assertThat(PlanValidator.validate(plan).isValid()).isTrue();
                } else if (thrown instanceof MalformedVersionException malformed) {
                  String side = MesosVersion.tryParse(from).isEmpty() ? "from" : "to";
                  String bad = side.equals("from") ? from : to;
                  assertThat(malformed.input()).isEqualTo(bad);
                  assertThat(malformed)
                      .hasMessage(side + " \"" + Shown.value(bad) + "\"" + EXPECTED_FORM);
                } else {
                  assertThat(thrown).isExactlyInstanceOf(UnsupportedUpgradeException.class);
                  assertThat(thrown.getMessage()).startsWith("cannot plan ");
                }
              });
    }

    @Test
    void planFromNumbersPlansOrRefusesWithAReason() {
      Gen<MesosVersion> version =
          integers()
              .between(0, 2)
              .zip(integers().between(0, 30), integers().between(0, 5), MesosVersion::of)
              .mix(
                  number()
                      .zip(
                          number(),
                          number(),
                          (a, b, c) ->
                              MesosVersion.of(
                                  Math.floorMod(a, 3),
                                  b & Integer.MAX_VALUE,
                                  c & Integer.MAX_VALUE)),
                  20);
      PlanPropertiesTest.theory()
          .forAll(version, version)
          .checkAssert(
              (from, to) -> {
                Throwable thrown = catchThrowable(() -> UpgradePlanner.plan(from, to));
                if (thrown != null) {
                  assertThat(thrown).isExactlyInstanceOf(UnsupportedUpgradeException.class);
                  UnsupportedUpgradeException refused = (UnsupportedUpgradeException) thrown;
                  assertThat(refused.from()).isEqualTo(from);
                  assertThat(refused.to()).isEqualTo(to);
                  UpgradeCatalog catalog = UpgradeCatalog.builtIn();
                  boolean bothSupported =
                      catalog.supportedReleases().contains(from)
                          && catalog.supportedReleases().contains(to);
                  assertThat(refused.reason())
                      .isEqualTo(
                          bothSupported
                              ? UnsupportedUpgradeException.Reason.DOWNGRADE
                              : catalog.releases().contains(from) && catalog.releases().contains(to)
                                  ? UnsupportedUpgradeException.Reason.UNSUPPORTED_VERSION
                                  : refused.reason());
                }
              });
    }
  }

  @Nested
  class Validation {
    private final UpgradeCatalog catalog = UpgradeCatalog.builtIn();
    private final List<UpgradeStep> allSteps =
        catalog.hops().stream().flatMap(hop -> hop.steps().stream()).toList();

    /** Any step of any hop, often moved to another release. */
    private Gen<UpgradeStep> step() {
      List<MesosVersion> releases = List.copyOf(catalog.releases());
      Gen<UpgradeStep> moved =
          arbitrary()
              .pick(allSteps)
              .zip(arbitrary().pick(releases), (step, version) -> step.withVersion(version));
      return arbitrary().pick(allSteps).mix(moved, 40);
    }

    @Test
    void validateReportsOrRefusesButNeverFailsOnAnyStepSequence() {
      List<MesosVersion> releases = List.copyOf(catalog.releases());
      PlanPropertiesTest.theory()
          .forAll(
              arbitrary().pick(releases),
              arbitrary().pick(releases),
              lists().of(step()).ofSizeBetween(0, 40))
          .checkAssert(
              (from, to, steps) -> {
                Throwable thrown = catchThrowable(() -> PlanValidator.validate(from, to, steps));
                if (thrown != null) {
                  assertThat(thrown).isExactlyInstanceOf(UnsupportedUpgradeException.class);
                  return;
                }
                ValidationReport report = PlanValidator.validate(from, to, steps);
                assertThat(report.stepCount()).isEqualTo(steps.size());
                assertThat(report.isValid()).isEqualTo(report.violations().isEmpty());
                for (Violation violation : report.violations()) {
                  assertThat(violation.message()).isNotBlank();
                  for (String id : violation.stepIds()) {
                    assertThat(id).matches("[0-9.]+-[0-9.]+/[a-z0-9-]+");
                  }
                }
                assertThat(report.describe())
                    .startsWith(report.isValid() ? "valid: " : "invalid: ");
              });
    }

    @Test
    void validateRejectsNullsNamingWhatWasNull() {
      UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
      List<UpgradeStep> withNull = new ArrayList<>(plan.steps());
      withNull.add(2, null);
      assertThatThrownBy(() -> PlanValidator.validate(plan.from(), plan.to(), withNull))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("steps must not contain null (index 2)");
    }
  }
}
