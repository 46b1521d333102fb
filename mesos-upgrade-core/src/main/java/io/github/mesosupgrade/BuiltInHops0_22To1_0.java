package io.github.mesosupgrade;

import static io.github.mesosupgrade.BuiltInHops0_15To0_22.changelog;
import static io.github.mesosupgrade.BuiltInHops0_15To0_22.cite;
import static io.github.mesosupgrade.BuiltInHops0_15To0_22.citeDefaultSteps;
import static io.github.mesosupgrade.BuiltInHops0_15To0_22.code;
import static io.github.mesosupgrade.BuiltInHops0_15To0_22.guide;
import static io.github.mesosupgrade.BuiltInHops0_15To0_22.note;
import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Necessity.IF_NECESSARY;
import static io.github.mesosupgrade.StepAction.RECONFIGURE;
import static io.github.mesosupgrade.StepAction.RELINK;
import static io.github.mesosupgrade.StepAction.RESTART;

import com.google.common.collect.ImmutableList;

/**
 * The hops of the built-in catalog from 0.22 to 1.0, the releases whose guide sections start by
 * rebuilding modules: "Upgrading from 0.22.x to 0.23.x" to "Upgrading from 0.28.x to 1.0.x" ({@code
 * docs/upgrades.md} at each target tag), checked against the sources at the release tags. One
 * method per hop.
 */
final class BuiltInHops0_22To1_0 {
  private BuiltInHops0_22To1_0() {}

  static ImmutableList<HopDefinition> all() {
    return ImmutableList.of(
        hop0_22To0_23(),
        hop0_23To0_24(),
        hop0_24To0_25(),
        hop0_25To0_26(),
        hop0_26To0_27(),
        hop0_27To0_28(),
        hop0_28To1_0());
  }

  private static HopSketch modulesFirst(String from, String to, Source guide) {
    return HopSketch.of(from, to, HopSketch.Order.MODULES_FIRST, guide);
  }

  /** Makes the two module steps cite the guide's "Rebuild and install any modules" bullet. */
  private static void citeModules(HopSketch hop, Source bullet) {
    String slave = hop.slaves().substring(0, hop.slaves().length() - 1);
    cite(hop, bullet, "rebuild-master-modules", "rebuild-" + slave + "-modules");
  }

