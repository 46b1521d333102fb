import org.jspecify.annotations.NullMarked;

/**
 * Typed, ordered, validated upgrade plans for Apache Mesos clusters.
 *
 * <p>The entry point is {@link io.github.mesosupgrade.UpgradePlanner}; see the package {@link
 * io.github.mesosupgrade} for the vocabulary.
 */
@NullMarked
@SuppressWarnings("module") // the modules of the qualified export are compiled after this one
module io.github.mesosupgrade {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.mesosupgrade;
  // Not API: shared helpers of mesos-upgrade's own modules, exported to them only.
  exports io.github.mesosupgrade.internal to
      io.github.mesosupgrade.assertj,
      io.github.mesosupgrade.cli,
      io.github.mesosupgrade.cluster,
      io.github.mesosupgrade.json;
}
