package io.github.mesosupgrade.cluster;

/**
 * Told how far a {@link ClusterReader} has come through the agents, for a command line to show. It
 * is called once with {@code read == 0} when the agents are known, then once per agent done (read
 * or not), from the reader's worker threads but never by two threads at once.
 *
 * <pre>{@code
 * ReadProgress progress = (read, total) -> System.err.printf("\r%d/%d agents", read, total);
 * }</pre>
 */
@FunctionalInterface
public interface ReadProgress {
  /**
   * Receives the number of agents done so far and the number to do.
   *
   * @param read agents done so far, read or not: from 0 to {@code total}
   * @param total agents the leading master lists
   */
  void agentsRead(int read, int total);
}
