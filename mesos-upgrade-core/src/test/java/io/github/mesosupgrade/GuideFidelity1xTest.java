package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bullet of the upgrade guide's sections for the hops 1.0 -> 1.1 to 1.9 -> 1.10, and every
 * breaking change, deprecation and API change of the Mesos CHANGELOG of 1.1.0 to 1.11.0, maps to a
 * step or a note of the plan of that hop, or has a written reason why it needs none.
 *
 * <p>The test resources hold each section of {@code docs/upgrades.md} as it stands at the hop's
 * target tag ({@code upgrade-guide-1x/upgrades-TAG.md}) and each release's part of {@code
 * CHANGELOG} at its tag ({@code changelog-TAG.txt}), copied verbatim. The guide at {@code 1.11.0}
 * has no "Upgrading from 1.10.x to 1.11.x" section (its newest is "Upgrading from 1.9.x to
 * 1.10.x"), so for 1.10 -> 1.11 the CHANGELOG table is all there is.
 */
class GuideFidelity1xTest {
  /** Each hop's target tag and the newest release of the line before it, where its plan starts. */
  private static final Map<String, String> FROM = new LinkedHashMap<>();

  static {
    FROM.put("1.1.0", "1.0.4");
    FROM.put("1.2.0", "1.1.3");
    FROM.put("1.3.0", "1.2.3");
    FROM.put("1.4.0", "1.3.2");
    FROM.put("1.5.0", "1.4.3");
    FROM.put("1.6.0", "1.5.3");
    FROM.put("1.7.0", "1.6.2");
    FROM.put("1.8.0", "1.7.3");
    FROM.put("1.9.0", "1.8.1");
    FROM.put("1.10.0", "1.9.0");
    FROM.put("1.11.0", "1.10.0");
  }

  /** The tags with a guide section for the hop into them. */
  private static final List<String> GUIDE_TAGS =
      FROM.keySet().stream().filter(tag -> !tag.equals("1.11.0")).toList();

  /** Guide bullets: "TAG #N" to the start of the bullet's text and where it went. */
  private static final Map<String, Mapping> GUIDE = new LinkedHashMap<>();

  /** CHANGELOG entries: "TAG: start of the entry" to where it went. */
  private static final Map<String, Mapping> CHANGELOG = new LinkedHashMap<>();

  /** Where a bullet or entry went: "step ID", "note ID", "hop-note", or "none: why". */
  private record Mapping(String text, String where) {}

  private static void guide(String tag, int bullet, String text, String where) {
    GUIDE.put(tag + " #" + bullet, new Mapping(text, where));
  }

  private static void changelog(String tag, String text, String where) {
    CHANGELOG.put(tag + ": " + text, new Mapping(text, where));
  }

  static {
    String t = "1.1.0";
    guide(t, 1, "Mesos 1.1 removes the `ContainerLogger`'s", "note 1.0-1.1/rebuild-agent-modules");
    guide(t, 2, "Mesos 1.1 adds an `offeredResources`", "note 1.0-1.1/rebuild-master-modules");

    t = "1.2.0";
    guide(t, 1, "New Agent flag http_heartbeat_interval", "note 1.1-1.2/restart-agents");
    guide(t, 2, "New Agent flag image_provisioner_backend", "note 1.1-1.2/restart-agents");
    guide(t, 3, "New Master flag max_unreachable_tasks", "note 1.1-1.2/restart-masters");
    guide(t, 4, "New Revive and Suppress v1 scheduler", "note 1.1-1.2/relink-schedulers");
    guide(t, 5, "Mesos 1.2 modifies the `ContainerLogger`", "note 1.1-1.2/rebuild-agent-modules");
    guide(t, 6, "Allocator module changes", "note 1.1-1.2/rebuild-master-modules");
    guide(t, 7, "New Authorizer module actions", "note 1.1-1.2/rebuild-master-modules");
    guide(t, 8, "Renamed Authorizer module actions", "note 1.1-1.2/rebuild-master-modules");
    guide(t, 9, "Removed slavePreLaunchDocker", "note 1.1-1.2/rebuild-agent-modules");
    guide(t, 10, "New Agent v1 operator API calls", "hop-note");
    guide(t, 11, "Deprecated `recovered_frameworks`", "hop-note");
    guide(t, 12, "Deprecated `orphan_executors`", "hop-note");
    guide(t, 13, "Deprecated `orphan_tasks`", "hop-note");
    guide(t, 14, "1. Rebuild and install any modules", "step 1.1-1.2/rebuild-master-modules");
    guide(t, 15, "2. Install the new master binaries", "step 1.1-1.2/install-masters");
    guide(t, 16, "3. Install the new agent binaries", "step 1.1-1.2/install-agents");
    guide(t, 17, "4. Upgrade the schedulers", "step 1.1-1.2/relink-schedulers");
    guide(t, 18, "5. Restart the schedulers.", "step 1.1-1.2/restart-schedulers");
    guide(t, 19, "6. Upgrade the executors", "step 1.1-1.2/relink-executors");

    t = "1.3.0";
    guide(t, 1, "The master will no longer allow 0.x agents", "note 1.2-1.3/restart-masters");
    guide(t, 2, "Support for deprecated ACLs `set_quotas`", "step 1.2-1.3/move-deprecated-acls");
    guide(t, 3, "Support for deprecated ACL `shutdown_", "note 1.2-1.3/move-deprecated-acls");
    guide(t, 4, "Support for multi-role frameworks deprecates", "note 1.2-1.3/relink-schedulers");
    guide(t, 5, "Support for multi-role frameworks means", "note 1.2-1.3/restart-masters");
    guide(t, 6, "Implementors of allocator modules", "note 1.2-1.3/rebuild-master-modules");
    guide(t, 7, "New Agent flags `authenticate_http_executors`", "note 1.2-1.3/restart-agents");
    guide(t, 8, "1. Rebuild and install any modules", "step 1.2-1.3/rebuild-agent-modules");
    guide(t, 9, "2. Install the new master binaries", "step 1.2-1.3/restart-masters");
    guide(t, 10, "3. Install the new agent binaries", "step 1.2-1.3/restart-agents");
    guide(t, 11, "4. Upgrade the schedulers", "step 1.2-1.3/relink-schedulers");
    guide(t, 12, "5. Restart the schedulers.", "step 1.2-1.3/restart-schedulers");
    guide(t, 13, "6. Upgrade the executors", "step 1.2-1.3/relink-executors");

    t = "1.4.0";
    guide(t, 1, "If the `mesos-agent` kernel supports ambient", "note 1.3-1.4/restart-agents");
    guide(t, 2, "Explicitly setting the bounding capabilities", "note 1.3-1.4/relink-schedulers");
    guide(t, 3, "Agent is now allowed to recover its agent ID", "note 1.3-1.4/restart-agents");
    guide(t, 4, "The `LinuxInfo.capabilities` field", "note 1.3-1.4/relink-schedulers");
    guide(t, 5, "Changes to capability-related agent flags", "note 1.3-1.4/restart-agents");
    guide(t, 6, "The semantics of the optional resource", "note 1.3-1.4/rebuild-master-modules");
    guide(t, 7, "The XFS Disk Isolator now supports", "note 1.3-1.4/restart-agents");

    t = "1.5.0";
    guide(
        t,
        1,
        "The built-in executors will now send",
        "step 1.4-1.5/accept-task-starting-in-schedulers");
    guide(t, 2, "A new field, `limitation`", "note 1.4-1.5/relink-schedulers");
    guide(t, 3, "A new [`network/ports`]", "note 1.4-1.5/restart-agents");
    guide(t, 4, "Agent flag `--executor_secret_key`", "note 1.4-1.5/restart-agents");
    guide(t, 5, "The fields `Resource.disk.source.path.root`", "note 1.4-1.5/restart-agents");
    guide(t, 6, "The agent operator API call `GET_CONTAINERS`", "note 1.4-1.5/restart-agents");
    guide(t, 7, "A new agent flag `--reconfiguration_policy`", "note 1.4-1.5/restart-agents");
    guide(t, 8, "Protobuf version 3+ is required", "hop-note");

    t = "1.6.0";
    guide(t, 1, "gRPC version 1.10+ is required", "note 1.5-1.6/rebuild-agent-modules");
    guide(t, 2, "CSI v0.2 is now supported", "step 1.5-1.6/remove-storage-resource-providers");
    guide(t, 3, "A new agent flag `--fetcher_stall_timeout`", "note 1.5-1.6/restart-agents");
    guide(t, 4, "The disk profile adaptor module", "note 1.5-1.6/rebuild-agent-modules");

    t = "1.7.0";
    guide(t, 1, "A new [`linux/devices`]", "note 1.6-1.7/restart-agents");
    guide(t, 2, "A new option `cgroups/all`", "note 1.6-1.7/restart-agents");
    guide(t, 3, "Added container-specific cgroups mounts", "note 1.6-1.7/restart-agents");
    guide(t, 4, "Previously the `HOST_PATH`", "note 1.6-1.7/restart-agents");
    guide(t, 5, "To simplify the API for CSI-backed disk", "note 1.6-1.7/restart-masters");
    guide(t, 6, "A new `ViewResourceProvider` ACL", "note 1.6-1.7/restart-agents");
    guide(t, 7, "A new [`--enforce_container_ports`]", "note 1.6-1.7/restart-agents");
    guide(t, 8, "A new [`--gc_non_executor_container", "note 1.6-1.7/restart-agents");
    guide(t, 9, "`ContainerLogger` module interface", "note 1.6-1.7/rebuild-agent-modules");
    guide(t, 10, "`Isolator::recover()` has been updated", "note 1.6-1.7/rebuild-agent-modules");
    guide(t, 11, "As a result of adapting rapidjson", "hop-note");

    t = "1.8.0";
    guide(t, 1, "A new [`linux/seccomp`]", "note 1.7-1.8/restart-agents");

    t = "1.9.0";
    guide(t, 1, "A new `DRAINING` state", "note 1.8-1.9/restart-agents");
    guide(
        t,
        2,
        "The Mesos agent now requires the new `AGENT_DRAINING`",
        "step 1.8-1.9/list-agent-draining-in-agent-features");
    guide(t, 3, "A new [`linux/nnp`]", "note 1.8-1.9/restart-agents");
    guide(t, 4, "A new [`--docker_ignore_runtime`]", "note 1.8-1.9/restart-agents");
    guide(t, 5, "A new libprocess TLS flag", "hop-note");
    guide(t, 6, "The semantics of the libprocess environment", "hop-note");
    guide(
        t,
        7,
        "The Mesos containerizer now supports configurable IPC",
        "note 1.8-1.9/restart-agents");
    guide(t, 8, "The `SET_QUOTA` and `REMOVE QUOTA`", "note 1.8-1.9/restart-masters");
    guide(t, 9, "Prior to Mesos 1.9, the quota related APIs", "note 1.8-1.9/restart-masters");

    t = "1.10.0";
    guide(t, 1, "The canonical name for the environment", "hop-note");
    guide(t, 2, "The Mesos agent's `cgroups_enable_cfs`", "note 1.9-1.10/restart-agents");
    guide(
        t,
        3,
        "The Mesos agent now requires the new `TASK_RESOURCE_LIMITS`",
        "step 1.9-1.10/list-task-resource-limits-in-agent-features");
    guide(t, 4, "Authorizers now must implement", "note 1.9-1.10/rebuild-master-modules");
    guide(t, 5, "The field `pending_tasks`", "note 1.9-1.10/restart-masters");
    guide(t, 6, "Allocator interface has been changed", "note 1.9-1.10/rebuild-master-modules");
  }

  static {
    String t = "1.1.0";
    changelog(t, "The following metrics are deprecated", "note 1.0-1.1/restart-masters");
    changelog(t, "[MESOS-5955] - Health check binary", "note 1.0-1.1/restart-agents");
    changelog(t, "[MESOS-6371] - Remove the 'recover()'", "note 1.0-1.1/rebuild-agent-modules");
    changelog(t, "[MESOS-6204] - A new agent flag called", "note 1.0-1.1/restart-agents");
    changelog(t, "[MESOS-6220] - HTTP handler failures", "note 1.0-1.1/restart-masters");
    changelog(
        t,
        "[MESOS-6241] - New API calls",
        "none: new agent API calls for nested containers; nothing an operator or framework runs"
            + " changes");

    t = "1.2.0";
    changelog(t, "[MESOS-6650] - Remove slavePreLaunch", "note 1.1-1.2/rebuild-agent-modules");
    changelog(
        t,
        "[MESOS-3601] - Formalize all headers",
        "none: documents the headers of the HTTP API event streams; no client must change");
    changelog(t, "[MESOS-6286] - If an agent restarts", "note 1.1-1.2/restart-masters");
    changelog(t, "[MESOS-6419] - When a framework re-registers", "note 1.1-1.2/relink-schedulers");
    changelog(t, "[MESOS-6670] - Authz for Agent v1", "note 1.1-1.2/restart-agents");
    changelog(t, "[MESOS-6675] - Changed the allocator API", "note 1.1-1.2/rebuild-master-modules");
    changelog(
        t,
        "[MESOS-6865] - Remove the constraint",
        "none: lifts a limit on nesting containers; what worked before still works");

    t = "1.3.0";
    changelog(t, "**NOTE**: In Mesos 1.3.0, the master", "note 1.2-1.3/restart-masters");
    changelog(t, "[MESOS-7259] - Remove deprecated ACLs", "note 1.2-1.3/move-deprecated-acls");
    changelog(t, "[MESOS-7320] - Remove deprecated ACL", "note 1.2-1.3/move-deprecated-acls");

    t = "1.4.0";
    changelog(t, "[MESOS-7671] - LinuxInfo.capabilities", "note 1.3-1.4/relink-schedulers");
    changelog(t, "[MESOS-7477] - The agent `--allowed", "note 1.3-1.4/restart-agents");

    t = "1.5.0";
    changelog(t, "[MESOS-7305] - Some nested container", "note 1.4-1.5/restart-agents");
    changelog(t, "Agent flag `--executor_secret_key`", "note 1.4-1.5/restart-agents");
    changelog(t, "[MESOS-6406, MESOS-7215, MESOS-8337]", "note 1.4-1.5/restart-masters");
    changelog(t, "[MESOS-7550] The fields", "note 1.4-1.5/restart-agents");
    changelog(t, "[MESOS-7660] `Filter::refuse_seconds`", "note 1.4-1.5/relink-schedulers");
    changelog(
        t, "[MESOS-7941] Built-in executors", "note 1.4-1.5/accept-task-starting-in-schedulers");
    changelog(t, "[MESOS-7973] A new `catchup` method", "note 1.4-1.5/restart-masters");
    changelog(t, "[MESOS-8040] Return nested/standalone", "note 1.4-1.5/restart-agents");
    changelog(t, "[MESOS-8165] Master will now send TASK_GONE", "note 1.4-1.5/relink-schedulers");
    changelog(t, "Upgraded minimum required Protobuf", "hop-note");

    t = "1.6.0";
    changelog(
        t,
        "[MESOS-8682] - The use of the C runtime",
        "none: concerns building Mesos on Windows only");
    changelog(
        t, "Support for CSI v0.1 is deprecated", "note 1.5-1.6/remove-storage-resource-providers");
    changelog(t, "[MESOS-8306] - Authorization of resource", "note 1.5-1.6/restart-masters");
    changelog(t, "[MESOS-8332] - Container sandbox permissions", "note 1.5-1.6/restart-agents");
    changelog(t, "[MESOS-8388] - Local resource provider", "note 1.5-1.6/restart-masters");
    changelog(
        t,
        "[MESOS-8534] - Nested containers within",
        "none: a new choice for task groups; nothing existing changes");
    changelog(t, "Upgraded minimum required gRPC", "note 1.5-1.6/rebuild-agent-modules");

    t = "1.7.0";
    changelog(t, "[MESOS-9066] - Introduced `CREATE_DISK`", "note 1.6-1.7/restart-masters");
    changelog(t, "Container logger module interface", "note 1.6-1.7/rebuild-agent-modules");
    changelog(t, "`Isolator::recover` interface", "note 1.6-1.7/rebuild-agent-modules");
    changelog(t, "JSON endpoints now use rapidjson", "hop-note");
    changelog(t, "[MESOS-8395] - Made gRPC a requirement", "note 1.6-1.7/rebuild-agent-modules");
    changelog(
        t, "[MESOS-8064] - Mesos now requires libarchive", "note 1.6-1.7/rebuild-agent-modules");
    changelog(t, "[MESOS-9092] - Adopt rapidjson", "note 1.6-1.7/rebuild-agent-modules");

    t = "1.8.0";
    changelog(t, "The experimental operation feedback API", "note 1.7-1.8/relink-schedulers");
    changelog(t, "[MESOS-9540] - Improved the experimental", "note 1.7-1.8/relink-schedulers");

    t = "1.9.0";
    changelog(t, "Support for quota limits has been added", "note 1.8-1.9/restart-masters");
    changelog(t, "Mesos components will now forego TLS", "hop-note");
    changelog(t, "The `Socket::connect(const Address&)`", "note 1.8-1.9/rebuild-master-modules");

    t = "1.10.0";
    changelog(t, "**Breaking change** for authorizer", "note 1.9-1.10/rebuild-master-modules");
    changelog(
        t,
        "Quota can now be set on the default",
        "none: a new possibility; quota that is set keeps working");
    changelog(
        t, "Quota consumption metrics", "none: new metrics; the existing ones keep their names");

    t = "1.11.0";
    changelog(
        t,
        "**Breaking change** Deprecated authentication credential",
        "step 1.10-1.11/convert-master-credentials-to-json");
  }

  /** A bullet of a guide section, or an entry of a CHANGELOG, as read from the resources. */
  private record Item(String key, String text) {}

  private static String resource(String name) {
    try (InputStream in =
        GuideFidelity1xTest.class.getResourceAsStream("/upgrade-guide-1x/" + name)) {
      Objects.requireNonNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(name, e);
    }
  }

  /**
   * Reads the bullets of the guide's section for the hop into {@code tag}: each list item and
   * numbered step, with the indented lines and sub-items under it.
   */
  static List<Item> guideBullets(String tag) {
    List<String> lines = resource("upgrades-" + tag + ".md").lines().toList();
    List<Item> bullets = new ArrayList<>();
    StringBuilder current = null;
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()
          || line.startsWith("<a name")
          || line.equals("In order to upgrade a running cluster:")) {
        continue;
      }
      if (line.startsWith(" ") && current != null) {
        current.append(' ').append(line.strip());
      } else {
        current = new StringBuilder(line.replaceFirst("^\\* ", ""));
        bullets.add(new Item(tag + " #" + (bullets.size() + 1), ""));
      }
      bullets.set(
          bullets.size() - 1, new Item(bullets.get(bullets.size() - 1).key(), current.toString()));
    }
    return bullets;
  }

  private static final Set<String> CATEGORIES =
      Set.of(
          "Deprecations",
          "Deprecations/Removals",
          "Additional API Changes",
          "Changes to Dependencies");

  private static final Pattern ITEM = Pattern.compile("^\\s*\\* (.*)$");

  /**
   * Reads the CHANGELOG entries of release {@code tag} an operator or framework author may have to
   * act on: every entry under Deprecations, Additional API Changes and Changes to Dependencies, the
   * release's NOTE paragraphs, and any other entry that names a breaking change or a deprecation.
   */
  static List<Item> changelogEntries(String tag) {
    List<String[]> entries = new ArrayList<>();
    String category = "";
    String[] current = null;
    for (String line : resource("changelog-" + tag + ".txt").lines().toList()) {
      Matcher item = ITEM.matcher(line);
      if (line.matches("^\\S.*:$")) {
        category = line.substring(0, line.length() - 1);
        current = null;
      } else if (line.startsWith("**NOTE**")) {
        current = new String[] {"NOTE", line};
        entries.add(current);
      } else if (item.matches()) {
        current = new String[] {category, item.group(1)};
        entries.add(current);
      } else if (current != null && !line.isBlank()) {
        current[1] = current[1] + " " + line.strip();
      }
    }
    return entries.stream()
        .filter(
            entry ->
                CATEGORIES.contains(entry[0])
                    || entry[0].equals("NOTE")
                    || entry[1].matches("(?is).*(breaking change|deprecat).*"))
        .map(entry -> new Item(tag, entry[1]))
        .toList();
  }

  private static UpgradePlan plan(String tag) {
    return UpgradePlanner.plan(FROM.get(tag), tag);
  }

  private static UpgradeHop hop(String tag) {
    return plan(tag).hops().get(plan(tag).hops().size() - 1);
  }

  private static UpgradeStep step(String tag, String id) {
    return plan(tag).steps().stream()
        .filter(step -> step.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "the plan " + FROM.get(tag) + " -> " + tag + " has no step " + id));
  }

  @Test
  void theGuideTableCoversExactlyTheBulletsOfEverySection() {
    List<String> read = new ArrayList<>();
    for (String tag : GUIDE_TAGS) {
      for (Item bullet : guideBullets(tag)) {
        read.add(bullet.key());
        Mapping mapping = GUIDE.get(bullet.key());
        assertThat(mapping).as(bullet.key() + " " + bullet.text()).isNotNull();
        assertThat(bullet.text()).as(bullet.key()).startsWith(mapping.text());
      }
    }
    assertThat(GUIDE.keySet()).containsExactlyElementsOf(read);
  }

  @Test
  void theChangelogTableCoversExactlyTheEntriesToActOn() {
    List<String> read = new ArrayList<>();
    for (String tag : FROM.keySet()) {
      for (Item entry : changelogEntries(tag)) {
        List<String> keys =
            CHANGELOG.entrySet().stream()
                .filter(e -> e.getKey().startsWith(tag + ": "))
                .filter(e -> entry.text().startsWith(e.getValue().text()))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(keys).as(tag + ": " + entry.text()).hasSize(1);
        read.add(keys.get(0));
      }
    }
    assertThat(CHANGELOG.keySet()).containsExactlyElementsOf(read);
  }

  static Stream<Arguments> guideBullets() {
    return GUIDE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue().where()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("guideBullets")
  void everyGuideBulletBecomesAStepOrANoteCitingIt(String key, String where) {
    String tag = key.substring(0, key.indexOf(' '));
    int number = Integer.parseInt(key.substring(key.indexOf('#') + 1));
    Source cited = BuiltInHops1_0To1_11.bullet(tag, number);
    assertThat(cited.section())
        .isEqualTo(
            resource("upgrades-" + tag + ".md")
                .lines()
                .findFirst()
                .orElseThrow()
                .replaceAll("^## | ##$", ""));
    assertCites(tag, where, List.of(cited));
  }

  static Stream<Arguments> changelogEntries() {
    return CHANGELOG.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue().where()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("changelogEntries")
  void everyChangelogEntryToActOnBecomesAStepOrANote(String key, String where) {
    String tag = key.substring(0, key.indexOf(':'));
    assertCites(tag, where, List.of(BuiltInHops1_0To1_11.changelog(tag)));
  }

  private static void assertCites(String tag, String where, List<Source> cited) {
    String kind = where.startsWith("none:") ? "none" : where.split(" ", 2)[0];
    switch (kind) {
      case "step" -> {
        UpgradeStep step = step(tag, where.substring(5));
        assertThat(step.source()).isIn(cited);
      }
      case "note" ->
          assertThat(step(tag, where.substring(5)).notes())
              .anySatisfy(note -> assertThat(note.sources()).containsAnyElementsOf(cited));
      case "hop-note" ->
          assertThat(hop(tag).notes())
              .anySatisfy(note -> assertThat(note.sources()).containsAnyElementsOf(cited));
      case "none" -> assertThat(where.substring(5).strip()).hasSizeGreaterThan(20);
      default -> throw new AssertionError(where);
    }
  }

  @Test
  void everyGuideCitationOfTheseHopsPointsAtARealBullet() {
    List<String> bullets = new ArrayList<>();
    GUIDE_TAGS.forEach(tag -> guideBullets(tag).forEach(bullet -> bullets.add(bullet.key())));
    List<String> cited = new ArrayList<>();
    for (String tag : FROM.keySet()) {
      UpgradeHop hop = hop(tag);
      List<Source> sources = new ArrayList<>();
      hop.notes().forEach(note -> sources.addAll(note.sources()));
      for (UpgradeStep step : hop.steps()) {
        sources.add(step.source());
        step.notes().forEach(note -> sources.addAll(note.sources()));
      }
      for (Source source : sources) {
        if (source.kind() == Source.Kind.GUIDE) {
          assertThat(source.revision()).isEqualTo(tag);
          assertThat(source).isEqualTo(BuiltInHops1_0To1_11.bullet(tag, source.bullet()));
          cited.add(tag + " #" + source.bullet());
        }
      }
    }
    assertThat(bullets).containsAll(cited);
  }

  @Test
  void theGuideHasNoSectionFor1_11SoTheHopSaysSo() {
    assertThat(GuideFidelity1xTest.class.getResource("/upgrade-guide-1x/upgrades-1.11.0.md"))
        .isNull();
    assertThat(hop("1.11.0").notes())
        .anySatisfy(
            note -> {
              assertThat(note.text()).contains("no section for 1.10.x to 1.11.x");
              assertThat(note.sources())
                  .contains(
                      Source.mesos("docs/upgrades.md", "1.11.0"),
                      BuiltInHops1_0To1_11.changelog("1.11.0"));
            });
  }

  @Test
  void an18AgentWithAnExplicitFeatureListNeedsAgentOperationFeedback() {
    List<String> ids = plan("1.8.0").steps().stream().map(UpgradeStep::id).toList();
    String id = "1.7-1.8/list-agent-operation-feedback-in-agent-features";
    assertThat(ids.indexOf(id))
        .isGreaterThan(ids.indexOf("1.7-1.8/install-agents"))
        .isLessThan(ids.indexOf("1.7-1.8/restart-agents"));
    UpgradeStep step = step("1.8.0", id);
    assertThat(step.component()).isEqualTo(Component.SLAVE);
    assertThat(step.action()).isEqualTo(StepAction.RECONFIGURE);
    assertThat(step.necessity()).isEqualTo(Necessity.IF_NECESSARY);
    assertThat(step.source()).isEqualTo(Source.mesos("src/slave/flags.cpp", "1.8.0"));
    assertThat(step.describe())
        .isEqualTo(
            "Reconfigure every agent for 1.8.0 (if necessary): only agents started with"
                + " --agent_features: add AGENT_OPERATION_FEEDBACK and RESOURCE_PROVIDER to the"
                + " list for the restart on 1.8, since a 1.8 agent whose list lacks either exits at"
                + " startup (1.7 does not define AGENT_OPERATION_FEEDBACK).");
    assertThat(step.notes())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.kind()).isEqualTo(Note.Kind.UNDOCUMENTED_CHANGE);
              assertThat(note.text())
                  .contains(
                      "\"AGENT_OPERATION_FEEDBACK feature requires RESOURCE_PROVIDER feature\"",
                      "Neither the guide nor the CHANGELOG says so.");
              assertThat(note.sources())
                  .contains(
                      Source.mesos("src/slave/flags.cpp", "1.7.0"),
                      Source.mesos("src/slave/flags.cpp", "1.8.0"),
                      Source.mesos("include/mesos/mesos.proto", "1.8.0"));
            });
  }

  @Test
  void a111DaemonNeedsItsCredentialsFilesInJson() {
    List<String> ids = plan("1.11.0").steps().stream().map(UpgradeStep::id).toList();
    assertThat(ids)
        .containsSubsequence(
            "1.10-1.11/convert-master-credentials-to-json",
            "1.10-1.11/install-masters",
            "1.10-1.11/restart-masters",
            "1.10-1.11/convert-agent-credentials-to-json",
            "1.10-1.11/install-agents",
            "1.10-1.11/restart-agents");
    UpgradeStep masters = step("1.11.0", "1.10-1.11/convert-master-credentials-to-json");
    UpgradeStep agents = step("1.11.0", "1.10-1.11/convert-agent-credentials-to-json");
    assertThat(List.of(masters.component(), agents.component()))
        .containsExactly(Component.MASTER, Component.SLAVE);
    for (UpgradeStep step : List.of(masters, agents)) {
      assertThat(step.action()).isEqualTo(StepAction.RECONFIGURE);
      assertThat(step.necessity()).isEqualTo(Necessity.IF_NECESSARY);
      assertThat(step.source()).isEqualTo(Source.mesos("CHANGELOG", "1.11.0"));
      assertThat(step.notes())
          .singleElement()
          .satisfies(
              note ->
                  assertThat(note.sources())
                      .contains(
                          Source.mesos("CHANGELOG", "1.11.0"),
                          Source.mesos("src/credentials/credentials.hpp", "1.11.0"),
                          Source.mesos("src/credentials/credentials.hpp", "1.10.0")));
    }
    assertThat(masters.describe())
        .isEqualTo(
            "Reconfigure every master for 1.11.0 (if necessary): only masters started with"
                + " --credentials: rewrite that file as JSON before it starts on 1.11, which reads"
                + " only the JSON form and exits on a plain-text file (one 'principal secret' per"
                + " line); the 1.10 daemons already read the JSON form.");
    assertThat(masters.notes().get(0).text())
        .contains("{\"credentials\": [{\"principal\": \"<principal>\", \"secret\": \"<secret>\"}]}")
        .contains("(see --credentials flag)");
    assertThat(agents.notes().get(0).text())
        .contains(
            "The --credential file holds one credential, {\"principal\": \"<principal>\","
                + " \"secret\": \"<secret>\"}; the --http_credentials file holds a list,"
                + " {\"credentials\": [{\"principal\": \"<principal>\", \"secret\":"
                + " \"<secret>\"}]}.");
  }

  @Test
  void credentialsConvertedAfterTheRestartBreakTheRuleOf111() {
    ValidationReport report =
        Runbooks.of("1.10.0", "1.11.0")
            .moveAfter("1.10-1.11/convert-master-credentials-to-json", "1.10-1.11/restart-masters")
            .validate();
    assertThat(report.violations())
        .extracting(Violation::code, Violation::message)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                ViolationCode.ORDERING_RULE,
                "step 1.10-1.11/restart-masters must come after step"
                    + " 1.10-1.11/convert-master-credentials-to-json (a 1.11 master exits on a"
                    + " plain-text --credentials file): move it after"
                    + " 1.10-1.11/convert-master-credentials-to-json [apache/mesos CHANGELOG at"
                    + " 1.11.0]"));
  }

  @Test
  void featuresListedAfterTheRestartBreakTheRuleOf18() {
    ValidationReport report =
        Runbooks.of("1.7.3", "1.8.0")
            .moveAfter(
                "1.7-1.8/list-agent-operation-feedback-in-agent-features", "1.7-1.8/restart-agents")
            .validate();
    assertThat(report.violations())
        .extracting(Violation::code, Violation::stepIds)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                ViolationCode.ORDERING_RULE,
                List.of(
                    "1.7-1.8/restart-agents",
                    "1.7-1.8/list-agent-operation-feedback-in-agent-features")));
  }
}
