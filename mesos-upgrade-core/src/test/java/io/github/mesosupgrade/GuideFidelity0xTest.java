package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bullet of the upgrade guide's sections from "Upgrading from 0.15.0 to 0.16.0" to "Upgrading
 * from 0.28.x to 1.0.x", and every entry of the curated release notes of 0.16.0 to 1.0.0 at the top
 * of the Mesos CHANGELOG, maps to a step or a note of the plan 0.15.0 -> 1.0.0 citing it, or to a
 * written reason why it needs none.
 *
 * <p>The test resources {@code guide-0x/upgrades-TAG.md} and {@code guide-0x/CHANGELOG-TAG.txt} are
 * copied verbatim from {@code docs/upgrades.md} and {@code CHANGELOG} at each release tag: the
 * section that upgrades to the release, and the release's notes down to its first JIRA list ("**
 * Bug", "** Sub-task", ...) or "All Issues:". The 0.26.0 and 0.27.0 sections have no list of
 * upgrade steps at their tags; their hops' default steps cite the section as a whole.
 */
class GuideFidelity0xTest {
  private static final UpgradePlan PLAN = UpgradePlanner.plan("0.15.0", "1.0.0");

  /** The hop that upgrades to each release, by the step id prefix. */
  private static final Map<String, String> HOPS = new LinkedHashMap<>();

  /** Where each guide bullet went, by "TAG #N": its first words, then its targets. */
  private static final Map<String, List<String>> GUIDE = new LinkedHashMap<>();

  /** Where each release-notes entry went, by "TAG #N": its first words, then its targets. */
  private static final Map<String, List<String>> CHANGES = new LinkedHashMap<>();

