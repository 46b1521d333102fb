package io.github.mesosupgrade;

/** The built-in {@link ClusterFacts}, each with the Mesos sources it is read from. */
final class BuiltInClusterFacts {
  private BuiltInClusterFacts() {}

  /**
   * The facts of Mesos 0.10.0 to 1.11.0.
   *
   * <ul>
   *   <li>{@code --authenticate} and {@code --credentials}: src/master/flags.hpp at 0.15.0; the
   *       master exits on {@code --authenticate=true} without credentials: src/master/master.cpp at
   *       0.15.0.
   *   <li>{@code --checkpoint}: src/slave/flags.hpp at 0.13.0 to 0.21.0 (always on from 0.22.0).
   *   <li>Version skew: before 1.0 the upgrade guide moves one release line at a time;
   *       docs/versioning.md at 1.0.0 sets the policy from 1.0.0.
   *   <li>Masters from 1.2.1 ignore agents older than 1.0.0 ({@code MINIMUM_AGENT_VERSION}):
   *       src/master/constants.hpp at 1.2.1.
   *   <li>Masters from 0.24.0 publish their ZooKeeper record as JSON; schedulers need libmesos
   *       0.23.0 or later to read it: docs/upgrades.md at 0.24.0.
   *   <li>Credentials files (master {@code --credentials}, slave {@code --credential} from 0.20.0):
   *       JSON is read from 0.20.0, text still accepted, and an empty file makes the master exit
   *       ("Credentials file must contain at least one credential"); only JSON from 1.11.0
   *       ("Invalid json format"): src/credentials/credentials.hpp at 0.20.0, 1.10.0 and 1.11.0;
   *       src/master/master.cpp and src/slave/slave.cpp at 1.11.0; CHANGELOG at 1.11.0 ("Breaking
   *       change: Deprecated authentication credential text format support"). The JSON forms are
   *       the protobuf messages {@code Credentials} and {@code Credential} of
   *       include/mesos/mesos.proto at 1.11.0.
   *   <li>{@code --conf} named the directory of {@code mesos.conf} until the Configurator went in
   *       0.13.0: src/configurator/configurator.cpp at 0.12.0.
   * </ul>
   */
  static final ClusterFacts FACTS =
      new ClusterFacts(
          "authenticate",
          "credentials",
          "checkpoint",
          MesosVersion.of(1, 0, 0),
          MesosVersion.of(1, 2, 1),
          MesosVersion.of(1, 0, 0),
          MesosVersion.of(0, 24, 0),
          MesosVersion.of(0, 23, 0),
          "credential",
          MesosVersion.of(0, 20, 0),
          MesosVersion.of(1, 11, 0),
          "{\"credentials\": [{\"principal\": \"...\", \"secret\": \"...\"}]}",
          "{\"principal\": \"...\", \"secret\": \"...\"}",
          "conf");
}
