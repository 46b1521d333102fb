package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.EarlyHops.code;
import static io.github.mesosupgrade.EarlyHops.guide;
import static io.github.mesosupgrade.EarlyHops.note;
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
final class AgentHops {
  private AgentHops() {}

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

  // 1.0 -> 1.1: module API changes only.
  static HopDefinition hop1_0To1_1() {
    Source guide = guide("1.1.0");
    HopSketch hop = hopWithoutStepList("1.0", "1.1", "1.1.0");
    hop.step("rebuild-agent-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "ContainerLogger loses its recover() method (MESOS-6371).",
                guide));
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Allocator::updateAllocation() gains an offeredResources argument (MESOS-4431).",
                guide));
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
                code("src/slave/flags.cpp", "1.1.0")));
    return hop.build();
  }

  // 1.1 -> 1.2: from 1.2.1 masters ignore 0.x agents.
  static HopDefinition hop1_1To1_2() {
    Source guide = guide("1.2.0");
    HopSketch hop = hop("1.1", "1.2", guide);
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Allocator modules change (inactive and multi-role frameworks, suppress and"
                    + " revive); authorizer modules get new actions and renamed ones, the old"
                    + " names kept as deprecated aliases.",
                guide));
    hop.step("rebuild-agent-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "ContainerLogger::prepare() takes the user to run as, and the hooks"
                    + " slavePreLaunchDockerEnvironmentDecorator and slavePreLaunchDockerHook are"
                    + " removed in favour of slavePreLaunchDockerTaskExecutorDecorator.",
                guide));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "From 1.2.1 (not 1.2.0) masters ignore agents older than 1.0.0: 1.1+ masters with"
                    + " 0.x agents were never supported. New master flag"
                    + " --max_unreachable_tasks_per_framework (default 1000).",
                guide("1.2.1"),
                code("src/master/constants.hpp", "1.2.1")));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "New agent flag --http_heartbeat_interval (default 30secs), for the agent API's"
                    + " persistent connections; the guide also lists --image_provisioner_backend.",
                guide,
                code("src/slave/flags.cpp", "1.2.0")));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "The v1 Revive and Suppress calls take a role. recovered_frameworks (GetFrameworks),"
                    + " orphan_executors (GetExecutors) and orphan_tasks (GetTasks) are deprecated"
                    + " and always empty.",
                guide));
    return hop.build();
  }

  // 1.2 -> 1.3: ACLs moved before the binaries; multi-role frameworks.
  static HopDefinition hop1_2To1_3() {
    Source guide = guide("1.3.0");
    HopSketch hop = hop("1.2", "1.3", guide);
    hop.insertBefore(
            "rebuild-master-modules", "move-deprecated-acls", MASTER, RECONFIGURE, IF_NECESSARY)
        .purpose(
            "only where --acls uses set_quotas, remove_quotas or shutdown_frameworks: consolidate"
                + " the quota ACLs under update_quotas and replace shutdown_frameworks with"
                + " teardown_frameworks, since 1.3 masters no longer support the old ones")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The local authorizer no longer supports the ACLs set_quotas, remove_quotas and"
                    + " shutdown_frameworks: change them before upgrading the binaries.",
                guide));
    hop.before(
        "move-deprecated-acls",
        "install-masters",
        "the ACLs move to update_quotas and teardown_frameworks before the binaries change");
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Allocator modules must support the MULTI_ROLE framework capability; the interface"
                    + " changes.",
                guide));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Masters ignore agents older than 1.0.0 (MINIMUM_AGENT_VERSION); an agent whose"
                    + " version does not parse is ignored too.",
                guide,
                code("src/master/constants.hpp", "1.3.0"),
                code("src/master/master.cpp", "1.3.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "The framework field role in master and agent endpoints is deprecated in favour"
                    + " of roles: update tooling that reads it before running multi-role"
                    + " frameworks.",
                guide));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "New agent flags --authenticate_http_executors and --executor_secret_key; turning"
                    + " them on after the upgrade disrupts HTTP executors started before it (see"
                    + " the authentication documentation for the procedure).",
                guide,
                code("src/slave/flags.cpp", "1.3.0")));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "Multi-role frameworks: FrameworkInfo.roles with the MULTI_ROLE capability"
                    + " replaces the deprecated FrameworkInfo.role; a framework may keep one role.",
                guide));
    return hop.build();
  }

  // 1.3 -> 1.4: capabilities flags; no step list in the guide.
  static HopDefinition hop1_3To1_4() {
    Source guide = guide("1.4.0");
    HopSketch hop = hopWithoutStepList("1.3", "1.4", "1.4.0");
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Allocator::updateSlave's resource argument now means the agent's total resources"
                    + " (it was the oversubscribed ones).",
                guide));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The agent flag --allowed_capabilities is deprecated in favour of"
                    + " --effective_capabilities (the old name still works); new flag"
                    + " --bounding_capabilities.",
                guide,
                code("src/slave/flags.cpp", "1.4.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "Agents keep their agent ID across a host reboot where their resources allow;"
                    + " the XFS disk isolator can measure without enforcing"
                    + " (--no-enforce_container_disk_quota); Docker 1.8.0 is the oldest supported.",
                guide));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "LinuxInfo.capabilities is deprecated in favour of effective_capabilities, with"
                    + " bounding_capabilities new; the C++ Resources class only accepts the"
                    + " RESERVATION_REFINEMENT format.",
                guide));
    return hop.build();
  }

  // 1.4 -> 1.5: schedulers accept TASK_STARTING before the upgrade.
  static HopDefinition hop1_4To1_5() {
    Source guide = guide("1.5.0");
    HopSketch hop = hopWithoutStepList("1.4", "1.5", "1.5.0");
    hop.insertBefore(
            "rebuild-master-modules",
            "accept-task-starting-in-schedulers",
            SCHEDULER,
            UPDATE_FRAMEWORK,
            IF_NECESSARY)
        .change(FrameworkChange.ACCEPT_TASK_STARTING)
        .onStartingRelease()
        .source(guide)
        .purpose(
            "schedulers whose tasks run under the built-in executors: those executors send"
                + " TASK_STARTING from 1.5 for every task they are about to start")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The built-in executors now send TASK_STARTING; schedulers that use them must"
                    + " expect it before Mesos itself is upgraded.",
                guide));
    hop.insertAfter(
            "accept-task-starting-in-schedulers",
            "restart-schedulers-accepting-task-starting",
            SCHEDULER,
            RESTART,
            IF_NECESSARY)
        .onStartingRelease()
        .source(guide)
        .purpose("the schedulers run the changed code before any agent runs 1.5");
    hop.before(
        "accept-task-starting-in-schedulers",
        "restart-schedulers-accepting-task-starting",
        "the restart makes the schedulers run the changed code",
        guide);
    hop.before(
        "restart-schedulers-accepting-task-starting",
        "install-masters",
        "schedulers accept TASK_STARTING before Mesos is upgraded",
        guide);
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The replicated log's new catchup() works correctly with log truncation only"
                    + " once every log replica (every master) runs 1.5.",
                guide));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The agent flag --executor_secret_key is deprecated in favour of --jwt_secret_key"
                    + " (the old name still works).",
                guide,
                code("src/slave/flags.cpp", "1.5.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "New agent flag --reconfiguration_policy: additive lets an agent restart with more"
                    + " resources and keep its ID, and needs masters on 1.5 or later. The"
                    + " network/ports isolator adds --container_ports_watch_interval and"
                    + " --check_agent_port_range_only.",
                guide),
            note(
                Note.Kind.GUIDE_NOTE,
                "Disk source roots may be relative to the agent's --work_dir; GET_CONTAINERS can"
                    + " list nested and standalone containers.",
                guide));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "TaskStatus gains limitation, the resources behind a resource-limitation"
                    + " failure.",
                guide));
    hop.note(note(Note.Kind.GUIDE_NOTE, "Building Mesos needs Protobuf 3 or later.", guide));
    return hop.build();
  }

  // 1.5 -> 1.6: storage local resource providers removed before an agent is upgraded.
  static HopDefinition hop1_5To1_6() {
    Source guide = guide("1.6.0");
    HopSketch hop = hopWithoutStepList("1.5", "1.6", "1.6.0");
    hop.insertBefore(
            "install-agents", "remove-storage-resource-providers", SLAVE, RECONFIGURE, IF_NECESSARY)
        .source(guide)
        .purpose(
            "only agents with storage local resource providers: 1.6 replaces CSI v0.1 with v0.2,"
                + " so remove all of them from an agent before upgrading it")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "CSI v0.2 replaces the experimental v0.1 support: a breaking change for storage"
                    + " local resource providers.",
                guide));
    hop.before(
        "remove-storage-resource-providers",
        "install-agents",
        "storage local resource providers are removed before an agent is upgraded",
        guide);
    hop.step("rebuild-agent-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The disk profile adaptor module interface changes for CSI v0.2 and its header is"
                    + " renamed (disk_profile_adaptor.hpp); building with gRPC features needs gRPC"
                    + " 1.10 or later.",
                guide));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "New agent flags --fetcher_stall_timeout and --xfs_kill_containers.",
                guide,
                code("src/slave/flags.cpp", "1.6.0")));
    return hop.build();
  }

  // 1.6 -> 1.7: role_sorter replaces user_sorter; CREATE_DISK; rapidjson.
  static HopDefinition hop1_6To1_7() {
    Source guide = guide("1.7.0");
    HopSketch hop = hopWithoutStepList("1.6", "1.7", "1.7.0");
    hop.step("rebuild-agent-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "ContainerLogger::prepare() takes a ContainerID and a ContainerConfig;"
                    + " Isolator::recover() takes a std::vector of container states.",
                guide));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The master flag --user_sorter is renamed --role_sorter; the old name still works.",
                code("src/master/flags.cpp", "1.7.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "CREATE_DISK and DESTROY_DISK, with the CreateMountDisk, CreateBlockDisk,"
                    + " DestroyMountDisk and DestroyBlockDisk ACLs, replace the experimental"
                    + " CREATE_VOLUME, CREATE_BLOCK, DESTROY_VOLUME and DESTROY_BLOCK; the new"
                    + " ViewResourceProvider ACL guards GET_RESOURCE_PROVIDERS.",
                guide));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "New: the linux/devices isolator (--allowed_devices), the cgroups/all isolation"
                    + " option, --enforce_container_ports, --gc_non_executor_container_sandboxes"
                    + " and --network_cni_root_dir_persist; volumes honour Volume.mode (read-only"
                    + " mounts are now read-only).",
                guide,
                code("src/slave/flags.cpp", "1.7.0")));
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "JSON endpoints serialize with rapidjson: output still conforms to ECMA-404 but no"
                + " longer escapes '/'; clients with non-conforming parsers may break.",
            guide));
    return hop.build();
  }

  // 1.7 -> 1.8: the .json endpoint aliases are removed.
  static HopDefinition hop1_7To1_8() {
    Source guide = guide("1.8.0");
    HopSketch hop = hopWithoutStepList("1.7", "1.8", "1.8.0");
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
                code("src/master/master.cpp", "1.8.0"),
                code("src/files/files.cpp", "1.8.0")),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "New master flags --publish_per_framework_metrics and"
                    + " --max_operator_event_stream_subscribers.",
                code("src/master/flags.cpp", "1.8.0")));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "1.8 agents no longer serve /state.json, /monitor/statistics.json and"
                    + " /files/{browse,debug,download,read}.json"
                    + removal,
                code("src/slave/slave.cpp", "1.7.0"),
                code("src/slave/slave.cpp", "1.8.0"),
                code("src/files/files.cpp", "1.8.0")),
            note(
                Note.Kind.GUIDE_NOTE,
                "The linux/seccomp isolator adds --seccomp_config_dir and --seccomp_profile_name.",
                guide));
    return hop.build();
  }

  // 1.8 -> 1.9: an explicit --agent_features must list AGENT_DRAINING.
  static HopDefinition hop1_8To1_9() {
    Source guide = guide("1.9.0");
    Source agentFlags = code("src/slave/flags.cpp", "1.9.0");
    HopSketch hop = hopWithoutStepList("1.8", "1.9", "1.9.0");
    hop.insertAfter(
            "install-agents",
            "list-agent-draining-in-agent-features",
            SLAVE,
            RECONFIGURE,
            IF_NECESSARY)
        .source(guide)
        .purpose(
            "only agents started with --agent_features: add AGENT_DRAINING to the list for the"
                + " restart on 1.9, since a 1.9 agent whose list lacks it exits at startup (1.8"
                + " does not define it)")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Agents require the AGENT_DRAINING feature. It is on by default, but an explicit"
                    + " --agent_features must include it.",
                guide,
                agentFlags,
                code("include/mesos/mesos.proto", "1.8.0")));
    hop.before(
        "install-agents",
        "list-agent-draining-in-agent-features",
        "the 1.9 binaries are in place when the list changes",
        guide);
    hop.before(
        "list-agent-draining-in-agent-features",
        "restart-agents",
        "an explicit --agent_features lists AGENT_DRAINING before the agents start on 1.9",
        guide);
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "The SET_QUOTA and REMOVE_QUOTA calls are deprecated in favour of UPDATE_QUOTA, and"
                    + " quota guarantees in favour of limits.",
                guide));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Agents have a DRAINING state (operator call DRAIN_AGENT). New: the linux/nnp"
                    + " isolator, --docker_ignore_runtime, --disallow_sharing_agent_ipc_namespace"
                    + " and --default_container_shm_size.",
                guide,
                agentFlags));
    hop.step("relink-schedulers")
        .notes(
            note(
                Note.Kind.FRAMEWORK_API,
                "The drivers gain updateFramework; LinuxInfo gains ipc_mode and shm_size.",
                guide,
                code("include/mesos/scheduler.hpp", "1.9.0")));
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "TLS: LIBPROCESS_SSL_VERIFY_CERT now applies to client connections only and refuses"
                + " anonymous ciphers when true; incoming certificates are verified only with"
                + " LIBPROCESS_SSL_REQUIRE_CERT=true. The new --hostname_validation_scheme"
                + " (LIBPROCESS_SSL_HOSTNAME_VALIDATION_SCHEME) sets how host names are checked.",
            guide));
    return hop.build();
  }

  // 1.9 -> 1.10: an explicit --agent_features must list TASK_RESOURCE_LIMITS.
  static HopDefinition hop1_9To1_10() {
    Source guide = guide("1.10.0");
    Source agentFlags = code("src/slave/flags.cpp", "1.10.0");
    HopSketch hop = hopWithoutStepList("1.9", "1.10", "1.10.0");
    hop.insertAfter(
            "install-agents",
            "list-task-resource-limits-in-agent-features",
            SLAVE,
            RECONFIGURE,
            IF_NECESSARY)
        .source(guide)
        .purpose(
            "only agents started with --agent_features: add TASK_RESOURCE_LIMITS (and"
                + " RESOURCE_PROVIDER) to the list for the restart on 1.10, since a 1.10 agent"
                + " whose list lacks one exits at startup")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Agents require the TASK_RESOURCE_LIMITS feature. It is on by default, but an"
                    + " explicit --agent_features must include it.",
                guide),
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "The 1.10 agent also requires RESOURCE_PROVIDER in an explicit --agent_features,"
                    + " which the guide does not say.",
                code("src/slave/flags.cpp", "1.9.0"),
                agentFlags));
    hop.before(
        "install-agents",
        "list-task-resource-limits-in-agent-features",
        "the 1.10 binaries are in place when the list changes",
        guide);
    hop.before(
        "list-task-resource-limits-in-agent-features",
        "restart-agents",
        "an explicit --agent_features lists TASK_RESOURCE_LIMITS before the agents start on 1.10",
        guide);
    hop.step("rebuild-master-modules")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "Authorizers must implement getApprover() (a breaking change for authorizer"
                    + " modules, MESOS-10056); allocators get transitionOfferedToAllocated() and"
                    + " a longer recoverResources().",
                guide));
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "GetTasks.pending_tasks is deprecated and always empty.",
                guide));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.GUIDE_NOTE,
                "A task with a CPU limit gets a CFS quota whatever --cgroups_enable_cfs says.",
                guide));
    hop.note(
        note(
            Note.Kind.GUIDE_NOTE,
            "LIBPROCESS_SSL_VERIFY_CERT is now LIBPROCESS_SSL_VERIFY_SERVER_CERT and"
                + " LIBPROCESS_SSL_REQUIRE_CERT is LIBPROCESS_SSL_REQUIRE_CLIENT_CERT; the old"
                + " names still work.",
            guide));
    return hop.build();
  }

  // 1.10 -> 1.11: no section in the guide; flags from the code.
  static HopDefinition hop1_10To1_11() {
    Source test = code("support/test-upgrade.py", "1.11.0");
    HopSketch hop = hop("1.10", "1.11", test);
    hop.step("restart-masters")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "New master flags --allocator_agent_recovery_factor, --allocator_recovery_timeout,"
                    + " --offer_constraints_re2_max_mem and --offer_constraints_re2_max_program_size.",
                code("src/master/flags.cpp", "1.11.0")));
    hop.step("restart-agents")
        .notes(
            note(
                Note.Kind.UNDOCUMENTED_CHANGE,
                "New agent flag --csi_plugin_config_dir.",
                code("src/slave/flags.cpp", "1.11.0")));
    hop.note(
        note(
            Note.Kind.UNDOCUMENTED_CHANGE,
            "The upgrade guide has no section for 1.10.x to 1.11.x; the steps follow the order of"
                + " the hops before it, which Mesos' upgrade test runs.",
            guide("1.11.0"),
            test));
    return hop.build();
  }
}
