package io.github.mesosupgrade;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A Mesos release line, {@code major.minor}, written {@code 0.14.x}: all patch releases that share
 * a major and minor number. Upgrade hops go from one release line to the next.
 */
@Immutable
public final class ReleaseLine implements Comparable<ReleaseLine> {
  private final int major;
  private final int minor;

  private ReleaseLine(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * Returns the release line {@code major.minor.x}.
   *
   * @throws IllegalArgumentException if a part is negative
   */
  public static ReleaseLine of(int major, int minor) {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(negativePartsMessage(major, minor));
    }
    return new ReleaseLine(major, minor);
  }

  /** Returns the major part: {@code 0} in {@code 0.14.x}. */
  public int major() {
    return major;
  }

  /** Returns the minor part: {@code 14} in {@code 0.14.x}. */
  public int minor() {
    return minor;
  }

  /** Returns the first release of this line, {@code major.minor.0}. */
  public MesosVersion firstRelease() {
    return MesosVersion.of(major, minor, 0);
  }

  /** Returns whether {@code version} is a release of this line. */
  public boolean contains(MesosVersion version) {
    return version.major() == major && version.minor() == minor;
  }

  /** Returns the short form used in step ids: {@code 0.14} for {@code 0.14.x}. */
  public String shortName() {
    return major + "." + minor;
  }

  @Override
  public int compareTo(ReleaseLine other) {
    int byMajor = Integer.compare(major, other.major);
    return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ReleaseLine that && major == that.major && minor == that.minor;
  }

  @Override
  public int hashCode() {
    return major * 31 + minor;
  }

  /** Returns {@code major.minor.x}, for example {@code 0.14.x}. */
  @Override
  public String toString() {
    return major + "." + minor + ".x";
  }

  static String negativePartsMessage(int major, int minor) {
    return String.format(
        "release line parts must not be negative, got major %s, minor %s", major, minor);
  }
}
