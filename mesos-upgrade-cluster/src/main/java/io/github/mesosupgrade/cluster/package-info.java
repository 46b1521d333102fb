/**
 * Reads what a running Mesos cluster runs, over HTTP, into a {@link
 * io.github.mesosupgrade.ClusterState}.
 *
 * <p>{@link io.github.mesosupgrade.cluster.ClusterReader} finds the leading master, reads its state
 * and each agent's flags (or state, for releases that serve no {@code /flags}), and returns a
 * {@link io.github.mesosupgrade.cluster.ClusterReading}: the state it read and every master or
 * agent it could not read, with the reason. {@link
 * io.github.mesosupgrade.cluster.ClusterReaderOptions} sets credentials, TLS trust, timeouts and
 * limits. Nothing here writes to a cluster: every request is a {@code GET}.
 */
@NullMarked
package io.github.mesosupgrade.cluster;

import org.jspecify.annotations.NullMarked;
