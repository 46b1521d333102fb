package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The built-in catalog parses the Mesos facts on first use, only as far as the releases asked
 * about; this compares what it answers with a catalog that parses every fact at once, as the
 * built-in catalog was made before.
 */
class LazyCatalogTest {
  private static UpgradeCatalog eager;
  private static List<MesosVersion> supported;

  /** The built-in catalog with every fact parsed when it is made. */
  static UpgradeCatalog eagerBuiltIn() {
    MesosFacts facts = MesosFacts.builtIn();
    return BuiltInUnknownFlags.addTo(UpgradeCatalog.builder())
        .addReleases(facts.releases())
        .addFlags(facts.flags())
        .addEndpoints(facts.endpoints())
        .addHop(BuiltInCatalog.hop0_11To0_12())
        .addHop(BuiltInCatalog.hop0_12To0_13())
        .addHop(BuiltInCatalog.hop0_13To0_14())
        .addHop(BuiltInCatalog.hop0_14To0_15())
        .addHops(BuiltInHops0_15To0_22.all())
        .addHops(BuiltInHops0_22To1_0.all())
        .addHops(BuiltInHops1_0To1_11.all())
        .buildUnchecked();
  }

  @BeforeAll
  static void makeTheEagerCatalog() {
    eager = eagerBuiltIn();
    supported = List.copyOf(eager.supportedReleases());
  }

  private static void samePlan(MesosVersion from, MesosVersion to) {
    // A fresh catalog for every plan: each plan is the first, and makes the facts of its lines.
    UpgradeCatalog lazy = BuiltInCatalog.create();
    UpgradePlan planned = UpgradePlanner.plan(lazy, from, to);
    UpgradePlan expected = UpgradePlanner.plan(eager, from, to);
    assertThat(planned.hops()).as("%s -> %s", from, to).isEqualTo(expected.hops());
    assertThat(planned.describe()).isEqualTo(expected.describe());
    assertThat(PlanValidator.validate(lazy, from, to, planned.steps()))
        .as("%s -> %s validated", from, to)
        .isEqualTo(PlanValidator.validate(eager, from, to, expected.steps()));
  }

  @Nested
  class Plans {
    @Test
    void betweenEveryTwoAdjacentReleasesAreTheEagerCatalogs() {
      for (int i = 0; i + 1 < supported.size(); i++) {
        samePlan(supported.get(i), supported.get(i + 1));
      }
    }

    @Test
    void acrossSeveralLinesAreTheEagerCatalogs() {
      // Every seventh release to every fifth later one, and each end of the range.
      for (int i = 0; i < supported.size(); i += 7) {
        for (int j = i + 2; j < supported.size(); j += 5) {
          samePlan(supported.get(i), supported.get(j));
        }
        samePlan(supported.get(i), supported.get(supported.size() - 1));
      }
    }

    @Test
    void fromTheSameCatalogAfterItsWholeFactsAreMadeAreTheEagerCatalogs() {
      UpgradeCatalog lazy = BuiltInCatalog.create();
      MesosVersion first = supported.get(0);
      MesosVersion last = supported.get(supported.size() - 1);
      assertThat(UpgradePlanner.plan(lazy, first, MesosVersion.parse("0.15.0")).hops())
          .isEqualTo(UpgradePlanner.plan(eager, first, MesosVersion.parse("0.15.0")).hops());
      assertThat(lazy.flags()).isEqualTo(eager.flags());
      assertThat(UpgradePlanner.plan(lazy, first, last).hops())
          .isEqualTo(UpgradePlanner.plan(eager, first, last).hops());
    }
  }

  @Nested
  class Hops {
    @Test
    void areTheEagerCatalogsMadeOneAtATimeOrAllAtOnce() {
      UpgradeCatalog lazy = BuiltInCatalog.create();
      assertThat(lazy.releaseLines()).isEqualTo(eager.releaseLines());
      assertThat(lazy.supportedReleases()).isEqualTo(eager.supportedReleases());
      for (ReleaseLine line : eager.releaseLines()) {
        assertThat(lazy.hopFrom(line)).as("from %s", line).isEqualTo(eager.hopFrom(line));
      }
      assertThat(lazy.hops()).isEqualTo(eager.hops());
      assertThat(BuiltInCatalog.create().hops()).isEqualTo(eager.hops());
      assertThat(lazy.toString()).isEqualTo(eager.toString());
      assertThat(lazy.hopFrom(ReleaseLine.of(0, 10))).isEmpty();
    }
  }

