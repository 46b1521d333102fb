package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.EXECUTOR;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.Necessity.IF_NECESSARY;
import static io.github.mesosupgrade.StepAction.RECONFIGURE;
import static io.github.mesosupgrade.StepAction.RESTART;
import static io.github.mesosupgrade.StepAction.UPDATE_FRAMEWORK;

import com.google.common.collect.ImmutableList;

/**
 * The hops of the built-in catalog from 0.15 to 0.22: the guide's sections "Upgrading from 0.15.0
 * to 0.16.0" to "Upgrading from 0.21.x to 0.22.x" ({@code docs/upgrades.md} at each target tag)
 * checked against the sources at the release tags. One method per hop.
 */
final class BuiltInHops0_15To0_22 {
  private BuiltInHops0_15To0_22() {}

  static final String STOUT = "3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp";

  static ImmutableList<HopDefinition> all() {
    return ImmutableList.of(
        hop0_15To0_16(),
        hop0_16To0_17(),
        hop0_17To0_18(),
        hop0_18To0_19(),
        hop0_19To0_20(),
        hop0_20To0_21(),
        hop0_21To0_22());
  }

  static Source guide(String tag) {
    return Source.mesos("docs/upgrades.md", tag);
  }

  static Source code(String path, String tag) {
    return Source.mesos(path, tag);
  }

  /** Returns the curated release notes of release {@code tag} at the top of the Mesos CHANGELOG. */
  static Source changelog(String tag) {
    return Source.mesos("CHANGELOG", tag);
  }

  static Note note(Note.Kind kind, String text, Source... sources) {
    return Note.of(kind, text, sources);
  }

  /** Makes the named steps cite {@code bullet}, the bullet of the guide they carry out. */
  static void cite(HopSketch hop, Source bullet, String... steps) {
    for (String step : steps) {
      hop.step(step).source(bullet);
    }
  }

  /**
   * Makes the default steps of a hop cite the guide's usual closing list, given as the bullet
   * numbers of its masters, slaves, schedulers (relink), schedulers (restart) and executors
   * bullets; a bullet that installs and restarts is cited by both steps.
   */
  static void citeDefaultSteps(
      HopSketch hop,
      String section,
      int masters,
      int slaves,
      int relink,
      int restart,
      int executors) {
    cite(hop, Source.guide(section, masters), "install-masters", "restart-masters");
    cite(hop, Source.guide(section, slaves), "install-" + hop.slaves(), "restart-" + hop.slaves());
    cite(hop, Source.guide(section, relink), "relink-schedulers");
    cite(hop, Source.guide(section, restart), "restart-schedulers");
    cite(hop, Source.guide(section, executors), "relink-executors");
  }

