package io.github.mesosupgrade.cluster;

import com.google.common.collect.ImmutableList;
import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.Component;
import java.net.URI;
import java.util.List;

/**
 * What a {@link ClusterReader} read from a running cluster: the {@link ClusterState} of every
 * master and agent it could read, and every one it could not, with the reason. The state holds only
 * what the cluster reported: an agent in {@link #unreadable()} is not in it, and nothing about it
 * is guessed, so plan from the state only once {@link #isComplete()} or after checking the unread
 * agents by hand.
 *
 * <pre>{@code
 * ClusterReading reading = ClusterReader.create().read(List.of(URI.create("http://m1:5050")));
 * if (!reading.isComplete()) {
 *   reading.unreadable().forEach(System.err::println);
 * }
 * UpgradePlan rest = UpgradePlanner.plan(reading.state(), MesosVersion.parse("1.11.0"));
 * }</pre>
 */
public final class ClusterReading {
  private final ClusterState state;
  private final URI leader;
  private final int mastersRead;
  private final int agentsListed;
  private final int agentsRead;
  private final ImmutableList<UnreadDaemon> unreadable;

  ClusterReading(
      ClusterState state,
      URI leader,
      int mastersRead,
      int agentsListed,
      int agentsRead,
      List<UnreadDaemon> unreadable) {
    this.state = state;
    this.leader = leader;
    this.mastersRead = mastersRead;
    this.agentsListed = agentsListed;
    this.agentsRead = agentsRead;
    this.unreadable = ImmutableList.copyOf(unreadable);
  }

  /**
   * Returns the state of the masters and agents read: one group per release and set of flags.
   * Executors and schedulers are not known (a cluster does not report what its frameworks link).
   */
  public ClusterState state() {
    return state;
  }

  /** Returns the base URL of the leading master, as its redirect or state named it. */
  public URI leader() {
    return leader;
  }

  /** Returns how many masters were read: the leader and each other master URL given. */
  public int mastersRead() {
    return mastersRead;
  }

  /** Returns how many agents the leading master lists, registered or recovered. */
  public int agentsListed() {
    return agentsListed;
  }

  /** Returns how many agents were read. */
  public int agentsRead() {
    return agentsRead;
  }

  /** Returns every master and agent that could not be read, masters first, with the reason. */
  public ImmutableList<UnreadDaemon> unreadable() {
    return unreadable;
  }

  /** Returns the agents that could not be read, in the order the leading master lists them. */
  public ImmutableList<UnreadDaemon> unreadableAgents() {
    return unreadable.stream()
        .filter(unread -> unread.component() == Component.SLAVE)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns whether every master given and every agent listed was read. */
  public boolean isComplete() {
    return unreadable.isEmpty();
  }

  /**
   * Returns a summary a person reads: counts, then the state, then one line per daemon not read.
   */
  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder("leader ")
            .append(leader)
            .append(": ")
            .append(mastersRead)
            .append(mastersRead == 1 ? " master" : " masters")
            .append(" and ")
            .append(agentsRead)
            .append(" of ")
            .append(agentsListed)
            .append(agentsListed == 1 ? " agent" : " agents")
            .append(" read\n")
            .append(state.describe());
    for (UnreadDaemon unread : unreadable) {
      out.append("not read: ").append(unread).append('\n');
    }
    return out.toString();
  }
}
