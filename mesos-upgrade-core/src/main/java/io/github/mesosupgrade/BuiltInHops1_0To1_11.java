package io.github.mesosupgrade;

import static io.github.mesosupgrade.BuiltInHops0_15To0_22.code;
import static io.github.mesosupgrade.BuiltInHops0_15To0_22.guide;
import static io.github.mesosupgrade.BuiltInHops0_15To0_22.note;
import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.Necessity.IF_NECESSARY;
import static io.github.mesosupgrade.StepAction.RECONFIGURE;
import static io.github.mesosupgrade.StepAction.RESTART;
import static io.github.mesosupgrade.StepAction.UPDATE_FRAMEWORK;

import com.google.common.collect.ImmutableList;

/**
 * The hops of the built-in catalog from 1.0 to 1.11: the guide's sections "Upgrading from 1.0.x to
 * 1.1.x" to "Upgrading from 1.9.x to 1.10.x" ({@code docs/upgrades.md} at each target tag), checked
 * against the sources at the release tags, and 1.10 to 1.11, which the guide does not cover. One
 * method per hop.
 *
 * <p>Every hop has the same shared steps ({@code rebuild-master-modules} ... {@code
 * relink-executors}) in the same order, so that a jump across several of them merges into one hop
 * (see {@link HopPlanner}); a step that only one release asks for has a name of its own.
 */
final class BuiltInHops1_0To1_11 {
  private BuiltInHops1_0To1_11() {}

  static ImmutableList<HopDefinition> all() {
    return ImmutableList.of(
        hop1_0To1_1(),
        hop1_1To1_2(),
        hop1_2To1_3(),
        hop1_3To1_4(),
        hop1_4To1_5(),
        hop1_5To1_6(),
        hop1_6To1_7(),
        hop1_7To1_8(),
        hop1_8To1_9(),
        hop1_9To1_10(),
        hop1_10To1_11());
  }

  private static HopSketch hop(String from, String to, Source steps) {
    return HopSketch.of(from, to, HopSketch.Order.MODULES_FIRST, steps);
  }

