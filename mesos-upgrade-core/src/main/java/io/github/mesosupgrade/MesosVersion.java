package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Mesos release number, {@code major.minor.patch}, such as {@code 0.15.0}.
 *
 * <p>Versions compare numerically, part by part ({@code 0.9.0 < 0.10.0}). {@link #toString()} is
 * the canonical text and {@link #parse(String)} reads it back. Whether a version was ever released
 * is a question for an {@link UpgradeCatalog}, not for this type.
 *
 * <pre>{@code
 * MesosVersion v = MesosVersion.parse("0.14.2");
 * v.releaseLine();   // 0.14.x
 * }</pre>
 */
@Immutable
public final class MesosVersion implements Comparable<MesosVersion> {
  private final int major;
  private final int minor;
  private final int patch;

  private MesosVersion(int major, int minor, int patch) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
  }

  /**
   * Returns the version {@code major.minor.patch}.
   *
   * @throws IllegalArgumentException if any part is negative
   */
  public static MesosVersion of(int major, int minor, int patch) {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException(negativePartsMessage(major, minor, patch));
    }
    return new MesosVersion(major, minor, patch);
  }

  /**
   * Reads a version written as three non-negative decimal numbers separated by dots, such as {@code
   * 0.15.0}, each without leading zeros and at most {@value Integer#MAX_VALUE}, so that it reads
   * back the text of every version {@link #of} makes. Surrounding white space is ignored; nothing
   * else is accepted.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws MalformedVersionException if {@code text} is not of that form; its message names the
   *     text and the expected form
   */
  public static MesosVersion parse(String text) {
    requireNonNull(text, "version text must not be null");
    MesosVersion version = parseOrNull(text);
    if (version == null) {
      throw new MalformedVersionException(text);
    }
    return version;
  }

  /**
   * Reads a version like {@link #parse(String)}, returning empty instead of throwing when {@code
   * text} is not a version.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<MesosVersion> tryParse(String text) {
    requireNonNull(text, "version text must not be null");
    return Optional.ofNullable(parseOrNull(text));
  }

  private static @Nullable MesosVersion parseOrNull(String text) {
    String trimmed = text.strip();
    int firstDot = trimmed.indexOf('.');
    int secondDot = firstDot < 0 ? -1 : trimmed.indexOf('.', firstDot + 1);
    if (secondDot < 0) {
      return null;
    }
    int major = parsePart(trimmed, 0, firstDot);
    int minor = parsePart(trimmed, firstDot + 1, secondDot);
    int patch = parsePart(trimmed, secondDot + 1, trimmed.length());
    if (major < 0 || minor < 0 || patch < 0) {
      return null;
    }
    return new MesosVersion(major, minor, patch);
  }

  /**
   * Returns the decimal number in {@code text[start, end)}, or -1 if it is not a canonical one (no
   * leading zeros) or does not fit an {@code int}.
   */
  private static int parsePart(String text, int start, int end) {
    if (start >= end || (end - start > 1 && text.charAt(start) == '0')) {
      return -1;
    }
    long value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
      if (value > Integer.MAX_VALUE) {
        return -1;
      }
    }
    return (int) value;
  }

  /** Returns the major part: {@code 1} in {@code 1.4.2}. */
  public int major() {
    return major;
  }

  /** Returns the minor part: {@code 4} in {@code 1.4.2}. */
  public int minor() {
    return minor;
  }

  /** Returns the patch part: {@code 2} in {@code 1.4.2}. */
  public int patch() {
    return patch;
  }

  /** Returns the release line this version belongs to: {@code 0.14.x} for {@code 0.14.2}. */
  public ReleaseLine releaseLine() {
    return ReleaseLine.of(major, minor);
  }

  /** Returns whether this version is strictly older than {@code other}. */
  public boolean isBefore(MesosVersion other) {
    return compareTo(other) < 0;
  }

  /** Returns whether this version is {@code other} or newer. */
  public boolean isAtLeast(MesosVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(MesosVersion other) {
    int byMajor = Integer.compare(major, other.major);
    if (byMajor != 0) {
      return byMajor;
    }
    int byMinor = Integer.compare(minor, other.minor);
    return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MesosVersion that
        && major == that.major
        && minor == that.minor
        && patch == that.patch;
  }

  @Override
  public int hashCode() {
    return (major * 31 + minor) * 31 + patch;
  }

  /** Returns the canonical text, {@code major.minor.patch}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }

  static String negativePartsMessage(int major, int minor, int patch) {
    return String.format(
        "version parts must not be negative, got major %s, minor %s, patch %s",
        major, minor, patch);
  }
}
