package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SLAVE;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * The flags of masters and slaves the built-in catalog knows, taken from {@code
 * src/master/flags.hpp}, {@code src/slave/flags.hpp} and {@code src/slave/main.cpp} at each release
 * tag. A flag older than 0.10.0 is recorded from 0.10.0, the oldest release read.
 */
final class MesosFlags {
  private MesosFlags() {}

  private static final MesosVersion V0_10 = MesosVersion.of(0, 10, 0);

  static ImmutableList<MesosFlag> all() {
    Source master11 = Source.mesos("src/master/flags.hpp", "0.11.0");
    Source master14 = Source.mesos("src/master/flags.hpp", "0.14.0");
    Source master15 = Source.mesos("src/master/flags.hpp", "0.15.0");
    Source slave11 = Source.mesos("src/slave/flags.hpp", "0.11.0");
    Source slave12 = Source.mesos("src/slave/flags.hpp", "0.12.0");
    Source slave13 = Source.mesos("src/slave/flags.hpp", "0.13.0");
    Source slave14 = Source.mesos("src/slave/flags.hpp", "0.14.0");
    Source slave15 = Source.mesos("src/slave/flags.hpp", "0.15.0");
    Source slave18 = Source.mesos("src/slave/flags.hpp", "0.18.0");
    Source slave22 = Source.mesos("src/slave/flags.hpp", "0.22.0");
    Source slave26 = Source.mesos("src/slave/flags.hpp", "0.26.0");
    Source slaveMain13 = Source.mesos("src/slave/main.cpp", "0.13.0");
    return ImmutableList.of(
        // Master
        flag(MASTER, "batch_seconds", FlagType.NUMBER, V0_10, "0.11.0", master11).build(),
        flag(MASTER, "webui_port", FlagType.NUMBER, V0_10, "0.11.0", master11).build(),
        flag(MASTER, "conf", FlagType.PATH, V0_10, "0.13.0", slaveMain13)
            .description("directory of the mesos.conf configuration file")
            .build(),
        flag(MASTER, "allocation_interval", FlagType.DURATION, "0.11.0", master11).build(),
        flag(MASTER, "framework_sorter", FlagType.STRING, "0.11.0", master11).build(),
        flag(MASTER, "user_sorter", FlagType.STRING, "0.11.0", master11).build(),
        flag(MASTER, "roles", FlagType.STRING, "0.14.0", master14).build(),
        flag(MASTER, "weights", FlagType.STRING, "0.14.0", master14).build(),
        flag(MASTER, "authenticate", FlagType.BOOLEAN, "0.15.0", master15)
            .description(
                "if true, only authenticated frameworks may register; if false, unauthenticated"
                    + " ones may too")
            .putDefault(MesosVersion.of(0, 15, 0), "false")
            .addUnacceptedSpellings("authentication")
            .addSources(Source.mesos("docs/Upgrades.md", "0.15.0"))
            .build(),
        flag(MASTER, "credentials", FlagType.PATH, "0.15.0", master15)
            .description(
                "path (or file:///path) of a file of credentials, one 'principal secret' per line")
            .addSources(Source.mesos("src/master/master.cpp", "0.15.0"))
            .build(),
        // Slave
        flag(SLAVE, "executor_shutdown_timeout_seconds", FlagType.NUMBER, V0_10, "0.11.0", slave11)
            .build(),
        flag(SLAVE, "gc_timeout_hours", FlagType.NUMBER, V0_10, "0.11.0", slave11).build(),
        flag(SLAVE, "webui_port", FlagType.NUMBER, V0_10, "0.11.0", slave11).build(),
        flag(SLAVE, "webui_dir", FlagType.PATH, V0_10, "0.13.0", slave13).build(),
        flag(SLAVE, "conf", FlagType.PATH, V0_10, "0.13.0", slaveMain13)
            .description("directory of the mesos.conf configuration file")
            .build(),
        flag(SLAVE, "cgroups_hierarchy_root", FlagType.PATH, V0_10, "0.13.0", slave12)
            .description("where the cgroups hierarchy is mounted (Linux)")
            .renamedTo("cgroups_hierarchy")
            .putDefault(V0_10, "/cgroups")
            .addSources(slave13)
            .build(),
        flag(SLAVE, "cgroups_subsystems", FlagType.STRING, "0.11.0", slave11)
            .removedIn(MesosVersion.of(0, 22, 0))
            .addSources(slave22)
            .build(),
        flag(SLAVE, "disk_watch_interval", FlagType.DURATION, "0.11.0", slave11).build(),
        flag(SLAVE, "executor_shutdown_grace_period", FlagType.DURATION, "0.11.0", slave11).build(),
        flag(SLAVE, "gc_delay", FlagType.DURATION, "0.11.0", slave11).build(),
        flag(SLAVE, "resource_monitoring_interval", FlagType.DURATION, "0.12.0", slave12)
            .removedIn(MesosVersion.of(0, 26, 0))
            .addSources(slave26)
            .build(),
        flag(SLAVE, "cgroups_hierarchy", FlagType.PATH, "0.13.0", slave13)
            .description("where the cgroups hierarchy is mounted (Linux)")
            .renamedFrom("cgroups_hierarchy_root")
            .putDefault(MesosVersion.of(0, 13, 0), "/cgroup")
            .putDefault(MesosVersion.of(0, 18, 0), "/sys/fs/cgroup")
            .addSources(slave18)
            .build(),
        flag(SLAVE, "cgroups_root", FlagType.STRING, "0.13.0", slave13)
            .putDefault(MesosVersion.of(0, 13, 0), "mesos")
            .build(),
        flag(SLAVE, "cgroups_enable_cfs", FlagType.BOOLEAN, "0.13.0", slave13)
            .putDefault(MesosVersion.of(0, 13, 0), "false")
            .build(),
        flag(SLAVE, "checkpoint", FlagType.BOOLEAN, "0.13.0", slave13)
            .description("whether the slave checkpoints tasks and status updates to disk")
            .putDefault(MesosVersion.of(0, 13, 0), "false")
            .putDefault(MesosVersion.of(0, 15, 0), "true")
            .removedIn(MesosVersion.of(0, 22, 0))
            .addSources(slave14, slave15, slave22)
            .build(),
        flag(SLAVE, "recover", FlagType.STRING, "0.13.0", slave13)
            .putDefault(MesosVersion.of(0, 13, 0), "reconnect")
            .build(),
        flag(SLAVE, "strict", FlagType.BOOLEAN, "0.13.0", slave13)
            .putDefault(MesosVersion.of(0, 13, 0), "false")
            .build(),
        flag(SLAVE, "executor_registration_timeout", FlagType.DURATION, "0.13.0", slave13).build(),
        flag(SLAVE, "default_role", FlagType.STRING, "0.14.0", slave14).build(),
        flag(SLAVE, "recovery_timeout", FlagType.DURATION, "0.14.0", slave14).build(),
        flag(SLAVE, "hostname", FlagType.STRING, "0.15.0", slave15).build());
  }