  static {
    String[] lines = {
      "0.15", "0.16", "0.17", "0.18", "0.19", "0.20", "0.21", "0.22", "0.23", "0.24", "0.25",
      "0.26", "0.27", "0.28", "1.0"
    };
    for (int i = 1; i < lines.length; i++) {
      HOPS.put(lines[i] + ".0", lines[i - 1] + "-" + lines[i]);
    }
    String t;
    t = "0.16.0";
    guide(
        t,
        1,
        "Install the new master binaries and restart",
        "step 0.15-0.16/install-masters",
        "step 0.15-0.16/restart-masters");
    guide(t, 2, "Upgrade the schedulers by linking the latest", "step 0.15-0.16/relink-schedulers");
    guide(t, 3, "Restart the schedulers.", "step 0.15-0.16/restart-schedulers");
    guide(
        t,
        4,
        "Install the new slave binaries and restart",
        "step 0.15-0.16/install-slaves",
        "step 0.15-0.16/restart-slaves");
    guide(t, 5, "Upgrade the executors by linking the latest", "step 0.15-0.16/relink-executors");
    changelog(
        t, 1, "The primary feature of this release is major", "note 0.15-0.16/restart-masters");
    t = "0.17.0";
    guide(
        t,
        1,
        "Install the new master binaries and restart",
        "step 0.16-0.17/install-masters",
        "step 0.16-0.17/restart-masters");
    guide(t, 2, "Upgrade the schedulers by linking the latest", "step 0.16-0.17/relink-schedulers");
    guide(t, 3, "Restart the schedulers.", "step 0.16-0.17/restart-schedulers");
    guide(
        t,
        4,
        "Install the new slave binaries and restart",
        "step 0.16-0.17/install-slaves",
        "step 0.16-0.17/restart-slaves");
    guide(t, 5, "Upgrade the executors by linking the latest", "step 0.16-0.17/relink-executors");
    changelog(
        t,
        1,
        "The primary feature of this release is to",
        "none: makes the replicated log recover lost data by itself; no flag or step changes (src/master/flags.hpp at 0.17.0)");
    changelog(
        t,
        2,
        "If less than quorum of disks fail, the replicated",
        "none: details of the replicated log recovery above; nothing to do");
    t = "0.18.0";
    guide(t, 1, "Note: This upgrade requires a system reboot", "note 0.17-0.18/install-slaves");
    guide(
        t,
        2,
        "Install the new master binaries and restart",
        "step 0.17-0.18/install-masters",
        "step 0.17-0.18/restart-masters");
    guide(t, 3, "Upgrade the schedulers by linking the latest", "step 0.17-0.18/relink-schedulers");
    guide(t, 4, "Restart the schedulers.", "step 0.17-0.18/restart-schedulers");
    guide(t, 5, "Install the new slave binaries then perform", "step 0.17-0.18/install-slaves");
    guide(
        t,
        6,
        "[no cgroups]",
        "none: labels the branch for slaves without cgroups isolation; its one bullet (#7) follows");
    guide(
        t,
        7,
        "Restart the slaves. The \"--isolation\" flag",
        "step 0.17-0.18/restart-slaves",
        "note 0.17-0.18/restart-slaves");
    guide(
        t,
        8,
        "[cgroups]",
        "none: labels the branch for slaves with cgroups isolation; its bullets (#9 to #14) follow");
    guide(
        t,
        9,
        "Change from a single mountpoint for all controllers",
        "step 0.17-0.18/remount-cgroups-and-reboot-slaves",
        "note 0.17-0.18/remount-cgroups-and-reboot-slaves");
    guide(
        t,
        10,
        "The suggested configuration is to mount a",
        "note 0.17-0.18/remount-cgroups-and-reboot-slaves");
    guide(
        t,
        11,
        "It has been observed that unmounting and",
        "note 0.17-0.18/remount-cgroups-and-reboot-slaves");
    guide(t, 12, "The \"--cgroups_hierarchy\" now defaults to", "note 0.17-0.18/restart-slaves");
    guide(
        t,
        13,
        "The \"--isolation\" flag has changed and \"cgroups\"",
        "note 0.17-0.18/restart-slaves");
    guide(t, 14, "The \"--cgroup_subsystems\" flag is no longer", "note 0.17-0.18/restart-slaves");
    guide(t, 15, "Upgrade the executors by linking the latest", "step 0.17-0.18/relink-executors");
    changelog(t, 1, "The primary feature of this release is a", "note 0.17-0.18/restart-slaves");
    t = "0.19.0";
    guide(t, 1, "NOTE: There are new required flags on the", "note 0.18-0.19/restart-masters");
    guide(t, 2, "NOTE: No required upgrade ordering across", "hop-note");
    guide(
        t,
        3,
        "Install the new master binaries and restart",
        "step 0.18-0.19/install-masters",
        "step 0.18-0.19/restart-masters");
    guide(
        t,
        4,
        "Install the new slave binaries and restart",
        "step 0.18-0.19/install-slaves",
        "step 0.18-0.19/restart-slaves");
    guide(t, 5, "Upgrade the schedulers by linking the latest", "step 0.18-0.19/relink-schedulers");
    guide(t, 6, "Restart the schedulers.", "step 0.18-0.19/restart-schedulers");
    guide(t, 7, "Upgrade the executors by linking the latest", "step 0.18-0.19/relink-executors");
    changelog(t, 1, "The primary feature of this release is the", "note 0.18-0.19/restart-masters");
    changelog(
        t, 2, "This feature is currently used in a write-only", "note 0.18-0.19/restart-masters");
    changelog(t, 3, "Operators must now specify the 'work_dir'", "note 0.18-0.19/restart-masters");
    changelog(t, 4, "This means adding or removing masters must", "note 0.18-0.19/restart-masters");
    changelog(
        t,
        5,
        "Authenication support has been added for",
        "none: slave authentication is opt-in (slave --credential, master --authenticate_slaves, src/master/flags.hpp at 0.19.0); nothing changes until it is turned on");
    changelog(
        t,
        6,
        "Metrics reporting has been overhauled and",
        "none: a new endpoint, /metrics/snapshot; nothing to change (0.22.0 deprecates /stats.json in its favour)");
    changelog(
        t,
        7,
        "Support for external containerization strategies",
        "none: an alpha, opt-in containerizer (slave --isolation=external with --containerizer_path, src/slave/flags.hpp at 0.19.0); nothing to change");
    changelog(
        t,
        8,
        "There are also several bug fixes and stability",
        "none: bug fixes and stability improvements; no action");
    t = "0.20.0";
    guide(t, 1, "**NOTE**: The Mesos API has been changed", "note 0.19-0.20/relink-schedulers");
    guide(
        t,
        2,
        "**NOTE**: The Python bindings are also changing",
        "note 0.19-0.20/update-python-imports-in-schedulers");
    guide(
        t,
        3,
        "`import mesos.native` for the native drivers",
        "note 0.19-0.20/update-python-imports-in-schedulers");
    guide(
        t,
        4,
        "`import mesos.interface` for the stub implementations",
        "note 0.19-0.20/update-python-imports-in-schedulers");
    guide(
        t,
        5,
        "To ensure a smooth upgrade, we recommend",
        "step 0.19-0.20/update-python-imports-in-schedulers",
        "step 0.19-0.20/update-python-imports-in-executors",
        "note 0.19-0.20/update-python-imports-in-executors");
    guide(
        t,
        6,
        "**NOTE**: If you're using a pure language",
        "step 0.19-0.20/acknowledge-through-master-in-schedulers");
    guide(
        t,
        7,
        "Install the new master binaries and restart",
        "step 0.19-0.20/install-masters",
        "step 0.19-0.20/restart-masters");
    guide(
        t,
        8,
        "Install the new slave binaries and restart",
        "step 0.19-0.20/install-slaves",
        "step 0.19-0.20/restart-slaves");
    guide(t, 9, "Upgrade the schedulers by linking the latest", "step 0.19-0.20/relink-schedulers");
    guide(t, 10, "Restart the schedulers.", "step 0.19-0.20/restart-schedulers");
    guide(t, 11, "Upgrade the executors by linking the latest", "step 0.19-0.20/relink-executors");
    changelog(
        t,
        1,
        "Docker support in Mesos:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        2,
        "Users now can launch executors/tasks within",
        "none: the Docker containerizer is opt-in (slave --containerizers=docker,mesos); nothing to change");
    changelog(
        t,
        3,
        "Mesos now supports running multiple containerizers",
        "none: part of the opt-in Docker support above");
    changelog(
        t,
        4,
        "Container level network monitoring for mesos",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        5,
        "Network statistics for each active container",
        "none: new statistics in an existing endpoint; nothing to change");
    changelog(
        t,
        6,
        "Completely transparent to the tasks running",
        "none: says that the network monitoring needs no change");
    changelog(
        t,
        7,
        "Framework authorization:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        8,
        "Allows frameworks to (re-)register with authorized",
        "none: framework authorization is opt-in (master --acls); without ACLs nothing changes");
    changelog(
        t,
        9,
        "Allows frameworks to launch tasks/executors",
        "none: part of the opt-in --acls above");
    changelog(
        t,
        10,
        "Allows authorized principals to shutdown",
        "none: part of the opt-in --acls above; the endpoint is /shutdown, which 0.24.0 removes (see the 0.23 -> 0.24 notes)");
    changelog(
        t,
        11,
        "Framework rate limiting:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        12,
        "In a multi-framework environment, this feature",
        "none: framework rate limiting is opt-in (master --rate_limits); nothing to change");
    changelog(
        t,
        13,
        "Enable building against installed third-party",
        "none: a build option; nothing to change in a running cluster");
    changelog(
        t, 14, "API Changes:", "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        15,
        "[MESOS-857] - The Python API now uses different",
        "note 0.19-0.20/update-python-imports-in-schedulers");
    changelog(
        t,
        16,
        "[MESOS-1409] - Status update acknowledgements",
        "note 0.19-0.20/acknowledge-through-master-in-schedulers");
    changelog(
        t,
        17,
        "HTTP endpoint changes:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        18,
        "[MESOS-1188] - \"deactivated_slaves\" represents",
        "none: a new field, deactivated_slaves, in /stats.json and /state.json; readers that ignore unknown fields are not affected");
    changelog(
        t,
        19,
        "[MESOS-1390] - \"/shutdown\" authenticated",
        "none: a new endpoint; it needs no step (it is removed again in 0.24.0, see the 0.23 -> 0.24 notes)");
    changelog(
        t, 20, "Deprecations:", "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        21,
        "[MESOS-1219] - Master should disallow completed",
        "none: the 0.20.0 master does not refuse such a re-registration: it only shuts the completed framework down on slaves that re-register with it (src/master/master.cpp at 0.20.0); nothing to do");
    changelog(
        t,
        22,
        "[MESOS-1695] - \"/stats.json\" on the slave",
        "none: 0.19 and 0.20 slaves both report registered in /stats.json as a string, \"1\" or \"0\" (src/slave/http.cpp at 0.19.0 and 0.20.0); nothing changes at this hop");
    t = "0.21.0";
    guide(t, 1, "**NOTE** Disabling slave checkpointing has", "note 0.20-0.21/restart-slaves");
    guide(
        t,
        2,
        "Install the new master binaries and restart",
        "step 0.20-0.21/install-masters",
        "step 0.20-0.21/restart-masters");
    guide(
        t,
        3,
        "Install the new slave binaries and restart",
        "step 0.20-0.21/install-slaves",
        "step 0.20-0.21/restart-slaves");
    guide(t, 4, "Upgrade the schedulers by linking the latest", "step 0.20-0.21/relink-schedulers");
    guide(t, 5, "Restart the schedulers.", "step 0.20-0.21/restart-schedulers");
    guide(t, 6, "Upgrade the executors by linking the latest", "step 0.20-0.21/relink-executors");
    changelog(
        t,
        1,
        "State reconciliation for frameworks:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        2,
        "Allows frameworks to reconcile the states",
        "none: the existing reconcileTasks driver call reconciles more reliably; nothing to change");
    changelog(
        t,
        3,
        "Support for Mesos modules",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        4,
        "Support for modules in master, slave and",
        "none: modules are opt-in (--modules); nothing to change");
    changelog(
        t,
        5,
        "Task status now includes source and reason:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        6,
        "[MESOS-343] - Expose TASK_FAILED reason to",
        "none: a new TaskStatus field; nothing to change");
    changelog(
        t,
        7,
        "[MESOS-1143] - Add a TASK_ERROR task status.",
        "none: a new TaskState, first sent by 0.22.0 masters (see the 0.21 -> 0.22 notes)");
    changelog(
        t,
        8,
        "A shared filesystem isolator:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        9,
        "Volumes can be mounted from the host into",
        "none: the shared filesystem isolator is opt-in (slave --isolation=filesystem/shared); nothing to change");
    changelog(
        t,
        10,
        "Parts of the shared filesystem can be made",
        "none: part of the opt-in isolator above");
    changelog(
        t,
        11,
        "A pid namespace isolator:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        12,
        "Processes inside a container will not have",
        "none: the pid namespace isolator is opt-in (slave --isolation=namespaces/pid); nothing to change");
    changelog(
        t,
        13,
        "Containers will be destroyed by terminating",
        "none: part of the opt-in isolator above");
    changelog(
        t, 14, "API Changes:", "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        15,
        "[MESOS-1461] - Add task reconciliation to",
        "none: a new Python driver call; nothing to change");
    changelog(
        t, 16, "Deprecations:", "none: a heading of the release notes for the entries below it");
    changelog(
        t, 17, "[MESOS-1807] - Disallow executors with cpu", "note 0.20-0.21/relink-schedulers");
    changelog(t, 18, "[MESOS-1986] - Disabling checkpointing is", "note 0.20-0.21/restart-slaves");
    changelog(
        t, 19, "Build changes:", "none: a heading of the release notes for the entries below it");
    changelog(t, 20, "[MESOS-1044] - Require C++11 compiler support.", "hop-note");
    t = "0.22.0";
    guide(t, 1, "**NOTE** Slave checkpoint flag has been removed", "note 0.21-0.22/restart-slaves");
    guide(t, 2, "**NOTE** The stats.json endpoints for masters", "note 0.21-0.22/restart-masters");
    guide(
        t,
        3,
        "**NOTE** The C++/Java/Python scheduler bindings",
        "note 0.21-0.22/relink-schedulers");
    guide(t, 4, "**NOTE**: The Authentication API has changed", "note 0.21-0.22/relink-schedulers");
    guide(t, 5, "**NOTE** All Mesos arguments can now be passed", "hop-note");
    guide(
        t,
        6,
        "Install the new master binaries and restart",
        "step 0.21-0.22/install-masters",
        "step 0.21-0.22/restart-masters");
    guide(
        t,
        7,
        "Install the new slave binaries and restart",
        "step 0.21-0.22/install-slaves",
        "step 0.21-0.22/restart-slaves");
    guide(t, 8, "Upgrade the schedulers:", "step 0.21-0.22/relink-schedulers");
    guide(t, 9, "For Java schedulers, link the new native", "note 0.21-0.22/relink-schedulers");
    guide(
        t,
        10,
        "For Python schedulers, upgrade to use a 0.22.0",
        "note 0.21-0.22/relink-schedulers");
    guide(t, 11, "Restart the schedulers.", "step 0.21-0.22/restart-schedulers");
    guide(t, 12, "Upgrade the executors by linking the latest", "step 0.21-0.22/relink-executors");
    changelog(
        t, 1, "Support for explicitly sending status updates", "note 0.21-0.22/relink-schedulers");
    changelog(
        t,
        2,
        "Rate limiting slave removal, to safeguard",
        "none: slave removal rate limiting is opt-in (master --slave_removal_rate_limit); nothing to change");
    changelog(
        t,
        3,
        "Disk quota isolation in Mesos containerizer;",
        "none: disk quota isolation is opt-in (slave --isolation=posix/disk); nothing to change");
    changelog(
        t,
        4,
        "Support for module hooks in task launch sequence.",
        "none: hooks are opt-in (--hooks); nothing to change");
    changelog(
        t,
        5,
        "Anonymous modules: a new kind of module that",
        "none: a new, opt-in kind of module; nothing to change");
    changelog(
        t,
        6,
        "New service discovery info in task info allows",
        "none: a new, optional TaskInfo field; nothing to change");
    changelog(
        t,
        7,
        "New '--external_log_file' flag to serve external",
        "none: a new, optional slave flag (--external_log_file); nothing to change");
    changelog(
        t,
        8,
        "New '--gc_disk_headroom' flag to control",
        "none: a new slave flag whose default, 0.1, makes sandbox garbage collection start a little earlier (gc_delay * max(0.0, 1.0 - gc_disk_headroom - disk usage), src/slave/flags.hpp at 0.22.0); nothing to change");
    changelog(
        t, 9, "API Changes:", "none: a heading of the release notes for the entries below it");
    changelog(
        t, 10, "[MESOS-1143] - TASK_ERROR is now sent instead", "note 0.21-0.22/relink-schedulers");
    changelog(
        t, 11, "[MESOS-2086] - Update messages.proto to use", "note 0.21-0.22/relink-schedulers");
    changelog(
        t,
        12,
        "[MESOS-2120] - Task labels which enable key",
        "none: a new, optional TaskInfo field; nothing to change");
    changelog(
        t,
        13,
        "[MESOS-2185] - Slave state.json will now",
        "none: more resources listed in the slave's state.json; readers that ignore unknown names are not affected");
    changelog(
        t,
        14,
        "[MESOS-2208] - Service discovery info for",
        "none: a new, optional field; nothing to change");
    changelog(t, 15, "[MESOS-2322] - All arguments can now read", "hop-note");
    changelog(
        t, 16, "[MESOS-2347] - The C++/Java/Python APIs have", "note 0.21-0.22/relink-schedulers");
    changelog(
        t, 17, "Deprecations:", "none: a heading of the release notes for the entries below it");
    changelog(t, 18, "[MESOS-444]  - Slave checkpoint flag has", "note 0.21-0.22/restart-slaves");
    changelog(
        t,
        19,
        "[MESOS-1876] - Remove deprecated 'slave_id'",
        "none: an internal field of the slave-to-master protocol that the 0.22 master no longer reads; nothing to change (src/messages/messages.proto at 0.22.0)");
    changelog(
        t, 20, "[MESOS-2058] - Deprecate stats.json endpoints", "note 0.21-0.22/restart-masters");
    changelog(t, 21, "[MESOS-2322] - Deprecated specifying JSON", "hop-note");
    t = "0.23.0";
    guide(
        t,
        1,
        "**NOTE** In order to enable decorator modules",
        "note 0.22-0.23/rebuild-master-modules");
    guide(
        t,
        2,
        "**NOTE** Slave ping timeouts are now configurable",
        "step 0.22-0.23/restart-masters-with-ping-timeouts",
        "note 0.22-0.23/restart-masters-with-ping-timeouts");
    guide(
        t,
        3,
        "**NOTE** A new scheduler driver API, `acceptOffers`,",
        "note 0.22-0.23/relink-schedulers");
    guide(
        t,
        4,
        "**NOTE** The Resource protobuf has been extended",
        "note 0.22-0.23/relink-schedulers");
    guide(
        t,
        5,
        "Rebuild and install any modules so that upgraded",
        "step 0.22-0.23/rebuild-master-modules",
        "step 0.22-0.23/rebuild-slave-modules");
    guide(
        t,
        6,
        "Install the new master binaries and restart",
        "step 0.22-0.23/install-masters",
        "step 0.22-0.23/restart-masters");
    guide(
        t,
        7,
        "Install the new slave binaries and restart",
        "step 0.22-0.23/install-slaves",
        "step 0.22-0.23/restart-slaves");
    guide(t, 8, "Upgrade the schedulers by linking the latest", "step 0.22-0.23/relink-schedulers");
    guide(t, 9, "Restart the schedulers.", "step 0.22-0.23/restart-schedulers");
    guide(t, 10, "Upgrade the executors by linking the latest", "step 0.22-0.23/relink-executors");
    changelog(
        t,
        1,
        "[MESOS-1585] - Per-container network isolation:",
        "none: network isolation is opt-in (slave --isolation=network/port_mapping); nothing to change");
    changelog(
        t,
        2,
        "[MESOS-2115] - Dockerized slaves will properly",
        "none: a fix of the Docker containerizer's recovery; nothing to change");
    changelog(
        t,
        3,
        "[MESOS-2604] - Upgrade minimum required compilers",
        "note 0.22-0.23/rebuild-master-modules");
    changelog(
        t,
        4,
        "[MESOS-336] - Fetcher Caching of executor/task",
        "none: the fetcher cache is opt-in (per URI); nothing to change");
    changelog(
        t,
        5,
        "[MESOS-354] - Support for launching tasks/executors",
        "none: revocable resources are opt-in for frameworks (a FrameworkInfo capability); nothing to change");
    changelog(
        t,
        6,
        "[MESOS-910] - SSL encryption via libevent.",
        "none: SSL is a build option and off unless enabled; nothing to change");
    changelog(
        t,
        7,
        "[MESOS-1554] - Frameworks can create Persistent",
        "none: persistent volumes are opt-in for frameworks; nothing to change");
    changelog(
        t,
        8,
        "[MESOS-2018] - Frameworks can dynamically",
        "none: dynamic reservations are opt-in for frameworks; nothing to change");
    changelog(
        t,
        9,
        "Binary API Changes (e.g. new flags):",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        10,
        "[MESOS-1913] - Create libevent/SSL-backed",
        "none: the SSL socket above; nothing to change");
    changelog(
        t,
        11,
        "[MESOS-2110] - Configurable Ping Timeouts",
        "note 0.22-0.23/restart-masters-with-ping-timeouts");
    changelog(
        t,
        12,
        "[MESOS-2155] - Make docker containerizer",
        "none: a new slave flag, --docker_kill_orphans, whose default (true) keeps the old behaviour (src/slave/flags.cpp at 0.23.0)");
    changelog(
        t,
        13,
        "[MESOS-2832] - Enable configuring Mesos with",
        "none: the MESOS_ variables are no longer passed on to tasks; nothing for the operator to change");
    changelog(
        t,
        14,
        "Framework API Changes:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        15,
        "[MESOS-1127] - Implement the protobufs for",
        "none: the protobufs of the new HTTP scheduler API; existing drivers are not affected");
    changelog(
        t, 16, "[MESOS-2097] - Update Resource protobuf with", "note 0.22-0.23/relink-schedulers");
    changelog(
        t,
        17,
        "[MESOS-2191] - Add ContainerId to the TaskStatus",
        "none: a new, optional TaskStatus field; nothing to change");
    changelog(
        t,
        18,
        "[MESOS-2292] - Implement Call/Event protobufs",
        "none: the protobufs of the new HTTP executor API; existing drivers are not affected");
    changelog(
        t,
        19,
        "[MESOS-2475] - Add the Resource::ReservationInfo",
        "note 0.22-0.23/relink-schedulers");
    changelog(
        t,
        20,
        "[MESOS-2614] - Update name, hostname, failover_timeout,",
        "none: the master now takes these fields from a re-registering framework; nothing to change");
    changelog(
        t,
        21,
        "[MESOS-2654] - A new 'capabilities' field",
        "none: a new, optional FrameworkInfo field for the opt-in revocable resources");
    changelog(
        t, 22, "[MESOS-2691] - Update Resource message to", "note 0.22-0.23/relink-schedulers");
    changelog(
        t,
        23,
        "[MESOS-2955] - Introduce acceptOffers scheduler",
        "note 0.22-0.23/relink-schedulers");
    changelog(
        t,
        24,
        "[MESOS-2957] - Add version to MasterInfo",
        "none: a new, optional MasterInfo field; nothing to change");
    changelog(
        t, 25, "Web UI Changes:", "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        26,
        "[MESOS-2104] - Correct naming of cgroup memory",
        "none: the web UI ships with the master binaries; nothing to change");
    changelog(
        t,
        27,
        "[MESOS-2485] - Added master metrics for slave",
        "none: new metrics; nothing to change");
    changelog(
        t,
        28,
        "[MESOS-2620] - Implement a mechanism which",
        "none: endpoint access control is opt-in (--firewall_rules, src/master/flags.cpp at 0.23.0); nothing to change");
    changelog(
        t,
        29,
        "[MESOS-2743] - Include ExecutorInfos for",
        "none: more data in the master's state.json; readers that ignore unknown fields are not affected");
    changelog(
        t,
        30,
        "[MESOS-2775] - Added slave metrics for revocable",
        "none: new metrics; nothing to change");
    changelog(
        t,
        31,
        "[MESOS-2776] - Added master metrics for revocable",
        "none: new metrics; nothing to change");
    changelog(
        t,
        32,
        "Module API Changes:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        33,
        "[MESOS-2050] - Revise Authenticator interface",
        "note 0.22-0.23/rebuild-master-modules");
    changelog(
        t,
        34,
        "[MESOS-2351] - Enable label and environment",
        "note 0.22-0.23/rebuild-master-modules");
    changelog(
        t,
        35,
        "[MESOS-2884] - Allow isolators to specify",
        "none: Isolator gains namespaces(), with a default that returns None (include/mesos/slave/isolator.hpp at 0.23.0): rebuilding isolator modules is enough, which the rebuild-slave-modules step does");
    changelog(
        t,
        36,
        "New Module/Hook interfaces:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        37,
        "[MESOS-2160] - Add support for allocator",
        "none: a new, opt-in kind of module; nothing to change");
    changelog(
        t,
        38,
        "[MESOS-2650] - Modularize the Resource Estimator",
        "none: a new, opt-in kind of module; nothing to change");
    changelog(
        t, 39, "Deprecations:", "none: a heading of the release notes for the entries below it");
    changelog(
        t, 40, "[MESOS-2058] - Remove stats.json endpoints", "note 0.22-0.23/restart-masters");
    changelog(
        t, 41, "[MESOS-2697] - '/master/shutdown' endpoint", "note 0.22-0.23/restart-masters");
    t = "0.24.0";
    guide(t, 1, "**NOTE** Support for live upgrading a driver", "note 0.23-0.24/relink-schedulers");
    guide(
        t,
        2,
        "**NOTE** Master now publishes its information",
        "step 0.23-0.24/relink-old-schedulers",
        "step 0.23-0.24/restart-old-schedulers",
        "note 0.23-0.24/relink-old-schedulers");
    guide(
        t,
        3,
        "Rebuild and install any modules so that upgraded",
        "step 0.23-0.24/rebuild-master-modules",
        "step 0.23-0.24/rebuild-slave-modules");
    guide(
        t,
        4,
        "Install the new master binaries and restart",
        "step 0.23-0.24/install-masters",
        "step 0.23-0.24/restart-masters");
    guide(
        t,
        5,
        "Install the new slave binaries and restart",
        "step 0.23-0.24/install-slaves",
        "step 0.23-0.24/restart-slaves");
    guide(t, 6, "Upgrade the schedulers by linking the latest", "step 0.23-0.24/relink-schedulers");
    guide(t, 7, "Restart the schedulers.", "step 0.23-0.24/restart-schedulers");
    guide(t, 8, "Upgrade the executors by linking the latest", "step 0.23-0.24/relink-executors");
    changelog(
        t,
        1,
        "[MESOS-2288] - Scheduler HTTP API: *Experimental*",
        "note 0.23-0.24/relink-schedulers");
    changelog(
        t,
        2,
        "[MESOS-336] - Mesos slave should cache executors",
        "none: executor caching in the fetcher is opt-in; nothing to change");
    changelog(
        t, 3, "API Changes:", "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        4,
        "[MESOS-2293] - Implement the scheduler endpoint",
        "note 0.23-0.24/relink-schedulers");
    changelog(
        t,
        5,
        "[MESOS-3135] - Publish MasterInfo to ZK using",
        "note 0.23-0.24/relink-old-schedulers");
    changelog(
        t,
        6,
        "[MESOS-2830] - Add an endpoint to slaves",
        "none: a new slave endpoint; nothing to change");
    changelog(
        t,
        7,
        "Binary API Changes (e.g., new flags)",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        8,
        "[MESOS-3154] - Enable Mesos Agent Node to",
        "none: a new, optional slave flag (--ip_discovery_command); nothing to change");
    changelog(
        t,
        9,
        "[MESOS-809] - External control of the ip",
        "none: new, optional flags (--advertise_ip, --advertise_port); nothing to change");
    changelog(
        t, 10, "Deprecations:", "none: a heading of the release notes for the entries below it");
    changelog(
        t, 11, "[MESOS-2736]  - MasterInfo `ip`, `port` and", "note 0.23-0.24/relink-schedulers");
    changelog(
        t,
        12,
        "Work In Progress:",
        "none: a heading of the release notes for the entries below it");
    changelog(
        t,
        13,
        "Support for 'Image' field added to 'Volume'",
        "none: unfinished work; nothing to change");
    t = "0.25.0";
    guide(t, 1, "**NOTE** The following endpoints will be", "note 0.24-0.25/restart-masters");
    guide(t, 2, "For master endpoints:", "none: introduces the list of endpoints below it");
    guide(t, 3, "/state.json becomes /state", "note 0.24-0.25/restart-masters");
    guide(t, 4, "/tasks.json becomes /tasks", "note 0.24-0.25/restart-masters");
    guide(t, 5, "For slave endpoints:", "none: introduces the list of endpoints below it");
    guide(t, 6, "/state.json becomes /state", "note 0.24-0.25/restart-masters");
    guide(
        t,
        7,
        "/monitor/statistics.json becomes /monitor/statistics",
        "note 0.24-0.25/restart-masters");
    guide(t, 8, "For both master and slave:", "none: introduces the list of endpoints below it");
    guide(t, 9, "/files/browse.json becomes /files/browse", "note 0.24-0.25/restart-masters");
    guide(t, 10, "/files/debug.json becomes /files/debug", "note 0.24-0.25/restart-masters");
    guide(t, 11, "/files/download.json becomes /files/download", "note 0.24-0.25/restart-masters");
    guide(t, 12, "/files/read.json becomes /files/read", "note 0.24-0.25/restart-masters");
    guide(
        t,
        13,
        "Rebuild and install any modules so that upgraded",
        "step 0.24-0.25/rebuild-master-modules",
        "step 0.24-0.25/rebuild-slave-modules");
    guide(
        t,
        14,
        "Install the new master binaries and restart",
        "step 0.24-0.25/install-masters",
        "step 0.24-0.25/restart-masters");
    guide(
        t,
        15,
        "Install the new slave binaries and restart",
        "step 0.24-0.25/install-slaves",
        "step 0.24-0.25/restart-slaves");
    guide(
        t, 16, "Upgrade the schedulers by linking the latest", "step 0.24-0.25/relink-schedulers");
    guide(t, 17, "Restart the schedulers.", "step 0.24-0.25/restart-schedulers");
    guide(t, 18, "Upgrade the executors by linking the latest", "step 0.24-0.25/relink-executors");
    changelog(
        t,
        1,
        "[MESOS-1474] - Experimental support for maintenance",
        "none: maintenance primitives are opt-in; nothing to change");
    changelog(
        t,
        2,
        "[MESOS-2600] - Added master endpoints /reserve",
        "none: new master endpoints; nothing to change");
    changelog(
        t,
        3,
        "[MESOS-2044] - Extended Module APIs to enable",
        "none: new module interfaces; rebuilding modules is the rebuild-master-modules and rebuild-slave-modules steps");
    changelog(
        t, 4, "[MESOS-3037] - Add a SUPPRESS call to the", "note 0.24-0.25/relink-schedulers");
    t = "0.26.0";
    guide(
        t, 1, "**NOTE** The names of some TaskStatus::Reason", "note 0.25-0.26/relink-schedulers");
    guide(
        t,
        2,
        "REASON_MEM_LIMIT -> REASON_CONTAINER_LIMITATION_MEMORY",
        "note 0.25-0.26/relink-schedulers");
    guide(
        t,
        3,
        "REASON_EXECUTOR_PREEMPTED -> REASON_CONTAINER_PREEMPTED",
        "note 0.25-0.26/relink-schedulers");
    guide(t, 4, "**NOTE** The `Credential` protobuf has been", "note 0.25-0.26/relink-schedulers");
    guide(t, 5, "**NOTE** The `/state` endpoints on master", "note 0.25-0.26/restart-masters");
    guide(t, 6, "**NOTE** The `NetworkInfo` protobuf has been", "note 0.25-0.26/relink-schedulers");
    changelog(t, 1, "[MESOS-3560] - Fix JSON-based credential", "note 0.25-0.26/relink-schedulers");
    changelog(
        t,
        2,
        "[MESOS-3824] - Add /frameworks endpoint to",
        "none: a new master endpoint; nothing to change");
    t = "0.27.0";
    guide(t, 1, "Mesos 0.27 introduces the concept of _implicit", "note 0.26-0.27/restart-masters");
    guide(
        t, 2, "The Allocator API has changed due to the", "note 0.26-0.27/rebuild-master-modules");
    guide(t, 3, "The `executorLost` callback in the Scheduler", "note 0.26-0.27/relink-schedulers");
    guide(
        t, 4, "The isolator `prepare` interface has been", "note 0.26-0.27/rebuild-slave-modules");
    guide(t, 5, "ACLs.shutdown_frameworks has been deprecated", "note 0.26-0.27/restart-masters");
    guide(t, 6, "Reserved resources are now accounted for", "note 0.26-0.27/restart-masters");
    changelog(
        t, 1, "[MESOS-313]  - Report executor termination", "note 0.26-0.27/relink-schedulers");
    changelog(
        t,
        2,
        "[MESOS-2315] - Removed deprecated CommandInfo::ContainerInfo.",
        "note 0.26-0.27/relink-schedulers");
    changelog(t, 3, "[MESOS-3988] - Implicit roles.", "note 0.26-0.27/restart-masters");
    changelog(t, 4, "[MESOS-4154] - Rename shutdown_frameworks", "note 0.26-0.27/restart-masters");
    t = "0.28.0";
    guide(
        t, 1, "Mesos 0.28 only supports three decimal digits", "note 0.27-0.28/relink-schedulers");
    guide(
        t,
        2,
        "Mesos 0.28 changes the definitions of two",
        "step 0.27-0.28/update-reservation-acls",
        "note 0.27-0.28/update-reservation-acls");
    guide(
        t,
        3,
        "Rebuild and install any modules so that upgraded",
        "step 0.27-0.28/rebuild-master-modules",
        "step 0.27-0.28/rebuild-slave-modules");
    guide(
        t,
        4,
        "Install the new master binaries and restart",
        "step 0.27-0.28/install-masters",
        "step 0.27-0.28/restart-masters");
    guide(
        t,
        5,
        "Install the new slave binaries and restart",
        "step 0.27-0.28/install-slaves",
        "step 0.27-0.28/restart-slaves");
    guide(t, 6, "Upgrade the schedulers by linking the latest", "step 0.27-0.28/relink-schedulers");
    guide(t, 7, "Restart the schedulers.", "step 0.27-0.28/restart-schedulers");
    guide(t, 8, "Upgrade the executors by linking the latest", "step 0.27-0.28/relink-executors");
    changelog(
        t,
        1,
        "[MESOS-4343] - A new cgroups isolator for",
        "none: the net_cls isolator is opt-in (slave --isolation=cgroups/net_cls); nothing to change");
    changelog(
        t, 2, "[MESOS-4687] - The implementation of scalar", "note 0.27-0.28/relink-schedulers");
    changelog(
        t,
        3,
        "[MESOS-4479] - Reserved resources can now",
        "none: new, optional labels on reservations; nothing to change");
    changelog(
        t,
        4,
        "[MESOS-2840] - **Experimental** support for",
        "none: experimental and opt-in (slave --image_providers); nothing to change");
    changelog(
        t,
        5,
        "[MESOS-4793] - **Experimental** support for",
        "none: experimental and opt-in for executors; nothing to change");
    changelog(
        t,
        6,
        "[MESOS-4370] Added support for service discovery",
        "none: service discovery of Docker containers works with a newer Docker; nothing to change");
    changelog(
        t,
        7,
        "[MESOS-4066] - Agent should not return partial",
        "none: a fix: the agent answers /state only after recovery; nothing to change");
    changelog(
        t,
        8,
        "[MESOS-4547] - Introduce TASK_KILLING state.",
        "none: TASK_KILLING is sent only to frameworks that opt in with the TASK_KILLING_STATE capability (include/mesos/mesos.proto at 0.28.0)");
    changelog(t, 9, "[MESOS-4712] - Remove 'force' field from", "note 0.27-0.28/relink-schedulers");
    changelog(
        t,
        10,
        "[MESOS-4591] - Change the object of ReserveResources",
        "note 0.27-0.28/update-reservation-acls");
    changelog(
        t,
        11,
        "[MESOS-3583] - Add stream IDs for HTTP schedulers.",
        "note 0.27-0.28/relink-schedulers");
    changelog(
        t,
        12,
        "[MESOS-4427] - Ensure ip_address in state.json",
        "none: a fix of the state.json output; nothing to change");
    t = "1.0.0";
    guide(t, 1, "Prior to Mesos 1.0, environment variables", "hop-note");
    guide(t, 2, "Prior to Mesos 1.0, Mesos agent recursively", "note 0.28-1.0/restart-agents");
    guide(
        t, 3, "Mesos 1.0 removed the camel cased protobuf", "note 0.28-1.0/rebuild-agent-modules");
    guide(t, 4, "`required ExecutorInfo executorInfo = 1;`", "note 0.28-1.0/rebuild-agent-modules");
    guide(t, 5, "`optional TaskInfo taskInfo = 2;`", "note 0.28-1.0/rebuild-agent-modules");
    guide(t, 6, "By default, executors will no longer inherit", "note 0.28-1.0/restart-agents");
    guide(
        t,
        7,
        "The allocator metric named <code>allocator/event_queue_dispatches</code>",
        "hop-note");
    guide(t, 8, "The `--docker_stop_timeout` agent flag is", "note 0.28-1.0/restart-agents");
    guide(t, 9, "The ExecutorInfo.source field is deprecated", "note 0.28-1.0/relink-schedulers");
    guide(t, 10, "Mesos 1.0 deprecates the 'slave' keyword", "note 0.28-1.0/install-agents");
    guide(t, 11, "Deprecated flags with keyword 'slave' in", "note 0.28-1.0/restart-masters");
    guide(t, 12, "Deprecated sandbox links with 'slave' keyword", "note 0.28-1.0/install-agents");
    guide(t, 13, "Deprecated `slave` subcommand for mesos-cli.", "note 0.28-1.0/install-agents");
    guide(t, 14, "Mesos 1.0 removes the default value for the", "note 0.28-1.0/restart-agents");
    guide(t, 15, "Mesos 1.0 disables support for the master's", "note 0.28-1.0/restart-masters");
    guide(t, 16, "Mesos 1.0 deprecates the use of plain text", "note 0.28-1.0/restart-masters");
    guide(t, 17, "When a persistent volume is destroyed, Mesos", "note 0.28-1.0/restart-agents");
    guide(t, 18, "Mesos 1.0 changes the HTTP status code of", "note 0.28-1.0/restart-masters");
    guide(t, 19, "`/reserve`", "note 0.28-1.0/restart-masters");
    guide(t, 20, "`/unreserve`", "note 0.28-1.0/restart-masters");
    guide(t, 21, "`/create-volumes`", "note 0.28-1.0/restart-masters");
    guide(t, 22, "`/destroy-volumes`", "note 0.28-1.0/restart-masters");
    guide(t, 23, "Added `output_file` field to CommandInfo.URI", "note 0.28-1.0/relink-schedulers");
    guide(
        t,
        24,
        "Changed Call and Event Type enums in scheduler.proto",
        "note 0.28-1.0/relink-schedulers");
    guide(
        t,
        25,
        "Changed Call and Event Type enums in executor.proto",
        "note 0.28-1.0/relink-schedulers");
    guide(
        t,
        26,
        "Added non-terminal task metadata to the container",
        "none: more data in the agent's resource usage information (/containers); readers that ignore unknown fields are not affected");
    guide(t, 27, "Deleted the /observe HTTP endpoint.", "note 0.28-1.0/restart-masters");
    guide(t, 28, "The `SetQuota` and `RemoveQuota` ACLs have", "note 0.28-1.0/switch-quota-acls");
    guide(t, 29, "The `update_quotas` ACL cannot be used in", "note 0.28-1.0/switch-quota-acls");
    guide(t, 30, "When upgrading a Mesos cluster that uses", "step 0.28-1.0/switch-quota-acls");
    guide(
        t,
        31,
        "If desired, the operator can use the `get_quotas`",
        "note 0.28-1.0/switch-quota-acls");
    guide(
        t, 32, "Mesos 1.0 contains a number of authorizer", "note 0.28-1.0/rebuild-master-modules");
    guide(
        t,
        33,
        "The authorizer interface has been refactored",
        "note 0.28-1.0/rebuild-master-modules");
    guide(
        t,
        34,
        "Authorization-based HTTP endpoint filtering",
        "note 0.28-1.0/rebuild-master-modules");
    guide(
        t, 35, "The ``subject` and `object` fields in the", "note 0.28-1.0/rebuild-master-modules");
    guide(
        t, 36, "Namespace and header file of `Allocator`", "note 0.28-1.0/rebuild-master-modules");
    guide(t, 37, "When a task is run as a particular user,", "hop-note");
    guide(
        t,
        38,
        "The `--authenticate_http` flag has been deprecated",
        "note 0.28-1.0/restart-masters");
    guide(t, 39, "Mesos 1.0 introduces authorization support", "note 0.28-1.0/install-masters");
    guide(
        t, 40, "The endpoints with coarse grained authorization", "note 0.28-1.0/install-masters");
    guide(t, 41, "`/files/debug`", "note 0.28-1.0/install-masters");
    guide(t, 42, "`/logging/toggle`", "note 0.28-1.0/install-masters");
    guide(t, 43, "`/metrics/snapshot`", "note 0.28-1.0/install-masters");
    guide(t, 44, "`/slave(id)/containers`", "note 0.28-1.0/install-masters");
    guide(t, 45, "`/slave(id)/monitor/statistics`", "note 0.28-1.0/install-masters");
    guide(t, 46, "If the defined ACLs used `permissive: false`,", "note 0.28-1.0/install-masters");
    guide(
        t,
        47,
        "Rebuild and install any modules so that upgraded",
        "step 0.28-1.0/rebuild-master-modules",
        "step 0.28-1.0/rebuild-agent-modules");
    guide(
        t,
        48,
        "Install the new master binaries and restart",
        "step 0.28-1.0/install-masters",
        "step 0.28-1.0/restart-masters");
    guide(
        t,
        49,
        "Install the new agent binaries and restart",
        "step 0.28-1.0/install-agents",
        "step 0.28-1.0/restart-agents");
    guide(t, 50, "Upgrade the schedulers by linking the latest", "step 0.28-1.0/relink-schedulers");
    guide(t, 51, "Restart the schedulers.", "step 0.28-1.0/restart-schedulers");
    guide(t, 52, "Upgrade the executors by linking the latest", "step 0.28-1.0/relink-executors");
    changelog(
        t,
        1,
        "Scheduler and Executor v1 HTTP APIs are now",
        "none: the v1 HTTP APIs leave the experimental stage; nothing to change");
    changelog(
        t,
        2,
        "[MESOS-4791] - **Experimental** support for",
        "none: experimental and opt-in; nothing to change");
    changelog(
        t,
        3,
        "[MESOS-4828] - **Experimental** support for",
        "none: an experimental, opt-in isolator; nothing to change");
    changelog(
        t,
        4,
        "[MESOS-4355] - **Experimental** support for",
        "none: an experimental, opt-in isolator; nothing to change");
    changelog(
        t,
        5,
        "[MESOS-4641] - **Experimental** A new network",
        "none: an experimental, opt-in isolator; nothing to change");
    changelog(
        t, 6, "[MESOS-2948, MESOS-5403] - The authorizer", "note 0.28-1.0/rebuild-master-modules");
    changelog(
        t, 7, "[MESOS-5405] - The `subject` and `object`", "note 0.28-1.0/rebuild-master-modules");
    changelog(
        t,
        8,
        "[MESOS-4931, MESOS-5709, MESOS-5704] - Authorization",
        "note 0.28-1.0/rebuild-master-modules");
    changelog(t, 9, "[MESOS-4909] - Tasks can now specify a kill", "note 0.28-1.0/restart-agents");
    changelog(
        t,
        10,
        "[MESOS-4908] - The task kill policy defined",
        "none: an opt-in scheduler feature; nothing to change");
    changelog(
        t,
        11,
        "[MESOS-4949] - The executor shutdown grace",
        "none: an optional ExecutorInfo field; nothing to change");
    changelog(
        t,
        12,
        "[MESOS-3094] - **Experimental** support for",
        "none: experimental; nothing to change");
    changelog(
        t,
        13,
        "[MESOS-4090] - The `mesos.native` python",
        "none: mesos.native still offers both drivers for existing code; nothing to change");
    changelog(
        t, 14, "[MESOS-1478] - Phase I of the Slave to Agent", "note 0.28-1.0/install-agents");
    changelog(
        t,
        15,
        "[MESOS-4312] - **Experimental** support for",
        "none: experimental; nothing to change");
    changelog(
        t,
        16,
        "[MESOS-4189] - Weights for resource roles",
        "none: a new master endpoint; nothing to change");
    changelog(
        t,
        17,
        "[MESOS-4424] - Support for using Nvidia GPUs",
        "none: GPUs are opt-in for frameworks (the GPU_RESOURCES capability); nothing to change");
    changelog(
        t,
        18,
        "[MESOS-5724] - SSL certificate validation",
        "none: SSL certificate checks can also verify IP addresses; nothing to change");
    changelog(t, 19, "[MESOS-2281] - Deprecated the plain text", "note 0.28-1.0/restart-masters");
    changelog(
        t,
        20,
        "[MESOS-4910] - Deprecate the --docker_stop_timeout",
        "note 0.28-1.0/restart-agents");
    changelog(t, 21, "[MESOS-5001] - The 'allocator/event_queue_dispatches'", "hop-note");
    changelog(
        t,
        22,
        "[MESOS-5029] - Deprecated the ExecutorInfo.source",
        "note 0.28-1.0/relink-schedulers");
    changelog(
        t, 23, "[MESOS-3781] - Deprecated flags with keyword", "note 0.28-1.0/restart-masters");
    changelog(
        t, 24, "[MESOS-3779] - Deprecated sandbox links with", "note 0.28-1.0/install-agents");
    changelog(
        t, 25, "[MESOS-3784] - Deprecated `slave` subcommand", "note 0.28-1.0/install-agents");
    changelog(t, 26, "[MESOS-5155] - Deprecated `SetQuota` and", "note 0.28-1.0/switch-quota-acls");
    changelog(
        t,
        27,
        "[MESOS-5666] - Deprecated camel cased `taskInfo`",
        "note 0.28-1.0/rebuild-agent-modules");
    changelog(t, 28, "[MESOS-5863] - Deprecated `SSL_*` environment", "hop-note");
    changelog(t, 29, "[MESOS-4580] - Returning `202` (Accepted)", "note 0.28-1.0/restart-masters");
    changelog(t, 30, "[MESOS-4735] - Added 'output_file' field", "note 0.28-1.0/relink-schedulers");
    changelog(
        t, 31, "[MESOS-5014] - Changed Call and Event Type", "note 0.28-1.0/relink-schedulers");
    changelog(
        t, 32, "[MESOS-5015] - Changed Call and Event Type", "note 0.28-1.0/relink-schedulers");
    changelog(
        t, 33, "[MESOS-5029] - Added 'labels' to ExecutorInfo.", "note 0.28-1.0/relink-schedulers");
    changelog(
        t,
        34,
        "[MESOS-5030] - Added non-terminal task metadata",
        "none: more data in the agent's resource usage information; readers that ignore unknown fields are not affected");
    changelog(t, 35, "[MESOS-5408] - Deleted the /observe HTTP", "note 0.28-1.0/restart-masters");
    changelog(
        t, 36, "[MESOS-4843, MESOS-5150, MESOS-5286, MESOS-5335,", "note 0.28-1.0/install-masters");
    changelog(t, 37, "[MESOS-5064] - Remove default value for the", "note 0.28-1.0/restart-agents");
    changelog(
        t,
        38,
        "[MESOS-5637] - Authorized endpoints consistently",
        "none: a failing authenticator or authorizer now gives 503 instead of 500; nothing to change");
    changelog(t, 39, "[MESOS-5657] - Executors should not inherit", "note 0.28-1.0/restart-agents");
    changelog(t, 40, "[MESOS-5680] - We should not 'chown -R' on", "note 0.28-1.0/restart-agents");
    changelog(
        t, 41, "[MESOS-5642] - Namespace and header file", "note 0.28-1.0/rebuild-master-modules");
    changelog(
        t, 42, "[MESOS-5851] - The flag `--authenticate_http`", "note 0.28-1.0/restart-masters");
    changelog(
        t,
        43,
        "[MESOS-5833] - Disable the experimental `registry_strict`",
        "note 0.28-1.0/restart-masters");
    changelog(
        t,
        44,
        "[MESOS-4805] - Upgraded vendored ry-http-parser-1c3624a",
        "none: a bundled library of the Mesos build; nothing to change in a running cluster");
    changelog(
        t,
        45,
        "[MESOS-4678] - Upgraded vendored protobuf",
        "none: a bundled library of the Mesos build; modules and C++ frameworks built against 1.0 are rebuilt in the rebuild-modules and relink steps");
    changelog(
        t,
        46,
        "[MESOS-4803] - Upgraded vendored libev 4.15",
        "none: a bundled library of the Mesos build; nothing to change in a running cluster");
    changelog(
        t,
        47,
        "[MESOS-4612] - Upgraded vendored ZooKeeper",
        "none: a bundled client library of the Mesos build; nothing to change in a running cluster");
    changelog(
        t,
        48,
        "[MESOS-5055] - Slave/Agent Rename Phase I",
        "none: wording of the logs; nothing to change");
    changelog(t, 49, "[MESOS-3782] - Slave/Agent Rename Phase I", "note 0.28-1.0/install-agents");
    changelog(
        t,
        50,
        "[MESOS-5057] - Slave/Agent Rename Phase I",
        "none: wording of error messages; nothing to change");
    changelog(
        t,
        51,
        "[MESOS-5230] - Slave/Agent Rename Phase I:",
        "none: at 1.0.0 the headers stay in include/mesos/slave and include/mesos/agent holds only the new agent API (include/mesos at 1.0.0); nothing to change");
  }