  // 0.22 -> 0.23: /stats.json removed; slave ping timeouts only after the slaves.
  static HopDefinition hop0_22To0_23() {
    String section = "Upgrading from 0.22.x to 0.23.x";
    Source guide = guide("0.23.0");
    Source laterGuide = guide("0.24.0");
    HopSketch hop = modulesFirst("0.22", "0.23", guide);
    citeModules(hop, Source.guide(section, 5));
    citeDefaultSteps(hop, section, 6, 7, 8, 9, 10);
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Decorator hooks change the meaning of their return value in 0.23.0, so that"
                    + " modules can remove environment variables and labels; see the modules"
                    + " documentation.",
                Source.guide(section, 1),
                changelog("0.23.0")),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The Authenticator module interface is revised in 0.23.0: authenticator modules"
                    + " must be ported, not only rebuilt. Building Mesos 0.23, and modules against"
                    + " it, needs GCC 4.8 or later or clang 3.5 or later.",
                changelog("0.23.0"),
                code("include/mesos/authentication/authenticator.hpp", "0.23.0")));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The /stats.json endpoints of masters and slaves are removed: read"
                    + " /metrics/snapshot instead. (The guide added this note after 0.23.0 was"
                    + " tagged.)",
                laterGuide,
                changelog("0.23.0"),
                code("src/master/master.cpp", "0.22.0"),
                code("src/master/master.cpp", "0.23.0"),
                code("src/slave/slave.cpp", "0.23.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "/master/shutdown is deprecated in favour of the new /master/teardown; 0.24.0"
                    + " removes /master/shutdown, which the guide does not say.",
                laterGuide,
                changelog("0.23.0"),
                code("src/master/master.cpp", "0.23.0"),
                code("src/master/master.cpp", "0.24.0")));
    hop.insertAfter(
            "restart-slaves", "restart-masters-with-ping-timeouts", MASTER, RESTART, IF_NECESSARY)
        .source(Source.guide(section, 2))
        .flags(
            FlagChange.set("slave_ping_timeout", "<duration, default 15secs>"),
            FlagChange.set("max_slave_ping_timeouts", "<count, default 5>"))
        .purpose(
            "only to change how long masters wait for slave pings, which 0.23 makes configurable;"
                + " the slaves must run 0.23 first")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Slave ping timeouts are configurable on the master with --slave_ping_timeout and"
                    + " --max_slave_ping_timeouts. Upgrade the slaves to 0.23 before changing"
                    + " them.",
                Source.guide(section, 2),
                code("src/master/constants.cpp", "0.23.0"),
                changelog("0.23.0")));
    hop.before(
        "restart-slaves",
        "restart-masters-with-ping-timeouts",
        "the slaves run 0.23 before the masters' ping timeouts change");
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "New driver call acceptOffers(offerIds, operations, filters) for Java and Python,"
                    + " with operations LAUNCH, RESERVE, UNRESERVE, CREATE and DESTROY; resources"
                    + " left unused are declined.",
                Source.guide(section, 3),
                code("src/java/src/org/apache/mesos/SchedulerDriver.java", "0.23.0"),
                changelog("0.23.0")),
            note(
                Note.Kind.FRAMEWORK_API,
                "Resource gains DiskInfo, ReservationInfo and RevocableInfo: never combine two"
                    + " Resource objects whose metadata differ.",
                Source.guide(section, 4),
                code("include/mesos/mesos.proto", "0.23.0"),
                changelog("0.23.0")));
    return hop.build();
  }

  // 0.23 -> 0.24: masters publish JSON in ZooKeeper; schedulers must link libmesos >= 0.23 first.
  static HopDefinition hop0_23To0_24() {
    String section = "Upgrading from 0.23.x to 0.24.x";
    Source guide = guide("0.24.0");
    Source detector = code("src/master/detector.cpp", "0.24.0");
    HopSketch hop = modulesFirst("0.23", "0.24", guide);
    citeModules(hop, Source.guide(section, 3));
    citeDefaultSteps(hop, section, 4, 5, 6, 7, 8);
    hop.insertBefore(
            "rebuild-master-modules", "relink-old-schedulers", SCHEDULER, RELINK, IF_NECESSARY)
        .source(Source.guide(section, 2))
        .onStartingRelease()
        .purpose(
            "only schedulers that still link a libmesos older than 0.23.0: 0.24 masters publish"
                + " their ZooKeeper record as JSON, which older libraries cannot read")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The master publishes its information in ZooKeeper as JSON instead of protobuf:"
                    + " make sure schedulers are linked against libmesos 0.23.0 or later before"
                    + " upgrading the masters.",
                Source.guide(section, 2),
                detector,
                changelog("0.24.0")));
    hop.insertAfter(
            "relink-old-schedulers", "restart-old-schedulers", SCHEDULER, RESTART, IF_NECESSARY)
        .source(Source.guide(section, 2))
        .onStartingRelease()
        .purpose("the relinked schedulers run the newer library before the masters change");
    hop.before(
        "relink-old-schedulers",
        "restart-old-schedulers",
        "the restart makes the schedulers run the relinked library");
    hop.before(
        "restart-old-schedulers",
        "install-masters",
        "schedulers link libmesos 0.23.0 or later before the masters move to 0.24");
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.24 masters no longer serve /shutdown; tear frameworks down with /teardown"
                    + " (since 0.23.0).",
                code("src/master/master.cpp", "0.23.0"),
                code("src/master/master.cpp", "0.24.0")));
    hop.step("restart-slaves")
        .flags(FlagChange.remove("docker_sandbox_directory"))
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The slave flag --docker_sandbox_directory is renamed --sandbox_directory without"
                    + " an alias: a 0.24 slave given the old name on the command line refuses to"
                    + " start, and MESOS_DOCKER_SANDBOX_DIRECTORY is silently ignored. If you set"
                    + " it, set --sandbox_directory to the same path.",
                code("src/slave/flags.cpp", "0.23.0"),
                code("src/slave/flags.cpp", "0.24.0")));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Driver-based schedulers can be upgraded live to the experimental HTTP API, served"
                    + " at /api/v1/scheduler.",
                Source.guide(section, 1),
                code("src/master/master.cpp", "0.24.0"),
                changelog("0.24.0")),
            note(
                Note.Kind.FRAMEWORK_API,
                "MasterInfo's ip, port and hostname are deprecated in favour of its new address"
                    + " field (an Address with hostname, ip and port): code that reads where the"
                    + " master is should read address.",
                changelog("0.24.0"),
                code("include/mesos/mesos.proto", "0.24.0")));
    return hop.build();
  }

  // 0.24 -> 0.25: .json endpoints deprecated; suppressOffers.
  static HopDefinition hop0_24To0_25() {
    String section = "Upgrading from 0.24.x to 0.25.x";
    Source guide = guide("0.25.0");
    HopSketch hop = modulesFirst("0.24", "0.25", guide);
    citeModules(hop, Source.guide(section, 13));
    citeDefaultSteps(hop, section, 14, 15, 16, 17, 18);
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The .json endpoints are deprecated: on masters /state.json becomes /state and"
                    + " /tasks.json becomes /tasks; on slaves /state.json becomes /state and"
                    + " /monitor/statistics.json becomes /monitor/statistics; on both"
                    + " /files/browse.json, /files/debug.json, /files/download.json and"
                    + " /files/read.json lose their .json.",
                Source.guide(section, 1),
                Source.guide(section, 3),
                Source.guide(section, 4),
                Source.guide(section, 6),
                Source.guide(section, 7),
                Source.guide(section, 9),
                Source.guide(section, 10),
                Source.guide(section, 11),
                Source.guide(section, 12)),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The master's /roles.json becomes /roles too. The .json forms keep working until"
                    + " 1.8.0 removes them.",
                code("src/master/master.cpp", "0.25.0"),
                code("src/master/master.cpp", "1.8.0")));
    hop.step("restart-slaves")
        .flags(FlagChange.remove("provisioners"))
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.25.0 removes the slave flag --provisioners (added in 0.24.0) in favour of"
                    + " --image_providers and --image_provisioner_backend; a 0.25 slave given it on"
                    + " the command line refuses to start.",
                code("src/slave/flags.cpp", "0.24.0"),
                code("src/slave/flags.cpp", "0.25.0")));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "The drivers gain suppressOffers(), which stops offers until reviveOffers().",
                code("include/mesos/scheduler.hpp", "0.25.0"),
                changelog("0.25.0")));
    return hop.build();
  }

  // 0.25 -> 0.26: renamed TaskStatus reasons, Credential.secret is a string.
  static HopDefinition hop0_25To0_26() {
    String section = "Upgrading from 0.25.x to 0.26.x";
    Source guide = guide("0.26.0");
    HopSketch hop = modulesFirst("0.25", "0.26", guide);
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "/state on masters and slaves no longer includes the data field of ExecutorInfo"
                    + " (frameworks[*].executors[*].data on masters) and TaskInfo"
                    + " (executors[*].tasks[*].data on slaves).",
                Source.guide(section, 5)));
    hop.step("restart-slaves")
        .flags(FlagChange.remove("resource_monitoring_interval"))
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.26.0 removes the slave flag --resource_monitoring_interval; a 0.26 slave given"
                    + " it on the command line refuses to start.",
                code("src/slave/flags.cpp", "0.25.0"),
                code("src/slave/flags.cpp", "0.26.0")));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "TaskStatus reasons are renamed with the same tag numbers: REASON_MEM_LIMIT is"
                    + " REASON_CONTAINER_LIMITATION_MEMORY and REASON_EXECUTOR_PREEMPTED is"
                    + " REASON_CONTAINER_PREEMPTED; code that names them needs the new names.",
                Source.guide(section, 1),
                Source.guide(section, 2),
                Source.guide(section, 3)),
            note(
                Note.Kind.FRAMEWORK_API,
                "Credential.secret is now a string (it was bytes), which makes JSON credentials"
                    + " files work: regenerate protobuf code of language bindings.",
                Source.guide(section, 4),
                code("include/mesos/mesos.proto", "0.26.0"),
                changelog("0.26.0")),
            note(
                Note.Kind.FRAMEWORK_API,
                "NetworkInfo.protocol and ip_address are deprecated in favour of ip_addresses.",
                Source.guide(section, 6),
                code("include/mesos/mesos.proto", "0.26.0")));
    return hop.build();
  }

  // 0.26 -> 0.27: implicit roles; ACL shutdown_frameworks deprecated.
  static HopDefinition hop0_26To0_27() {
    String section = "Upgrading from 0.26.x to 0.27.x";
    Source guide = guide("0.27.0");
    HopSketch hop = modulesFirst("0.26", "0.27", guide);
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The Allocator API changes for implicit roles: custom allocators need updating"
                    + " (MESOS-4000).",
                Source.guide(section, 2)));
    hop.step("rebuild-slave-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The isolator prepare() takes a ContainerConfig, and ContainerPrepareInfo is"
                    + " renamed ContainerLaunchInfo: isolator modules must be adjusted and rebuilt"
                    + " against 0.27.",
                Source.guide(section, 4)));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Implicit roles: without --roles any role name may be used, and ACLs control which"
                    + " principals may register as which roles; the --roles whitelist is"
                    + " deprecated.",
                Source.guide(section, 1),
                changelog("0.27.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "The ACL shutdown_frameworks is deprecated in favour of teardown_frameworks (in"
                    + " --acls); 1.3.0 removes it.",
                Source.guide(section, 5),
                changelog("0.27.0"),
                guide("1.3.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "The DRF role sorter now counts reserved resources; explicit role weights may"
                    + " need adjusting.",
                Source.guide(section, 6)));
    hop.step("restart-slaves")
        .flags(
            FlagChange.remove("docker_auth_server_port"),
            FlagChange.remove("docker_local_archives_dir"),
            FlagChange.remove("docker_puller"),
            FlagChange.remove("docker_registry_port"))
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.27.0 removes the slave flags --docker_auth_server_port,"
                    + " --docker_local_archives_dir, --docker_puller and --docker_registry_port"
                    + " (added in 0.26.0); a 0.27 slave given one on the command line refuses to"
                    + " start.",
                code("src/slave/flags.cpp", "0.26.0"),
                code("src/slave/flags.cpp", "0.27.0")));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "The executorLost callback is now called when a slave sees a custom executor end:"
                    + " make sure schedulers handle it (delivery is not guaranteed).",
                Source.guide(section, 3),
                changelog("0.27.0")),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.27.0 removes the deprecated CommandInfo.container (CommandInfo.ContainerInfo,"
                    + " an image name and options). A framework that still sets it is not"
                    + " refused: the field is dropped as unknown and the task runs without that"
                    + " container. Describe containers with TaskInfo.container or"
                    + " ExecutorInfo.container (a ContainerInfo) instead.",
                changelog("0.27.0"),
                code("include/mesos/mesos.proto", "0.26.0"),
                code("include/mesos/mesos.proto", "0.27.0")));
    return hop.build();
  }

  // 0.27 -> 0.28: fixed-point resources; ReserveResources and CreateVolume ACLs take roles.
  static HopDefinition hop0_27To0_28() {
    String section = "Upgrading from 0.27.x to 0.28.x";
    Source guide = guide("0.28.0");
    HopSketch hop = modulesFirst("0.27", "0.28", guide);
    citeModules(hop, Source.guide(section, 3));
    citeDefaultSteps(hop, section, 4, 5, 6, 7, 8);
    hop.insertAfter("install-masters", "update-reservation-acls", MASTER, RECONFIGURE, IF_NECESSARY)
        .source(Source.guide(section, 2))
        .purpose(
            "only where the ReserveResources and CreateVolume ACLs are used: their objects are"
                + " now roles, which makes existing definitions obsolete; rewrite them for the"
                + " restart on 0.28")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The objects of the ReserveResources and CreateVolume ACLs are now roles. By"
                    + " default any principal may reserve resources and create volumes for any"
                    + " role; before 0.28 a framework could reserve only for its own role. To keep"
                    + " that, allow each framework's principal to reserve only for its role.",
                Source.guide(section, 2),
                changelog("0.28.0"),
                code("include/mesos/authorizer/authorizer.proto", "0.28.0")));
    hop.before(
        "update-reservation-acls",
        "restart-masters",
        "the masters restart on 0.28 with ACLs written for 0.28");
    hop.step("restart-slaves")
        .flags(FlagChange.remove("docker_auth_server"), FlagChange.remove("docker_puller_timeout"))
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "0.28.0 removes the slave flags --docker_auth_server and --docker_puller_timeout;"
                    + " a 0.28 slave given one on the command line refuses to start.",
                code("src/slave/flags.cpp", "0.27.0"),
                code("src/slave/flags.cpp", "0.28.0")));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "Scalar resources have three decimal digits of precision (fixed point):"
                    + " frameworks that do their own resource arithmetic may see different"
                    + " rounding.",
                Source.guide(section, 1),
                changelog("0.28.0")),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "Schedulers on the experimental v1 HTTP API: SUBSCRIBE loses its force field, and"
                    + " a 0.28 master answers 400 Bad Request to every other call without the"
                    + " Mesos-Stream-Id header it returned on SUBSCRIBE: such schedulers must"
                    + " send the header back whenever the master gave one.",
                changelog("0.28.0"),
                code("include/mesos/v1/scheduler/scheduler.proto", "0.27.0"),
                code("include/mesos/v1/scheduler/scheduler.proto", "0.28.0"),
                code("src/master/http.cpp", "0.28.0")));
    return hop.build();
  }

  // 0.28 -> 1.0: slave becomes agent; renamed flags keep aliases; agents need --work_dir.
  static HopDefinition hop0_28To1_0() {
    String section = "Upgrading from 0.28.x to 1.0.x";
    Source guide = guide("1.0.0");
    Source masterFlags = code("src/master/flags.cpp", "1.0.0");
    Source changes = changelog("1.0.0");
    HopSketch hop = modulesFirst("0.28", "1.0", guide);
    citeModules(hop, Source.guide(section, 47));
    citeDefaultSteps(hop, section, 48, 49, 50, 51, 52);
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Authorizer modules: the authorizer interface is refactored (a breaking change),"
                    + " can hand out an ObjectApprover, and serves authorization-based filtering"
                    + " of endpoints such as /state; authorization::Request's subject and object"
                    + " become optional, and a request without them must be allowed only by ANY"
                    + " ACLs. Allocator modules: the Allocator's namespace and header move.",
                Source.guide(section, 32),
                Source.guide(section, 33),
                Source.guide(section, 34),
                Source.guide(section, 35),
                Source.guide(section, 36),
                changes));
    hop.step("rebuild-agent-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Isolator modules: ContainerConfig loses its camel-cased fields executorInfo (1)"
                    + " and taskInfo (2); read executor_info and task_info. The release notes call"
                    + " them deprecated, but 1.0.0 removes them.",
                Source.guide(section, 3),
                Source.guide(section, 4),
                Source.guide(section, 5),
                changes,
                code("include/mesos/slave/isolator.proto", "0.28.0"),
                code("include/mesos/slave/isolator.proto", "1.0.0")));
    hop.step("install-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "1.0 adds authorization of HTTP endpoints: with ACLs that say permissive: false,"
                    + " /files/debug, /logging/toggle, /metrics/snapshot and the agents'"
                    + " /containers and /monitor/statistics stop working unless get_endpoints ACLs"
                    + " are defined. The release notes add /quota, /files/browse,"
                    + " /files/download, /files/read and /flags; the web UI needs ACLs for"
                    + " /metrics/snapshot and /files/*.",
                Source.guide(section, 39),
                Source.guide(section, 40),
                Source.guide(section, 41),
                Source.guide(section, 42),
                Source.guide(section, 43),
                Source.guide(section, 44),
                Source.guide(section, 45),
                Source.guide(section, 46),
                changes));
    hop.step("restart-masters")
        .flags(FlagChange.remove("registry_strict"))
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Master flags that said slave are renamed, the old names kept as deprecated"
                    + " aliases: --authenticate is --authenticate_frameworks, --authenticate_slaves"
                    + " is --authenticate_agents, --slave_ping_timeout is --agent_ping_timeout,"
                    + " --max_slave_ping_timeouts is --max_agent_ping_timeouts,"
                    + " --slave_reregister_timeout is --agent_reregister_timeout,"
                    + " --recovery_slave_removal_limit is --recovery_agent_removal_limit,"
                    + " --slave_removal_rate_limit is --agent_removal_rate_limit and"
                    + " --max_executors_per_slave is --max_executors_per_agent. Both names work,"
                    + " on the command line and in the environment, and a daemon given both"
                    + " names of one flag refuses to start.",
                Source.guide(section, 11),
                masterFlags,
                code("3rdparty/stout/include/stout/flags/flags.hpp", "1.0.0"),
                changes),
            note(
                Note.Kind.GUIDE_NOTE,
                "--authenticate_http is deprecated in favour of --authenticate_http_readwrite,"
                    + " which now also covers /logging/toggle, /profiler/*, /maintenance/schedule"
                    + " and /machine/*; the new --authenticate_http_readonly covers read-only"
                    + " endpoints such as /state and /flags.",
                Source.guide(section, 38),
                masterFlags,
                changes),
            note(
                Note.Kind.GUIDE_CORRECTION,
                "The guide says a 1.0 master given --registry_strict exits at once. The flag is"
                    + " still accepted: only --registry_strict=true makes the master exit"
                    + " (\"Support for '--registry_strict' has been disabled\");"
                    + " --registry_strict=false is the default and works. Drop the flag.",
                Source.guide(section, 15),
                masterFlags,
                changes),
            note(
                Note.Kind.GUIDE_NOTE,
                "Plain-text credentials files are deprecated: give --credentials a JSON file"
                    + " ({\"credentials\":[{\"principal\":...,\"secret\":...}]}); 1.11.0 refuses"
                    + " plain text.",
                Source.guide(section, 16),
                changes,
                code("src/credentials/credentials.hpp", "1.11.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "The /observe endpoint is removed. /reserve, /unreserve, /create-volumes and"
                    + " /destroy-volumes answer 202 Accepted instead of 200 OK.",
                Source.guide(section, 18),
                Source.guide(section, 19),
                Source.guide(section, 20),
                Source.guide(section, 21),
                Source.guide(section, 22),
                Source.guide(section, 27),
                changes,
                code("src/master/master.cpp", "0.28.0"),
                code("src/master/master.cpp", "1.0.0")));
    hop.step("install-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "1.0 calls the slave agent: the binary mesos-agent joins mesos-slave, agent flags"
                    + " that said slave are renamed with the old names kept as deprecated aliases"
                    + " (--slave_subsystems is --agent_subsystems), and the web UI and mesos-cli"
                    + " deprecate the slave spellings. Logs and messages say agent.",
                Source.guide(section, 10),
                Source.guide(section, 11),
                Source.guide(section, 12),
                Source.guide(section, 13),
                changes,
                code("src/slave/flags.cpp", "1.0.0")));
    hop.step("restart-agents")
        .flags(FlagChange.set("work_dir", "<path to agent work directory>"))
        .purpose(
            "1.0 agents have no default work directory and exit without one; keep the directory"
                + " the slaves used (the old default was /tmp/mesos) so that they recover their"
                + " checkpointed state")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The agent's --work_dir has no default any more: the agent exits at once without"
                    + " it.",
                Source.guide(section, 14),
                changes,
                code("src/slave/flags.cpp", "0.28.0"),
                code("src/slave/flags.cpp", "1.0.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "Executors no longer inherit the agent's environment: list what they need in"
                    + " --executor_environment_variables. Without $PATH they get"
                    + " /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin.",
                Source.guide(section, 6),
                changes),
            note(
                Note.Kind.GUIDE_CORRECTION,
                "The guide writes the flag --executor-environment-variables. Mesos does not turn"
                    + " dashes into underscores: an agent given that spelling refuses to start"
                    + " (unknown flag). The flag is --executor_environment_variables (since"
                    + " 0.23.0), a JSON object of variable names and values. Later versions of the guide"
                    + " spell it right.",
                Source.guide(section, 6),
                code("src/slave/flags.cpp", "1.0.0"),
                guide("1.11.0"),
                code("3rdparty/stout/include/stout/flags/flags.hpp", "1.0.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "Persistent volumes: the agent changes their ownership non-recursively, and"
                    + " destroying a volume now deletes its data. The agent flag"
                    + " --docker_stop_timeout is deprecated: tasks set a kill policy instead.",
                Source.guide(section, 2),
                Source.guide(section, 8),
                Source.guide(section, 17),
                changes));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "ExecutorInfo.source is deprecated in favour of ExecutorInfo.labels;"
                    + " CommandInfo.URI gains output_file; the Call and Event type fields of"
                    + " scheduler.proto and executor.proto become optional.",
                Source.guide(section, 9),
                Source.guide(section, 23),
                Source.guide(section, 24),
                Source.guide(section, 25),
                changes,
                code("include/mesos/mesos.proto", "1.0.0")));
    hop.append("switch-quota-acls", MASTER, RECONFIGURE, IF_NECESSARY)
        .source(Source.guide(section, 30))
        .purpose(
            "only where set_quotas or remove_quotas ACLs are used: once the upgrade is verified,"
                + " replace them with update_quotas (never both: the local authorizer refuses"
                + " the mix); get_quotas can now limit who reads quota")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The SetQuota and RemoveQuota ACLs are deprecated in favour of UpdateQuota, for"
                    + " the local authorizer and custom authorizer modules alike. update_quotas"
                    + " with set_quotas or remove_quotas in one --acls is an error of the local"
                    + " authorizer. The new get_quotas ACL limits who may read quota.",
                Source.guide(section, 28),
                Source.guide(section, 29),
                Source.guide(section, 31),
                changes,
                code("src/authorizer/local/authorizer.cpp", "1.0.0")));
    hop.before(
        "restart-masters",
        "switch-quota-acls",
        "the binaries are upgraded first; the deprecated quota ACLs are still enforced until then");
    hop.before(
        "restart-agents",
        "switch-quota-acls",
        "the quota ACLs change once the whole upgrade is verified");
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "The SSL_* environment variables of libprocess are deprecated in favour of"
                + " LIBPROCESS_SSL_*; 1.0 still reads both.",
            Source.guide(section, 1),
            changes,
            code("3rdparty/libprocess/src/openssl.cpp", "1.0.0")),
        note(
            Note.Kind.GUIDE_NOTE,
            "The fetcher runs as the task's user, so that user's file permissions apply to local"
                + " files; the metric allocator/event_queue_dispatches is renamed"
                + " allocator/mesos/event_queue_dispatches.",
            Source.guide(section, 7),
            Source.guide(section, 37),
            changes));
    return hop.build();
  }
}
