package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.EXECUTOR;
import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.Necessity.IF_NECESSARY;
import static io.github.mesosupgrade.Necessity.RECOMMENDED;
import static io.github.mesosupgrade.Necessity.REQUIRED;
import static io.github.mesosupgrade.StepAction.INSTALL_BINARIES;
import static io.github.mesosupgrade.StepAction.RELINK;
import static io.github.mesosupgrade.StepAction.RESTART;
import static io.github.mesosupgrade.StepAction.UPDATE_FRAMEWORK;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * The catalog built into the library: every Mesos release, the flags and endpoints of masters and
 * slaves with their history, and one method per hop: the hops of the upgrade guide's first page
 * (0.11 to 0.15) here, the later ones in {@link BuiltInHops0_15To0_22} (0.15 to 0.22), {@link
 * BuiltInHops0_22To1_0} (0.22 to 1.0) and {@link BuiltInHops1_0To1_11} (1.0 to 1.11).
 *
 * <p>Facts come from the guide ({@code docs/Upgrades.md} at tag {@code 0.15.0}) and from the Mesos
 * sources at release tags. Where the two disagree, the steps follow the sources and a {@link
 * Note.Kind#GUIDE_CORRECTION} note gives both.
 */
final class BuiltInCatalog {
  private BuiltInCatalog() {}

  static final String S_0_11 = "Upgrading from 0.11.0 to 0.12.0";
  static final String S_0_12 = "Upgrading from 0.12.0 to 0.13.0";
  static final String S_0_13 = "Upgrading from 0.13.0 to 0.14.0";
  static final String S_0_14 = "Upgrading from 0.14.0 to 0.15.0";

  private static final String RELINK_PURPOSE =
      "needed by frameworks that link the Mesos native library and jar, not by pure-language"
          + " bindings";

  /**
   * Returns the built-in catalog, which parses the Mesos facts on first use, only as far as the
   * releases asked about: see {@link UpgradeCatalog#factsUpTo(MesosVersion)}.
   */
  static UpgradeCatalog create() {
    return BuiltInUnknownFlags.addTo(UpgradeCatalog.builder())
        .addReleases(MesosFacts.builtInReleases())
        .factsOnFirstUse(new LazyFacts())
        .hopsOnFirstUse(new LazyHops())
        .buildUnchecked();
  }

  /** The built-in Mesos facts, parsed when a catalog first asks for them. */
  private static final class LazyFacts implements CatalogFacts.Source {
    @Override
    public CatalogFacts upTo(@Nullable MesosVersion bound) {
      MesosFacts facts = bound == null ? MesosFacts.builtIn() : MesosFacts.builtIn(bound);
      return new CatalogFacts(facts.flags(), facts.endpoints());
    }
  }

  /** The built-in hops, each made when a plan first crosses it. */
  private static final class LazyHops implements UpgradeCatalog.HopSource {
    @Override
    public ImmutableList<ReleaseLine> lines() {
      ImmutableList.Builder<ReleaseLine> lines = ImmutableList.builder();
      for (int minor = 11; minor <= 28; minor++) {
        lines.add(ReleaseLine.of(0, minor));
      }
      for (int minor = 0; minor <= 11; minor++) {
        lines.add(ReleaseLine.of(1, minor));
      }
      return lines.build();
    }

    @Override
    public HopDefinition hop(int index) {
      return switch (index) {
        case 0 -> hop0_11To0_12();
        case 1 -> hop0_12To0_13();
        case 2 -> hop0_13To0_14();
        case 3 -> hop0_14To0_15();
        case 4 -> BuiltInHops0_15To0_22.hop0_15To0_16();
        case 5 -> BuiltInHops0_15To0_22.hop0_16To0_17();
        case 6 -> BuiltInHops0_15To0_22.hop0_17To0_18();
        case 7 -> BuiltInHops0_15To0_22.hop0_18To0_19();
        case 8 -> BuiltInHops0_15To0_22.hop0_19To0_20();
        case 9 -> BuiltInHops0_15To0_22.hop0_20To0_21();
        case 10 -> BuiltInHops0_15To0_22.hop0_21To0_22();
        case 11 -> BuiltInHops0_22To1_0.hop0_22To0_23();
        case 12 -> BuiltInHops0_22To1_0.hop0_23To0_24();
        case 13 -> BuiltInHops0_22To1_0.hop0_24To0_25();
        case 14 -> BuiltInHops0_22To1_0.hop0_25To0_26();
        case 15 -> BuiltInHops0_22To1_0.hop0_26To0_27();
        case 16 -> BuiltInHops0_22To1_0.hop0_27To0_28();
        case 17 -> BuiltInHops0_22To1_0.hop0_28To1_0();
        case 18 -> BuiltInHops1_0To1_11.hop1_0To1_1();
        case 19 -> BuiltInHops1_0To1_11.hop1_1To1_2();
        case 20 -> BuiltInHops1_0To1_11.hop1_2To1_3();
        case 21 -> BuiltInHops1_0To1_11.hop1_3To1_4();
        case 22 -> BuiltInHops1_0To1_11.hop1_4To1_5();
        case 23 -> BuiltInHops1_0To1_11.hop1_5To1_6();
        case 24 -> BuiltInHops1_0To1_11.hop1_6To1_7();
        case 25 -> BuiltInHops1_0To1_11.hop1_7To1_8();
        case 26 -> BuiltInHops1_0To1_11.hop1_8To1_9();
        case 27 -> BuiltInHops1_0To1_11.hop1_9To1_10();
        default -> BuiltInHops1_0To1_11.hop1_10To1_11();
      };
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 0.11 -> 0.12

  static HopDefinition hop0_11To0_12() {
    String p = "0.11-0.12/";
    MesosVersion v = MesosVersion.of(0, 12, 0);
    Source strictText = Source.mesos("docs/Upgrades.md", "0.12.0");
    return HopDefinition.builder()
        .from(ReleaseLine.of(0, 11))
        .to(ReleaseLine.of(0, 12))
        .addSteps(
            step(p + "install-slaves", SLAVE, INSTALL_BINARIES, v, REQUIRED, guide(S_0_11, 1))
                .purpose("this is the only hop that upgrades slaves before masters")
                .build(),
            step(p + "restart-slaves", SLAVE, RESTART, v, REQUIRED, guide(S_0_11, 1))
                .purpose("every slave must run 0.12 before any master is upgraded")
                .build(),
            step(p + "install-masters", MASTER, INSTALL_BINARIES, v, REQUIRED, guide(S_0_11, 2))
                .addNotes(
                    Note.of(
                        Note.Kind.UNDOCUMENTED_CHANGE,
                        "The guide as shipped in 0.12.0 is stricter than its later text: all"
                            + " slaves must run 0.12.0 before any master is upgraded.",
                        strictText))
                .build(),
            step(p + "restart-masters", MASTER, RESTART, v, REQUIRED, guide(S_0_11, 2)).build())
        .addConstraints(
            OrderingConstraint.of(
                p + "restart-slaves",
                p + "install-masters",
                "all slaves run 0.12 before any master is upgraded",
                strictText))
        .addNotes(
            Note.of(
                Note.Kind.FRAMEWORK_API,
                "For framework developers: ExecutorInfo has a new optional field source (and name)"
                    + " in 0.12.0; set it to tag executors in the resource-monitoring output of the"
                    + " slave endpoint /monitor/usage.json, sampled every"
                    + " --resource_monitoring_interval.",
                guide(S_0_11, 3),
                Source.mesos("include/mesos/mesos.proto", "0.12.0")))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // 0.12 -> 0.13

  static HopDefinition hop0_12To0_13() {
    String p = "0.12-0.13/";
    MesosVersion v = MesosVersion.of(0, 13, 0);
    Source slaveFlags13 = Source.mesos("src/slave/flags.hpp", "0.13.0");
    return HopDefinition.builder()
        .from(ReleaseLine.of(0, 12))
        .to(ReleaseLine.of(0, 13))
        .addSteps(
            step(p + "install-masters", MASTER, INSTALL_BINARIES, v, REQUIRED, guide(S_0_12, 1))
                .addNotes(
                    Note.of(
                        Note.Kind.UNDOCUMENTED_CHANGE,
                        "0.13.0 removed the configuration file (--conf and mesos.conf): masters"
                            + " and slaves read only command-line flags and MESOS_* environment"
                            + " variables. A 0.13.0 daemon refuses to start on an unknown"
                            + " command-line flag and on an unknown MESOS_* variable alike (for"
                            + " example MESOS_CONF or MESOS_CGROUPS_HIERARCHY_ROOT): clear such"
                            + " variables before the restart. From 0.14.0 unknown MESOS_* variables"
                            + " are silently ignored instead.",
                        Source.mesos("src/slave/main.cpp", "0.12.0"),
                        Source.mesos("src/slave/main.cpp", "0.13.0"),
                        Source.mesos(
                            "3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp",
                            "0.13.0"),
                        Source.mesos(
                            "3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp",
                            "0.14.0")))
                .build(),
            step(p + "restart-masters", MASTER, RESTART, v, REQUIRED, guide(S_0_12, 1))
                .addFlagChanges(FlagChange.remove("conf"))
                .addNotes(
                    Note.of(
                        Note.Kind.UNDOCUMENTED_CHANGE,
                        "0.13.0 removed the master endpoints /slaves/add, /slaves/remove,"
                            + " /slaves/activate, /slaves/deactivate, /slaves/activated and"
                            + " /slaves/deactivated.",
                        Source.mesos("src/master/slaves_manager.cpp", "0.12.0"),
                        Source.mesos("src/master/master.cpp", "0.13.0")))
                .build(),
            step(p + "relink-schedulers", SCHEDULER, RELINK, v, IF_NECESSARY, guide(S_0_12, 2))
                .purpose(RELINK_PURPOSE)
                .build(),
            step(p + "restart-schedulers", SCHEDULER, RESTART, v, REQUIRED, guide(S_0_12, 3))
                .build(),
            step(p + "install-slaves", SLAVE, INSTALL_BINARIES, v, REQUIRED, guide(S_0_12, 4))
                .addNotes(
                    Note.of(
                        Note.Kind.GUIDE_NOTE,
                        "The slave flag --cgroups_hierarchy_root is renamed --cgroups_hierarchy.",
                        guide(S_0_12, 5),
                        Source.mesos("src/slave/flags.hpp", "0.12.0"),
                        slaveFlags13),
                    Note.of(
                        Note.Kind.UNDOCUMENTED_CHANGE,
                        "The rename keeps no alias and moves the default from /cgroups to"
                            + " /cgroup: a 0.13.0 slave given --cgroups_hierarchy_root on the"
                            + " command line refuses to start, and so does a 0.13.0 slave with"
                            + " MESOS_CGROUPS_HIERARCHY_ROOT in the environment (from 0.14.0 the"
                            + " variable is silently ignored and the slave uses /cgroup). If you set"
                            + " it, set --cgroups_hierarchy to the same path. The slave flag"
                            + " --webui_dir is gone too: the 0.12.1 patch release already removed"
                            + " it.",
                        slaveFlags13,
                        Source.mesos("src/slave/flags.hpp", "0.12.1"),
                        Source.mesos(
                            "3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp",
                            "0.13.0")))
                .build(),
            step(p + "restart-slaves", SLAVE, RESTART, v, REQUIRED, guide(S_0_12, 6))
                .addFlagChanges(
                    FlagChange.remove("cgroups_hierarchy_root"),
                    FlagChange.remove("webui_dir"),
                    FlagChange.remove("conf"))
                .purpose("a 0.13 slave refuses to start with a flag 0.13 no longer accepts")
                .build(),
            step(p + "relink-executors", EXECUTOR, RELINK, v, IF_NECESSARY, guide(S_0_12, 7))
                .purpose(RELINK_PURPOSE)
                .build())
        .addConstraints(
            OrderingConstraint.of(
                p + "restart-masters",
                p + "relink-schedulers",
                "masters move to 0.13 before the frameworks",
                guide(S_0_12, 2)),
            OrderingConstraint.of(
                p + "relink-schedulers",
                p + "restart-schedulers",
                "the restart makes the schedulers run the relinked library",
                guide(S_0_12, 3)),
            OrderingConstraint.of(
                p + "restart-schedulers",
                p + "install-slaves",
                "this hop upgrades the schedulers before the slaves",
                guide(S_0_12, 4)),
            OrderingConstraint.of(
                p + "restart-slaves",
                p + "relink-executors",
                "executors move to 0.13 after the slaves that start them",
                guide(S_0_12, 7)))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // 0.13 -> 0.14

  static HopDefinition hop0_13To0_14() {
    String p = "0.13-0.14/";
    MesosVersion v = MesosVersion.of(0, 14, 0);
    return HopDefinition.builder()
        .from(ReleaseLine.of(0, 13))
        .to(ReleaseLine.of(0, 14))
        .addSteps(
            step(p + "install-masters", MASTER, INSTALL_BINARIES, v, REQUIRED, guide(S_0_13, 1))
                .build(),
            step(p + "restart-masters", MASTER, RESTART, v, REQUIRED, guide(S_0_13, 1))
                .addNotes(varsRemoved(MASTER, 2, "src/master/master.cpp"))
                .build(),
            step(p + "relink-executors", EXECUTOR, RELINK, v, IF_NECESSARY, guide(S_0_13, 3))
                .purpose(RELINK_PURPOSE)
                .build(),
            step(p + "install-slaves", SLAVE, INSTALL_BINARIES, v, REQUIRED, guide(S_0_13, 4))
                .build(),
            step(
                    p + "restart-slaves-with-checkpoint",
                    SLAVE,
                    RESTART,
                    v,
                    REQUIRED,
                    guide(S_0_13, 5))
                .addFlagChanges(FlagChange.set("checkpoint", "true"))
                .purpose("checkpointing lets tasks survive a slave restart")
                .addNotes(
                    Note.of(
                        Note.Kind.UNDOCUMENTED_CHANGE,
                        "--checkpoint is not new in 0.14.0: 0.13.0 already has it (with --recover"
                            + " and --strict), off by default. 0.14.0 keeps the default false, so"
                            + " the flag is what turns checkpointing on.",
                        Source.mesos("src/slave/flags.hpp", "0.13.0"),
                        Source.mesos("src/slave/flags.hpp", "0.14.0")),
                    varsRemoved(SLAVE, 6, "src/slave/slave.cpp"))
                .build(),
            step(p + "relink-schedulers", SCHEDULER, RELINK, v, IF_NECESSARY, guide(S_0_13, 7))
                .purpose(RELINK_PURPOSE)
                .build(),
            step(
                    p + "set-checkpoint-in-schedulers",
                    SCHEDULER,
                    UPDATE_FRAMEWORK,
                    v,
                    RECOMMENDED,
                    guide(S_0_13, 8))
                .frameworkChange(FrameworkChange.SET_CHECKPOINT)
                .purpose("the guide recommends it where checkpointing is wanted")
                .build(),
            step(p + "restart-schedulers", SCHEDULER, RESTART, v, REQUIRED, guide(S_0_13, 9))
                .build(),
            step(p + "restart-masters-again", MASTER, RESTART, v, REQUIRED, guide(S_0_13, 10))
                .purpose("to get rid of the FrameworkInfo the masters cached")
                .build(),
            step(p + "restart-slaves-again", SLAVE, RESTART, v, REQUIRED, guide(S_0_13, 11))
                .purpose("to get rid of the FrameworkInfo the slaves cached")
                .build())
        .addConstraints(
            OrderingConstraint.of(
                p + "restart-masters",
                p + "relink-executors",
                "masters move to 0.14 before anything else",
                guide(S_0_13, 3)),
            OrderingConstraint.of(
                p + "restart-masters",
                p + "install-slaves",
                "masters move to 0.14 before the slaves",
                guide(S_0_13, 4)),
            OrderingConstraint.of(
                p + "restart-slaves-with-checkpoint",
                p + "set-checkpoint-in-schedulers",
                "frameworks set FrameworkInfo.checkpoint only once the slaves checkpoint",
                guide(S_0_13, 8)),
            OrderingConstraint.of(
                p + "relink-schedulers",
                p + "restart-schedulers",
                "the restart makes the schedulers run the relinked library",
                guide(S_0_13, 9)),
            OrderingConstraint.of(
                p + "set-checkpoint-in-schedulers",
                p + "restart-schedulers",
                "the restart makes the schedulers run the changed code",
                guide(S_0_13, 9)),
            OrderingConstraint.of(
                p + "restart-schedulers",
                p + "restart-masters-again",
                "the masters drop their cached FrameworkInfo only after the schedulers re-register",
                guide(S_0_13, 10)),
            OrderingConstraint.of(
                p + "restart-schedulers",
                p + "restart-slaves-again",
                "the slaves drop their cached FrameworkInfo only after the schedulers re-register",
                guide(S_0_13, 11)))
        .build();
  }

  private static Note varsRemoved(Component component, int bullet, String file) {
    return Note.of(
        Note.Kind.GUIDE_NOTE,
        "The /vars endpoint has been removed: 0.14.0 "
            + component.plural()
            + " no longer serve it; they serve the new /health instead.",
        guide(S_0_13, bullet),
        Source.mesos(file, "0.13.0"),
        Source.mesos(file, "0.14.0"));
  }

  // ---------------------------------------------------------------------------------------------
  // 0.14 -> 0.15

  static HopDefinition hop0_14To0_15() {
    String p = "0.14-0.15/";
    MesosVersion v = MesosVersion.of(0, 15, 0);
    Source masterFlags = Source.mesos("src/master/flags.hpp", "0.15.0");
    Source masterCpp = Source.mesos("src/master/master.cpp", "0.15.0");
    Source stout =
        Source.mesos("3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp", "0.15.0");
    return HopDefinition.builder()
        .from(ReleaseLine.of(0, 14))
        .to(ReleaseLine.of(0, 15))
        .addSteps(
            step(p + "install-masters", MASTER, INSTALL_BINARIES, v, REQUIRED, guide(S_0_14, 1))
                .build(),
            step(
                    p + "restart-masters-with-credentials",
                    MASTER,
                    RESTART,
                    v,
                    REQUIRED,
                    guide(S_0_14, 2))
                .addFlagChanges(FlagChange.set("credentials", "<path to credentials file>"))
                .purpose(
                    "the masters learn the frameworks' credentials; authentication is not yet"
                        + " enforced")
                .addNotes(
                    Note.of(
                        Note.Kind.GUIDE_CORRECTION,
                        "The guide says --authentication=false (the default) lets both"
                            + " authenticated and unauthenticated frameworks register. No Mesos"
                            + " release has --authentication: the flag is --authenticate, a"
                            + " boolean that defaults to false. Leave it unset for now.",
                        guide(S_0_14, 3),
                        masterFlags),
                    Note.of(
                        Note.Kind.UNDOCUMENTED_CHANGE,
                        "The credentials file (a path, or file:///path) holds one credential per"
                            + " line: the principal, one space, the secret. A line that does not"
                            + " split into exactly two parts on single spaces (tabs do not count)"
                            + " makes the master exit with \"Invalid credential format\".",
                        masterFlags,
                        masterCpp))
                .build(),
            step(p + "install-slaves", SLAVE, INSTALL_BINARIES, v, REQUIRED, guide(S_0_14, 4))
                .build(),
            step(p + "restart-slaves", SLAVE, RESTART, v, REQUIRED, guide(S_0_14, 4))
                .addNotes(
                    Note.of(
                        Note.Kind.UNDOCUMENTED_CHANGE,
                        "The default of the slave flag --checkpoint changed from false to true in"
                            + " 0.15.0 (MESOS-766): slaves started without it now checkpoint."
                            + " Pass --checkpoint=false to keep checkpointing off.",
                        Source.mesos("src/slave/flags.hpp", "0.14.0"),
                        Source.mesos("src/slave/flags.hpp", "0.15.0")))
                .build(),
            step(p + "relink-executors", EXECUTOR, RELINK, v, IF_NECESSARY, guide(S_0_14, 5))
                .purpose(RELINK_PURPOSE)
                .build(),
            step(p + "relink-schedulers", SCHEDULER, RELINK, v, IF_NECESSARY, guide(S_0_14, 6))
                .purpose(RELINK_PURPOSE)
                .addNotes(
                    Note.of(
                        Note.Kind.GUIDE_CORRECTION,
                        "The guide says schedulers should implement the new reconcileTasks driver"
                            + " method. reconcileTasks(statuses) is a SchedulerDriver method that"
                            + " schedulers may call to reconcile task state, not a Scheduler"
                            + " callback: only code that implements SchedulerDriver itself (custom"
                            + " drivers, mocks) must implement it.",
                        guide(S_0_14, 7),
                        Source.mesos("include/mesos/scheduler.hpp", "0.15.0"),
                        Source.mesos(
                            "src/java/src/org/apache/mesos/SchedulerDriver.java", "0.15.0")))
                .build(),
            step(
                    p + "use-credential-in-schedulers",
                    SCHEDULER,
                    UPDATE_FRAMEWORK,
                    v,
                    REQUIRED,
                    guide(S_0_14, 8))
                .frameworkChange(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
                .purpose(
                    "schedulers authenticate with a principal and secret listed in the masters'"
                        + " credentials file")
                .addNotes(
                    Note.of(
                        Note.Kind.UNDOCUMENTED_CHANGE,
                        "A principal or secret the masters do not hold makes the driver fail with"
                            + " \"Master refused authentication\"; a master that never answers"
                            + " (older than 0.15.0) makes it retry forever.",
                        Source.mesos("src/sched/sched.cpp", "0.15.0")))
                .build(),
            step(p + "restart-schedulers", SCHEDULER, RESTART, v, REQUIRED, guide(S_0_14, 9))
                .build(),
            step(
                    p + "restart-masters-with-authentication",
                    MASTER,
                    RESTART,
                    v,
                    REQUIRED,
                    guide(S_0_14, 10))
                .addFlagChanges(FlagChange.set("authenticate", "true"))
                .purpose("only authenticated frameworks may register from now on")
                .addNotes(
                    Note.of(
                        Note.Kind.GUIDE_CORRECTION,
                        "The guide writes --authentication=true, a flag no Mesos release has: on"
                            + " the command line a 0.15.0 master refuses to start (\"Failed to"
                            + " load unknown flag 'authentication'\"), and as"
                            + " MESOS_AUTHENTICATION=true in the environment it is silently"
                            + " ignored, leaving authentication off. The real flag is"
                            + " --authenticate=true (MESOS_AUTHENTICATE=true); it needs"
                            + " --credentials, without which the master exits.",
                        guide(S_0_14, 10),
                        masterFlags,
                        stout,
                        masterCpp),
                    Note.of(
                        Note.Kind.GUIDE_NOTE,
                        "After this restart unauthenticated frameworks will not be allowed to"
                            + " register.",
                        guide(S_0_14, 11),
                        masterFlags))
                .build())
        .addConstraints(
            OrderingConstraint.of(
                p + "restart-masters-with-credentials",
                p + "install-slaves",
                "masters move to 0.15 before the slaves",
                guide(S_0_14, 4)),
            OrderingConstraint.of(
                p + "restart-masters-with-credentials",
                p + "restart-schedulers",
                "the masters hold the credentials before any scheduler authenticates",
                masterCpp),
            OrderingConstraint.of(
                p + "restart-slaves",
                p + "relink-executors",
                "executors move to 0.15 after the slaves that start them",
                guide(S_0_14, 5)),
            OrderingConstraint.of(
                p + "relink-schedulers",
                p + "use-credential-in-schedulers",
                "the Credential constructor exists only in the 0.15 library",
                Source.mesos("include/mesos/scheduler.hpp", "0.15.0")),
            OrderingConstraint.of(
                p + "use-credential-in-schedulers",
                p + "restart-schedulers",
                "the restart makes the schedulers run the changed code",
                guide(S_0_14, 9)),
            OrderingConstraint.of(
                p + "restart-schedulers",
                p + "restart-masters-with-authentication",
                "authentication is enforced only once every scheduler authenticates",
                guide(S_0_14, 10)),
            OrderingConstraint.of(
                p + "restart-slaves",
                p + "restart-masters-with-authentication",
                "enforcing authentication is the last step of the hop",
                guide(S_0_14, 10)),
            OrderingConstraint.of(
                p + "relink-executors",
                p + "restart-masters-with-authentication",
                "enforcing authentication is the last step of the hop",
                guide(S_0_14, 10)))
        .build();
  }

  // ---------------------------------------------------------------------------------------------

  private static Source guide(String section, int bullet) {
    return Source.guide(section, bullet);
  }

  /** Returns a builder of a step with the fields every step has; the test catalogs use it too. */
  static UpgradeStep.Builder step(
      String id,
      Component component,
      StepAction action,
      MesosVersion version,
      Necessity necessity,
      Source source) {
    return UpgradeStep.builder()
        .id(id)
        .component(component)
        .action(action)
        .version(version)
        .necessity(necessity)
        .source(source);
  }
}
