package io.github.mesosupgrade.cluster;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON Mesos serves, with the fields and nesting the sources write at each release (values
 * trimmed to a few flags and no tasks or resources beyond a sample):
 *
 * <ul>
 *   <li>0.23.0: master {@code /master/state.json} from {@code Master::Http::state} and {@code
 *       model(const Slave&)} in src/master/http.cpp (no agent {@code version}; a standby serves its
 *       own state with {@code leader} naming the leader's pid); agent {@code /slave(1)/state.json}
 *       from {@code Slave::Http::state} in src/slave/http.cpp ({@code version}, {@code flags}); no
 *       {@code /flags} route (route(...) calls in src/master/master.cpp and src/slave/slave.cpp).
 *   <li>1.4.0 and 1.5.0: master {@code /master/state} from {@code Master::Http::state} and {@code
 *       SlaveWriter} in src/master/http.cpp (agent {@code version}, {@code recovered_slaves}, 1.5
 *       adds master {@code capabilities}); a standby answers {@code 307} with {@code Location:
 *       //host:port/master/state} ({@code Master::Http::redirect}); {@code /master/flags}, {@code
 *       /slave(1)/flags} ({@code Http::_flags} in src/slave/http.cpp) and {@code /version}
 *       (src/version/version.cpp, {@code version()} in src/version/version.hpp).
 *   <li>1.11.0: master {@code /master/state} from {@code ReadOnlyHandler::state} and {@code
 *       SlaveWriter} in src/master/readonly_handler.cpp; {@code /master/state.json} is gone
 *       (1.8.0).
 *   <li>0.11.0: {@code /master/state.json} from {@code http::json::state} in src/master/http.cpp,
 *       with neither {@code version} nor {@code flags}.
 * </ul>
 */
final class MesosAnswers {
  private MesosAnswers() {}

  static String flagsObject(Map<String, String> flags) {
    return flags.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(flag -> "\"" + flag.getKey() + "\":\"" + flag.getValue() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** {@code /master/flags} or {@code /slave(1)/flags}, 0.26.0 on. */
  static String flags(Map<String, String> flags) {
    return "{\"flags\":" + flagsObject(flags) + "}";
  }

  /** {@code /version}, 0.26.0 on. */
  static String version(String version) {
    return """
        {"build_date":"2017-11-23 10:03:12","build_time":1511431392.0,\
        "build_user":"root","git_sha":"1f93fcb","git_tag":"%s","version":"%s"}"""
        .formatted(version, version);
  }

  /** An agent in a 0.23.0 master's {@code slaves}: {@code model(const Slave&)}. */
  static String slave023(String id, String pid, String hostname) {
    return """
        {"active":true,"attributes":{},"hostname":"%s","id":"%s",\
        "offered_resources":{"cpus":0,"disk":0,"mem":0},"pid":"%s",\
        "registered_time":1438000000.5,"reserved_resources":{},\
        "resources":{"cpus":4,"disk":34068,"mem":15023,"ports":"[31000-32000]"},\
        "unreserved_resources":{"cpus":4,"disk":34068,"mem":15023,"ports":"[31000-32000]"},\
        "used_resources":{"cpus":0,"disk":0,"mem":0}}"""
        .formatted(hostname, id, pid);
  }

  /** A 0.23.0 master's {@code /master/state.json}. */
  static String master023(
      String pid, String leader, Map<String, String> flags, List<String> slaves) {
    return """
        {"activated_slaves":%d,"build_date":"2015-07-24 10:04:52","build_time":1437732292,\
        "build_user":"root","completed_frameworks":[],"deactivated_slaves":0,\
        "elected_time":1438000000.1,"flags":%s,"frameworks":[],"git_sha":"5f6f4a5",\
        "git_tag":"0.23.0","hostname":"127.0.0.1","id":"20150727-000000-16777343-5050-1",\
        "leader":"%s","orphan_tasks":[],"pid":"%s","slaves":[%s],"start_time":1437999999.9,\
        "unregistered_frameworks":[],"version":"0.23.0"}"""
        .formatted(slaves.size(), flagsObject(flags), leader, pid, String.join(",", slaves));
  }

  /** A 0.23.0 agent's {@code /slave(1)/state.json}. */
  static String agent023(String id, String pid, Map<String, String> flags) {
    return """
        {"attributes":{},"build_date":"2015-07-24 10:04:52","build_time":1437732292,\
        "build_user":"root","completed_frameworks":[],"flags":%s,"frameworks":[],\
        "git_sha":"5f6f4a5","git_tag":"0.23.0","hostname":"127.0.0.1","id":"%s",\
        "log_dir":"/var/log/mesos","master_hostname":"127.0.0.1","pid":"%s",\
        "resources":{"cpus":4,"disk":34068,"mem":15023,"ports":"[31000-32000]"},\
        "start_time":1437999000.2,"version":"0.23.0"}"""
        .formatted(flagsObject(flags), id, pid);
  }

  /** An agent in a 1.4 to 1.11 master's {@code slaves}: {@code SlaveWriter}. */
  static String slave1x(String id, String pid, String hostname, String version) {
    return """
        {"active":true,"attributes":{},"capabilities":["MULTI_ROLE","HIERARCHICAL_ROLE"],\
        "deactivated":false,"hostname":"%s","id":"%s","offered_resources":{"cpus":0.0},\
        "pid":"%s","port":5051,"registered_time":1511500000.5,\
        "reserved_resources":{},"reserved_resources_full":{},\
        "resources":{"cpus":4.0,"disk":34068.0,"gpus":0.0,"mem":15023.0,"ports":"[31000-32000]"},\
        "unreserved_resources":{"cpus":4.0,"disk":34068.0,"mem":15023.0},\
        "used_resources":{"cpus":0.0},"version":"%s"}"""
        .formatted(hostname, id, pid, version);
  }

  /** A recovered agent in a 1.x master's {@code recovered_slaves}: {@code json(SlaveInfo)}. */
  static String recovered(String id, String hostname) {
    return """
        {"attributes":{},"hostname":"%s","id":"%s","port":5051,\
        "resources":{"cpus":4.0,"mem":15023.0}}"""
        .formatted(hostname, id);
  }

  /** A 1.4.0 to 1.11.0 master's {@code /master/state}. */
  static String master1x(
      String version,
      String pid,
      Map<String, String> flags,
      List<String> slaves,
      List<String> recovered) {
    return """
        {"activated_slaves":%d,"build_date":"2017-11-23 10:03:12","build_time":1511431392.0,\
        "build_user":"root","capabilities":[{"type":"AGENT_UPDATE"}],\
        "completed_frameworks":[],"deactivated_slaves":0,"elected_time":1511500000.1,\
        "flags":%s,"frameworks":[],"git_sha":"1f93fcb","git_tag":"%s",\
        "hostname":"127.0.0.1","id":"a1b2c3d4-0000-4000-8000-000000000001",\
        "leader":"%s","leader_info":{"hostname":"127.0.0.1","id":"a1b2","ip":16777343,\
        "pid":"%s","port":5050,"version":"%s"},"orphan_tasks":[],"pid":"%s",\
        "recovered_slaves":[%s],"slaves":[%s],"start_time":1511499999.9,\
        "unreachable_slaves":0,"unregistered_frameworks":[],"version":"%s"}"""
        .formatted(
            slaves.size(),
            flagsObject(flags),
            version,
            pid,
            pid,
            version,
            pid,
            String.join(",", recovered),
            String.join(",", slaves),
            version);
  }

  /** A 0.11.0 master's {@code /master/state.json}: no version, no flags. */
  static String master011(String pid, List<String> slaves) {
    return """
        {"activated_slaves":%d,"build_date":"2013-02-12","build_time":1360680000,\
        "build_user":"root","completed_frameworks":[],"connected_slaves":%d,\
        "failed_tasks":0,"finished_tasks":0,"frameworks":[],"id":"201302120000-16777343-5050-1",\
        "killed_tasks":0,"leader":"%s","lost_tasks":0,"pid":"%s","slaves":[%s],\
        "staged_tasks":0,"start_time":1360680000.5,"started_tasks":0}"""
        .formatted(slaves.size(), slaves.size(), pid, pid, String.join(",", slaves));
  }
}