  @Nested
  class Facts {
    @Test
    void answerEveryFlagAtEveryReleaseAsTheEagerCatalog() {
      Set<String> names = new java.util.TreeSet<>();
      for (MesosFlag flag : eager.flags()) {
        names.add(flag.name());
        names.addAll(flag.deprecatedNames().keySet());
        names.addAll(flag.unacceptedSpellings());
      }
      names.add("no_such_flag");
      for (MesosVersion release : eager.releases()) {
        UpgradeCatalog lazy = BuiltInCatalog.create();
        for (Component daemon : List.of(Component.MASTER, Component.SLAVE)) {
          for (String name : names) {
            Optional<MesosFlag> expected = eager.flag(daemon, name, release);
            assertThat(lazy.flag(daemon, name, release))
                .as("%s --%s at %s", daemon, name, release)
                .isEqualTo(expected);
          }
        }
      }
    }

    @Test
    void ofEveryReleaseLineAreTheWholeFactsOfWhatThatLineKnows() {
      MesosFacts whole = MesosFacts.builtIn();
      for (MesosVersion release : whole.releases()) {
        MesosVersion bound = MesosVersion.of(release.major(), release.minor(), Integer.MAX_VALUE);
        MesosFacts part = MesosFacts.builtIn(bound);
        assertThat(inOrder(part.flags(), whole.flags())).as("flags up to %s", release).isTrue();
        assertThat(inOrder(part.endpoints(), whole.endpoints())).isTrue();
        for (MesosFlag flag : whole.flags()) {
          if (!flag.introducedIn().isBefore(bound)) {
            continue;
          }
          assertThat(part.flags()).as("up to %s", release).contains(flag);
        }
        for (Endpoint endpoint : whole.endpoints()) {
          if (endpoint.introducedIn().isBefore(bound)) {
            assertThat(part.endpoints()).as("up to %s", release).contains(endpoint);
          }
        }
        assertThat(part.releases()).isEqualTo(whole.releases());
      }
      MesosVersion oldest = MesosVersion.parse("0.15.0");
      assertThat(MesosFacts.builtIn(MesosVersion.of(0, 15, Integer.MAX_VALUE)).flags().size())
          .as("flags up to %s", oldest)
          .isLessThan(whole.flags().size() / 2);
    }

    @Test
    void releasesAreReadFromTheFirstLineAlone() {
      assertThat(MesosFacts.builtInReleases()).isEqualTo(MesosFacts.builtIn().releases());
    }

    @Test
    void keepARenamedFlagWithTheFlagItWasRenamedFrom() {
      MesosFacts facts =
          MesosFacts.parse(
              List.of(
                  "releases 0.14.0 0.15.0 1.0.0",
                  "flag master old type=bool 0.14.0..0.14.0 f",
                  "flag master new type=bool alias=old 0.15.0.. f",
                  "flag slave before type=bool 0.14.0..0.14.0 f",
                  "flag slave after type=bool 0.15.0.. f",
                  "renamed slave before after 0.15.0 f",
                  "flag slave later type=bool 1.0.0.. f",
                  "endpoint master /later 1.0.0.. f"),
              MesosVersion.of(0, 14, Integer.MAX_VALUE));
      assertThat(facts.flags())
          .extracting(MesosFlag::toString)
          .containsExactly(
              "master --new [0.15.0, )",
              "master --old [0.14.0, 0.15.0)",
              "slave --after [0.15.0, )",
              "slave --before [0.14.0, 0.15.0)");
      assertThat(facts.flags().get(1).renamedTo()).contains("new");
      assertThat(facts.flags().get(3).renamedTo()).contains("after");
      assertThat(facts.endpoints()).isEmpty();
    }

    @Test
    void stillNameABadLine() {
      MesosVersion bound = MesosVersion.of(0, 14, Integer.MAX_VALUE);
      for (String[] bad :
          new String[][] {
            {"fact master x 0.14.0.. f", "unknown kind fact"},
            {"flag master x type=bool 0.13.0.. f", "0.13.0 is not a release read"},
            {"flag master x type=bool 0.14.0 f", "range 0.14.0 needs A..B or A.."},
            {"flag master x type=bool alias=y", "flag x has no type"},
            {"renamed master x", "Index 4 out of bounds for length 3"},
          }) {
        List<String> lines = new ArrayList<>();
        lines.add("releases 0.14.0 0.15.0");
        lines.add(bad[0]);
        assertThatThrownBy(() -> MesosFacts.parse(lines, bound))
            .isInstanceOf(RuntimeException.class)
            .hasMessageEndingWith(bad[1]);
      }
    }
  }

  private static <T> boolean inOrder(List<T> part, List<T> whole) {
    int at = 0;
    for (T item : part) {
      while (at < whole.size() && !whole.get(at).equals(item)) {
        at++;
      }
      if (at == whole.size()) {
        return false;
      }
      at++;
    }
    return true;
  }
}
