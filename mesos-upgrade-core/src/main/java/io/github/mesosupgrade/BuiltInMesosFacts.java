// GENERATED FILE - DO NOT EDIT BY HAND.
//
// Written by tools/mesos-facts/ExtractMesosFacts.java, run from the project root as
//   java tools/mesos-facts/ExtractMesosFacts.java <apache-mesos-git-dir> \
//     mesos-upgrade-core/src/main/java/io/github/mesosupgrade/BuiltInMesosFacts.java
// from the 78 release tags 0.10.0 .. 1.11.0 of apache/mesos (release candidates left out).
// To change a fact, change the extractor (or BuiltInFlagOverlay.java) and rerun it;
// tools/mesos-facts/README.md says how, and what each line means.
package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;

/**
 * The flags and HTTP endpoints of Mesos masters and agents at every release tag, read from the
 * Mesos sources at that tag, one fact a line: {@code flag master role_sorter type=string
 * alias=user_sorter default=drf 1.4.2..1.4.3 src/master/flags.cpp}. Generated; see the header.
 */
final class BuiltInMesosFacts {
  private BuiltInMesosFacts() {}

  /** Returns the lines of the facts, in parts that each fit one class-file constant. */
  static ImmutableList<String> parts() {
    return ImmutableList.of(PART_1, PART_2);
  }

