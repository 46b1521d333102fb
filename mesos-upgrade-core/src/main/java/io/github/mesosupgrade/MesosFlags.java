package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SLAVE;

import com.google.common.collect.ImmutableList;

/**
 * The flags of masters and slaves the built-in catalog knows, release by release, read from the
 * {@code add(&Flags::..., "name", ...)} calls of {@code src/master/flags.hpp|.cpp} and {@code
 * src/slave/flags.hpp|.cpp} at each release tag (flags.cpp from 0.23.0), plus the flags that {@code
 * src/master/main.cpp}, {@code src/slave/main.cpp} and {@code src/logging/flags.hpp} define for
 * both daemons. A flag older than 0.10.0 is recorded from 0.10.0, the oldest release read. Defaults
 * are recorded where an upgrade step or note depends on them.
 */
final class MesosFlags {
  private MesosFlags() {}

  private static final String MASTER_MAIN = "src/master/main.cpp";
  private static final String SLAVE_MAIN = "src/slave/main.cpp";
  private static final String LOGGING = "src/logging/flags.hpp";
  private static final String CONFIGURATOR = "src/configurator/configurator.hpp";

  static ImmutableList<MesosFlag> all() {
    FlagTable t = new FlagTable();
    releases(t);
    facts(t);
    return t.build();
  }

