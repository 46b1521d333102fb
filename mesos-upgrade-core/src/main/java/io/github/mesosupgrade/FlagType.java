package io.github.mesosupgrade;

/** The type of value a {@link MesosFlag} takes. */
public enum FlagType {
  /** {@code true} or {@code false}; {@code --name} alone means true, {@code --no-name} false. */
  BOOLEAN,
  /** Free text. */
  STRING,
  /** A path in the file system; from Mesos 0.22 also written {@code file:///path}. */
  PATH,
  /** A duration such as {@code 5secs}. */
  DURATION,
  /** A number. */
  NUMBER
}