  /**
   * Returns a hop whose guide section has notes but no step list: its steps follow the order of the
   * other hops, the order Mesos' own upgrade test runs.
   */
  private static HopSketch hopWithoutStepList(String from, String to, String tag) {
    Source test = code("support/test-upgrade.py", tag);
    return hop(from, to, test)
        .note(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The guide's section for "
                    + from
                    + ".x to "
                    + to
                    + ".x gives no step list; its steps follow the order of the hops around it,"
                    + " which Mesos' upgrade test runs: masters, then agents, then frameworks.",
                guide(tag),
                test));
  }

  /**
   * Returns bullet {@code n} of the guide's section for the hop into the release line of {@code
   * tag} ({@code 1.8.0}: "Upgrading from 1.7.x to 1.8.x"), as the guide stands at that tag.
   */
  static Source bullet(String tag, int n) {
    MesosVersion to = MesosVersion.parse(tag);
    String line = to.major() + "." + to.minor();
    String previous = to.major() + "." + (to.minor() - 1);
    return Source.guide("Upgrading from " + previous + ".x to " + line + ".x", n, tag);
  }

  /** Returns Mesos' CHANGELOG at {@code tag}, which lists the release's breaking changes. */
  static Source changelog(String tag) {
    return code("CHANGELOG", tag);
  }

  /**
   * Makes the shared steps cite the numbered step list of a guide section whose list starts at
   * bullet {@code first}: modules, masters, agents, scheduler relink, scheduler restart, executors.
   */
  private static void stepList(HopSketch hop, String tag, int first) {
    hop.step("rebuild-master-modules").source(bullet(tag, first));
    hop.step("rebuild-agent-modules").source(bullet(tag, first));
    hop.step("install-masters").source(bullet(tag, first + 1));
    hop.step("restart-masters").source(bullet(tag, first + 1));
    hop.step("install-agents").source(bullet(tag, first + 2));
    hop.step("restart-agents").source(bullet(tag, first + 2));
    hop.step("relink-schedulers").source(bullet(tag, first + 3));
    hop.step("restart-schedulers").source(bullet(tag, first + 4));
    hop.step("relink-executors").source(bullet(tag, first + 5));
  }

  /**
   * Returns a note that the first releases of a line lack flags that the newest release of the line
   * before it has (they were backported there), so a plan that ends on one of them takes them away.
   */
  private static Note missingUntil(
      String what, String newestBefore, String lacking, String back, Component component) {
    String file = component == MASTER ? "src/master/flags.cpp" : "src/slave/flags.cpp";
    String daemon = component == MASTER ? "a master" : "an agent";
    boolean several = what.contains(" flags ");
    String them = several ? "them" : "it";
    int space = lacking.indexOf(' ');
    String first = space < 0 ? lacking : lacking.substring(0, space);
    return note(
        Note.Kind.UNDOCUMENTED_CHANGE,
        String.format(
            "%s (%s has %s, backported) %s missing from %s and %s back in %s: %s started with"
                + " %s cannot start on %s, so a plan that uses %s should end on %s or later.",
            what,
            newestBefore,
            them,
            several ? "are" : "is",
            lacking,
            several ? "come" : "comes",
            back,
            daemon,
            several ? "one" : "it",
            lacking,
            them,
            back),
        code(file, newestBefore),
        code(file, first),
        code(file, back));
  }

  // 1.0 -> 1.1: module API changes only.
  static HopDefinition hop1_0To1_1() {
    String tag = "1.1.0";
    HopSketch hop = hopWithoutStepList("1.0", "1.1", tag);
    hop.step("rebuild-agent-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "ContainerLogger loses its recover() method (MESOS-6371).",
                bullet(tag, 1),
                changelog(tag)));
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Allocator::updateAllocation() gains an offeredResources argument (MESOS-4431).",
                bullet(tag, 2)));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The metrics master/slave_shutdowns_scheduled, master/slave_shutdowns_canceled and"
                    + " master/slave_shutdowns_completed are deprecated and always zero; read"
                    + " master/slave_unreachable_scheduled, _canceled and _completed instead. HTTP"
                    + " handler failures of master and agent endpoints now answer 500 Internal"
                    + " Server Error, not 503 (MESOS-6220): monitoring that retries on 503 must"
                    + " change.",
                changelog(tag)));
    hop.step("restart-agents")
        .flags(
            FlagChange.remove("containerizer_path"), FlagChange.remove("default_container_image"))
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "1.1.0 removes the agent flags --containerizer_path and --default_container_image"
                    + " (with the external containerizer); a 1.1 agent given one on the command"
                    + " line refuses to start.",
                code("src/slave/flags.cpp", "1.0.0"),
                code("src/slave/flags.cpp", "1.1.0")),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The mesos-health-check binary is removed (MESOS-5955): health checks run inside"
                    + " the executors. New agent flag --runtime_dir (default /var/run/mesos as root)"
                    + " for state that survives agent restarts but not reboots.",
                changelog(tag),
                code("src/slave/flags.cpp", "1.1.0")));
    return hop.build();
  }

  // 1.1 -> 1.2: from 1.2.1 masters ignore 0.x agents.
  static HopDefinition hop1_1To1_2() {
    String tag = "1.2.0";
    Source guide = guide(tag);
    HopSketch hop = hop("1.1", "1.2", guide);
    stepList(hop, tag, 14);
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Allocator modules change (inactive and multi-role frameworks, suppress and"
                    + " revive; MESOS-6675); authorizer modules get new actions"
                    + " (LAUNCH_NESTED_CONTAINER ... SET_LOG_LEVEL) and renamed ones"
                    + " (REGISTER_FRAMEWORK, TEARDOWN_FRAMEWORK, RESERVE_RESOURCES,"
                    + " UNRESERVE_RESOURCES, CREATE_VOLUME, DESTROY_VOLUME, UPDATE_WEIGHT,"
                    + " GET_QUOTA), the old names kept as deprecated aliases.",
                bullet(tag, 6),
                bullet(tag, 7),
                bullet(tag, 8),
                changelog(tag)));
    hop.step("rebuild-agent-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "ContainerLogger::prepare() takes the user to run as, and the hooks"
                    + " slavePreLaunchDockerEnvironmentDecorator and slavePreLaunchDockerHook are"
                    + " removed in favour of slavePreLaunchDockerTaskExecutorDecorator.",
                bullet(tag, 5),
                bullet(tag, 9),
                changelog(tag)));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "From 1.2.1 (not 1.2.0) masters ignore agents older than 1.0.0: 1.1+ masters with"
                    + " 0.x agents were never supported. New master flag"
                    + " --max_unreachable_tasks_per_framework (default 1000).",
                bullet(tag, 3),
                guide("1.2.1"),
                code("src/master/constants.hpp", "1.2.0"),
                code("src/master/constants.hpp", "1.2.1")),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "An agent that restarts but does not finish recovery within"
                    + " --agent_reregister_timeout is now marked unreachable (MESOS-6286): agents"
                    + " with very large work directories may need a longer timeout.",
                changelog(tag)));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "New agent flag --http_heartbeat_interval (default 30secs), for the agent API's"
                    + " persistent connections.",
                bullet(tag, 1),
                code("src/slave/flags.cpp", "1.2.0")),
            note(
                Note.Kind.GUIDE_CORRECTION,
                "The guide calls --image_provisioner_backend a new agent flag; agents had it"
                    + " before (0.27.0 and 1.1.0 already accept it), so no configuration changes."
                    + " What is new in 1.2 is the auto backend, the default when the flag is unset.",
                bullet(tag, 2),
                code("src/slave/flags.cpp", "1.1.0"),
                changelog(tag)),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The agent's v1 operator API is now authorized (MESOS-6670): with a local"
                    + " authorizer whose ACLs say permissive: false, tools that call it need ACLs"
                    + " for the calls they make.",
                changelog(tag)),
            missingUntil(
                "The agent flags --executor_reregistration_timeout and"
                    + " --executor_reregistration_retry_interval",
                "1.1.3",
                "1.2.0 and 1.2.1",
                "1.2.2",
                SLAVE));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "The v1 Revive and Suppress calls take a role. A framework that re-registers after"
                    + " a master failover may now change only the FrameworkInfo fields it may"
                    + " change on framework failover (not its role; MESOS-6419).",
                bullet(tag, 4),
                changelog(tag)));
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "In the v1 operator API recovered_frameworks (GetFrameworks), orphan_executors"
                + " (GetExecutors) and orphan_tasks (GetTasks) are deprecated and always empty;"
                + " new agent calls LAUNCH_NESTED_CONTAINER_SESSION, ATTACH_CONTAINER_INPUT and"
                + " ATTACH_CONTAINER_OUTPUT.",
            bullet(tag, 10),
            bullet(tag, 11),
            bullet(tag, 12),
            bullet(tag, 13)));
    return hop.build();
  }

  // 1.2 -> 1.3: ACLs moved before the binaries; multi-role frameworks.
  static HopDefinition hop1_2To1_3() {
    String tag = "1.3.0";
    Source guide = guide(tag);
    HopSketch hop = hop("1.2", "1.3", guide);
    hop.insertBefore(
            "rebuild-master-modules", "move-deprecated-acls", MASTER, RECONFIGURE, IF_NECESSARY)
        .source(bullet(tag, 2))
        .purpose(
            "only where --acls uses set_quotas, remove_quotas or shutdown_frameworks: consolidate"
                + " the quota ACLs under update_quotas and replace shutdown_frameworks with"
                + " teardown_frameworks, since 1.3 masters no longer support the old ones")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The local authorizer no longer supports the ACLs set_quotas, remove_quotas and"
                    + " shutdown_frameworks (MESOS-7259, MESOS-7320): change them before upgrading"
                    + " the binaries. The guide's remove_quotes is a typo for remove_quotas.",
                bullet(tag, 2),
                bullet(tag, 3),
                changelog(tag)),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "A 1.3 master does not refuse an --acls that still has them: ACLs in 1.3 has no"
                    + " such fields and Mesos' JSON-to-protobuf parsing skips unknown fields, so"
                    + " those rules are silently dropped. With permissive: true anyone may then set"
                    + " quotas and tear down frameworks; with permissive: false no one may. The"
                    + " 1.3 --acls help text still shows set_quotas and remove_quotas.",
                code("include/mesos/authorizer/acls.proto", "1.2.0"),
                code("include/mesos/authorizer/acls.proto", tag),
                code("3rdparty/stout/include/stout/protobuf.hpp", tag),
                code("src/common/parse.hpp", tag),
                code("src/master/flags.cpp", tag)));
    stepList(hop, tag, 8);
    hop.before(
        "move-deprecated-acls",
        "install-masters",
        "the ACLs move to update_quotas and teardown_frameworks before the binaries change",
        bullet(tag, 2));
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Allocator modules must support the MULTI_ROLE framework capability; the interface"
                    + " changes.",
                bullet(tag, 6)));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Masters ignore agents older than 1.0.0 (MINIMUM_AGENT_VERSION); an agent whose"
                    + " version does not parse is ignored too.",
                bullet(tag, 1),
                changelog(tag),
                code("src/master/constants.hpp", "1.3.0"),
                code("src/master/master.cpp", "1.3.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "The framework field role in master and agent endpoints is deprecated in favour"
                    + " of roles: update tooling that reads it before running multi-role"
                    + " frameworks.",
                bullet(tag, 5)));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "New agent flags --authenticate_http_executors and --executor_secret_key; turning"
                    + " them on after the upgrade disrupts HTTP executors started before it (see"
                    + " the authentication documentation for the procedure).",
                bullet(tag, 7),
                code("src/slave/flags.cpp", "1.3.0")),
            missingUntil(
                "The agent flags --executor_reregistration_timeout and"
                    + " --executor_reregistration_retry_interval",
                "1.2.3",
                "1.3.0",
                "1.3.1",
                SLAVE));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "Multi-role frameworks: FrameworkInfo.roles with the MULTI_ROLE capability"
                    + " replaces the deprecated FrameworkInfo.role; a framework may keep one role.",
                bullet(tag, 4)));
    return hop.build();
  }

  // 1.3 -> 1.4: capabilities flags; no step list in the guide.
  static HopDefinition hop1_3To1_4() {
    String tag = "1.4.0";
    Source agentFlags = code("src/slave/flags.cpp", tag);
    HopSketch hop = hopWithoutStepList("1.3", "1.4", tag);
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Allocator::updateSlave's resource argument now means the agent's total resources"
                    + " (it was the oversubscribed ones).",
                bullet(tag, 6)));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The agent flag --allowed_capabilities is deprecated in favour of"
                    + " --effective_capabilities (the old name still works); new flag"
                    + " --bounding_capabilities, the default and the most a framework may ask.",
                bullet(tag, 2),
                bullet(tag, 5),
                changelog(tag),
                agentFlags),
            note(
                Note.Kind.GUIDE_CORRECTION,
                "The guide writes --allowed-capabilities; the flag is --allowed_capabilities"
                    + " (Mesos flag names take underscores).",
                bullet(tag, 5),
                agentFlags),
            note(
                Note.Kind.GUIDE_NOTE,
                "On kernels with ambient capabilities (Linux 4.3+) a task's effective capabilities"
                    + " become ambient. Agents keep their agent ID across a host reboot where their"
                    + " resources allow; the XFS disk isolator can measure without enforcing"
                    + " (--no-enforce_container_disk_quota).",
                bullet(tag, 1),
                bullet(tag, 3),
                bullet(tag, 7),
                agentFlags),
            note(
                Note.Kind.GUIDE_NOTE,
                "Docker 1.8.0 is the oldest the Docker containerizer supports (it runs docker"
                    + " inspect --type=container); the guide added this to the 1.4 section after"
                    + " 1.4.0.",
                guide("1.11.0")));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "LinuxInfo.capabilities is deprecated in favour of effective_capabilities, with"
                    + " bounding_capabilities new.",
                bullet(tag, 2),
                bullet(tag, 4),
                changelog(tag)),
            note(
                Note.Kind.FRAMEWORK_API,
                "The C++ Resources class only accepts the post-RESERVATION_REFINEMENT format;"
                    + " the guide added this to the 1.4 section after 1.4.0.",
                guide("1.5.0")));
    return hop.build();
  }

  // 1.4 -> 1.5: schedulers accept TASK_STARTING before the upgrade.
  static HopDefinition hop1_4To1_5() {
    String tag = "1.5.0";
    HopSketch hop = hopWithoutStepList("1.4", "1.5", tag);
    hop.insertBefore(
            "rebuild-master-modules",
            "accept-task-starting-in-schedulers",
            SCHEDULER,
            UPDATE_FRAMEWORK,
            IF_NECESSARY)
        .change(FrameworkChange.ACCEPT_TASK_STARTING)
        .onStartingRelease()
        .source(bullet(tag, 1))
        .purpose(
            "schedulers whose tasks run under the built-in executors: those executors send"
                + " TASK_STARTING from 1.5 for every task they are about to start")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The built-in executors now send TASK_STARTING; schedulers that use them must"
                    + " expect it before Mesos itself is upgraded.",
                bullet(tag, 1),
                changelog(tag)));
    hop.insertAfter(
            "accept-task-starting-in-schedulers",
            "restart-schedulers-accepting-task-starting",
            SCHEDULER,
            RESTART,
            IF_NECESSARY)
        .onStartingRelease()
        .source(bullet(tag, 1))
        .purpose("the schedulers run the changed code before any agent runs 1.5");
    hop.before(
        "accept-task-starting-in-schedulers",
        "restart-schedulers-accepting-task-starting",
        "the restart makes the schedulers run the changed code",
        bullet(tag, 1));
    hop.before(
        "restart-schedulers-accepting-task-starting",
        "install-masters",
        "schedulers accept TASK_STARTING before Mesos is upgraded",
        bullet(tag, 1));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The replicated log's new catchup() works correctly with log truncation only"
                    + " once every log replica (every master) runs 1.5; the guide added this to"
                    + " the 1.5 section after 1.5.0.",
                guide("1.6.0"),
                changelog(tag)),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The master now keeps every unfinished task of a partitioned agent and sends"
                    + " their latest status when the agent reregisters; terminal unacknowledged"
                    + " tasks of partitioned agents show as unreachable, not completed, in the"
                    + " endpoints and the operator API.",
                changelog(tag)),
            missingUntil(
                "The master flags --authentication_v0_timeout, --min_allocatable_resources and"
                    + " --role_sorter (there --user_sorter still works)",
                "1.4.3",
                "1.5.0 and 1.5.1",
                "1.5.2",
                MASTER));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The agent flag --executor_secret_key is deprecated in favour of --jwt_secret_key"
                    + " (the old name still works).",
                bullet(tag, 4),
                changelog(tag),
                code("src/slave/flags.cpp", tag)),
            note(
                Note.Kind.GUIDE_NOTE,
                "New agent flag --reconfiguration_policy: additive lets an agent restart with more"
                    + " resources and keep its ID, and needs masters on 1.5 or later. The"
                    + " network/ports isolator adds --container_ports_watch_interval and"
                    + " --check_agent_port_range_only.",
                bullet(tag, 3),
                bullet(tag, 7)),
            note(
                Note.Kind.GUIDE_NOTE,
                "Disk source roots may be relative to the agent's --work_dir; GET_CONTAINERS can"
                    + " list nested and standalone containers. The agent calls *_NESTED_CONTAINER"
                    + " are deprecated in favour of the *_CONTAINER calls (MESOS-7305).",
                bullet(tag, 5),
                bullet(tag, 6),
                changelog(tag)),
            missingUntil(
                "The agent flags --authentication_timeout_min, --authentication_timeout_max,"
                    + " --fetcher_stall_timeout and --network_cni_root_dir_persist",
                "1.4.3",
                "1.5.0 and 1.5.1",
                "1.5.2",
                SLAVE));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "TaskStatus gains limitation, the resources behind a resource-limitation"
                    + " failure. Filters.refuse_seconds is capped at 31536000 (365 days); the"
                    + " master answers explicit reconciliation of unknown tasks of PARTITION_AWARE"
                    + " frameworks on registered agents with TASK_GONE; Log.Reader gains catchup.",
                bullet(tag, 2),
                changelog(tag)));
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "Building Mesos needs Protobuf 3 or later.",
            bullet(tag, 8),
            changelog(tag)));
    return hop.build();
  }

  // 1.5 -> 1.6: storage local resource providers removed before an agent is upgraded.
  static HopDefinition hop1_5To1_6() {
    String tag = "1.6.0";
    HopSketch hop = hopWithoutStepList("1.5", "1.6", tag);
    hop.insertBefore(
            "install-agents", "remove-storage-resource-providers", SLAVE, RECONFIGURE, IF_NECESSARY)
        .source(bullet(tag, 2))
        .purpose(
            "only agents with storage local resource providers: 1.6 replaces CSI v0.1 with v0.2,"
                + " so remove all of them from an agent before upgrading it")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "CSI v0.2 replaces the experimental v0.1 support: a breaking change for storage"
                    + " local resource providers.",
                bullet(tag, 2),
                changelog(tag)));
    hop.before(
        "remove-storage-resource-providers",
        "install-agents",
        "storage local resource providers are removed before an agent is upgraded",
        bullet(tag, 2));
    hop.step("rebuild-agent-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The disk profile adaptor module interface changes for CSI v0.2 and its header is"
                    + " renamed (disk_profile_adaptor.hpp); building with gRPC features needs gRPC"
                    + " 1.10 or later.",
                bullet(tag, 1),
                bullet(tag, 4),
                changelog(tag)));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "Reservation ACLs can now restrict which agents may statically reserve resources"
                    + " for which roles (MESOS-8306); GET_AGENTS includes local resource provider"
                    + " resources.",
                changelog(tag)),
            missingUntil(
                "The master flags --min_allocatable_resources and --role_sorter (there"
                    + " --user_sorter still works)",
                "1.5.3",
                "1.6.0",
                "1.6.1",
                MASTER),
            missingUntil(
                "The master flag --authentication_v0_timeout",
                "1.5.3",
                "1.6.0 and 1.6.1",
                "1.6.2",
                MASTER));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "New agent flag --fetcher_stall_timeout (1.4.3 and 1.5.2 got it backported).",
                bullet(tag, 3),
                code("src/slave/flags.cpp", tag),
                code("src/slave/flags.cpp", "1.5.2")),
            missingUntil(
                "The agent flags --authentication_timeout_min, --authentication_timeout_max and"
                    + " --network_cni_root_dir_persist",
                "1.5.3",
                "1.6.0 and 1.6.1",
                "1.6.2",
                SLAVE),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "New agent flag --xfs_kill_containers (the CHANGELOG lists it, the guide does"
                    + " not). Container sandboxes are created 0750 instead of 0755 (MESOS-8332):"
                    + " tools that read sandboxes as another user than the task's lose access.",
                changelog(tag),
                code("src/slave/flags.cpp", tag),
                code("src/slave/paths.cpp", tag)));
    return hop.build();
  }

  // 1.6 -> 1.7: role_sorter replaces user_sorter; CREATE_DISK; rapidjson.
  static HopDefinition hop1_6To1_7() {
    String tag = "1.7.0";
    HopSketch hop = hopWithoutStepList("1.6", "1.7", tag);
    hop.step("rebuild-agent-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "ContainerLogger::prepare() takes a ContainerID and a ContainerConfig;"
                    + " Isolator::recover() takes a std::vector of container states. Building Mesos"
                    + " now always needs gRPC (the --enable-grpc option is gone), libarchive and"
                    + " rapidjson (both bundled).",
                bullet(tag, 9),
                bullet(tag, 10),
                changelog(tag)));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The master flag --user_sorter is renamed --role_sorter in 1.7.0 (1.4.2, 1.5.2 and"
                    + " 1.6.1 already took the new name); the old name still works.",
                code("src/master/flags.cpp", tag),
                code("src/master/flags.cpp", "1.6.1")),
            note(
                Note.Kind.GUIDE_NOTE,
                "CREATE_DISK and DESTROY_DISK, with the CreateMountDisk, CreateBlockDisk,"
                    + " DestroyMountDisk and DestroyBlockDisk ACLs, replace the experimental"
                    + " CREATE_VOLUME, CREATE_BLOCK, DESTROY_VOLUME and DESTROY_BLOCK.",
                bullet(tag, 5),
                changelog(tag)));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "New: the linux/devices isolator (--allowed_devices), the cgroups/all isolation"
                    + " option, --enforce_container_ports and --gc_non_executor_container_sandboxes;"
                    + " containers with an image get their own cgroups mounts under"
                    + " /sys/fs/cgroup.",
                bullet(tag, 1),
                bullet(tag, 2),
                bullet(tag, 3),
                bullet(tag, 7),
                bullet(tag, 8),
                code("src/slave/flags.cpp", tag)),
            note(
                Note.Kind.GUIDE_NOTE,
                "Volumes of type HOST_PATH, SANDBOX_PATH, IMAGE, SECRET and DOCKER_VOLUME honour"
                    + " Volume.mode: a volume a framework asks for read-only is now mounted"
                    + " read-only, and tasks that wrote to it fail.",
                bullet(tag, 4)),
            note(
                Note.Kind.GUIDE_NOTE,
                "The new ViewResourceProvider ACL guards the agent's GET_RESOURCE_PROVIDERS call.",
                bullet(tag, 6)),
            missingUntil(
                "The agent flag --network_cni_root_dir_persist", "1.6.2", "1.7.0", "1.7.1", SLAVE));
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "JSON endpoints serialize with rapidjson: output still conforms to ECMA-404 but no"
                + " longer escapes '/'; clients with non-conforming parsers may break.",
            bullet(tag, 11),
            changelog(tag)));
    return hop.build();
  }

  // 1.7 -> 1.8: the .json endpoint aliases are removed; AGENT_OPERATION_FEEDBACK.
  static HopDefinition hop1_7To1_8() {
    String tag = "1.8.0";
    Source agentFlags = code("src/slave/flags.cpp", tag);
    HopSketch hop = hopWithoutStepList("1.7", "1.8", tag);
    hop.insertAfter(
            "install-agents",
            "list-agent-operation-feedback-in-agent-features",
            SLAVE,
            RECONFIGURE,
            IF_NECESSARY)
        .source(agentFlags)
        .purpose(
            "only agents started with --agent_features: add AGENT_OPERATION_FEEDBACK and"
                + " RESOURCE_PROVIDER to the list for the restart on 1.8, since a 1.8 agent whose"
                + " list lacks either exits at startup (1.7 does not define"
                + " AGENT_OPERATION_FEEDBACK)")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "1.8 agents require the AGENT_OPERATION_FEEDBACK feature, and it requires"
                    + " RESOURCE_PROVIDER. Both are on by default, but an explicit"
                    + " --agent_features must list them besides MULTI_ROLE, HIERARCHICAL_ROLE and"
                    + " RESERVATION_REFINEMENT, or the agent exits: \"At least the following agent"
                    + " features need to be enabled: MULTI_ROLE, HIERARCHICAL_ROLE,"
                    + " RESERVATION_REFINEMENT, AGENT_OPERATION_FEEDBACK\" or"
                    + " \"AGENT_OPERATION_FEEDBACK feature requires RESOURCE_PROVIDER feature\"."
                    + " Neither the guide nor the CHANGELOG says so.",
                guide(tag),
                changelog(tag),
                code("src/slave/flags.cpp", "1.7.0"),
                agentFlags,
                code("include/mesos/mesos.proto", tag)));
    hop.before(
        "install-agents",
        "list-agent-operation-feedback-in-agent-features",
        "the 1.8 binaries are in place when the list changes",
        agentFlags);
    hop.before(
        "list-agent-operation-feedback-in-agent-features",
        "restart-agents",
        "an explicit --agent_features lists AGENT_OPERATION_FEEDBACK before the agents start on"
            + " 1.8",
        agentFlags);
    String removal =
        " (deprecated since 0.25; the removal was reverted on the 1.7.x branch, so 1.7 still"
            + " serves them). Tooling that reads them gets 404: use the names without .json.";
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "1.8 masters no longer serve /state.json, /tasks.json, /roles.json and"
                    + " /files/{browse,debug,download,read}.json"
                    + removal,
                code("src/master/master.cpp", "1.7.0"),
                code("src/master/master.cpp", tag),
                code("src/files/files.cpp", tag)),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "New master flags --publish_per_framework_metrics and"
                    + " --max_operator_event_stream_subscribers.",
                code("src/master/flags.cpp", tag)));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "1.8 agents no longer serve /state.json, /monitor/statistics.json and"
                    + " /files/{browse,debug,download,read}.json"
                    + removal,
                code("src/slave/slave.cpp", "1.7.0"),
                code("src/slave/slave.cpp", tag),
                code("src/files/files.cpp", tag)),
            note(
                Note.Kind.GUIDE_NOTE,
                "The linux/seccomp isolator adds --seccomp_config_dir and --seccomp_profile_name.",
                bullet(tag, 1),
                agentFlags));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "Breaking change in the experimental operation feedback API: RECONCILE_OPERATIONS"
                    + " answers 202 Accepted and sends the results as operation status updates on"
                    + " the event stream, no longer in a 200 OK body. DESTROY_DISK can deprovision"
                    + " pre-provisioned CSI volumes.",
                changelog(tag)));
    return hop.build();
  }

  // 1.8 -> 1.9: an explicit --agent_features must list AGENT_DRAINING.
  static HopDefinition hop1_8To1_9() {
    String tag = "1.9.0";
    Source agentFlags = code("src/slave/flags.cpp", tag);
    HopSketch hop = hopWithoutStepList("1.8", "1.9", tag);
    hop.insertAfter(
            "install-agents",
            "list-agent-draining-in-agent-features",
            SLAVE,
            RECONFIGURE,
            IF_NECESSARY)
        .source(bullet(tag, 2))
        .purpose(
            "only agents started with --agent_features: add AGENT_DRAINING to the list for the"
                + " restart on 1.9, since a 1.9 agent whose list lacks it exits at startup (1.8"
                + " does not define it)")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Agents require the AGENT_DRAINING feature. It is on by default, but an explicit"
                    + " --agent_features must include it.",
                bullet(tag, 2),
                agentFlags,
                code("include/mesos/mesos.proto", "1.8.0")));
    hop.before(
        "install-agents",
        "list-agent-draining-in-agent-features",
        "the 1.9 binaries are in place when the list changes",
        bullet(tag, 2));
    hop.before(
        "list-agent-draining-in-agent-features",
        "restart-agents",
        "an explicit --agent_features lists AGENT_DRAINING before the agents start on 1.9",
        bullet(tag, 2));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The SET_QUOTA and REMOVE_QUOTA calls are deprecated in favour of UPDATE_QUOTA, and"
                    + " quota guarantees in favour of limits (guarantees still work in 1.9).",
                bullet(tag, 8),
                bullet(tag, 9),
                changelog(tag)),
            note(
                Note.Kind.GUIDE_CORRECTION,
                "The guide writes the deprecated call as REMOVE QUOTA; the master call is"
                    + " REMOVE_QUOTA.",
                bullet(tag, 8),
                code("include/mesos/master/master.proto", tag)));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Agents have a DRAINING state (operator call DRAIN_AGENT). New: the linux/nnp"
                    + " isolator, --docker_ignore_runtime, --disallow_sharing_agent_ipc_namespace"
                    + " and --default_container_shm_size (LinuxInfo.ipc_mode and shm_size).",
                bullet(tag, 1),
                bullet(tag, 3),
                bullet(tag, 4),
                bullet(tag, 7),
                agentFlags),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The Mesos containerizer masks sensitive /proc paths in containers that do not"
                    + " share the host's PID namespace (MESOS-9771), and counts a container's"
                    + " ephemeral overlayfs storage against its disk quota (MESOS-9900): tasks"
                    + " that write into their image's file system may now hit their disk limit.",
                changelog(tag)));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "The drivers gain updateFramework; LinuxInfo gains ipc_mode and shm_size.",
                bullet(tag, 7),
                code("include/mesos/scheduler.hpp", tag)));
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "Modules built with SSL that call Socket::connect(address) on a TLS socket now"
                    + " abort: they must call the overload that takes a TLSClientConfig.",
                changelog(tag)));
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "TLS: LIBPROCESS_SSL_VERIFY_CERT now applies to client connections only and refuses"
                + " anonymous ciphers when true; incoming certificates are verified only with"
                + " LIBPROCESS_SSL_REQUIRE_CERT=true. The new --hostname_validation_scheme"
                + " (LIBPROCESS_SSL_HOSTNAME_VALIDATION_SCHEME) sets how host names are checked.",
            bullet(tag, 5),
            bullet(tag, 6),
            changelog(tag)));
    return hop.build();
  }

  // 1.9 -> 1.10: an explicit --agent_features must list TASK_RESOURCE_LIMITS.
  static HopDefinition hop1_9To1_10() {
    String tag = "1.10.0";
    Source agentFlags = code("src/slave/flags.cpp", tag);
    HopSketch hop = hopWithoutStepList("1.9", "1.10", tag);
    hop.insertAfter(
            "install-agents",
            "list-task-resource-limits-in-agent-features",
            SLAVE,
            RECONFIGURE,
            IF_NECESSARY)
        .source(bullet(tag, 3))
        .purpose(
            "only agents started with --agent_features: add TASK_RESOURCE_LIMITS (and"
                + " RESOURCE_PROVIDER) to the list for the restart on 1.10, since a 1.10 agent"
                + " whose list lacks one exits at startup")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Agents require the TASK_RESOURCE_LIMITS feature. It is on by default, but an"
                    + " explicit --agent_features must include it.",
                bullet(tag, 3),
                agentFlags),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The 1.10 agent also names RESOURCE_PROVIDER among the features an explicit"
                    + " --agent_features must list, which the guide does not say. Agents from 1.8"
                    + " already needed it, since AGENT_OPERATION_FEEDBACK requires it, so a list"
                    + " that a 1.8 or 1.9 agent accepted has it.",
                code("src/slave/flags.cpp", "1.8.0"),
                code("src/slave/flags.cpp", "1.9.0"),
                agentFlags));
    hop.before(
        "install-agents",
        "list-task-resource-limits-in-agent-features",
        "the 1.10 binaries are in place when the list changes",
        bullet(tag, 3));
    hop.before(
        "list-task-resource-limits-in-agent-features",
        "restart-agents",
        "an explicit --agent_features lists TASK_RESOURCE_LIMITS before the agents start on 1.10",
        bullet(tag, 3));
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Authorizers must implement getApprover() (a breaking change for authorizer"
                    + " modules, MESOS-10056); allocators get transitionOfferedToAllocated() and"
                    + " a longer recoverResources().",
                bullet(tag, 4),
                bullet(tag, 6),
                changelog(tag)));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "GetTasks.pending_tasks is deprecated and always empty.",
                bullet(tag, 5)));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "A task with a CPU limit gets a CFS quota whatever --cgroups_enable_cfs says.",
                bullet(tag, 2)));
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "LIBPROCESS_SSL_VERIFY_CERT is now LIBPROCESS_SSL_VERIFY_SERVER_CERT and"
                + " LIBPROCESS_SSL_REQUIRE_CERT is LIBPROCESS_SSL_REQUIRE_CLIENT_CERT; the old"
                + " names still work, with a deprecation warning, but only to turn the check on:"
                + " an old name set to true wins over a new name set to false.",
            bullet(tag, 1),
            code("3rdparty/libprocess/src/openssl.cpp", tag)));
    return hop.build();
  }

  // 1.10 -> 1.11: no section in the guide; credentials files must be JSON.
  static HopDefinition hop1_10To1_11() {
    String tag = "1.11.0";
    Source test = code("support/test-upgrade.py", tag);
    Source reader = code("src/credentials/credentials.hpp", tag);
    Source oldReader = code("src/credentials/credentials.hpp", "1.10.0");
    HopSketch hop = hop("1.10", "1.11", test);
    String before =
        " before it starts on 1.11, which reads only the JSON form and exits on a plain-text"
            + " file (one 'principal secret' per line); the 1.10 daemons already read the JSON"
            + " form";
    hop.insertBefore(
            "install-masters",
            "convert-master-credentials-to-json",
            MASTER,
            RECONFIGURE,
            IF_NECESSARY)
        .source(changelog(tag))
        .purpose("only masters started with --credentials: rewrite that file as JSON" + before)
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "Breaking change: 1.11 drops the deprecated plain-text credentials format. A"
                    + " master whose --credentials file is not JSON exits (\"Invalid json format:"
                    + " ... (see --credentials flag)\"). The JSON form is {\"credentials\":"
                    + " [{\"principal\": \"<principal>\", \"secret\": \"<secret>\"}]}, one object per"
                    + " line of the text file. The guide has no section for 1.11.",
                changelog(tag),
                reader,
                oldReader,
                code("src/master/master.cpp", tag)));
    hop.before(
        "convert-master-credentials-to-json",
        "restart-masters",
        "a 1.11 master exits on a plain-text --credentials file",
        changelog(tag));
    hop.insertBefore(
            "install-agents", "convert-agent-credentials-to-json", SLAVE, RECONFIGURE, IF_NECESSARY)
        .source(changelog(tag))
        .purpose(
            "only agents started with --credential or --http_credentials: rewrite those files"
                + " as JSON"
                + before)
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "Breaking change: an agent whose --credential or --http_credentials file is not"
                    + " JSON exits (\"Invalid json format: ... (see --credential flag)\"). The"
                    + " --credential file holds one credential, {\"principal\": \"<principal>\","
                    + " \"secret\": \"<secret>\"}; the --http_credentials file holds a list,"
                    + " {\"credentials\": [{\"principal\": \"<principal>\", \"secret\":"
                    + " \"<secret>\"}]}.",
                changelog(tag),
                reader,
                oldReader,
                code("src/slave/slave.cpp", tag)));
    hop.before(
        "convert-agent-credentials-to-json",
        "restart-agents",
        "a 1.11 agent exits on a plain-text --credential or --http_credentials file",
        changelog(tag));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "New master flags --allocator_agent_recovery_factor, --allocator_recovery_timeout,"
                    + " --offer_constraints_re2_max_mem and --offer_constraints_re2_max_program_size.",
                code("src/master/flags.cpp", tag)));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "New agent flag --csi_plugin_config_dir, for the new volume/csi isolator.",
                code("src/slave/flags.cpp", tag),
                changelog(tag)));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "Schedulers may put offer constraints on agent attributes (MESOS-10161).",
                changelog(tag)));
    hop.note(
        note(
            Note.Kind.UNDOCUMENTED_CHANGE,
            "The upgrade guide has no section for 1.10.x to 1.11.x; the steps follow the order of"
                + " the hops before it, which Mesos' upgrade test runs, and the breaking changes"
                + " come from the CHANGELOG.",
            guide(tag),
            changelog(tag),
            test));
    return hop.build();
  }
}