  /** What each release added, removed and renamed. */
  private static void releases(FlagTable t) {
    // 0.10.0 and older
    t.added(MASTER, "0.10.0", MASTER_MAIN, "ip:s port:n zk:s");
    t.added(MASTER, "0.10.0", LOGGING, "log_dir:p logbufsecs:n quiet:b");
    t.added(MASTER, "0.10.0", CONFIGURATOR, "conf:p");
    t.added(
        MASTER,
        "0.10.0",
        "src/master/flags.hpp",
        "root_submissions:b slaves:s webui_dir:p webui_port:n whitelist:p batch_seconds:n"
            + " cluster:s");
    t.added(SLAVE, "0.10.0", SLAVE_MAIN, "ip:s port:n master:s isolation:s");
    t.added(SLAVE, "0.10.0", LOGGING, "log_dir:p logbufsecs:n quiet:b");
    t.added(SLAVE, "0.10.0", CONFIGURATOR, "conf:p");
    t.added(
        SLAVE,
        "0.10.0",
        "src/slave/flags.hpp",
        "resources:s attributes:s work_dir:p launcher_dir:p webui_dir:p webui_port:n"
            + " hadoop_home:p switch_user:b frameworks_home:p"
            + " executor_shutdown_timeout_seconds:n gc_timeout_hours:n"
            + " cgroups_hierarchy_root:p");

    // 0.11.0
    t.added(
        MASTER,
        "0.11.0",
        "src/master/flags.hpp",
        "user_sorter:s framework_sorter:s allocation_interval:d");
    t.removed(MASTER, "0.11.0", "src/master/flags.hpp", "webui_port batch_seconds");
    t.added(
        SLAVE,
        "0.11.0",
        "src/slave/flags.hpp",
        "executor_shutdown_grace_period:d gc_delay:d disk_watch_interval:d"
            + " cgroups_subsystems:s");
    t.removed(
        SLAVE,
        "0.11.0",
        "src/slave/flags.hpp",
        "webui_port executor_shutdown_timeout_seconds gc_timeout_hours");

    // 0.12.0
    t.added(SLAVE, "0.12.0", "src/slave/flags.hpp", "resource_monitoring_interval:d");

    // 0.13.0
    t.removed(MASTER, "0.13.0", MASTER_MAIN, "conf");
    t.removed(SLAVE, "0.13.0", SLAVE_MAIN, "conf");
    t.added(
        SLAVE,
        "0.13.0",
        "src/slave/flags.hpp",
        "executor_registration_timeout:d checkpoint:b recover:s strict:b cgroups_root:s cgroups_enable_cfs:b");
    // Removed in the 0.12.1 patch release already (src/slave/flags.hpp at 0.12.0 vs 0.12.1).
    t.removed(SLAVE, "0.12.1", "src/slave/flags.hpp", "webui_dir");
    t.renamed(
        SLAVE, "0.13.0", "src/slave/flags.hpp", "cgroups_hierarchy_root", "cgroups_hierarchy");

    // 0.14.0
    t.added(MASTER, "0.14.0", "src/master/flags.hpp", "roles:s weights:s");
    t.added(SLAVE, "0.14.0", "src/slave/flags.hpp", "default_role:s recovery_timeout:d");

    // 0.15.0
    t.added(MASTER, "0.15.0", "src/master/flags.hpp", "authenticate:b credentials:p");
    t.added(SLAVE, "0.15.0", "src/slave/flags.hpp", "hostname:s");

    // 0.16.0
    t.added(MASTER, "0.16.0", "src/master/flags.hpp", "work_dir:p registry:s");
    t.removed(MASTER, "0.16.0", "src/master/flags.hpp", "slaves");

    // 0.18.0
    t.added(MASTER, "0.18.0", "src/master/flags.hpp", "hostname:s");

    // 0.19.0
    t.added(MASTER, "0.19.0", LOGGING, "logging_level:s");
    t.added(SLAVE, "0.19.0", LOGGING, "logging_level:s");
    t.added(
        MASTER,
        "0.19.0",
        "src/master/flags.hpp",
        "version:b quorum:n zk_session_timeout:d registry_strict:b registry_fetch_timeout:d registry_store_timeout:d log_auto_initialize:b slave_reregister_timeout:d recovery_slave_removal_limit:s authenticate_slaves:b");
    t.added(
        SLAVE,
        "0.19.0",
        "src/slave/flags.hpp",
        "version:b registration_backoff_factor:d slave_subsystems:s credential:p containerizer_path:p default_container_image:s");

    // 0.20.0
    t.added(MASTER, "0.20.0", LOGGING, "initialize_driver_logging:b");
    t.added(SLAVE, "0.20.0", LOGGING, "initialize_driver_logging:b");
    t.added(
        MASTER, "0.20.0", "src/master/flags.hpp", "acls:s rate_limits:s max_executors_per_slave:n");
    t.added(
        SLAVE,
        "0.20.0",
        "src/slave/flags.hpp",
        "cgroups_limit_swap:b perf_events:s perf_interval:d perf_duration:d containerizers:s docker:s docker_sandbox_directory:p ephemeral_ports_per_container:n eth0_name:s lo_name:s");

    // 0.21.0
    t.added(MASTER, "0.21.0", "src/master/flags.hpp", "offer_timeout:d modules:s authenticators:s");
    t.added(
        SLAVE,
        "0.21.0",
        "src/slave/flags.hpp",
        "docker_remove_delay:d default_container_info:s egress_rate_limit_per_container:n modules:s");

    // 0.22.0
    t.added(MASTER, "0.22.0", LOGGING, "external_log_file:p");
    t.added(SLAVE, "0.22.0", LOGGING, "external_log_file:p");
    t.added(MASTER, "0.22.0", "src/master/flags.hpp", "slave_removal_rate_limit:s hooks:s");
    t.added(
        SLAVE,
        "0.22.0",
        "src/slave/flags.hpp",
        "gc_disk_headroom:n docker_stop_timeout:d network_enable_socket_statistics_summary:b network_enable_socket_statistics_details:b container_disk_watch_interval:d enforce_container_disk_quota:b authenticatee:s hooks:s");
    t.removed(SLAVE, "0.22.0", "src/slave/flags.hpp", "checkpoint cgroups_subsystems");

    // 0.23.0
    t.added(
        MASTER,
        "0.23.0",
        "src/master/flags.cpp",
        "firewall_rules:s allocator:s slave_ping_timeout:d max_slave_ping_timeouts:n");
    t.added(
        SLAVE,
        "0.23.0",
        "src/slave/flags.cpp",
        "fetcher_cache_size:n fetcher_cache_dir:p executor_environment_variables:s cgroups_cpu_enable_pids_and_tids_count:b revocable_cpu_low_priority:b firewall_rules:s docker_kill_orphans:b docker_mesos_image:s docker_socket:s egress_unique_flow_per_container:b resource_estimator:s qos_controller:s qos_correction_interval_min:d oversubscribed_resources_interval:d");

    // 0.24.0
    t.added(
        MASTER, "0.24.0", MASTER_MAIN, "advertise_ip:s advertise_port:s ip_discovery_command:s");
    t.added(SLAVE, "0.24.0", SLAVE_MAIN, "ip_discovery_command:s");
    t.added(MASTER, "0.24.0", "src/master/flags.cpp", "authorizers:s");
    t.added(SLAVE, "0.24.0", "src/slave/flags.cpp", "provisioners:s appc_store_dir:p");
    t.renamed(
        SLAVE, "0.24.0", "src/slave/flags.cpp", "docker_sandbox_directory", "sandbox_directory");

    // 0.25.0
    t.added(MASTER, "0.25.0", "src/master/flags.cpp", "hostname_lookup:b");
    t.added(
        SLAVE,
        "0.25.0",
        "src/slave/flags.cpp",
        "hostname_lookup:b launcher:s image_providers:s image_provisioner_backend:s systemd_runtime_directory:p");
    t.removed(SLAVE, "0.25.0", "src/slave/flags.cpp", "provisioners");

    // 0.26.0
    t.added(
        SLAVE,
        "0.26.0",
        "src/slave/flags.cpp",
        "docker_auth_server:s docker_auth_server_port:s docker_local_archives_dir:s docker_puller:s docker_puller_timeout:s docker_registry:s docker_registry_port:s docker_store_dir:p");
    t.removed(SLAVE, "0.26.0", "src/slave/flags.cpp", "resource_monitoring_interval");

    // 0.27.0
    t.added(SLAVE, "0.27.0", SLAVE_MAIN, "advertise_ip:s advertise_port:s");
    t.added(
        MASTER,
        "0.27.0",
        "src/master/flags.cpp",
        "authenticate_http:b http_authenticators:s max_completed_frameworks:n max_completed_tasks_per_framework:n");
    t.added(
        SLAVE,
        "0.27.0",
        "src/slave/flags.cpp",
        "container_logger:s egress_flow_classifier_parent:s");
    t.removed(
        SLAVE,
        "0.27.0",
        "src/slave/flags.cpp",
        "docker_auth_server_port docker_local_archives_dir docker_puller docker_registry_port");

    // 0.28.0
    t.added(
        SLAVE,
        "0.28.0",
        "src/slave/flags.cpp",
        "appc_simple_discovery_uri_prefix:s cgroups_net_cls_primary_handle:s cgroups_net_cls_secondary_handles:s systemd_enable_support:b network_enable_snmp_statistics:b");
    t.removed(SLAVE, "0.28.0", "src/slave/flags.cpp", "docker_auth_server docker_puller_timeout");

    // 1.0.0
    t.added(
        MASTER,
        "1.0.0",
        "src/master/flags.cpp",
        "authenticate_http_readonly:b authenticate_http_frameworks:b modules_dir:p fair_sharing_excluded_resource_names:s http_framework_authenticators:s master_contender:s master_detector:s");
    t.renamedWithAlias(
        MASTER,
        "1.0.0",
        "src/master/flags.cpp",
        "slave_reregister_timeout",
        "agent_reregister_timeout");
    t.renamedWithAlias(
        MASTER,
        "1.0.0",
        "src/master/flags.cpp",
        "recovery_slave_removal_limit",
        "recovery_agent_removal_limit");
    t.renamedWithAlias(
        MASTER,
        "1.0.0",
        "src/master/flags.cpp",
        "slave_removal_rate_limit",
        "agent_removal_rate_limit");
    t.renamedWithAlias(
        MASTER, "1.0.0", "src/master/flags.cpp", "authenticate", "authenticate_frameworks");
    t.renamedWithAlias(
        MASTER, "1.0.0", "src/master/flags.cpp", "authenticate_slaves", "authenticate_agents");
    t.renamedWithAlias(
        MASTER,
        "1.0.0",
        "src/master/flags.cpp",
        "authenticate_http",
        "authenticate_http_readwrite");
    t.renamedWithAlias(
        MASTER,
        "1.0.0",
        "src/master/flags.cpp",
        "max_executors_per_slave",
        "max_executors_per_agent");
    t.renamedWithAlias(
        MASTER, "1.0.0", "src/master/flags.cpp", "slave_ping_timeout", "agent_ping_timeout");
    t.renamedWithAlias(
        MASTER,
        "1.0.0",
        "src/master/flags.cpp",
        "max_slave_ping_timeouts",
        "max_agent_ping_timeouts");
    t.added(
        SLAVE,
        "1.0.0",
        "src/slave/flags.cpp",
        "docker_volume_checkpoint_dir:p authentication_backoff_factor:d nvidia_gpu_devices:s acls:s docker_config:s network_cni_plugins_dir:p network_cni_config_dir:p modules_dir:p authorizer:s http_authenticators:s authenticate_http_readwrite:b authenticate_http_readonly:b http_credentials:p master_detector:s xfs_project_range:s http_command_executor:b");
    t.renamedWithAlias(
        SLAVE, "1.0.0", "src/slave/flags.cpp", "slave_subsystems", "agent_subsystems");

    // 1.1.0
    t.added(
        MASTER,
        "1.1.0",
        "src/master/flags.cpp",
        "registry_gc_interval:d registry_max_agent_age:d registry_max_agent_count:n");
    t.added(
        SLAVE,
        "1.1.0",
        "src/slave/flags.cpp",
        "runtime_dir:p max_completed_executors_per_framework:n allowed_capabilities:s");
    t.removed(SLAVE, "1.1.0", "src/slave/flags.cpp", "containerizer_path default_container_image");

    // 1.2.0
    t.added(MASTER, "1.2.0", "src/master/flags.cpp", "max_unreachable_tasks_per_framework:n");
    t.added(SLAVE, "1.2.0", "src/slave/flags.cpp", "http_heartbeat_interval:d");

    // 1.3.0
    t.added(
        SLAVE,
        "1.3.0",
        "src/slave/flags.cpp",
        "executor_secret_key:p allowed_devices:s authenticate_http_executors:b");

    // 1.4.0
    t.added(MASTER, "1.4.0", "src/master/flags.cpp", "filter_gpu_resources:b domain:s");
    t.added(
        SLAVE,
        "1.4.0",
        "src/slave/flags.cpp",
        "resource_provider_config_dir:p executor_reregistration_timeout:d executor_reregistration_retry_interval:d bounding_capabilities:s disallow_sharing_agent_pid_namespace:b default_container_dns:s secret_resolver:s ip6:s ip6_discovery_command:s domain:s");
    t.renamedWithAlias(
        SLAVE, "1.4.0", "src/slave/flags.cpp", "allowed_capabilities", "effective_capabilities");

    // 1.5.0
    t.added(MASTER, "1.5.0", "src/master/flags.cpp", "require_agent_domain:b");
    t.added(
        SLAVE,
        "1.5.0",
        "src/slave/flags.cpp",
        "disk_profile_adaptor:p image_gc_config:s reconfiguration_policy:s agent_features:s container_ports_watch_interval:d check_agent_port_range_only:b zk_session_timeout:d");
    t.renamedWithAlias(
        SLAVE, "1.5.0", "src/slave/flags.cpp", "executor_secret_key", "jwt_secret_key");

    // 1.6.0
    t.added(MASTER, "1.6.0", "src/master/flags.cpp", "memory_profiling:b");
    t.added(
        SLAVE,
        "1.6.0",
        "src/slave/flags.cpp",
        "fetcher_stall_timeout:d xfs_kill_containers:b memory_profiling:b");

    // 1.7.0
    t.added(
        MASTER,
        "1.7.0",
        "src/master/flags.cpp",
        "authentication_v0_timeout:d min_allocatable_resources:s");
    t.renamedWithAlias(MASTER, "1.7.0", "src/master/flags.cpp", "user_sorter", "role_sorter");
    t.added(
        SLAVE,
        "1.7.0",
        "src/slave/flags.cpp",
        "authentication_timeout_min:d authentication_timeout_max:d gc_non_executor_container_sandboxes:b cgroups_destroy_timeout:d enforce_container_ports:b network_cni_metrics:b");

    // 1.8.0
    t.added(
        MASTER,
        "1.8.0",
        "src/master/flags.cpp",
        "max_operator_event_stream_subscribers:n publish_per_framework_metrics:b");
    t.added(
        SLAVE,
        "1.8.0",
        "src/slave/flags.cpp",
        "volume_gid_range:s host_path_volume_force_creation:s container_ports_isolated_range:s network_cni_root_dir_persist:b seccomp_config_dir:p seccomp_profile_name:s");

    // 1.9.0
    t.added(
        SLAVE,
        "1.9.0",
        "src/slave/flags.cpp",
        "docker_volume_chown:b docker_ignore_runtime:b default_container_shm_size:n disallow_sharing_agent_ipc_namespace:b");

    // 1.10.0
    t.added(
        SLAVE,
        "1.10.0",
        "src/slave/flags.cpp",
        "domain_socket_location:p http_executor_domain_sockets:b");

    // 1.11.0
    t.added(
        MASTER,
        "1.11.0",
        "src/master/flags.cpp",
        "allocator_agent_recovery_factor:n allocator_recovery_timeout:d offer_constraints_re2_max_mem:n offer_constraints_re2_max_program_size:n");
    t.added(SLAVE, "1.11.0", "src/slave/flags.cpp", "csi_plugin_config_dir:p");
  }

