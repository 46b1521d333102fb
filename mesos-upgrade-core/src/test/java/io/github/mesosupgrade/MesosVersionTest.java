package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MesosVersionTest {

  @Nested
  class Parsing {
    @Test
    void readsThreeParts() {
      MesosVersion version = MesosVersion.parse("0.14.2");
      assertThat(version.major()).isZero();
      assertThat(version.minor()).isEqualTo(14);
      assertThat(version.patch()).isEqualTo(2);
      assertThat(version).hasToString("0.14.2");
    }

    @Test
    void ignoresSurroundingWhiteSpace() {
      assertThat(MesosVersion.parse(" 1.10.0\n")).isEqualTo(MesosVersion.of(1, 10, 0));
    }

    @Test
    void readsBackItsOwnText() {
      MesosVersion version = MesosVersion.of(123456789, 0, 7);
      assertThat(MesosVersion.parse(version.toString())).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "0.15.x",
          "banana",
          "-1.0.0",
          "",
          "   ",
          "1.2",
          "1.2.3.4",
          "01.2.3",
          "1.02.3",
          "1..3",
          "1.2.",
          ".1.2",
          "+1.2.3",
          "1.2.3-rc1",
          "1 .2.3",
          "1234567890.0.0",
          "０.1.2"
        })
    void rejectsWhatIsNotAVersion(String text) {
      assertThatThrownBy(() -> MesosVersion.parse(text))
          .isInstanceOf(MalformedVersionException.class)
          .hasMessage(
              "\""
                  + text
                  + "\" is not a Mesos version: expected major.minor.patch, three whole numbers"
                  + " such as 0.15.0")
          .satisfies(e -> assertThat(((MalformedVersionException) e).input()).isEqualTo(text));
      assertThat(MesosVersion.tryParse(text)).isEmpty();
    }

    @Test
    void tryParseReturnsTheVersion() {
      assertThat(MesosVersion.tryParse("0.15.0")).contains(MesosVersion.of(0, 15, 0));
    }

    @Test
    void rejectsNull() {
      assertThatThrownBy(() -> MesosVersion.parse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("version text must not be null");
      assertThatThrownBy(() -> MesosVersion.tryParse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("version text must not be null");
    }

    @Test
    void rejectsNegativeParts() {
      assertThatThrownBy(() -> MesosVersion.of(0, -1, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("version parts must not be negative, got major 0, minor -1, patch 0");
    }
  }

  @Nested
  class Ordering {
    @Test
    void comparesNumericallyPartByPart() {
      List<MesosVersion> versions =
          new ArrayList<>(
              List.of(
                  MesosVersion.parse("1.0.0"),
                  MesosVersion.parse("0.10.0"),
                  MesosVersion.parse("0.9.0"),
                  MesosVersion.parse("0.14.2"),
                  MesosVersion.parse("0.14.10")));
      Collections.sort(versions);
      assertThat(versions)
          .extracting(MesosVersion::toString)
          .containsExactly("0.9.0", "0.10.0", "0.14.2", "0.14.10", "1.0.0");
    }

    @Test
    void answersBeforeAndAtLeast() {
      MesosVersion older = MesosVersion.of(0, 14, 2);
      MesosVersion newer = MesosVersion.of(0, 15, 0);
      assertThat(older.isBefore(newer)).isTrue();
      assertThat(newer.isBefore(older)).isFalse();
      assertThat(older.isBefore(older)).isFalse();
      assertThat(newer.isAtLeast(older)).isTrue();
      assertThat(older.isAtLeast(older)).isTrue();
      assertThat(older.isAtLeast(newer)).isFalse();
    }

    @Test
    void belongsToItsReleaseLine() {
      MesosVersion version = MesosVersion.parse("0.14.2");
      assertThat(version.releaseLine()).isEqualTo(ReleaseLine.of(0, 14));
      assertThat(version.releaseLine()).hasToString("0.14.x");
    }
  }

  @Test
  void equalityFollowsTheParts() {
    new EqualsTester()
        .addEqualityGroup(MesosVersion.of(0, 15, 0), MesosVersion.parse("0.15.0"))
        .addEqualityGroup(MesosVersion.of(0, 15, 1))
        .addEqualityGroup(MesosVersion.of(0, 16, 0))
        .addEqualityGroup(MesosVersion.of(1, 15, 0))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    new NullPointerTester().testAllPublicStaticMethods(MesosVersion.class);
    new NullPointerTester().testAllPublicInstanceMethods(MesosVersion.of(0, 15, 0));
  }
}
