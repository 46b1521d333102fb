package io.github.mesosupgrade;

import java.util.Optional;

/** The releases a flag or endpoint exists in: from one release, up to but not including another. */
final class Lifetime {
  private Lifetime() {}

  /** Returns whether {@code version} is in {@code [introduced, removed)}. */
  static boolean contains(
      MesosVersion introduced, Optional<MesosVersion> removed, MesosVersion version) {
    return version.isAtLeast(introduced) && removed.map(version::isBefore).orElse(Boolean.TRUE);
  }

  /** Returns {@code [0.11.0, 0.14.0)}, or {@code [0.14.0, )} when nothing removed it. */
  static String describe(MesosVersion introduced, Optional<MesosVersion> removed) {
    return "[" + introduced + ", " + removed.map(MesosVersion::toString).orElse("") + ")";
  }
}