  /** Defaults, requirements, descriptions and misspellings that steps and notes rely on. */
  private static void facts(FlagTable t) {
    Source guide15 = Source.mesos("docs/Upgrades.md", "0.15.0");
    t.describe(
            MASTER,
            "authenticate",
            "0.15.0",
            "if true, only authenticated frameworks may register; if false, unauthenticated ones"
                + " may too")
        .defaultValue(
            MASTER,
            "authenticate",
            "0.15.0",
            "false",
            Source.mesos("src/master/flags.hpp", "0.15.0"))
        .misspelled(MASTER, "authenticate", "0.15.0", "authentication", guide15)
        .describe(
            MASTER,
            "authenticate_frameworks",
            "1.0.0",
            "if true, only authenticated frameworks may register; the deprecated name"
                + " --authenticate still works")
        .defaultValue(
            MASTER,
            "authenticate_frameworks",
            "1.0.0",
            "false",
            Source.mesos("src/master/flags.cpp", "1.0.0"))
        .describe(
            MASTER,
            "credentials",
            "0.15.0",
            "path (or file:///path) of a file of credentials, one 'principal secret' per line;"
                + " JSON from 0.20.0")
        .describe(MASTER, "conf", "0.10.0", "directory of the mesos.conf configuration file")
        .describe(SLAVE, "conf", "0.10.0", "directory of the mesos.conf configuration file");

    Source master16 = Source.mesos("src/master/flags.hpp", "0.16.0");
    Source master19 = Source.mesos("src/master/flags.hpp", "0.19.0");
    Source masterMain19 = Source.mesos(MASTER_MAIN, "0.19.0");
    t.describe(MASTER, "work_dir", "0.16.0", "where the master keeps the registry's replicated log")
        .defaultValue(MASTER, "work_dir", "0.16.0", "/tmp/mesos", master16)
        .required(MASTER, "work_dir", "0.19.0", masterMain19)
        .defaultValue(MASTER, "registry", "0.16.0", "local", master16)
        .defaultValue(MASTER, "registry", "0.19.0", "replicated_log", master19)
        .describe(
            MASTER,
            "quorum",
            "0.19.0",
            "size of the replicated log's quorum, a majority of the masters; needed with --zk");

    Source slave10 = Source.mesos("src/slave/flags.hpp", "0.10.0");
    t.describe(SLAVE, "work_dir", "0.10.0", "where the slave keeps sandboxes and checkpoints")
        .defaultValue(SLAVE, "work_dir", "0.10.0", "/tmp/mesos", slave10)
        .required(SLAVE, "work_dir", "1.0.0", Source.mesos("docs/upgrades.md", "1.0.0"))
        .defaultValue(SLAVE, "isolation", "0.10.0", "process", Source.mesos(SLAVE_MAIN, "0.10.0"))
        .defaultValue(
            SLAVE,
            "isolation",
            "0.18.0",
            "posix/cpu,posix/mem",
            Source.mesos("src/slave/flags.hpp", "0.18.0"));

    Source slave12 = Source.mesos("src/slave/flags.hpp", "0.12.0");
    Source slave13 = Source.mesos("src/slave/flags.hpp", "0.13.0");
    Source slave14 = Source.mesos("src/slave/flags.hpp", "0.14.0");
    Source slave15 = Source.mesos("src/slave/flags.hpp", "0.15.0");
    Source slave18 = Source.mesos("src/slave/flags.hpp", "0.18.0");
    t.describe(
            SLAVE,
            "cgroups_hierarchy_root",
            "0.10.0",
            "where the cgroups hierarchy is mounted (Linux)")
        .defaultValue(SLAVE, "cgroups_hierarchy_root", "0.10.0", "/cgroups", slave12)
        .describe(
            SLAVE, "cgroups_hierarchy", "0.13.0", "where the cgroups hierarchy is mounted (Linux)")
        .defaultValue(SLAVE, "cgroups_hierarchy", "0.13.0", "/cgroup", slave13)
        .defaultValue(SLAVE, "cgroups_hierarchy", "0.18.0", "/sys/fs/cgroup", slave18)
        .defaultValue(SLAVE, "cgroups_root", "0.13.0", "mesos", slave13)
        .defaultValue(SLAVE, "cgroups_enable_cfs", "0.13.0", "false", slave13)
        .describe(
            SLAVE,
            "checkpoint",
            "0.13.0",
            "whether the slave checkpoints tasks and status updates to disk")
        .defaultValue(SLAVE, "checkpoint", "0.13.0", "false", slave14)
        .defaultValue(SLAVE, "checkpoint", "0.15.0", "true", slave15)
        .defaultValue(SLAVE, "recover", "0.13.0", "reconnect", slave13)
        .defaultValue(SLAVE, "strict", "0.13.0", "false", slave13)
        .defaultValue(SLAVE, "strict", "0.14.0", "true", slave14)
        .defaultValue(
            SLAVE,
            "recovery_timeout",
            "0.14.0",
            "15mins",
            Source.mesos("src/slave/constants.cpp", "0.14.0"))
        .defaultValue(
            SLAVE,
            "http_heartbeat_interval",
            "1.2.0",
            "30secs",
            Source.mesos("src/slave/flags.cpp", "1.2.0"))
        .defaultValue(
            SLAVE,
            "reconfiguration_policy",
            "1.5.0",
            "equal",
            Source.mesos("src/slave/flags.cpp", "1.5.0"))
        .describe(
            SLAVE,
            "agent_features",
            "1.5.0",
            "JSON list of the capabilities the agent announces; from 1.9.0 it must list every"
                + " capability the release requires")
        .defaultValue(
            MASTER,
            "slave_ping_timeout",
            "0.23.0",
            "15secs",
            Source.mesos("src/master/constants.cpp", "0.23.0"))
        .defaultValue(
            MASTER,
            "max_slave_ping_timeouts",
            "0.23.0",
            "5",
            Source.mesos("src/master/constants.cpp", "0.23.0"))
        .defaultValue(
            MASTER,
            "max_unreachable_tasks_per_framework",
            "1.2.0",
            "1000",
            Source.mesos("docs/upgrades.md", "1.2.0"));
  }
}
