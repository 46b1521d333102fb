package io.github.mesosupgrade;

/** The type of value a {@link MesosFlag} takes. */
public enum FlagType {
  /** {@code true} or {@code false}; {@code --name} alone means true, {@code --no-name} false. */
  BOOLEAN,
  /** Free text: a word, a comma-separated list, or a value that may be read from a file. */
  STRING,
  /** A path in the file system; from Mesos 0.22 also written {@code file:///path}. */
  PATH,
  /** A duration such as {@code 5secs}. */
  DURATION,
  /** A number. */
  NUMBER,
  /** A size such as {@code 128MB}. */
  BYTES,
  /**
   * JSON text, or the path ({@code file:///path}) of a file holding it: ACLs, modules and the like.
   */
  JSON
}