  // 0.15 -> 0.16: the guide has no notes; schedulers before slaves.
  static HopDefinition hop0_15To0_16() {
    String section = "Upgrading from 0.15.0 to 0.16.0";
    HopSketch hop =
        HopSketch.of("0.15", "0.16", HopSketch.Order.SCHEDULERS_BEFORE_SLAVES, guide("0.16.0"));
    citeDefaultSteps(hop, section, 1, 4, 2, 3, 5);
    hop.step("restart-masters")
        .flags(FlagChange.remove("slaves"))
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.16.0 removed the master flag --slaves: a 0.16 master given it on the command"
                    + " line refuses to start. It added --work_dir (default /tmp/mesos) and"
                    + " --registry (default local), and rewrote master election and detection.",
                code("src/master/flags.hpp", "0.15.0"),
                code("src/master/flags.hpp", "0.16.0"),
                changelog("0.16.0")));
    return hop.build();
  }

  // 0.16 -> 0.17: the guide has no notes; schedulers before slaves.
  static HopDefinition hop0_16To0_17() {
    String section = "Upgrading from 0.16.0 to 0.17.0";
    HopSketch hop =
        HopSketch.of("0.16", "0.17", HopSketch.Order.SCHEDULERS_BEFORE_SLAVES, guide("0.17.0"));
    citeDefaultSteps(hop, section, 1, 4, 2, 3, 5);
    hop.step("restart-slaves")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.17.0 slaves no longer serve /monitor/usage.json; read /monitor/statistics.json"
                    + " (served since 0.13.0) instead.",
                code("src/slave/monitor.hpp", "0.16.0"),
                code("src/slave/monitor.hpp", "0.17.0")));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.17.0 masters serve a new endpoint, /tasks.json; neither masters nor slaves"
                    + " change their flags.",
                code("src/master/master.cpp", "0.17.0"),
                code("src/master/flags.hpp", "0.17.0")));
    return hop.build();
  }

  // 0.17 -> 0.18: cgroups layout changes; schedulers before slaves.
  static HopDefinition hop0_17To0_18() {
    String section = "Upgrading from 0.17.0 to 0.18.0";
    Source guide = guide("0.18.0");
    Source slaveFlags = code("src/slave/flags.hpp", "0.18.0");
    Source containerizer = code("src/slave/containerizer/containerizer.cpp", "0.18.0");
    HopSketch hop = HopSketch.of("0.17", "0.18", HopSketch.Order.SCHEDULERS_BEFORE_SLAVES, guide);
    citeDefaultSteps(hop, section, 2, 5, 3, 4, 15);
    hop.step("restart-slaves").source(Source.guide(section, 7));
    hop.insertAfter(
            "install-slaves", "remount-cgroups-and-reboot-slaves", SLAVE, RECONFIGURE, IF_NECESSARY)
        .source(Source.guide(section, 9))
        .purpose(
            "only slaves that use cgroups isolation: move from one mount point for all"
                + " controllers to one per controller (a tmpfs on /sys/fs/cgroup, or controllers"
                + " mounted under --cgroups_hierarchy) and reboot into it, since remounting in"
                + " place is unreliable")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Mount one hierarchy per controller, such as /sys/fs/cgroup/memory/ and"
                    + " /sys/fs/cgroup/cpu/. The guide suggests a tmpfs on /sys/fs/cgroup and"
                    + " letting the slave mount the controllers it needs; controllers already"
                    + " mounted under --cgroups_hierarchy are used as they are.",
                Source.guide(section, 9),
                Source.guide(section, 10)),
            note(
                Note.Kind.GUIDE_NOTE,
                "Unmounting and remounting the cgroups in place has proved unreliable: reboot"
                    + " into the new layout, then restart the slaves.",
                Source.guide(section, 11)));
    hop.before(
        "install-slaves",
        "remount-cgroups-and-reboot-slaves",
        "the reboot brings the slaves up on the new binaries");
    hop.before(
        "remount-cgroups-and-reboot-slaves",
        "restart-slaves",
        "the slaves restart after the reboot into the new cgroups layout");
    hop.step("install-slaves")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "This upgrade needs a reboot of the slaves that use Linux cgroups for isolation.",
                Source.guide(section, 1)));
    hop.step("restart-slaves")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The values of --isolation change: process becomes posix/cpu,posix/mem and cgroups"
                    + " becomes cgroups/cpu,cgroups/mem. A 0.18 slave still takes the old values,"
                    + " logs that they are deprecated and uses the new ones: change the flag.",
                Source.guide(section, 7),
                Source.guide(section, 13),
                containerizer),
            note(
                Note.Kind.GUIDE_NOTE,
                "--cgroups_hierarchy now defaults to /sys/fs/cgroup (it was /cgroup);"
                    + " --cgroups_root stays mesos.",
                Source.guide(section, 12),
                code("src/slave/flags.hpp", "0.17.0"),
                slaveFlags),
            note(
                Note.Kind.GUIDE_CORRECTION,
                "The guide says the --cgroup_subsystems flag is no longer required and ignored."
                    + " The flag is --cgroups_subsystems: 0.18 slaves ignore it, and 0.22.0"
                    + " removes it, after which a slave given it refuses to start; drop it now.",
                Source.guide(section, 14),
                slaveFlags,
                code("src/slave/flags.hpp", "0.22.0")),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "--isolation moved from the slave's main.cpp into its flags, and its default moved"
                    + " from process to posix/cpu,posix/mem: 0.18 rebuilds isolation as pluggable"
                    + " isolators and containerizers.",
                code("src/slave/main.cpp", "0.17.0"),
                slaveFlags,
                changelog("0.18.0")));
    return hop.build();
  }

  // 0.18 -> 0.19: the registrar needs --work_dir and --quorum; no order across components.
  static HopDefinition hop0_18To0_19() {
    String section = "Upgrading from 0.18.0 to 0.19.0";
    Source guide = guide("0.19.0");
    Source masterMain = code("src/master/main.cpp", "0.19.0");
    Source masterFlags = code("src/master/flags.hpp", "0.19.0");
    HopSketch hop =
        HopSketch.of("0.18", "0.19", HopSketch.Order.DEFAULT_ANY_COMPONENT_ORDER, guide);
    citeDefaultSteps(hop, section, 3, 4, 5, 6, 7);
    hop.step("restart-masters")
        .flags(
            FlagChange.set("work_dir", "<path to master work directory>"),
            FlagChange.set("quorum", "<size of a majority of the masters, such as 2 of 3>"),
            FlagChange.remove("registry"))
        .purpose("the registrar keeps the cluster's state in a replicated log on the masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The masters have new required flags, --work_dir and --quorum, for the registrar,"
                    + " which keeps replicated state on the masters.",
                Source.guide(section, 1),
                changelog("0.19.0")),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "With the default --registry=replicated_log, a 0.19 master without --work_dir"
                    + " exits (\"--work_dir needed for replicated log based registry\"). --quorum"
                    + " is needed only with --zk, where a master without it exits; without"
                    + " ZooKeeper the log uses a quorum of 1. Set --quorum above half the number of"
                    + " masters.",
                masterMain,
                masterFlags),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The values of --registry change: 0.16 to 0.18 masters took local (their default)"
                    + " or a ZooKeeper URL, 0.19 masters take replicated_log (the new default) or"
                    + " in_memory, and exit on any other value (\"'local' is not a supported"
                    + " option for registry persistence\"). Drop --registry=local. --work_dir,"
                    + " which defaulted to /tmp/mesos, has no default any more.",
                code("src/master/flags.hpp", "0.18.0"),
                code("src/master/main.cpp", "0.18.0"),
                masterFlags,
                masterMain),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The 0.19 registrar only records the slaves (--registry_strict defaults to"
                    + " false); the release notes announce that 0.20.0 reads the registry too."
                    + " From now on add or remove masters one at a time, and let the replicated"
                    + " log catch up on a new master before the next change.",
                changelog("0.19.0"),
                masterFlags));
    hop.step("relink-schedulers")
        .purpose("the native library only; the Mesos jar need not change")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "FrameworkInfo gains hostname and principal; slaves can authenticate to masters"
                    + " (slave --credential, master --authenticate_slaves).",
                code("include/mesos/mesos.proto", "0.19.0"),
                masterFlags));
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "No upgrade ordering across components is required.",
            Source.guide(section, 2)));
    return hop.build();
  }

  // 0.19 -> 0.20: Python packages split; pure bindings acknowledge through the master first.
  static HopDefinition hop0_19To0_20() {
    String section = "Upgrading from 0.19.x to 0.20.x";
    Source guide = guide("0.20.0");
    HopSketch hop = HopSketch.of("0.19", "0.20", HopSketch.Order.DEFAULT, guide);
    citeDefaultSteps(hop, section, 7, 8, 9, 10, 11);
    Note pythonSplit =
        note(
            Note.Kind.GUIDE_NOTE,
            "0.20 splits the Python bindings: import the drivers from mesos.native and the stubs"
                + " and protobufs from mesos.interface. Code that tries the new imports first and"
                + " falls back to the old ones (from mesos import ...; import mesos_pb2) runs on"
                + " both releases, so change it before the upgrade.",
            Source.guide(section, 2),
            Source.guide(section, 3),
            Source.guide(section, 4),
            Source.guide(section, 5),
            changelog("0.20.0"));
    hop.insertBefore(
            "install-masters",
            "update-python-imports-in-schedulers",
            SCHEDULER,
            UPDATE_FRAMEWORK,
            IF_NECESSARY)
        .source(Source.guide(section, 5))
        .change(FrameworkChange.USE_PYTHON_SUBPACKAGES)
        .onStartingRelease()
        .purpose(
            "Python schedulers only: 0.20 splits the bindings into mesos.native (drivers) and"
                + " mesos.interface (stubs and protobufs)")
        .notes(pythonSplit);
    hop.insertBefore(
            "install-masters",
            "update-python-imports-in-executors",
            EXECUTOR,
            UPDATE_FRAMEWORK,
            IF_NECESSARY)
        .source(Source.guide(section, 5))
        .change(FrameworkChange.USE_PYTHON_SUBPACKAGES)
        .onStartingRelease()
        .purpose("Python executors only, for the same split")
        .notes(pythonSplit);
    hop.insertBefore(
            "install-masters",
            "acknowledge-through-master-in-schedulers",
            SCHEDULER,
            UPDATE_FRAMEWORK,
            IF_NECESSARY)
        .source(Source.guide(section, 6))
        .change(FrameworkChange.ACKNOWLEDGE_THROUGH_MASTER)
        .onStartingRelease()
        .purpose("only schedulers that use a pure-language binding instead of the native library")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "From 0.20 a scheduler's status update acknowledgements go through the master to"
                    + " the slave; the native library does this, a pure-language binding that"
                    + " sends them straight to the slave must be changed.",
                changelog("0.20.0")));
    hop.insertBefore(
            "install-masters", "restart-changed-schedulers", SCHEDULER, RESTART, IF_NECESSARY)
        .onStartingRelease()
        .purpose("the changed schedulers run their new code before any daemon changes");
    hop.before(
        "update-python-imports-in-schedulers",
        "restart-changed-schedulers",
        "the restart makes the schedulers run the changed code");
    hop.before(
        "acknowledge-through-master-in-schedulers",
        "restart-changed-schedulers",
        "the restart makes the schedulers run the changed code");
    hop.before(
        "restart-changed-schedulers",
        "install-masters",
        "the guide upgrades Python frameworks, and pure bindings acknowledge through the master,"
            + " before the upgrade");
    hop.before(
        "update-python-imports-in-executors",
        "install-masters",
        "the guide upgrades Python executors before the upgrade");
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.20.0 masters also read a JSON credentials file"
                    + " ({\"credentials\":[{\"principal\":...,\"secret\":...}]}) and add --acls"
                    + " and --rate_limits; slaves add the Docker containerizer flags.",
                code("src/credentials/credentials.hpp", "0.20.0"),
                code("src/master/flags.hpp", "0.20.0"),
                code("src/slave/flags.hpp", "0.20.0")));
    hop.step("relink-schedulers")
        .purpose("install the latest Mesos jar and Python egg too, if necessary")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "CommandInfo.value becomes optional, with new fields shell (default true) and"
                    + " arguments; existing schedulers, which always set value, are not affected.",
                Source.guide(section, 1),
                code("include/mesos/mesos.proto", "0.20.0")));
    hop.step("relink-executors")
        .purpose("install the latest Mesos jar and Python egg too, if necessary");
    return hop.build();
  }

  // 0.20 -> 0.21: disabling checkpointing is deprecated.
  static HopDefinition hop0_20To0_21() {
    String section = "Upgrading from 0.20.x to 0.21.x";
    Source guide = guide("0.21.0");
    HopSketch hop = HopSketch.of("0.20", "0.21", HopSketch.Order.DEFAULT, guide);
    citeDefaultSteps(hop, section, 2, 3, 4, 5, 6);
    hop.step("restart-slaves")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Disabling slave checkpointing is deprecated: a 0.21 slave started with"
                    + " --checkpoint=false logs a warning, and 0.22.0 removes the flag.",
                Source.guide(section, 1),
                code("src/slave/slave.cpp", "0.21.0"),
                changelog("0.21.0")));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.21.0 masters and slaves load modules with --modules; masters add"
                    + " --authenticators and --offer_timeout.",
                code("src/master/flags.hpp", "0.21.0"),
                code("src/slave/flags.hpp", "0.21.0")));
    hop.step("relink-schedulers")
        .purpose("the native library only; the Mesos jar need not change")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "A 0.21 master logs a warning for every task whose custom executor has less than"
                    + " 0.01 cpus or 32 MB of memory, which the code announces will become"
                    + " mandatory: give executors at least that much in ExecutorInfo.resources.",
                code("src/master/master.cpp", "0.21.0"),
                code("src/master/constants.cpp", "0.21.0"),
                changelog("0.21.0")));
    hop.note(
        note(
            Note.Kind.UNDOCUMENTED_CHANGE,
            "Building Mesos from 0.21 on needs a C++11 compiler.",
            changelog("0.21.0")));
    return hop.build();
  }

  // 0.21 -> 0.22: --checkpoint and --cgroups_subsystems removed.
  static HopDefinition hop0_21To0_22() {
    String section = "Upgrading from 0.21.x to 0.22.x";
    Source guide = guide("0.22.0");
    HopSketch hop = HopSketch.of("0.21", "0.22", HopSketch.Order.DEFAULT, guide);
    citeDefaultSteps(hop, section, 6, 7, 8, 11, 12);
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The /stats.json endpoints of masters and slaves are deprecated: read"
                    + " /metrics/snapshot instead (0.23.0 removes them). The task state counts in"
                    + " /state.json are deprecated too.",
                Source.guide(section, 2),
                changelog("0.22.0"),
                code("src/master/master.cpp", "0.23.0")));
    hop.step("restart-slaves")
        .flags(FlagChange.remove("checkpoint"), FlagChange.remove("cgroups_subsystems"))
        .purpose("0.22 slaves refuse to start with either flag; they always checkpoint")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The slave flag --checkpoint is removed: every slave checkpoints. Frameworks still"
                    + " opt in with FrameworkInfo.checkpoint.",
                Source.guide(section, 1),
                code("src/slave/flags.hpp", "0.22.0"),
                changelog("0.22.0")),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.22.0 also removes --cgroups_subsystems (ignored since 0.18.0). A 0.22 slave"
                    + " given either flag on the command line refuses to start; MESOS_CHECKPOINT"
                    + " or MESOS_CGROUPS_SUBSYSTEMS in the environment is silently ignored.",
                code("src/slave/flags.hpp", "0.21.0"),
                code("src/slave/flags.hpp", "0.22.0"),
                code(STOUT, "0.22.0")));
    hop.step("relink-schedulers")
        .purpose(
            "Java: the new native library with the new jar; Python: the 0.22.0 egg, if"
                + " necessary")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "The driver constructors take an implicitAcknowledgements argument, TaskStatus"
                    + " carries a UUID, and acknowledgeStatusUpdate(status) acknowledges"
                    + " explicitly. C++ also gets acceptOffers; Java and Python get it in 0.23.0.",
                Source.guide(section, 3),
                code("include/mesos/scheduler.hpp", "0.22.0"),
                changelog("0.22.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "A 0.21.0 jar works with a 0.22.0 libmesos; a 0.22.0 jar works with a 0.21.0"
                    + " libmesos only without explicit acknowledgements. 0.21 and 0.22 schedulers"
                    + " and masters interoperate, Python included.",
                Source.guide(section, 9),
                Source.guide(section, 10)),
            note(
                Note.Kind.GUIDE_NOTE,
                "Python schedulers that construct MesosSchedulerDriverImpl with a Credential must"
                    + " now pass implicitAcknowledgements before it.",
                Source.guide(section, 10),
                code("include/mesos/scheduler.hpp", "0.22.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "AuthenticationStartMessage.data changes from string to bytes; only pure-language"
                    + " bindings notice.",
                Source.guide(section, 4),
                changelog("0.22.0")),
            note(
                Note.Kind.FRAMEWORK_API,
                "Where a task should not be rescheduled (it is invalid or unauthorized), masters"
                    + " now send TASK_ERROR (a TaskState unused before 0.22.0) instead of TASK_LOST:"
                    + " schedulers"
                    + " must handle it as a terminal state and not retry the task unchanged.",
                changelog("0.22.0"),
                code("include/mesos/mesos.proto", "0.21.0")));
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "Every flag may now be given as file:// followed by an absolute or relative path to"
                + " read its value from a file. Passing a bare absolute path to a JSON flag (such"
                + " as --modules) is deprecated and logs a warning.",
            Source.guide(section, 5),
            changelog("0.22.0")));
    return hop.build();
  }
}
