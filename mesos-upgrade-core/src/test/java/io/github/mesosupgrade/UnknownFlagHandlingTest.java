package io.github.mesosupgrade;

import static io.github.mesosupgrade.UnknownFlagHandling.Behaviour.FATAL;
import static io.github.mesosupgrade.UnknownFlagHandling.Behaviour.IGNORED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnknownFlagHandlingTest {
  private static final UpgradeCatalog BUILT_IN = UpgradeCatalog.builtIn();
  private static final Source SOURCE = Source.mesos("src/slave/main.cpp", "2.0.0");

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  @Nested
  class BuiltIn {
    @ParameterizedTest
    @CsvSource({
      "MASTER, 0.10.0, IGNORED, IGNORED",
      "SLAVE, 0.12.1, IGNORED, IGNORED",
      "MASTER, 0.13.0, FATAL, FATAL",
      "SLAVE, 0.13.0, FATAL, FATAL",
      "SLAVE, 0.14.0, FATAL, IGNORED",
      "MASTER, 0.24.1, FATAL, IGNORED",
      "SLAVE, 1.11.0, FATAL, IGNORED"
    })
    void followsTheSourcesOfEachRelease(
        Component component,
        String release,
        UnknownFlagHandling.Behaviour commandLine,
        UnknownFlagHandling.Behaviour environment) {
      UnknownFlagHandling handling = BUILT_IN.unknownFlagHandling(component, v(release));

      assertThat(handling.commandLine()).isEqualTo(commandLine);
      assertThat(handling.environment()).isEqualTo(environment);
    }

    @Test
    void citesStoutAt013() {
      assertThat(BUILT_IN.unknownFlagHandling(Component.SLAVE, v("0.13.0")))
          .hasToString(
              "command line FATAL, environment FATAL [apache/mesos"
                  + " 3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp at 0.13.0;"
                  + " apache/mesos src/master/main.cpp at 0.13.0; apache/mesos src/slave/main.cpp"
                  + " at 0.13.0]");
    }
  }

  @Nested
  class CustomCatalogs {
    @Test
    void releasesWithoutAnEntryGetTheStoutDefault() {
      UnknownFlagHandling strict = UnknownFlagHandling.of(FATAL, FATAL, SOURCE);
      UpgradeCatalog catalog =
          BUILT_IN.toBuilder()
              .unknownFlagHandling(Component.SLAVE, v("1.0.0"), strict)
              .buildUnchecked();

      assertThat(catalog.unknownFlagHandling(Component.SLAVE, v("1.11.0"))).isEqualTo(strict);
      assertThat(catalog.unknownFlagHandling(Component.MASTER, v("1.11.0")))
          .isEqualTo(BUILT_IN.unknownFlagHandling(Component.MASTER, v("1.11.0")));
      assertThat(
              catalog.toBuilder().buildUnchecked().unknownFlagHandling(Component.SLAVE, v("1.0.0")))
          .isEqualTo(strict);
      UpgradeCatalog empty =
          UpgradeCatalog.builder()
              .unknownFlagHandling(Component.SLAVE, v("2.0.0"), strict)
              .buildUnchecked();
      assertThat(empty.unknownFlagHandling(Component.SLAVE, v("1.9.0")))
          .isEqualTo(UnknownFlagHandling.stoutDefault());
      assertThat(empty.unknownFlagHandling(Component.MASTER, v("2.0.0")))
          .isEqualTo(UnknownFlagHandling.stoutDefault());
      assertThat(UnknownFlagHandling.stoutDefault())
          .hasToString(
              "command line FATAL, environment IGNORED [apache/mesos"
                  + " 3rdparty/stout/include/stout/flags/flags.hpp at 1.11.0]");
    }

    @Test
    void onlyDaemonsTakeFlags() {
      UnknownFlagHandling handling = UnknownFlagHandling.of(FATAL, IGNORED, SOURCE);

      assertThatThrownBy(
              () ->
                  UpgradeCatalog.builder()
                      .unknownFlagHandling(Component.SCHEDULER, v("1.0.0"), handling))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "unknown flag handling is given for the schedulers, but only masters and slaves"
                  + " take flags");
    }

    @Test
    void aHandlingNeedsASource() {
      assertThatThrownBy(() -> UnknownFlagHandling.of(FATAL, IGNORED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "unknown flag handling command line FATAL, environment IGNORED [] needs at least"
                  + " one source");
    }

    @Test
    void isAValue() {
      new EqualsTester()
          .addEqualityGroup(
              UnknownFlagHandling.of(FATAL, IGNORED, SOURCE),
              UnknownFlagHandling.of(FATAL, IGNORED, SOURCE))
          .addEqualityGroup(UnknownFlagHandling.of(FATAL, FATAL, SOURCE))
          .addEqualityGroup(UnknownFlagHandling.of(IGNORED, IGNORED, SOURCE))
          .testEquals();
      new NullPointerTester()
          .setDefault(Source.class, SOURCE)
          .setDefault(UnknownFlagHandling.class, UnknownFlagHandling.stoutDefault())
          .testAllPublicStaticMethods(UnknownFlagHandling.class);
      new NullPointerTester()
          .setDefault(MesosVersion.class, v("1.0.0"))
          .setDefault(Component.class, Component.MASTER)
          .testAllPublicInstanceMethods(BUILT_IN);
    }
  }

  @Nested
  class Messages {
    private String violation(String release, String name) {
      return FlagRule.check(BUILT_IN, Component.SLAVE, v(release), name)
          .orElseThrow()
          .violation("s/restart-slaves");
    }

    private String refusal(String release, String name) {
      return FlagRule.check(BUILT_IN, Component.SLAVE, v(release), name).orElseThrow().refusal();
    }

    @Test
    void theValidatorSaysWhatEachReleaseDoes() {
      assertThat(violation("0.12.0", "colour"))
          .isEqualTo(
              "step s/restart-slaves starts the slaves with --colour, which no Mesos release"
                  + " accepts: on the command line the slave ignores it, and as MESOS_COLOUR in the"
                  + " environment it is silently ignored");
      assertThat(violation("0.13.0", "colour"))
          .isEqualTo(
              "step s/restart-slaves starts the slaves with --colour, which no Mesos release"
                  + " accepts: on the command line the slave refuses to start, and as MESOS_COLOUR"
                  + " in the environment it refuses too");
      assertThat(violation("0.14.0", "colour"))
          .isEqualTo(
              "step s/restart-slaves starts the slaves with --colour, which no Mesos release"
                  + " accepts: on the command line the slave refuses to start, and as MESOS_COLOUR"
                  + " in the environment it is silently ignored");
      assertThat(violation("0.12.0", "checkpoint"))
          .isEqualTo(
              "step s/restart-slaves starts the slaves on 0.12.0 with --checkpoint, which is"
                  + " accepted only from 0.13.0: the slave ignores it, so the setting is lost; set"
                  + " it once the slaves run 0.13.0 or later");
    }

    @Test
    void refusedStatesSayWhatEachReleaseDoes() {
      assertThat(refusal("0.12.0", "colour"))
          .isEqualTo(
              "cannot plan from this state: the slaves run 0.12.0 with --colour, which no Mesos"
                  + " release accepts: the daemon ignores it, so no daemon runs with it; list only"
                  + " the flags the daemons run with (ConfigLinter checks a configuration)");
      assertThat(refusal("0.13.0", "colour"))
          .isEqualTo(
              "cannot plan from this state: the slaves run 0.13.0 with --colour, which no Mesos"
                  + " release accepts: on the command line and in the environment the daemon does"
                  + " not start, so no daemon runs with it; list only the flags the daemons run"
                  + " with (ConfigLinter checks a configuration)");
      UpgradeCatalog odd =
          BUILT_IN.toBuilder()
              .unknownFlagHandling(
                  Component.SLAVE, v("0.10.0"), UnknownFlagHandling.of(IGNORED, FATAL, SOURCE))
              .buildUnchecked();
      assertThat(
              FlagRule.check(odd, Component.SLAVE, v("0.12.0"), "colour").orElseThrow().refusal())
          .isEqualTo(
              "cannot plan from this state: the slaves run 0.12.0 with --colour, which no Mesos"
                  + " release accepts: in the environment the daemon does not start and on the"
                  + " command line it is ignored, so no daemon runs with it; list only the flags"
                  + " the daemons run with (ConfigLinter checks a configuration)");
    }
  }
}