  private static final String PART_1 =
      """
      releases 0.10.0 0.11.0 0.12.0 0.12.1 0.13.0 0.14.0 0.14.1 0.14.2 0.15.0 0.16.0 0.17.0 0.18.0 0.18.1 0.18.2 0.19.0 0.19.1 0.20.0 0.20.1 0.21.0 0.21.1 0.21.2 0.22.0 0.22.1 0.22.2 0.23.0 0.23.1 0.24.0 0.24.1 0.24.2 0.25.0 0.25.1 0.26.0 0.26.1 0.26.2 0.27.0 0.27.1 0.27.2 0.27.3 0.28.0 0.28.1 0.28.2 0.28.3 1.0.0 1.0.1 1.0.2 1.0.3 1.0.4 1.1.0 1.1.1 1.1.2 1.1.3 1.2.0 1.2.1 1.2.2 1.2.3 1.3.0 1.3.1 1.3.2 1.4.0 1.4.1 1.4.2 1.4.3 1.5.0 1.5.1 1.5.2 1.5.3 1.6.0 1.6.1 1.6.2 1.7.0 1.7.1 1.7.2 1.7.3 1.8.0 1.8.1 1.9.0 1.10.0 1.11.0
      endpoint master /api/v1 1.0.0.. src/master/master.cpp
      endpoint master /api/v1/scheduler 0.24.0.. src/master/master.cpp
      endpoint master /create-volumes 0.27.0.. src/master/master.cpp
      endpoint master /destroy-volumes 0.27.0.. src/master/master.cpp
      endpoint master /files/browse 0.25.0.. src/files/files.cpp
      endpoint master /files/browse.json 0.10.0..1.7.3 src/files/files.cpp
      endpoint master /files/debug 0.25.0.. src/files/files.cpp
      endpoint master /files/debug.json 0.11.0..1.7.3 src/files/files.cpp
      endpoint master /files/download 0.25.0.. src/files/files.cpp
      endpoint master /files/download.json 0.11.0..1.7.3 src/files/files.cpp
      endpoint master /files/read 0.25.0.. src/files/files.cpp
      endpoint master /files/read.json 0.10.0..1.7.3 src/files/files.cpp
      endpoint master /flags 0.26.0.. src/master/master.cpp
      endpoint master /frameworks 0.26.0.. src/master/master.cpp
      endpoint master /health 0.14.0.. src/master/master.cpp
      endpoint master /machine/down 0.25.0.. src/master/master.cpp
      endpoint master /machine/up 0.25.0.. src/master/master.cpp
      endpoint master /maintenance/schedule 0.25.0.. src/master/master.cpp
      endpoint master /maintenance/status 0.25.0.. src/master/master.cpp
      endpoint master /observe 0.19.0..0.28.3 src/master/master.cpp
      endpoint master /quota 0.27.0.. src/master/master.cpp
      endpoint master /redirect 0.10.0.. src/master/master.cpp
      endpoint master /reserve 0.25.0.. src/master/master.cpp
      endpoint master /roles 0.25.0.. src/master/master.cpp
      endpoint master /roles.json 0.14.0..1.7.3 src/master/master.cpp
      endpoint master /shutdown 0.20.0..0.23.1 src/master/master.cpp
      endpoint master /slaves 0.22.0.. src/master/master.cpp
      endpoint master /slaves/activate 0.10.0..0.12.1 src/master/slaves_manager.cpp
      endpoint master /slaves/activated 0.10.0..0.12.1 src/master/slaves_manager.cpp
      endpoint master /slaves/add 0.10.0..0.12.1 src/master/slaves_manager.cpp
      endpoint master /slaves/deactivate 0.10.0..0.12.1 src/master/slaves_manager.cpp
      endpoint master /slaves/deactivated 0.10.0..0.12.1 src/master/slaves_manager.cpp
      endpoint master /slaves/remove 0.10.0..0.12.1 src/master/slaves_manager.cpp
      endpoint master /state 0.25.0.. src/master/master.cpp
      endpoint master /state-summary 0.23.0.. src/master/master.cpp
      endpoint master /state.json 0.10.0..1.7.3 src/master/master.cpp
      endpoint master /stats.json 0.10.0..0.22.2 src/master/master.cpp
      endpoint master /tasks 0.25.0.. src/master/master.cpp
      endpoint master /tasks.json 0.17.0..0.17.0 src/master/master.cpp
      endpoint master /tasks.json 0.18.1..1.7.3 src/master/master.cpp
      endpoint master /teardown 0.23.0.. src/master/master.cpp
      endpoint master /unreserve 0.25.0.. src/master/master.cpp
      endpoint master /vars 0.10.0..0.13.0 src/master/master.cpp
      endpoint master /weights 1.0.0.. src/master/master.cpp
      endpoint slave /api/v1 1.0.0.. src/slave/slave.cpp
      endpoint slave /api/v1/executor 0.25.0.. src/slave/slave.cpp
      endpoint slave /api/v1/resource_provider 1.4.0.. src/slave/slave.cpp
      endpoint slave /containerizer/debug 1.9.0.. src/slave/slave.cpp
      endpoint slave /containers 1.0.0.. src/slave/slave.cpp
      endpoint slave /files/browse 0.25.0.. src/files/files.cpp
      endpoint slave /files/browse.json 0.10.0..1.7.3 src/files/files.cpp
      endpoint slave /files/debug 0.25.0.. src/files/files.cpp
      endpoint slave /files/debug.json 0.11.0..1.7.3 src/files/files.cpp
      endpoint slave /files/download 0.25.0.. src/files/files.cpp
      endpoint slave /files/download.json 0.11.0..1.7.3 src/files/files.cpp
      endpoint slave /files/read 0.25.0.. src/files/files.cpp
      endpoint slave /files/read.json 0.10.0..1.7.3 src/files/files.cpp
      endpoint slave /flags 0.26.0.. src/slave/slave.cpp
      endpoint slave /health 0.14.0.. src/slave/slave.cpp
      endpoint slave /monitor/statistics 0.25.0..0.28.3 src/slave/monitor.cpp
      endpoint slave /monitor/statistics 1.0.0.. src/slave/slave.cpp
      endpoint slave /monitor/statistics.json 0.13.0..0.22.2 src/slave/monitor.hpp
      endpoint slave /monitor/statistics.json 0.23.0..0.28.3 src/slave/monitor.cpp
      endpoint slave /monitor/statistics.json 1.0.0..1.7.3 src/slave/slave.cpp
      endpoint slave /monitor/usage.json 0.12.0..0.12.1 src/slave/monitor.cpp
      endpoint slave /monitor/usage.json 0.13.0..0.16.0 src/slave/monitor.hpp
      endpoint slave /state 0.25.0.. src/slave/slave.cpp
      endpoint slave /state.json 0.10.0..1.7.3 src/slave/slave.cpp
      endpoint slave /stats.json 0.10.0..0.22.2 src/slave/slave.cpp
      endpoint slave /vars 0.10.0..0.13.0 src/slave/slave.cpp
      flag master acls type=json optional 0.20.0..0.22.2 src/master/flags.hpp
      flag master acls type=json optional 0.23.0.. src/master/flags.cpp
      flag master advertise_ip type=string optional 0.24.0..1.2.0 src/master/main.cpp
      flag master advertise_ip type=string optional 1.2.1.. src/master/flags.cpp
      flag master advertise_port type=string optional 0.24.0..1.2.0 src/master/main.cpp
      flag master advertise_port type=string optional 1.2.1.. src/master/flags.cpp
      flag master agent_ping_timeout type=duration alias=slave_ping_timeout default=15secs resolved=DEFAULT_AGENT_PING_TIMEOUT 1.0.0.. src/master/flags.cpp
      flag master agent_removal_rate_limit type=string optional alias=slave_removal_rate_limit 1.0.0.. src/master/flags.cpp
      flag master agent_reregister_timeout type=duration alias=slave_reregister_timeout default=10mins resolved=MIN_AGENT_REREGISTER_TIMEOUT 1.0.0.. src/master/flags.cpp
      flag master allocation_interval type=duration default=1secs resolved=Seconds(1.0) 0.11.0..0.12.1 src/master/flags.hpp
      flag master allocation_interval type=duration default=1secs resolved=Seconds(1) 0.13.0..0.22.2 src/master/flags.hpp
      flag master allocation_interval type=duration default=1secs resolved=Seconds(1) 0.23.0..0.26.2 src/master/flags.cpp
      flag master allocation_interval type=duration default=1secs resolved=DEFAULT_ALLOCATION_INTERVAL 0.27.0.. src/master/flags.cpp
      flag master allocator type=string default=HierarchicalDRF resolved=DEFAULT_ALLOCATOR 0.23.0..1.4.1 src/master/flags.cpp
      flag master allocator type=string default=hierarchical resolved=DEFAULT_ALLOCATOR 1.4.2..1.4.3 src/master/flags.cpp
      flag master allocator type=string default=HierarchicalDRF resolved=DEFAULT_ALLOCATOR 1.5.0..1.5.1 src/master/flags.cpp
      flag master allocator type=string default=hierarchical resolved=DEFAULT_ALLOCATOR 1.5.2..1.5.3 src/master/flags.cpp
      flag master allocator type=string default=HierarchicalDRF resolved=DEFAULT_ALLOCATOR 1.6.0..1.6.0 src/master/flags.cpp
      flag master allocator type=string default=hierarchical resolved=DEFAULT_ALLOCATOR 1.6.1.. src/master/flags.cpp
      flag master allocator_agent_recovery_factor type=number default=0.80 resolved=mesos::allocator::DEFAULT_ALLOCATOR_AGENT_RECOVERY_FACTOR 1.11.0.. src/master/flags.cpp
      flag master allocator_recovery_timeout type=duration default=10mins resolved=mesos::allocator::DEFAULT_ALLOCATOR_RECOVERY_TIMEOUT 1.11.0.. src/master/flags.cpp
      flag master authenticate type=bool default=false 0.15.0..0.22.2 src/master/flags.hpp
      flag master authenticate type=bool default=false 0.23.0..0.28.3 src/master/flags.cpp
      flag master authenticate_agents type=bool alias=authenticate_slaves default=false 1.0.0.. src/master/flags.cpp
      flag master authenticate_frameworks type=bool alias=authenticate default=false 1.0.0.. src/master/flags.cpp
      flag master authenticate_http type=bool default=false 0.27.0..0.28.3 src/master/flags.cpp
      flag master authenticate_http_frameworks type=bool default=false 1.0.0.. src/master/flags.cpp
      flag master authenticate_http_readonly type=bool default=false 1.0.0.. src/master/flags.cpp
      flag master authenticate_http_readwrite type=bool alias=authenticate_http default=false 1.0.0.. src/master/flags.cpp
      flag master authenticate_slaves type=bool default=false 0.19.0..0.22.2 src/master/flags.hpp
      flag master authenticate_slaves type=bool default=false 0.23.0..0.28.3 src/master/flags.cpp
      flag master authentication_v0_timeout type=duration default=15secs resolved=DEFAULT_AUTHENTICATION_V0_TIMEOUT 1.4.3..1.4.3 src/master/flags.cpp
      flag master authentication_v0_timeout type=duration default=15secs resolved=DEFAULT_AUTHENTICATION_V0_TIMEOUT 1.5.2..1.5.3 src/master/flags.cpp
      flag master authentication_v0_timeout type=duration default=15secs resolved=DEFAULT_AUTHENTICATION_V0_TIMEOUT 1.6.2.. src/master/flags.cpp
      flag master authenticators type=string default=crammd5 resolved=DEFAULT_AUTHENTICATOR 0.21.0..0.22.2 src/master/flags.hpp
      flag master authenticators type=string default=crammd5 resolved=DEFAULT_AUTHENTICATOR 0.23.0.. src/master/flags.cpp
      flag master authorizers type=string default=local resolved=DEFAULT_AUTHORIZER 0.24.0.. src/master/flags.cpp
      flag master batch_seconds type=number default=1.0 0.10.0..0.10.0 src/master/flags.hpp
      flag master cluster type=string optional 0.10.0..0.22.2 src/master/flags.hpp
      flag master cluster type=string optional 0.23.0.. src/master/flags.cpp
      flag master credentials type=string optional 0.15.0..0.21.2 src/master/flags.hpp
      flag master credentials type=path optional 0.22.0..0.22.2 src/master/flags.hpp
      flag master credentials type=path optional 0.23.0.. src/master/flags.cpp
      flag master domain type=json optional 1.4.0.. src/master/flags.cpp
      flag master external_log_file type=string optional 0.22.0..0.22.2 src/logging/flags.hpp
      flag master external_log_file type=string optional 0.23.0.. src/logging/flags.cpp
      flag master fair_sharing_excluded_resource_names type=string optional 1.0.0.. src/master/flags.cpp
      flag master filter_gpu_resources type=bool default=true 1.4.0.. src/master/flags.cpp
      flag master firewall_rules type=json optional 0.23.0.. src/master/flags.cpp
      flag master framework_sorter type=string default=drf 0.11.0..0.22.2 src/master/flags.hpp
      flag master framework_sorter type=string default=drf 0.23.0.. src/master/flags.cpp
      flag master help type=bool default=false 0.10.0..0.22.2 src/master/main.cpp
      flag master help type=bool default=false 0.23.0..0.28.3 3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp
      flag master help type=bool default=false 1.0.0.. 3rdparty/stout/include/stout/flags/flags.hpp
      flag master hooks type=string optional 0.22.0..0.22.2 src/master/flags.hpp
      flag master hooks type=string optional 0.23.0.. src/master/flags.cpp
      flag master hostname type=string optional 0.18.0..0.22.2 src/master/flags.hpp
      flag master hostname type=string optional 0.23.0.. src/master/flags.cpp
      flag master hostname_lookup type=bool default=true 0.25.0.. src/master/flags.cpp
      flag master http_authenticators type=string default=basic resolved=DEFAULT_HTTP_AUTHENTICATOR 0.27.0..0.28.3 src/master/flags.cpp
      flag master http_authenticators type=string default-expr=DEFAULT_HTTP_AUTHENTICATOR 1.0.0..1.2.3 src/master/flags.cpp
      flag master http_authenticators type=string default-expr=DEFAULT_BASIC_HTTP_AUTHENTICATOR 1.3.0.. src/master/flags.cpp
      flag master http_framework_authenticators type=string optional 1.0.0.. src/master/flags.cpp
      flag master initialize_driver_logging type=bool default=true 0.20.0..0.22.2 src/logging/flags.hpp
      flag master initialize_driver_logging type=bool default=true 0.23.0.. src/logging/flags.cpp
      flag master ip type=string optional 0.10.0..1.2.0 src/master/main.cpp
      flag master ip type=string optional 1.2.1.. src/master/flags.cpp
      flag master ip_discovery_command type=string optional 0.24.0..1.2.0 src/master/main.cpp
      flag master ip_discovery_command type=string optional 1.2.1.. src/master/flags.cpp
      flag master log_auto_initialize type=bool default=true 0.19.0..0.22.2 src/master/flags.hpp
      flag master log_auto_initialize type=bool default=true 0.23.0.. src/master/flags.cpp
      flag master log_dir type=string optional 0.10.0..0.22.2 src/logging/flags.hpp
      flag master log_dir type=string optional 0.23.0.. src/logging/flags.cpp
      flag master logbufsecs type=number default=0 0.10.0..0.22.2 src/logging/flags.hpp
      flag master logbufsecs type=number default=0 0.23.0.. src/logging/flags.cpp
      flag master logging_level type=string default=INFO 0.19.0..0.22.2 src/logging/flags.hpp
      flag master logging_level type=string default=INFO 0.23.0.. src/logging/flags.cpp
      flag master master_contender type=string optional 1.0.0.. src/master/flags.cpp
      flag master master_detector type=string optional 1.0.0.. src/master/flags.cpp
      flag master max_agent_ping_timeouts type=number alias=max_slave_ping_timeouts default=5 resolved=DEFAULT_MAX_AGENT_PING_TIMEOUTS 1.0.0.. src/master/flags.cpp
      flag master max_completed_frameworks type=number default=50 resolved=DEFAULT_MAX_COMPLETED_FRAMEWORKS 0.24.2..0.24.2 src/master/flags.cpp
      flag master max_completed_frameworks type=number default=50 resolved=DEFAULT_MAX_COMPLETED_FRAMEWORKS 0.25.1..0.25.1 src/master/flags.cpp
      flag master max_completed_frameworks type=number default=50 resolved=DEFAULT_MAX_COMPLETED_FRAMEWORKS 0.26.1.. src/master/flags.cpp
      flag master max_completed_tasks_per_framework type=number default=1000 resolved=DEFAULT_MAX_COMPLETED_TASKS_PER_FRAMEWORK 0.24.2..0.24.2 src/master/flags.cpp
      flag master max_completed_tasks_per_framework type=number default=1000 resolved=DEFAULT_MAX_COMPLETED_TASKS_PER_FRAMEWORK 0.25.1..0.25.1 src/master/flags.cpp
      flag master max_completed_tasks_per_framework type=number default=1000 resolved=DEFAULT_MAX_COMPLETED_TASKS_PER_FRAMEWORK 0.26.1.. src/master/flags.cpp
      flag master max_executors_per_agent type=number optional alias=max_executors_per_slave 1.0.0.. src/master/flags.cpp
      flag master max_executors_per_slave type=number optional 0.20.0..0.22.2 src/master/flags.hpp
      flag master max_executors_per_slave type=number optional 0.23.0..0.28.3 src/master/flags.cpp
      flag master max_operator_event_stream_subscribers type=number default=1000 resolved=DEFAULT_MAX_OPERATOR_EVENT_STREAM_SUBSCRIBERS 1.8.0.. src/master/flags.cpp
      flag master max_slave_ping_timeouts type=number default=5 resolved=DEFAULT_MAX_SLAVE_PING_TIMEOUTS 0.23.0..0.28.3 src/master/flags.cpp
      flag master max_unreachable_tasks_per_framework type=number default=1000 resolved=DEFAULT_MAX_UNREACHABLE_TASKS_PER_FRAMEWORK 1.2.0.. src/master/flags.cpp
      flag master memory_profiling type=bool default=false 1.6.0.. src/master/flags.cpp
      flag master min_allocatable_resources type=string default-expr=""\"cpus:""+stringify(MIN_CPUS)+""|mem:""+stringify((double)MIN_MEM.bytes()/Bytes::MEGABYTES)" 1.4.2..1.4.3 src/master/flags.cpp
      flag master min_allocatable_resources type=string default-expr=""\"cpus:""+stringify(MIN_CPUS)+""|mem:""+stringify((double)MIN_MEM.bytes()/Bytes::MEGABYTES)" 1.5.2..1.5.3 src/master/flags.cpp
      flag master min_allocatable_resources type=string default-expr=""\"cpus:""+stringify(MIN_CPUS)+""|mem:""+stringify((double)MIN_MEM.bytes()/Bytes::MEGABYTES)" 1.6.1.. src/master/flags.cpp
      flag master modules type=json optional 0.21.0..0.22.2 src/master/flags.hpp
      flag master modules type=json optional 0.23.0.. src/master/flags.cpp
      flag master modules_dir type=string optional 1.0.0.. src/master/flags.cpp
      flag master offer_constraints_re2_max_mem type=bytes default=4KB resolved=DEFAULT_OFFER_CONSTRAINTS_RE2_MAX_MEM 1.11.0.. src/master/flags.cpp
      flag master offer_constraints_re2_max_program_size type=number default=100 resolved=DEFAULT_OFFER_CONSTRAINTS_RE2_MAX_PROGRAM_SIZE 1.11.0.. src/master/flags.cpp
      flag master offer_timeout type=duration optional 0.21.0..0.22.2 src/master/flags.hpp
      flag master offer_timeout type=duration optional 0.23.0.. src/master/flags.cpp
      flag master port type=number default=5050 0.10.0..0.12.1 src/master/main.cpp
      flag master port type=number default-expr=MasterInfo().port() 0.13.0..1.2.0 src/master/main.cpp
      flag master port type=number default-expr=MasterInfo().port() 1.2.1.. src/master/flags.cpp
      flag master publish_per_framework_metrics type=bool default=true 1.8.0.. src/master/flags.cpp
      flag master quiet type=bool default=false 0.10.0..0.22.2 src/logging/flags.hpp
      flag master quiet type=bool default=false 0.23.0.. src/logging/flags.cpp
      flag master quorum type=number optional 0.19.0..0.22.2 src/master/flags.hpp
      flag master quorum type=number optional 0.23.0.. src/master/flags.cpp
      flag master rate_limits type=json optional 0.20.0..0.22.2 src/master/flags.hpp
      flag master rate_limits type=json optional 0.23.0.. src/master/flags.cpp
      flag master recovery_agent_removal_limit type=string alias=recovery_slave_removal_limit default-expr="stringify(RECOVERY_AGENT_REMOVAL_PERCENT_LIMIT*100.0)+""%""\" 1.0.0.. src/master/flags.cpp
      flag master recovery_slave_removal_limit type=string default-expr="stringify(RECOVERY_SLAVE_REMOVAL_PERCENT_LIMIT*100.0)+""%""\" 0.19.0..0.22.2 src/master/flags.hpp
      flag master recovery_slave_removal_limit type=string default-expr="stringify(RECOVERY_SLAVE_REMOVAL_PERCENT_LIMIT*100.0)+""%""\" 0.23.0..0.28.3 src/master/flags.cpp
      flag master registry type=string default=local 0.16.0..0.18.2 src/master/flags.hpp
      flag master registry type=string default=replicated_log 0.19.0..0.22.2 src/master/flags.hpp
      flag master registry type=string default=replicated_log 0.23.0.. src/master/flags.cpp
      flag master registry_fetch_timeout type=duration default=1mins resolved=Seconds(60) 0.19.0..0.22.2 src/master/flags.hpp
      flag master registry_fetch_timeout type=duration default=1mins resolved=Seconds(60) 0.23.0.. src/master/flags.cpp
      flag master registry_gc_interval type=duration default=15mins resolved=DEFAULT_REGISTRY_GC_INTERVAL 1.1.0.. src/master/flags.cpp
      flag master registry_max_agent_age type=duration default=2weeks resolved=DEFAULT_REGISTRY_MAX_AGENT_AGE 1.1.0.. src/master/flags.cpp
      flag master registry_max_agent_count type=number default-expr=DEFAULT_REGISTRY_MAX_AGENT_COUNT 1.1.0.. src/master/flags.cpp
      flag master registry_store_timeout type=duration default=5secs resolved=Seconds(5) 0.19.0..0.22.2 src/master/flags.hpp
      flag master registry_store_timeout type=duration default=5secs resolved=Seconds(5) 0.23.0..0.27.3 src/master/flags.cpp
      flag master registry_store_timeout type=duration default=20secs resolved=Seconds(20) 0.28.0.. src/master/flags.cpp
      flag master registry_strict type=bool default=false 0.19.0..0.22.2 src/master/flags.hpp
      flag master registry_strict type=bool default=false 0.23.0.. src/master/flags.cpp
      flag master require_agent_domain type=bool default=false 1.5.0.. src/master/flags.cpp
      flag master role_sorter type=string alias=user_sorter default=drf 1.4.2..1.4.3 src/master/flags.cpp
      flag master role_sorter type=string alias=user_sorter default=drf 1.5.2..1.5.3 src/master/flags.cpp
      flag master role_sorter type=string alias=user_sorter default=drf 1.6.1.. src/master/flags.cpp
      flag master roles type=string optional 0.14.0..0.22.2 src/master/flags.hpp
      flag master roles type=string optional 0.23.0.. src/master/flags.cpp
      flag master root_submissions type=bool default=true 0.10.0..0.22.2 src/master/flags.hpp
      flag master root_submissions type=bool default=true 0.23.0.. src/master/flags.cpp
      flag master slave_ping_timeout type=duration default=15secs resolved=DEFAULT_SLAVE_PING_TIMEOUT 0.23.0..0.28.3 src/master/flags.cpp
      flag master slave_removal_rate_limit type=string optional 0.22.0..0.22.2 src/master/flags.hpp
      flag master slave_removal_rate_limit type=string optional 0.23.0..0.28.3 src/master/flags.cpp
      flag master slave_reregister_timeout type=duration default=10mins resolved=MIN_SLAVE_REREGISTER_TIMEOUT 0.19.0..0.22.2 src/master/flags.hpp
      flag master slave_reregister_timeout type=duration default=10mins resolved=MIN_SLAVE_REREGISTER_TIMEOUT 0.23.0..0.28.3 src/master/flags.cpp
      flag master slaves type=string default=* 0.10.0..0.15.0 src/master/flags.hpp
      flag master user_sorter type=string default=drf 0.11.0..0.22.2 src/master/flags.hpp
      flag master user_sorter type=string default=drf 0.23.0..1.4.1 src/master/flags.cpp
      flag master user_sorter type=string default=drf 1.5.0..1.5.1 src/master/flags.cpp
      flag master user_sorter type=string default=drf 1.6.0..1.6.0 src/master/flags.cpp
      flag master version type=bool default=false 0.19.0..0.22.2 src/master/flags.hpp
      flag master version type=bool default=false 0.23.0.. src/master/flags.cpp
      flag master webui_dir type=string default-expr=MESOS_WEBUI_DIR 0.10.0..0.12.0 src/master/flags.hpp
      flag master webui_dir type=string default-expr="PKGDATADIR""/webui""\" 0.12.1..0.22.2 src/master/flags.hpp
      flag master webui_dir type=string default-expr="PKGDATADIR""/webui""\" 0.23.0.. src/master/flags.cpp
      flag master webui_port type=number default=8080 0.10.0..0.10.0 src/master/flags.hpp
      flag master weights type=string optional 0.14.0..0.22.2 src/master/flags.hpp
      flag master weights type=string optional 0.23.0.. src/master/flags.cpp
      flag master whitelist type=string default=* 0.10.0..0.21.2 src/master/flags.hpp
      flag master whitelist type=path optional 0.22.0..0.22.2 src/master/flags.hpp
      flag master whitelist type=path optional 0.23.0.. src/master/flags.cpp
      flag master work_dir type=string default=/tmp/mesos 0.16.0..0.18.2 src/master/flags.hpp
      flag master work_dir type=string optional 0.19.0..0.22.2 src/master/flags.hpp
      flag master work_dir type=string optional 0.23.0.. src/master/flags.cpp
      flag master zk type=string default="" 0.10.0..0.18.2 src/master/main.cpp
      flag master zk type=string optional 0.19.0..1.2.0 src/master/main.cpp
      flag master zk type=string optional 1.2.1.. src/master/flags.cpp
      flag master zk_session_timeout type=duration default=10secs resolved=ZOOKEEPER_SESSION_TIMEOUT 0.19.0..0.22.2 src/master/flags.hpp
      flag master zk_session_timeout type=duration default=10secs resolved=ZOOKEEPER_SESSION_TIMEOUT 0.23.0.. src/master/flags.cpp
      flag slave acls type=json optional 1.0.0.. src/slave/flags.cpp
      flag slave advertise_ip type=string optional 0.27.0..1.2.0 src/slave/main.cpp
      flag slave advertise_ip type=string optional 1.2.1.. src/slave/flags.cpp
      flag slave advertise_port type=string optional 0.27.0..1.2.0 src/slave/main.cpp
      flag slave advertise_port type=string optional 1.2.1.. src/slave/flags.cpp
      flag slave agent_features type=json optional 1.5.0.. src/slave/flags.cpp
      flag slave agent_subsystems type=string optional alias=slave_subsystems 1.0.0.. src/slave/flags.cpp
      flag slave allowed_capabilities type=json optional 1.1.0..1.3.2 src/slave/flags.cpp
      flag slave allowed_devices type=json optional 1.3.0.. src/slave/flags.cpp
      flag slave appc_simple_discovery_uri_prefix type=string default=http:// 0.28.0.. src/slave/flags.cpp
      flag slave appc_store_dir type=string default=/tmp/mesos/store/appc 0.24.0..0.28.3 src/slave/flags.cpp
      flag slave appc_store_dir type=string default-expr="path::join(os::temp(),""mesos"",""store"",""appc"")" 1.0.0.. src/slave/flags.cpp
      flag slave attributes type=string optional 0.10.0..0.22.2 src/slave/flags.hpp
      flag slave attributes type=string optional 0.23.0.. src/slave/flags.cpp
      flag slave authenticate_http_executors type=bool default=false 1.3.0.. src/slave/flags.cpp
      flag slave authenticate_http_readonly type=bool default=false 1.0.0.. src/slave/flags.cpp
      flag slave authenticate_http_readwrite type=bool default=false 1.0.0.. src/slave/flags.cpp
      flag slave authenticatee type=string default=crammd5 resolved=DEFAULT_AUTHENTICATEE 0.22.0..0.22.2 src/slave/flags.hpp
      flag slave authenticatee type=string default=crammd5 resolved=DEFAULT_AUTHENTICATEE 0.23.0.. src/slave/flags.cpp
      flag slave authentication_backoff_factor type=duration default=1secs resolved=DEFAULT_AUTHENTICATION_BACKOFF_FACTOR 0.28.3.. src/slave/flags.cpp
      flag slave authentication_timeout_max type=duration default=1mins resolved=DEFAULT_AUTHENTICATION_TIMEOUT_MAX 1.4.3..1.4.3 src/slave/flags.cpp
      flag slave authentication_timeout_max type=duration default=1mins resolved=DEFAULT_AUTHENTICATION_TIMEOUT_MAX 1.5.2..1.5.3 src/slave/flags.cpp
      flag slave authentication_timeout_max type=duration default=1mins resolved=DEFAULT_AUTHENTICATION_TIMEOUT_MAX 1.6.2.. src/slave/flags.cpp
      flag slave authentication_timeout_min type=duration default=5secs resolved=DEFAULT_AUTHENTICATION_TIMEOUT_MIN 1.4.3..1.4.3 src/slave/flags.cpp
      flag slave authentication_timeout_min type=duration default=5secs resolved=DEFAULT_AUTHENTICATION_TIMEOUT_MIN 1.5.2..1.5.3 src/slave/flags.cpp
      flag slave authentication_timeout_min type=duration default=5secs resolved=DEFAULT_AUTHENTICATION_TIMEOUT_MIN 1.6.2.. src/slave/flags.cpp
      flag slave authorizer type=string default=local resolved=DEFAULT_AUTHORIZER 1.0.0.. src/slave/flags.cpp
      flag slave bounding_capabilities type=json optional 1.4.0.. src/slave/flags.cpp
      flag slave cgroups_cpu_enable_pids_and_tids_count type=bool default=false 0.23.0.. src/slave/flags.cpp
      flag slave cgroups_destroy_timeout type=duration default=1mins resolved=Seconds(60) 1.7.0.. src/slave/flags.cpp
      flag slave cgroups_enable_cfs type=bool default=false 0.13.0..0.22.2 src/slave/flags.hpp
      flag slave cgroups_enable_cfs type=bool default=false 0.23.0.. src/slave/flags.cpp
      flag slave cgroups_hierarchy type=string default=/cgroup 0.13.0..0.17.0 src/slave/flags.hpp
      flag slave cgroups_hierarchy type=string default=/sys/fs/cgroup 0.18.0..0.22.2 src/slave/flags.hpp
      flag slave cgroups_hierarchy type=string default=/sys/fs/cgroup 0.23.0.. src/slave/flags.cpp
      flag slave cgroups_hierarchy_root type=string default=/cgroups 0.10.0..0.12.1 src/slave/flags.hpp
      flag slave cgroups_limit_swap type=bool default=false 0.20.0..0.22.2 src/slave/flags.hpp
      flag slave cgroups_limit_swap type=bool default=false 0.23.0.. src/slave/flags.cpp
      flag slave cgroups_net_cls_primary_handle type=string optional 0.28.0.. src/slave/flags.cpp
      flag slave cgroups_net_cls_secondary_handles type=string optional 0.28.0.. src/slave/flags.cpp
      flag slave cgroups_oom_buffer type=bytes default=128MB resolved=Megabytes(128) 0.14.1..0.14.1 src/slave/flags.hpp
      flag slave cgroups_root type=string default=mesos 0.13.0..0.22.2 src/slave/flags.hpp
      flag slave cgroups_root type=string default=mesos 0.23.0.. src/slave/flags.cpp
      flag slave cgroups_subsystems type=string default=cpu,memory,freezer 0.11.0..0.17.0 src/slave/flags.hpp
      flag slave cgroups_subsystems type=string optional 0.18.0..0.21.2 src/slave/flags.hpp
      flag slave check_agent_port_range_only type=bool default=false 1.5.0.. src/slave/flags.cpp
      flag slave checkpoint type=bool default=false 0.13.0..0.14.2 src/slave/flags.hpp
      flag slave checkpoint type=bool default=true 0.15.0..0.21.2 src/slave/flags.hpp
      flag slave container_disk_watch_interval type=duration default=15secs resolved=Seconds(15) 0.22.0..0.22.2 src/slave/flags.hpp
      flag slave container_disk_watch_interval type=duration default=15secs resolved=Seconds(15) 0.23.0.. src/slave/flags.cpp
      flag slave container_logger type=string optional 0.27.0.. src/slave/flags.cpp
      flag slave container_ports_isolated_range type=string optional 1.8.0.. src/slave/flags.cpp
      flag slave container_ports_watch_interval type=duration default=30secs resolved=Seconds(30) 1.5.0.. src/slave/flags.cpp
      flag slave containerizer_path type=string optional 0.19.0..0.22.2 src/slave/flags.hpp
      flag slave containerizer_path type=string optional 0.23.0..1.0.4 src/slave/flags.cpp
      flag slave containerizers type=string default=mesos 0.20.0..0.22.2 src/slave/flags.hpp
      flag slave containerizers type=string default=mesos 0.23.0.. src/slave/flags.cpp
      flag slave credential type=string optional 0.19.0..0.21.2 src/slave/flags.hpp
      flag slave credential type=path optional 0.22.0..0.22.2 src/slave/flags.hpp
      flag slave credential type=path optional 0.23.0.. src/slave/flags.cpp
      flag slave csi_plugin_config_dir type=string optional 1.11.0.. src/slave/flags.cpp
      flag slave default_container_dns type=json optional 1.4.0.. src/slave/flags.cpp
      flag slave default_container_image type=string optional 0.19.0..0.22.2 src/slave/flags.hpp
      flag slave default_container_image type=string optional 0.23.0..1.0.4 src/slave/flags.cpp
      flag slave default_container_info type=json optional 0.21.0..0.22.2 src/slave/flags.hpp
      flag slave default_container_info type=json optional 0.23.0.. src/slave/flags.cpp
      flag slave default_container_shm_size type=bytes optional 1.9.0.. src/slave/flags.cpp
      flag slave default_role type=string default=* 0.14.0..0.22.2 src/slave/flags.hpp
      flag slave default_role type=string default=* 0.23.0.. src/slave/flags.cpp
      flag slave disallow_sharing_agent_ipc_namespace type=bool default=false 1.9.0.. src/slave/flags.cpp
      flag slave disallow_sharing_agent_pid_namespace type=bool default=false 1.4.0.. src/slave/flags.cpp
      flag slave disk_profile_adaptor type=string optional 1.5.0.. src/slave/flags.cpp
      flag slave disk_watch_interval type=duration default=1mins resolved=DISK_WATCH_INTERVAL 0.11.0..0.22.2 src/slave/flags.hpp
      flag slave disk_watch_interval type=duration default=1mins resolved=DISK_WATCH_INTERVAL 0.23.0.. src/slave/flags.cpp
      flag slave docker type=string default=docker 0.20.0..0.22.2 src/slave/flags.hpp
      flag slave docker type=string default=docker 0.23.0.. src/slave/flags.cpp
      flag slave docker_auth_server type=string default=auth.docker.io 0.26.0..0.26.2 src/slave/flags.cpp
      flag slave docker_auth_server type=string default=https://auth.docker.io 0.27.0..0.27.3 src/slave/flags.cpp
      flag slave docker_auth_server_port type=string default=443 0.26.0..0.26.2 src/slave/flags.cpp
      flag slave docker_config type=json optional 1.0.0.. src/slave/flags.cpp
      flag slave docker_ignore_runtime type=bool default=false 1.9.0.. src/slave/flags.cpp
      flag slave docker_kill_orphans type=bool default=true 0.23.0.. src/slave/flags.cpp
      flag slave docker_local_archives_dir type=string default=/tmp/mesos/images/docker 0.26.0..0.26.2 src/slave/flags.cpp
      flag slave docker_mesos_image type=string optional 0.23.0.. src/slave/flags.cpp
      flag slave docker_puller type=string default=local 0.26.0..0.26.2 src/slave/flags.cpp
      flag slave docker_puller_timeout type=string default=60 0.26.0..0.27.3 src/slave/flags.cpp
      flag slave docker_registry type=string default=registry-1.docker.io 0.26.0..0.26.2 src/slave/flags.cpp
      flag slave docker_registry type=string default=https://registry-1.docker.io 0.27.0.. src/slave/flags.cpp
      flag slave docker_registry_port type=string default=443 0.26.0..0.26.2 src/slave/flags.cpp
      flag slave docker_remove_delay type=duration default=6hrs resolved=DOCKER_REMOVE_DELAY 0.21.0..0.22.2 src/slave/flags.hpp
      flag slave docker_remove_delay type=duration default=6hrs resolved=DOCKER_REMOVE_DELAY 0.23.0.. src/slave/flags.cpp
      flag slave docker_sandbox_directory type=string default=/mnt/mesos/sandbox 0.20.0..0.22.2 src/slave/flags.hpp
      flag slave docker_sandbox_directory type=string default=/mnt/mesos/sandbox 0.23.0..0.23.1 src/slave/flags.cpp
      flag slave docker_socket type=string default=/var/run/docker.sock 0.23.0..1.2.3 src/slave/flags.cpp
      flag slave docker_socket type=string default=//./pipe/docker_engine resolved=DEFAULT_DOCKER_HOST_RESOURCE 1.3.0.. src/slave/flags.cpp
      flag slave docker_stop_timeout type=duration default=0ns resolved=Seconds(0) 0.21.1..0.22.2 src/slave/flags.hpp
      flag slave docker_stop_timeout type=duration default=0ns resolved=Seconds(0) 0.23.0.. src/slave/flags.cpp
      flag slave docker_store_dir type=string default=/tmp/mesos/store/docker 0.26.0..0.28.3 src/slave/flags.cpp
      flag slave docker_store_dir type=string default-expr="path::join(os::temp(),""mesos"",""store"",""docker"")" 1.0.0.. src/slave/flags.cpp
      flag slave docker_volume_checkpoint_dir type=string default=/var/run/mesos/isolators/docker/volume 1.0.0.. src/slave/flags.cpp
      flag slave docker_volume_chown type=bool default=false 1.9.0.. src/slave/flags.cpp
      flag slave domain type=json optional 1.4.0.. src/slave/flags.cpp
      flag slave domain_socket_location type=string optional 1.10.0.. src/slave/flags.cpp
      flag slave effective_capabilities type=json optional alias=allowed_capabilities 1.4.0.. src/slave/flags.cpp
      flag slave egress_flow_classifier_parent type=string default=root 0.27.0.. src/slave/flags.cpp
      flag slave egress_rate_limit_per_container type=bytes optional 0.21.0..0.22.2 src/slave/flags.hpp
      flag slave egress_rate_limit_per_container type=bytes optional 0.23.0.. src/slave/flags.cpp
      flag slave egress_unique_flow_per_container type=bool default=false 0.23.0.. src/slave/flags.cpp
      flag slave enforce_container_disk_quota type=bool default=false 0.22.0..0.22.2 src/slave/flags.hpp
      flag slave enforce_container_disk_quota type=bool default=false 0.23.0.. src/slave/flags.cpp
      flag slave enforce_container_ports type=bool default=false 1.7.0.. src/slave/flags.cpp
      flag slave ephemeral_ports_per_container type=number default=1024 resolved=DEFAULT_EPHEMERAL_PORTS_PER_CONTAINER 0.20.0..0.22.2 src/slave/flags.hpp
      flag slave ephemeral_ports_per_container type=number default=1024 resolved=DEFAULT_EPHEMERAL_PORTS_PER_CONTAINER 0.23.0.. src/slave/flags.cpp
      flag slave eth0_name type=string optional 0.20.0..0.22.2 src/slave/flags.hpp
      flag slave eth0_name type=string optional 0.23.0.. src/slave/flags.cpp
      flag slave executor_environment_variables type=json optional 0.23.0.. src/slave/flags.cpp
      flag slave executor_registration_timeout type=duration default=1mins resolved=EXECUTOR_REGISTRATION_TIMEOUT 0.13.0..0.22.2 src/slave/flags.hpp
      flag slave executor_registration_timeout type=duration default=1mins resolved=EXECUTOR_REGISTRATION_TIMEOUT 0.23.0.. src/slave/flags.cpp
      flag slave executor_reregistration_retry_interval type=duration optional 1.1.3..1.1.3 src/slave/flags.cpp
      flag slave executor_reregistration_retry_interval type=duration optional 1.2.2..1.2.3 src/slave/flags.cpp
      flag slave executor_reregistration_retry_interval type=duration optional 1.3.1.. src/slave/flags.cpp
      flag slave executor_reregistration_timeout type=duration default=2secs resolved=EXECUTOR_REREGISTRATION_TIMEOUT 1.1.3..1.1.3 src/slave/flags.cpp
      flag slave executor_reregistration_timeout type=duration default=2secs resolved=EXECUTOR_REREGISTRATION_TIMEOUT 1.2.2..1.2.3 src/slave/flags.cpp
      flag slave executor_reregistration_timeout type=duration default=2secs resolved=EXECUTOR_REREGISTRATION_TIMEOUT 1.3.1.. src/slave/flags.cpp
      flag slave executor_secret_key type=path optional 1.3.0..1.4.3 src/slave/flags.cpp
      flag slave executor_shutdown_grace_period type=duration default=5secs resolved=EXECUTOR_SHUTDOWN_GRACE_PERIOD 0.11.0..0.22.2 src/slave/flags.hpp
      flag slave executor_shutdown_grace_period type=duration default=5secs resolved=EXECUTOR_SHUTDOWN_GRACE_PERIOD 0.23.0..0.28.3 src/slave/flags.cpp
      flag slave executor_shutdown_grace_period type=duration default=5secs resolved=DEFAULT_EXECUTOR_SHUTDOWN_GRACE_PERIOD 1.0.0.. src/slave/flags.cpp
      flag slave executor_shutdown_timeout_seconds type=number default=5.0 resolved=EXECUTOR_SHUTDOWN_TIMEOUT_SECONDS 0.10.0..0.10.0 src/slave/flags.hpp
      flag slave external_log_file type=string optional 0.22.0..0.22.2 src/logging/flags.hpp
      flag slave external_log_file type=string optional 0.23.0.. src/logging/flags.cpp
      flag slave fetcher_cache_dir type=string default=/tmp/mesos/fetch 0.23.0..0.28.3 src/slave/flags.cpp
      flag slave fetcher_cache_dir type=string default-expr="path::join(os::temp(),""mesos"",""fetch"")" 1.0.0.. src/slave/flags.cpp
      flag slave fetcher_cache_size type=bytes default=2GB resolved=DEFAULT_FETCHER_CACHE_SIZE 0.23.0.. src/slave/flags.cpp
      flag slave fetcher_stall_timeout type=duration default=1mins resolved=DEFAULT_FETCHER_STALL_TIMEOUT 1.4.3..1.4.3 src/slave/flags.cpp
      flag slave fetcher_stall_timeout type=duration default=1mins resolved=DEFAULT_FETCHER_STALL_TIMEOUT 1.5.2.. src/slave/flags.cpp
      flag slave firewall_rules type=json optional 0.23.0.. src/slave/flags.cpp
      flag slave frameworks_home type=string default="" 0.10.0..0.22.2 src/slave/flags.hpp
      flag slave frameworks_home type=string default="" 0.23.0.. src/slave/flags.cpp
      flag slave gc_delay type=duration default=1weeks resolved=GC_DELAY 0.11.0..0.22.2 src/slave/flags.hpp
      flag slave gc_delay type=duration default=1weeks resolved=GC_DELAY 0.23.0.. src/slave/flags.cpp
      flag slave gc_disk_headroom type=number default=0.1 resolved=GC_DISK_HEADROOM 0.22.0..0.22.2 src/slave/flags.hpp
      flag slave gc_disk_headroom type=number default=0.1 resolved=GC_DISK_HEADROOM 0.23.0.. src/slave/flags.cpp
      flag slave gc_non_executor_container_sandboxes type=bool default=false 1.7.0.. src/slave/flags.cpp
      flag slave gc_timeout_hours type=number default-expr=GC_TIMEOUT_HOURS 0.10.0..0.10.0 src/slave/flags.hpp
      flag slave hadoop_home type=string default="" 0.10.0..0.22.2 src/slave/flags.hpp
      flag slave hadoop_home type=string default="" 0.23.0..1.6.2 src/slave/flags.cpp
      flag slave hadoop_home type=string optional 1.7.0.. src/slave/flags.cpp
      flag slave help type=bool default=false 0.10.0..0.22.2 src/slave/main.cpp
      flag slave help type=bool default=false 0.23.0..0.28.3 3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp
      flag slave help type=bool default=false 1.0.0.. 3rdparty/stout/include/stout/flags/flags.hpp
      flag slave hooks type=string optional 0.22.0..0.22.2 src/slave/flags.hpp
      flag slave hooks type=string optional 0.23.0.. src/slave/flags.cpp
      flag slave host_path_volume_force_creation type=string optional 1.8.0.. src/slave/flags.cpp
      flag slave hostname type=string optional 0.15.0..0.22.2 src/slave/flags.hpp
      flag slave hostname type=string optional 0.23.0.. src/slave/flags.cpp
      flag slave hostname_lookup type=bool default=true 0.25.0.. src/slave/flags.cpp
      flag slave http_authenticators type=string default-expr=DEFAULT_HTTP_AUTHENTICATOR 1.0.0..1.2.3 src/slave/flags.cpp
      flag slave http_authenticators type=string optional 1.3.0.. src/slave/flags.cpp
      flag slave http_command_executor type=bool default=false 1.0.0.. src/slave/flags.cpp
      flag slave http_credentials type=path optional 1.0.0.. src/slave/flags.cpp
      flag slave http_executor_domain_sockets type=bool default=false 1.10.0.. src/slave/flags.cpp
      flag slave http_heartbeat_interval type=duration default=30secs resolved=Seconds(30) 1.2.0.. src/slave/flags.cpp
      flag slave image_gc_config type=json optional 1.5.0.. src/slave/flags.cpp
      flag slave image_providers type=string optional 0.25.0.. src/slave/flags.cpp
      flag slave image_provisioner_backend type=string default=copy 0.25.0..1.1.0 src/slave/flags.cpp
      flag slave image_provisioner_backend type=string default=copy resolved=COPY_BACKEND 1.1.1..1.1.3 src/slave/flags.cpp
      flag slave image_provisioner_backend type=string optional 1.2.0.. src/slave/flags.cpp
      flag slave initialize_driver_logging type=bool default=true 0.20.0..0.22.2 src/logging/flags.hpp
      flag slave initialize_driver_logging type=bool default=true 0.23.0.. src/logging/flags.cpp
      flag slave ip type=string optional 0.10.0..1.2.0 src/slave/main.cpp
      flag slave ip type=string optional 1.2.1.. src/slave/flags.cpp
      flag slave ip6 type=string optional 1.4.0.. src/slave/flags.cpp
      flag slave ip6_discovery_command type=string optional 1.4.0.. src/slave/flags.cpp
      flag slave ip_discovery_command type=string optional 0.24.0..1.2.0 src/slave/main.cpp
      flag slave ip_discovery_command type=string optional 1.2.1.. src/slave/flags.cpp
      flag slave isolation type=string default=process 0.10.0..0.17.0 src/slave/main.cpp
      flag slave isolation type=string default=posix/cpu,posix/mem 0.18.0..0.22.2 src/slave/flags.hpp
      flag slave isolation type=string default=posix/cpu,posix/mem 0.23.0.. src/slave/flags.cpp
      flag slave jwt_secret_key type=path optional alias=executor_secret_key 1.5.0.. src/slave/flags.cpp
      flag slave launcher type=string optional 0.25.0..1.0.4 src/slave/flags.cpp
      flag slave launcher type=string default-expr="LinuxLauncher::available()?""linux"":""posix""\" 1.1.0.. src/slave/flags.cpp
      flag slave launcher_dir type=string default-expr=MESOS_LIBEXECDIR 0.10.0..0.12.0 src/slave/flags.hpp
      flag slave launcher_dir type=string default-expr=PKGLIBEXECDIR 0.12.1..0.22.2 src/slave/flags.hpp
      flag slave launcher_dir type=string default-expr=PKGLIBEXECDIR 0.23.0.. src/slave/flags.cpp
      flag slave lo_name type=string optional 0.20.0..0.22.2 src/slave/flags.hpp
      flag slave lo_name type=string optional 0.23.0.. src/slave/flags.cpp
      flag slave log_dir type=string optional 0.10.0..0.22.2 src/logging/flags.hpp
      flag slave log_dir type=string optional 0.23.0.. src/logging/flags.cpp
      flag slave logbufsecs type=number default=0 0.10.0..0.22.2 src/logging/flags.hpp
      flag slave logbufsecs type=number default=0 0.23.0.. src/logging/flags.cpp
      flag slave logging_level type=string default=INFO 0.19.0..0.22.2 src/logging/flags.hpp
      flag slave logging_level type=string default=INFO 0.23.0.. src/logging/flags.cpp
      flag slave master type=string optional 0.10.0..1.2.0 src/slave/main.cpp
      flag slave master type=string optional 1.2.1.. src/slave/flags.cpp
      flag slave master_detector type=string optional 1.0.0.. src/slave/flags.cpp
      flag slave max_completed_executors_per_framework type=number default=150 resolved=DEFAULT_MAX_COMPLETED_EXECUTORS_PER_FRAMEWORK 1.1.0.. src/slave/flags.cpp
      flag slave memory_profiling type=bool default=false 1.6.0.. src/slave/flags.cpp
      flag slave modules type=json optional 0.21.0..0.22.2 src/slave/flags.hpp
      flag slave modules type=json optional 0.23.0.. src/slave/flags.cpp
      flag slave modules_dir type=string optional 1.0.0.. src/slave/flags.cpp
      flag slave network_cni_config_dir type=string optional 1.0.0.. src/slave/flags.cpp
      flag slave network_cni_metrics type=bool default=true 1.7.0.. src/slave/flags.cpp
      flag slave network_cni_plugins_dir type=string optional 1.0.0.. src/slave/flags.cpp
      flag slave network_cni_root_dir_persist type=bool default=false 1.4.3..1.4.3 src/slave/flags.cpp
      flag slave network_cni_root_dir_persist type=bool default=false 1.5.2..1.5.3 src/slave/flags.cpp
      flag slave network_cni_root_dir_persist type=bool default=false 1.6.2..1.6.2 src/slave/flags.cpp
      flag slave network_cni_root_dir_persist type=bool default=false 1.7.1.. src/slave/flags.cpp
      flag slave network_enable_snmp_statistics type=bool default=false 0.28.0.. src/slave/flags.cpp
      flag slave network_enable_socket_statistics type=bool default=false 0.21.1..0.21.2 src/slave/flags.hpp
      flag slave network_enable_socket_statistics_details type=bool default=false 0.22.0..0.22.2 src/slave/flags.hpp
      flag slave network_enable_socket_statistics_details type=bool default=false 0.23.0.. src/slave/flags.cpp
      flag slave network_enable_socket_statistics_summary type=bool default=false 0.22.0..0.22.2 src/slave/flags.hpp
      flag slave network_enable_socket_statistics_summary type=bool default=false 0.23.0.. src/slave/flags.cpp
      flag slave nvidia_gpu_devices type=string optional 1.0.0.. src/slave/flags.cpp
      flag slave oversubscribed_resources_interval type=duration default=15secs resolved=Seconds(15) 0.23.0.. src/slave/flags.cpp
      flag slave perf_duration type=duration default=10secs resolved=Seconds(10) 0.20.0..0.22.2 src/slave/flags.hpp
      flag slave perf_duration type=duration default=10secs resolved=Seconds(10) 0.23.0.. src/slave/flags.cpp
      flag slave perf_events type=string optional 0.20.0..0.22.2 src/slave/flags.hpp
      flag slave perf_events type=string optional 0.23.0.. src/slave/flags.cpp
      flag slave perf_interval type=duration default=1mins resolved=Seconds(60) 0.20.0..0.22.2 src/slave/flags.hpp
      flag slave perf_interval type=duration default=1mins resolved=Seconds(60) 0.23.0.. src/slave/flags.cpp
      flag slave port type=number optional 0.10.0..0.12.1 src/slave/main.cpp
      flag slave port type=number default-expr=SlaveInfo().port() 0.13.0..1.2.0 src/slave/main.cpp
      flag slave port type=number default-expr=SlaveInfo().port() 1.2.1.. src/slave/flags.cpp
      flag slave provisioners type=string optional 0.24.0..0.24.2 src/slave/flags.cpp
      flag slave qos_controller type=string optional 0.23.0.. src/slave/flags.cpp
      flag slave qos_correction_interval_min type=duration default=0ns resolved=Seconds(0) 0.23.0.. src/slave/flags.cpp
      flag slave quiet type=bool default=false 0.10.0..0.22.2 src/logging/flags.hpp
      flag slave quiet type=bool default=false 0.23.0.. src/logging/flags.cpp
      flag slave reconfiguration_policy type=string default=equal 1.5.0.. src/slave/flags.cpp
      flag slave recover type=string default=reconnect 0.13.0..0.22.2 src/slave/flags.hpp
      flag slave recover type=string default=reconnect 0.23.0.. src/slave/flags.cpp
      flag slave recovery_timeout type=duration default=15mins resolved=RECOVERY_TIMEOUT 0.14.0..0.22.2 src/slave/flags.hpp
      flag slave recovery_timeout type=duration default=15mins resolved=RECOVERY_TIMEOUT 0.23.0.. src/slave/flags.cpp
      flag slave registration_backoff_factor type=duration default=1secs resolved=REGISTRATION_BACKOFF_FACTOR 0.19.0..0.22.2 src/slave/flags.hpp
      flag slave registration_backoff_factor type=duration default=1secs resolved=REGISTRATION_BACKOFF_FACTOR 0.23.0..0.25.1 src/slave/flags.cpp
      flag slave registration_backoff_factor type=duration default=1secs resolved=DEFAULT_REGISTRATION_BACKOFF_FACTOR 0.26.0.. src/slave/flags.cpp
      flag slave resource_estimator type=string optional 0.23.0.. src/slave/flags.cpp
      flag slave resource_monitoring_interval type=duration default=5secs resolved=RESOURCE_MONITORING_INTERVAL 0.12.0..0.13.0 src/slave/flags.hpp
      """;