  private static ImmutableMesosFlag.Builder flag(
      Component component, String name, FlagType type, String introduced, Source source) {
    return flag(component, name, type, MesosVersion.parse(introduced), null, source);
  }

  private static ImmutableMesosFlag.Builder flag(
      Component component,
      String name,
      FlagType type,
      MesosVersion introduced,
      @Nullable String removed,
      Source source) {
    ImmutableMesosFlag.Builder builder =
        MesosFlag.builder()
            .component(component)
            .name(name)
            .type(type)
            .introducedIn(introduced)
            .addSources(source);
    if (removed != null) {
      builder.removedIn(MesosVersion.parse(removed));
    }
    return builder;
  }

  /**
   * Returns the flags that masters and slaves of 0.10.0 already took and that no release of the
   * catalog's range changed: those of {@code src/master/main.cpp} and {@code src/slave/main.cpp}
   * ({@code ip}, {@code port}, {@code zk}, {@code master}, {@code isolation}, {@code help}), the
   * logging flags of {@code src/logging/flags.hpp} ({@code log_dir}, {@code logbufsecs}, {@code
   * quiet}) and the rest of {@code flags.hpp} at 0.10.0. Read at every tag from 0.10.0 to 1.11.0;
   * only the master's {@code slaves} went away (0.16.0).
   */
  static ImmutableList<MesosFlag> olderThanTheCatalog() {
    Source masterMain = Source.mesos("src/master/main.cpp", "0.15.0");
    Source slaveMain = Source.mesos("src/slave/main.cpp", "0.15.0");
    Source logging = Source.mesos("src/logging/flags.hpp", "0.15.0");
    Source master = Source.mesos("src/master/flags.hpp", "0.15.0");
    Source slave = Source.mesos("src/slave/flags.hpp", "0.15.0");
    ImmutableList.Builder<MesosFlag> flags = ImmutableList.builder();
    for (Component daemon : new Component[] {MASTER, SLAVE}) {
      Source main = daemon == MASTER ? masterMain : slaveMain;
      flags.add(
          flag(daemon, "ip", FlagType.STRING, V0_10, null, main)
              .description("IP address to listen on")
              .build(),
          flag(daemon, "port", FlagType.NUMBER, V0_10, null, main)
              .description("port to listen on")
              .putDefault(V0_10, daemon == MASTER ? "5050" : "5051")
              .addSources(Source.mesos("include/mesos/mesos.proto", "0.15.0"))
              .build(),
          flag(daemon, "help", FlagType.BOOLEAN, V0_10, null, main)
              .putDefault(V0_10, "false")
              .build(),
          flag(daemon, "quiet", FlagType.BOOLEAN, V0_10, null, logging)
              .description("disable logging to stderr")
              .putDefault(V0_10, "false")
              .build(),
          flag(daemon, "log_dir", FlagType.PATH, V0_10, null, logging)
              .description("where log files go; nothing is written to disk unless set")
              .build(),
          flag(daemon, "logbufsecs", FlagType.NUMBER, V0_10, null, logging)
              .description("how many seconds to buffer log messages for")
              .putDefault(V0_10, "0")
              .build());
    }
    flags.add(
        flag(MASTER, "zk", FlagType.STRING, V0_10, null, masterMain)
            .description("ZooKeeper URL used for leader election amongst masters")
            .build(),
        flag(MASTER, "cluster", FlagType.STRING, V0_10, null, master)
            .description("human readable name for the cluster, displayed in the webui")
            .build(),
        flag(MASTER, "root_submissions", FlagType.BOOLEAN, V0_10, null, master)
            .putDefault(V0_10, "true")
            .build(),
        flag(MASTER, "slaves", FlagType.STRING, V0_10, "0.16.0", master)
            .putDefault(V0_10, "*")
            .addSources(Source.mesos("src/master/flags.hpp", "0.16.0"))
            .build(),
        flag(MASTER, "webui_dir", FlagType.PATH, V0_10, null, master)
            .description("location of the webui files")
            .build(),
        flag(MASTER, "whitelist", FlagType.PATH, V0_10, null, master)
            .description("file listing the slaves to advertise offers for")
            .putDefault(V0_10, "*")
            .build(),
        flag(SLAVE, "master", FlagType.STRING, V0_10, null, slaveMain)
            .description("the masters: zk://host:port,.../path, or file://path holding that")
            .build(),
        flag(SLAVE, "isolation", FlagType.STRING, V0_10, null, slaveMain)
            .description(
                "isolation mechanism: process or cgroups (0.18.0: posix/cpu,posix/mem ...)")
            .putDefault(V0_10, "process")
            .putDefault(MesosVersion.of(0, 18, 0), "posix/cpu,posix/mem")
            .addSources(Source.mesos("src/slave/flags.hpp", "0.18.0"))
            .build(),
        flag(SLAVE, "resources", FlagType.STRING, V0_10, null, slave)
            .description("total consumable resources per slave")
            .build(),
        flag(SLAVE, "attributes", FlagType.STRING, V0_10, null, slave).build(),
        flag(SLAVE, "work_dir", FlagType.PATH, V0_10, null, slave)
            .putDefault(V0_10, "/tmp/mesos")
            .build(),
        flag(SLAVE, "launcher_dir", FlagType.PATH, V0_10, null, slave).build(),
        flag(SLAVE, "hadoop_home", FlagType.PATH, V0_10, null, slave).build(),
        flag(SLAVE, "switch_user", FlagType.BOOLEAN, V0_10, null, slave)
            .putDefault(V0_10, "true")
            .build(),
        flag(SLAVE, "frameworks_home", FlagType.PATH, V0_10, null, slave).build());
    return flags.build();
  }
}
