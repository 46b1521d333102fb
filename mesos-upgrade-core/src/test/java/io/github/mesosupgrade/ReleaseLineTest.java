package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ReleaseLineTest {
  @Test
  void describesItself() {
    ReleaseLine line = ReleaseLine.of(0, 14);
    assertThat(line).hasToString("0.14.x");
    assertThat(line.shortName()).isEqualTo("0.14");
    assertThat(line.firstRelease()).isEqualTo(MesosVersion.of(0, 14, 0));
    assertThat(line.major()).isZero();
    assertThat(line.minor()).isEqualTo(14);
  }

  @Test
  void containsItsPatchReleasesOnly() {
    ReleaseLine line = ReleaseLine.of(0, 14);
    assertThat(line.contains(MesosVersion.of(0, 14, 2))).isTrue();
    assertThat(line.contains(MesosVersion.of(0, 15, 0))).isFalse();
    assertThat(line.contains(MesosVersion.of(1, 14, 0))).isFalse();
  }

  @Test
  void ordersByMajorThenMinor() {
    assertThat(ReleaseLine.of(0, 9)).isLessThan(ReleaseLine.of(0, 10));
    assertThat(ReleaseLine.of(0, 28)).isLessThan(ReleaseLine.of(1, 0));
  }

  @Test
  void rejectsNegativeParts() {
    assertThatThrownBy(() -> ReleaseLine.of(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("release line parts must not be negative, got major -1, minor 0");
  }

  @Test
  void equalityFollowsTheParts() {
    new EqualsTester()
        .addEqualityGroup(ReleaseLine.of(0, 14), MesosVersion.parse("0.14.2").releaseLine())
        .addEqualityGroup(ReleaseLine.of(0, 15))
        .addEqualityGroup(ReleaseLine.of(1, 14))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(ReleaseLine.of(0, 14));
  }
}