  private static final String PART_2 =
      """
      flag slave resource_monitoring_interval type=duration default=1secs resolved=RESOURCE_MONITORING_INTERVAL 0.14.0..0.22.2 src/slave/flags.hpp
      flag slave resource_monitoring_interval type=duration default=1secs resolved=RESOURCE_MONITORING_INTERVAL 0.23.0..0.25.1 src/slave/flags.cpp
      flag slave resource_provider_config_dir type=string optional 1.4.0.. src/slave/flags.cpp
      flag slave resources type=string optional 0.10.0..0.22.2 src/slave/flags.hpp
      flag slave resources type=string optional 0.23.0.. src/slave/flags.cpp
      flag slave revocable_cpu_low_priority type=bool default=true 0.23.0.. src/slave/flags.cpp
      flag slave runtime_dir type=string default-expr=[]()->string{...}() 1.1.0.. src/slave/flags.cpp
      flag slave sandbox_directory type=string default=/mnt/mesos/sandbox 0.24.0.. src/slave/flags.cpp
      flag slave seccomp_config_dir type=string optional 1.8.0.. src/slave/flags.cpp
      flag slave seccomp_profile_name type=string optional 1.8.0.. src/slave/flags.cpp
      flag slave secret_resolver type=string optional 1.4.0.. src/slave/flags.cpp
      flag slave slave_subsystems type=string optional 0.19.0..0.22.2 src/slave/flags.hpp
      flag slave slave_subsystems type=string optional 0.23.0..0.28.3 src/slave/flags.cpp
      flag slave strict type=bool default=false 0.13.0..0.13.0 src/slave/flags.hpp
      flag slave strict type=bool default=true 0.14.0..0.22.2 src/slave/flags.hpp
      flag slave strict type=bool default=true 0.23.0.. src/slave/flags.cpp
      flag slave switch_user type=bool default=true 0.10.0..0.22.2 src/slave/flags.hpp
      flag slave switch_user type=bool default=true 0.23.0.. src/slave/flags.cpp
      flag slave systemd_enable_support type=bool default=true 0.27.1.. src/slave/flags.cpp
      flag slave systemd_runtime_directory type=string default=/run/systemd/system 0.25.0.. src/slave/flags.cpp
      flag slave version type=bool default=false 0.19.0..0.22.2 src/slave/flags.hpp
      flag slave version type=bool default=false 0.23.0.. src/slave/flags.cpp
      flag slave volume_gid_range type=string optional 1.8.0.. src/slave/flags.cpp
      flag slave webui_dir type=string default-expr=MESOS_WEBUI_DIR 0.10.0..0.12.0 src/slave/flags.hpp
      flag slave webui_port type=number default=8081 0.10.0..0.10.0 src/slave/flags.hpp
      flag slave work_dir type=string default=/tmp/mesos 0.10.0..0.22.2 src/slave/flags.hpp
      flag slave work_dir type=string default=/tmp/mesos 0.23.0..0.28.3 src/slave/flags.cpp
      flag slave work_dir type=string required 1.0.0.. src/slave/flags.cpp
      flag slave xfs_kill_containers type=bool default=false 1.6.0.. src/slave/flags.cpp
      flag slave xfs_project_range type=string default=[5000-10000] 1.0.0.. src/slave/flags.cpp
      flag slave zk_session_timeout type=duration default=10secs resolved=Seconds(10) 1.5.0.. src/slave/flags.cpp
      """;
}