  private static void guide(String tag, int bullet, String start, String... targets) {
    List<String> row = new ArrayList<>(List.of(start));
    row.addAll(List.of(targets));
    GUIDE.put(tag + " #" + bullet, row);
  }

  private static void changelog(String tag, int entry, String start, String... targets) {
    List<String> row = new ArrayList<>(List.of(start));
    row.addAll(List.of(targets));
    CHANGES.put(tag + " #" + entry, row);
  }

  private static String resource(String name) {
    try (InputStream in = GuideFidelity0xTest.class.getResourceAsStream("/guide-0x/" + name)) {
      if (in == null) {
        throw new AssertionError("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern ITEM = Pattern.compile("^(?:\\* |- |\\d+\\. )(.*)$");

  /** The heading of the guide section that upgrades to {@code tag}, as {@link Source} cites it. */
  static String section(String tag) {
    String heading =
        resource("upgrades-" + tag + ".md").lines().findFirst().orElseThrow().substring(3);
    return heading.replaceAll(" ##$", "").replaceAll("\\.$", "");
  }

  /**
   * The bullets of the guide section that upgrades to {@code tag}, in order: every list item
   * (nested ones too) and every paragraph, with its continuation lines joined, except the heading,
   * "In order to upgrade a running cluster:", anchors and code blocks (which illustrate the item
   * before them).
   */
  static List<String> guideBullets(String tag) {
    List<String> bullets = new ArrayList<>();
    boolean inCode = false;
    boolean open = false;
    for (String line : resource("upgrades-" + tag + ".md").lines().toList()) {
      String text = line.strip();
      if (text.startsWith("```")) {
        inCode = !inCode;
        open = false;
      } else if (!inCode
          && (text.isEmpty()
              || text.startsWith("## ")
              || text.startsWith("<a name=")
              || text.equals("In order to upgrade a running cluster:"))) {
        open = false;
      } else if (!inCode) {
        Matcher item = ITEM.matcher(text);
        if (item.matches()) {
          bullets.add(item.group(1).strip());
          open = true;
        } else if (open) {
          bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + " " + text);
        } else {
          bullets.add(text);
          open = true;
        }
      }
    }
    return bullets;
  }

  /**
   * The entries of the release notes of {@code tag}: every list item ("* ") at any depth, headings
   * written as items included, with its continuation lines joined.
   */
  static List<String> changelogEntries(String tag) {
    List<String> entries = new ArrayList<>();
    boolean open = false;
    for (String line : resource("CHANGELOG-" + tag + ".txt").lines().toList()) {
      String text = line.strip();
      if (text.isEmpty()) {
        open = false;
      } else if (text.startsWith("* ")) {
        entries.add(text.substring(2));
        open = true;
      } else if (open) {
        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + text);
      }
    }
    return entries;
  }

  private static void assertCovers(Map<String, List<String>> table, String tag, List<String> all) {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      expected.add(tag + " #" + (i + 1));
    }
    List<String> mapped =
        table.keySet().stream().filter(key -> key.startsWith(tag + " #")).toList();
    assertThat(mapped).as("rows of %s", tag).containsExactlyElementsOf(expected);
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i))
          .as("%s #%s", tag, i + 1)
          .startsWith(table.get(tag + " #" + (i + 1)).get(0));
    }
  }

  @Test
  void theGuideTableCoversExactlyTheBulletsOfEverySection() {
    for (String tag : HOPS.keySet()) {
      assertCovers(GUIDE, tag, guideBullets(tag));
    }
  }

  @Test
  void theChangelogTableCoversExactlyTheEntriesOfEveryRelease() {
    for (String tag : HOPS.keySet()) {
      assertCovers(CHANGES, tag, changelogEntries(tag));
    }
  }

  @Test
  void theSectionsAreTheOnesTheHopsCite() {
    assertThat(HOPS.keySet().stream().map(GuideFidelity0xTest::section))
        .containsExactly(
            "Upgrading from 0.15.0 to 0.16.0",
            "Upgrading from 0.16.0 to 0.17.0",
            "Upgrading from 0.17.0 to 0.18.0",
            "Upgrading from 0.18.0 to 0.19.0",
            "Upgrading from 0.19.x to 0.20.x",
            "Upgrading from 0.20.x to 0.21.x",
            "Upgrading from 0.21.x to 0.22.x",
            "Upgrading from 0.22.x to 0.23.x",
            "Upgrading from 0.23.x to 0.24.x",
            "Upgrading from 0.24.x to 0.25.x",
            "Upgrading from 0.25.x to 0.26.x",
            "Upgrading from 0.26.x to 0.27.x",
            "Upgrading from 0.27.x to 0.28.x",
            "Upgrading from 0.28.x to 1.0.x");
  }

  static Stream<Arguments> guideRows() {
    return GUIDE.entrySet().stream()
        .flatMap(
            row ->
                row.getValue().subList(1, row.getValue().size()).stream()
                    .map(target -> Arguments.of(row.getKey(), target)));
  }

  static Stream<Arguments> changelogRows() {
    return CHANGES.entrySet().stream()
        .flatMap(
            row ->
                row.getValue().subList(1, row.getValue().size()).stream()
                    .map(target -> Arguments.of(row.getKey(), target)));
  }

  private static String tag(String key) {
    return key.substring(0, key.indexOf(' '));
  }

  private static int number(String key) {
    return Integer.parseInt(key.substring(key.indexOf('#') + 1));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("guideRows")
  void everyGuideBulletBecomesAStepOrANoteCitingIt(String key, String target) {
    assertCites(tag(key), target, Source.guide(section(tag(key)), number(key)), true);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("changelogRows")
  void everyReleaseNoteBecomesANoteCitingItOrSaysWhyNot(String key, String target) {
    assertCites(tag(key), target, Source.mesos("CHANGELOG", tag(key)), false);
  }

  private static void assertCites(String tag, String target, Source cited, boolean stepsAllowed) {
    if (target.startsWith("none: ")) {
      assertThat(target.substring("none: ".length()).strip()).hasSizeGreaterThan(20);
      return;
    }
    String kind =
        target.substring(0, target.indexOf(' ') < 0 ? target.length() : target.indexOf(' '));
    String hop = HOPS.get(tag);
    switch (kind) {
      case "step" -> {
        assertThat(stepsAllowed).as("a release note maps to a note, not a step").isTrue();
        String id = target.substring(5);
        assertThat(id).startsWith(hop + "/");
        assertThat(step(id).source()).isEqualTo(cited);
      }
      case "note" -> {
        String id = target.substring(5);
        assertThat(id).startsWith(hop + "/");
        assertThat(step(id).notes()).anySatisfy(note -> assertThat(note.sources()).contains(cited));
      }
      case "hop-note" ->
          assertThat(PLAN.hops())
              .filteredOn(each -> each.steps().get(0).id().startsWith(hop + "/"))
              .singleElement()
              .satisfies(
                  each ->
                      assertThat(each.notes())
                          .anySatisfy(note -> assertThat(note.sources()).contains(cited)));
      default -> throw new AssertionError("unknown target " + target);
    }
  }

  private static List<Source> allSources() {
    List<Source> sources = new ArrayList<>();
    for (UpgradeHop hop : PLAN.hops()) {
      hop.notes().forEach(note -> sources.addAll(note.sources()));
      for (UpgradeStep step : hop.steps()) {
        sources.add(step.source());
        step.notes().forEach(note -> sources.addAll(note.sources()));
      }
    }
    return sources;
  }

  @Test
  void everyGuideCitationOfTheseHopsIsARowOfTheTable() {
    List<String> cited =
        allSources().stream()
            .filter(source -> source.kind() == Source.Kind.GUIDE)
            .map(source -> source.revision() + " #" + source.bullet())
            .distinct()
            .toList();
    assertThat(GUIDE.keySet()).containsAll(cited);
    assertThat(
            allSources().stream()
                .filter(source -> source.kind() == Source.Kind.GUIDE)
                .map(Source::section)
                .distinct())
        .allSatisfy(
            section ->
                assertThat(HOPS.keySet().stream().map(GuideFidelity0xTest::section))
                    .contains(section));
  }

  @Test
  void everyChangelogCitationOfTheseHopsIsARowOfTheTable() {
    List<String> cited =
        allSources().stream()
            .filter(source -> source.path().equals("CHANGELOG"))
            .map(Source::revision)
            .distinct()
            .toList();
    List<String> mapped =
        CHANGES.entrySet().stream()
            .filter(row -> row.getValue().stream().skip(1).anyMatch(t -> !t.startsWith("none: ")))
            .map(row -> tag(row.getKey()))
            .distinct()
            .toList();
    assertThat(mapped).containsExactlyInAnyOrderElementsOf(cited);
  }

  @Test
  void aGuideBulletIsCitedAtTheTagItsSectionUpgradesTo() {
    Source bullet = Source.guide("Upgrading from 0.21.x to 0.22.x", 5);
    assertThat(bullet.path()).isEqualTo("docs/upgrades.md");
    assertThat(bullet.revision()).isEqualTo("0.22.0");
    assertThat(bullet.url())
        .hasValue("https://github.com/apache/mesos/blob/0.22.0/docs/upgrades.md");
    assertThat(bullet.toString())
        .isEqualTo("upgrade guide at 0.22.0, \"Upgrading from 0.21.x to 0.22.x\", bullet 5");
    assertThat(Source.guide("Upgrading from 0.14.0 to 0.15.0", 10).revision()).isEqualTo("0.15.0");
    assertThat(Source.guide("Upgrading from 0.14.0 to 0.15.0", 10).path())
        .isEqualTo("docs/Upgrades.md");
    assertThat(Source.guide("Upgrading from 0.28.x to 1.0.x", 1).revision()).isEqualTo("1.0.0");
    assertThat(Source.guide("My own runbook", 1).revision()).isEqualTo("0.15.0");
  }

  @Test
  void theRegistryStrictBulletIsCorrected() {
    assertThat(step("0.28-1.0/restart-masters").notes())
        .filteredOn(note -> note.kind() == Note.Kind.GUIDE_CORRECTION)
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.text())
                  .isEqualTo(
                      "The guide says a 1.0 master given --registry_strict exits at once. The flag"
                          + " is still accepted: only --registry_strict=true makes the master exit"
                          + " (\"Support for '--registry_strict' has been disabled\");"
                          + " --registry_strict=false is the default and works. Drop the flag.");
              assertThat(note.sources())
                  .contains(
                      Source.guide("Upgrading from 0.28.x to 1.0.x", 15),
                      Source.mesos("src/master/flags.cpp", "1.0.0"));
            });
  }

  @Test
  void theExecutorEnvironmentFlagIsCorrectedNotCopied() {
    assertThat(step("0.28-1.0/restart-agents").notes())
        .filteredOn(note -> note.kind() == Note.Kind.GUIDE_CORRECTION)
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.text())
                  .contains("--executor-environment-variables", "--executor_environment_variables");
              assertThat(note.sources())
                  .contains(
                      Source.guide("Upgrading from 0.28.x to 1.0.x", 6),
                      Source.mesos("src/slave/flags.cpp", "1.0.0"));
            });
  }

  private static UpgradeStep step(String id) {
    return PLAN.steps().stream()
        .filter(step -> step.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step " + id));
  }
}
