package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SLAVE;

import com.google.common.collect.ImmutableList;

/**
 * The HTTP endpoints of masters and slaves the built-in catalog knows, taken from the {@code
 * route(...)} calls in the Mesos sources at each release tag. An endpoint older than 0.10.0 is
 * recorded from 0.10.0, the oldest release read.
 */
final class MesosEndpoints {
  private MesosEndpoints() {}

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
    all.add(
        endpoint(
            MASTER, "/vars", "0.10.0", "0.14.0", Source.mesos("src/master/master.cpp", "0.13.0")));
    all.add(
        endpoint(
            SLAVE, "/vars", "0.10.0", "0.14.0", Source.mesos("src/slave/slave.cpp", "0.13.0")));
    all.add(
        endpoint(MASTER, "/health", "0.14.0", "", Source.mesos("src/master/master.cpp", "0.14.0")));
    all.add(
        endpoint(SLAVE, "/health", "0.14.0", "", Source.mesos("src/slave/slave.cpp", "0.14.0")));
    all.add(
        endpoint(
            MASTER,
            "/roles.json",
            "0.14.0",
            "1.8.0",
            Source.mesos("src/master/master.cpp", "0.14.0")));
    all.add(
        endpoint(
            SLAVE,
            "/monitor/usage.json",
            "0.12.0",
            "",
            Source.mesos("src/slave/monitor.hpp", "0.12.0")));
    all.add(
        endpoint(
            SLAVE,
            "/monitor/statistics.json",
            "0.13.0",
            "1.8.0",
            Source.mesos("src/slave/monitor.hpp", "0.13.0")));
    return all.build();
  }

  private static Endpoint endpoint(
      Component component, String path, String introduced, String removed, Source source) {
    ImmutableEndpoint.Builder builder =
        Endpoint.builder()
            .component(component)
            .path(path)
            .introducedIn(MesosVersion.parse(introduced))
            .addSources(source);
    if (!removed.isEmpty()) {
      builder.removedIn(MesosVersion.parse(removed));
    }
    return builder.build();
  }
}
