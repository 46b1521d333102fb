package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SLAVE;

import com.google.common.collect.ImmutableList;

/**
 * The HTTP endpoints of masters and slaves the built-in catalog knows, taken from the {@code
 * route(...)} calls in the Mesos sources at each release tag: {@code src/master/master.cpp} (and
 * {@code src/master/slaves_manager.cpp} before 0.13), {@code src/slave/slave.cpp}, {@code
 * src/slave/monitor.cpp} and {@code src/files/files.cpp}, whose {@code /files/*} paths masters and
 * slaves both serve. Paths are written as their process serves them ({@code /state.json} for the
 * master's {@code /master/state.json}). An endpoint older than 0.10.0 is recorded from 0.10.0, the
 * oldest release read.
 */
final class MesosEndpoints {
  private MesosEndpoints() {}

  private static final String MASTER_CPP = "src/master/master.cpp";
  private static final String SLAVE_CPP = "src/slave/slave.cpp";
  private static final String MONITOR = "src/slave/monitor.cpp";
  private static final String FILES = "src/files/files.cpp";

  static ImmutableList<Endpoint> all() {
    ImmutableList.Builder<Endpoint> all = ImmutableList.builder();
    Source slavesManager = Source.mesos("src/master/slaves_manager.cpp", "0.12.0");
    for (String path :
        new String[] {
          "/slaves/add",
          "/slaves/remove",
          "/slaves/activate",
          "/slaves/deactivate",
          "/slaves/activated",
          "/slaves/deactivated"
        }) {
      all.add(endpoint(MASTER, path, "0.10.0", "0.13.0", slavesManager));
    }
    master(all, "/redirect", "0.10.0", "");
    master(all, "/vars", "0.10.0", "0.14.0");
    master(all, "/stats.json", "0.10.0", "0.23.0");
    master(all, "/state.json", "0.10.0", "1.8.0");
    master(all, "/health", "0.14.0", "");
    master(all, "/roles.json", "0.14.0", "1.8.0");
    master(all, "/tasks.json", "0.17.0", "1.8.0");
    master(all, "/observe", "0.19.0", "1.0.0");
    master(all, "/shutdown", "0.20.0", "0.24.0");
    master(all, "/slaves", "0.22.0", "");
    master(all, "/state-summary", "0.23.0", "");
    master(all, "/teardown", "0.23.0", "");
    master(all, "/api/v1/scheduler", "0.24.0", "");
    for (String path :
        new String[] {
          "/machine/down",
          "/machine/up",
          "/maintenance/schedule",
          "/maintenance/status",
          "/reserve",
          "/roles",
          "/state",
          "/tasks",
          "/unreserve"
        }) {
      master(all, path, "0.25.0", "");
    }
    master(all, "/flags", "0.26.0", "");
    master(all, "/frameworks", "0.26.0", "");
    master(all, "/create-volumes", "0.27.0", "");
    master(all, "/destroy-volumes", "0.27.0", "");
    master(all, "/quota", "0.27.0", "");
    master(all, "/api/v1", "1.0.0", "");
    master(all, "/weights", "1.0.0", "");

    slave(all, "/vars", "0.10.0", "0.14.0");
    slave(all, "/stats.json", "0.10.0", "0.23.0");
    slave(all, "/state.json", "0.10.0", "1.8.0");
    slave(all, "/health", "0.14.0", "");
    slave(all, "/state", "0.25.0", "");
    slave(all, "/api/v1/executor", "0.25.0", "");
    slave(all, "/flags", "0.26.0", "");
    slave(all, "/api/v1", "1.0.0", "");
    slave(all, "/containers", "1.0.0", "");
    slave(all, "/api/v1/resource_provider", "1.4.0", "");
    slave(all, "/containerizer/debug", "1.9.0", "");
    all.add(
        endpoint(
            SLAVE,
            "/monitor/usage.json",
            "0.12.0",
            "0.17.0",
            Source.mesos(MONITOR, "0.12.0"),
            Source.mesos("src/slave/monitor.hpp", "0.17.0")));
    all.add(
        endpoint(
            SLAVE,
            "/monitor/statistics.json",
            "0.13.0",
            "1.8.0",
            Source.mesos("src/slave/monitor.hpp", "0.13.0"),
            Source.mesos(SLAVE_CPP, "1.8.0")));
    all.add(endpoint(SLAVE, "/monitor/statistics", "0.25.0", "", Source.mesos(MONITOR, "0.25.0")));

    for (Component daemon : new Component[] {MASTER, SLAVE}) {
      files(all, daemon, "/files/browse.json", "0.10.0", "1.8.0");
      files(all, daemon, "/files/read.json", "0.10.0", "1.8.0");
      files(all, daemon, "/files/download.json", "0.11.0", "1.8.0");
      files(all, daemon, "/files/debug.json", "0.11.0", "1.8.0");
      for (String path :
          new String[] {"/files/browse", "/files/read", "/files/download", "/files/debug"}) {
        files(all, daemon, path, "0.25.0", "");
      }
    }
    return all.build();
  }

  private static void master(
      ImmutableList.Builder<Endpoint> all, String path, String introduced, String removed) {
    all.add(endpoint(MASTER, path, introduced, removed, sources(MASTER_CPP, introduced, removed)));
  }

  private static void slave(
      ImmutableList.Builder<Endpoint> all, String path, String introduced, String removed) {
    all.add(endpoint(SLAVE, path, introduced, removed, sources(SLAVE_CPP, introduced, removed)));
  }

  private static void files(
      ImmutableList.Builder<Endpoint> all,
      Component daemon,
      String path,
      String introduced,
      String removed) {
    all.add(endpoint(daemon, path, introduced, removed, sources(FILES, introduced, removed)));
  }

  private static Source[] sources(String file, String introduced, String removed) {
    return removed.isEmpty()
        ? new Source[] {Source.mesos(file, introduced)}
        : new Source[] {Source.mesos(file, introduced), Source.mesos(file, removed)};
  }

  private static Endpoint endpoint(
      Component component, String path, String introduced, String removed, Source... sources) {
    ImmutableEndpoint.Builder builder =
        Endpoint.builder()
            .component(component)
            .path(path)
            .introducedIn(MesosVersion.parse(introduced))
            .addSources(sources);
    if (!removed.isEmpty()) {
      builder.removedIn(MesosVersion.parse(removed));
    }
    return builder.build();
  }
}
