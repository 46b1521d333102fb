import org.jspecify.annotations.NullMarked;

/**
 * Reads the cluster state of a running Apache Mesos cluster over HTTP: the releases and flags its
 * masters and agents run, as a {@link io.github.mesosupgrade.ClusterState} to plan the rest of an
 * upgrade from or to lint.
 *
 * <p>The entry point is {@link io.github.mesosupgrade.cluster.ClusterReader}.
 */
@NullMarked
module io.github.mesosupgrade.cluster {
  requires transitive io.github.mesosupgrade;
  requires transitive java.net.http;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.mesosupgrade.cluster;
}
