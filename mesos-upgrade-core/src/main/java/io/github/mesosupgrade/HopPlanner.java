package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Turns a catalog's hop definitions into the hops of a plan, with the ordering rules that hold for
 * their steps.
 *
 * <p>Before {@link #DIRECT_UPGRADES_FROM} every release line is a hop of its own. From it on,
 * Mesos' versioning policy lets a master or agent go from one stable release (the newest patch
 * release of its line) straight to a later release, so the hops from there to the target are merged
 * into one: steps that several crossed hops share by name (the part of the id after the slash,
 * {@code install-masters}) are done once, under the id of the last crossed hop, and carry the notes
 * and flag changes of all of them; steps of one hop only (moving ACLs, removing resource providers)
 * keep their id and their place before or after the shared steps. The ordering rules of every
 * crossed hop still hold, with the shared steps' ids replaced by the merged ones.
 *
 * <p>The hop into a release from the newest release of the previous line is computed once, the
 * first time a plan needs it, and kept, so that most planning only slices and wraps; nothing is
 * computed for hops no plan has needed yet (a command line that plans one upgrade builds four hops,
 * not every hop of the catalog).
 */
final class HopPlanner {
  /** The first release line from which a jump across several lines is one hop. */
  static final ReleaseLine DIRECT_UPGRADES_FROM = ReleaseLine.of(1, 0);

  static final Source VERSIONING = Source.mesos("docs/versioning.md", "1.0.0");

  private static final Source PATCH_SOURCE = Source.mesos("support/test-upgrade.py", "c1b42f79d1");
  private static final String PATCH_PURPOSE_0X =
      "a patch release inside one release line; masters first, then slaves, as Mesos' own upgrade"
          + " test does";
  private static final String PATCH_PURPOSE_1X =
      "a patch release inside one release line; masters first, then agents, as Mesos' own upgrade"
          + " test does";

  /** A hop of a plan and the ordering rules that hold for its steps. */
  record PlannedHop(UpgradeHop hop, ImmutableList<OrderingConstraint> constraints) {}

  private final UpgradeCatalog catalog;
  private final ConcurrentMap<MesosVersion, PlannedHop> hopInto = new ConcurrentHashMap<>();

  /**
   * Merged hops already made, by start and end release. Merging is most of the cost of planning and
   * validating a jump, and a planner sees the same few jumps again and again; the map stops growing
   * at {@code jumpsKept} entries ({@link #JUMPS_KEPT} by default), so that checking every jump of a
   * large catalog keeps no more.
   */
  private final ConcurrentMap<Jump, PlannedHop> jumps = new ConcurrentHashMap<>();

  private final int jumpsKept;

  static final int JUMPS_KEPT = 256;

  private record Jump(MesosVersion from, MesosVersion to) {}

  /**
   * The checks of jumps across three or more release lines, by first and last line, once {@link
   * #checkJumpsWhenPlanned()} asked for them: building a catalog checks each hop, each jump across
   * two lines and the whole chain, which is linear in the catalog; the longer jumps (quadratic in
   * number, each as long as the lines it crosses) are checked the first time a plan takes them.
   */
  private final ConcurrentMap<Jump, JumpCheck> jumpChecks = new ConcurrentHashMap<>();

  private volatile boolean checkJumps;

  HopPlanner(UpgradeCatalog catalog) {
    this(catalog, JUMPS_KEPT);
  }

  HopPlanner(UpgradeCatalog catalog, int jumpsKept) {
    this.catalog = catalog;
    this.jumpsKept = jumpsKept;
  }

  /**
   * Checks that an upgrade from {@code from} to {@code to} can be planned.
   *
   * @throws UnsupportedUpgradeException if it cannot
   */
  void check(MesosVersion from, MesosVersion to) {
    requireNonNull(from, "from must not be null");
    requireNonNull(to, "to must not be null");
    checkKnown(from, to, from, "from");
    checkKnown(from, to, to, "to");
    if (to.isBefore(from)) {
      throw new UnsupportedUpgradeException(
          from,
          to,
          UnsupportedUpgradeException.Reason.DOWNGRADE,
          UpgradePlan.downgradeMessage(from, to));
    }
  }

  private void checkKnown(MesosVersion from, MesosVersion to, MesosVersion version, String side) {
    if (catalog.supportedReleases().contains(version)) {
      return;
    }
    String oldest = catalog.oldestSupported().toString();
    String newest = catalog.newestSupported().toString();
    if (catalog.releases().contains(version)) {
      throw new UnsupportedUpgradeException(
          from,
          to,
          UnsupportedUpgradeException.Reason.UNSUPPORTED_VERSION,
          outOfRangeMessage(side, version, oldest, newest));
    }
    ImmutableSortedSet<MesosVersion> line = catalog.releasesOf(version.releaseLine());
    String message =
        line.isEmpty()
            ? neverReleasedMessage(side, version, oldest, newest)
            : neverReleasedInLineMessage(side, version, join(line));
    throw new UnsupportedUpgradeException(
        from, to, UnsupportedUpgradeException.Reason.UNKNOWN_VERSION, message);
  }

  private static String join(Iterable<MesosVersion> versions) {
    StringBuilder out = new StringBuilder();
    for (MesosVersion version : versions) {
      out.append(out.length() == 0 ? "" : ", ").append(version);
    }
    return out.toString();
  }

  /** Returns the hops from {@code from} to {@code to}, which {@link #check} accepted. */
  ImmutableList<UpgradeHop> hops(MesosVersion from, MesosVersion to) {
    ImmutableList.Builder<UpgradeHop> hops = ImmutableList.builder();
    for (PlannedHop planned : planned(from, to)) {
      hops.add(planned.hop());
    }
    return hops.build();
  }

  /**
   * Returns the hops from {@code from} to {@code to}, which {@link #check} accepted, with their
   * ordering rules.
   */
  ImmutableList<PlannedHop> planned(MesosVersion from, MesosVersion to) {
    if (from.equals(to)) {
      return ImmutableList.of();
    }
    if (from.releaseLine().equals(to.releaseLine())) {
      return ImmutableList.of(patchHop(from, to));
    }
    ImmutableList.Builder<PlannedHop> hops = ImmutableList.builder();
    int first = catalog.lineIndex(from.releaseLine());
    int last = catalog.lineIndex(to.releaseLine());
    MesosVersion current = from;
    for (int i = first; i < last; i++) {
      HopDefinition definition = catalog.hop(i);
      if (isDirect(definition)) {
        MesosVersion stable = catalog.newestRelease(definition.from()).orElseThrow();
        if (!current.equals(stable)) {
          hops.add(patchHop(current, stable));
          current = stable;
        }
        hops.add(jump(catalog.hops(i, last), current, to));
        break;
      }
      MesosVersion target =
          i == last - 1 ? to : catalog.newestRelease(definition.to()).orElseThrow();
      hops.add(single(definition, current, target));
      current = target;
    }
    return hops.build();
  }

  /**
   * Returns the hops of an upgrade whose masters went from {@code from} straight to {@code via},
   * without the patch hop to the stable release of {@code from}'s line that {@link #planned} puts
   * first, and then on to {@code to} as planned: the plan a cluster is on when its masters already
   * run {@code via} and some agents still run {@code from}. {@code via} is in the line of {@code
   * from} or the next one, both from {@link #DIRECT_UPGRADES_FROM} on, and {@link #check} accepted
   * {@code from} to {@code to}.
   */
  ImmutableList<PlannedHop> plannedVia(MesosVersion from, MesosVersion via, MesosVersion to) {
    ImmutableList.Builder<PlannedHop> hops = ImmutableList.builder();
    if (from.releaseLine().equals(via.releaseLine())) {
      hops.add(patchHop(from, via));
    } else {
      int line = catalog.lineIndex(from.releaseLine());
      hops.add(single(catalog.hop(line), from, via));
    }
    return hops.addAll(planned(via, to)).build();
  }

  /** Returns whether a jump from the start of {@code definition} may skip release lines. */
  static boolean isDirect(HopDefinition definition) {
    return definition.from().compareTo(DIRECT_UPGRADES_FROM) >= 0;
  }

  private PlannedHop single(HopDefinition definition, MesosVersion from, MesosVersion to) {
    boolean fromStable = catalog.newestRelease(definition.from()).orElseThrow().equals(from);
    return fromStable
        ? hopInto.computeIfAbsent(to, release -> build(definition, from, release))
        : build(definition, from, to);
  }

  private PlannedHop build(HopDefinition definition, MesosVersion from, MesosVersion to) {
    ImmutableList.Builder<UpgradeStep> steps = ImmutableList.builder();
    for (UpgradeStep step : definition.steps()) {
      steps.add(retarget(step, definition, from, to));
    }
    return new PlannedHop(
        hop(from, to, steps.build(), definition.notes()), definition.constraints());
  }

  private PlannedHop jump(List<HopDefinition> definitions, MesosVersion from, MesosVersion to) {
    if (definitions.size() == 1) {
      return single(definitions.get(0), from, to);
    }
    requireValidJump(definitions);
    Jump key = new Jump(from, to);
    PlannedHop known = jumps.get(key);
    if (known != null) {
      return known;
    }
    PlannedHop made = merged(definitions, from, to);
    if (jumps.size() < jumpsKept) {
      PlannedHop raced = jumps.putIfAbsent(key, made);
      return raced == null ? made : raced;
    }
    return made;
  }

  /**
   * Makes every later plan that jumps across three or more release lines first check that jump as
   * building the catalog checks the shorter ones: its plan between the newest releases of its first
   * and last lines must pass the validator.
   */
  void checkJumpsWhenPlanned() {
    checkJumps = true;
  }

  private void requireValidJump(List<HopDefinition> definitions) {
    if (!checkJumps || definitions.size() < 3) {
      return;
    }
    Jump lines =
        new Jump(
            catalog.newestRelease(definitions.get(0).from()).orElseThrow(),
            catalog.newestRelease(definitions.get(definitions.size() - 1).to()).orElseThrow());
    jumpChecks.computeIfAbsent(lines, key -> new JumpCheck()).require(lines);
  }

  /**
   * The check of one jump, done once. The validator plans the jump again while checking it; that
   * plan, on the checking thread, is not checked again. Other threads wait for the answer.
   */
  private final class JumpCheck {
    private volatile boolean valid;
    private boolean checking;
    private @org.jspecify.annotations.Nullable List<String> problems;

    void require(Jump jump) {
      if (valid) {
        return;
      }
      synchronized (this) {
        if (checking) {
          return;
        }
        if (problems == null) {
          checking = true;
          try {
            problems = CatalogChecks.plan(catalog, jump.from(), jump.to());
          } finally {
            checking = false;
          }
          valid = problems.isEmpty();
        }
        if (!problems.isEmpty()) {
          throw new InvalidCatalogException(problems);
        }
      }
    }
  }

  /** Forgets the merged hops made so far. */
  void forgetJumps() {
    jumps.clear();
  }

  private PlannedHop merged(List<HopDefinition> definitions, MesosVersion from, MesosVersion to) {
    Merge merge = merge(definitions);
    ImmutableList.Builder<UpgradeStep> steps = ImmutableList.builder();
    for (Merge.Entry entry : merge.entries) {
      steps.add(entry.fold(from, to));
    }
    Set<Note> notes = new LinkedHashSet<>();
    Map<String, OrderingConstraint> constraints = new LinkedHashMap<>();
    for (HopDefinition definition : definitions) {
      notes.addAll(definition.notes());
      for (OrderingConstraint rule : definition.constraints()) {
        String before = merge.idOf.getOrDefault(rule.before(), rule.before());
        String after = merge.idOf.getOrDefault(rule.after(), rule.after());
        if (!before.equals(after)) {
          constraints.putIfAbsent(
              before + ' ' + after,
              OrderingConstraint.of(before, after, rule.reason(), rule.source()));
        }
      }
    }
    return new PlannedHop(
        hop(from, to, steps.build(), ImmutableList.copyOf(notes)),
        ImmutableList.copyOf(constraints.values()));
  }

  private UpgradeHop hop(
      MesosVersion from, MesosVersion to, List<UpgradeStep> steps, List<Note> notes) {
    return ImmutableUpgradeHop.builder()
        .from(from)
        .to(to)
        .addAllSteps(steps)
        .addAllNotes(notes)
        .addAllRemovedFlags(removedFlags(from, to))
        .addAllRemovedEndpoints(removedEndpoints(from, to))
        .build();
  }

  /**
   * Returns {@code step} working towards the release of its line in this hop: {@code from} for a
   * step of the hop's starting line (done while the cluster still runs it), {@code to} otherwise.
   */
  private static UpgradeStep retarget(
      UpgradeStep step, HopDefinition definition, MesosVersion from, MesosVersion to) {
    MesosVersion version = definition.from().contains(step.version()) ? from : to;
    return step.version().equals(version) ? step : step.withVersion(version);
  }

  /** Returns the name of a step inside its hop: the part of its id after the slash. */
  static String stepName(String id) {
    return id.substring(id.indexOf('/') + 1);
  }

  /**
   * Returns the problems of merging {@code definitions} into one hop: steps that share a name but
   * not a component and action, and shared steps the hops put in different orders.
   */
  static List<String> mergeProblems(List<HopDefinition> definitions) {
    return merge(definitions).problems;
  }

  private static Merge merge(List<HopDefinition> definitions) {
    Merge merge = new Merge();
    for (HopDefinition definition : definitions) {
      merge.add(definition);
    }
    return merge;
  }

  /** The steps of several hops merged by name, in an order each hop's own order agrees with. */
  private static final class Merge {
    final List<Entry> entries = new ArrayList<>();
    final Map<String, Entry> byName = new HashMap<>();
    final Map<String, String> idOf = new HashMap<>();
    final List<String> problems = new ArrayList<>();

    void add(HopDefinition definition) {
      List<UpgradeStep> steps = definition.steps();
      int insertAt = 0;
      for (int k = 0; k < steps.size(); k++) {
        UpgradeStep step = steps.get(k);
        String name = stepName(step.id());
        Entry entry = byName.get(name);
        if (entry != null) {
          UpgradeStep earlier = entry.parts.get(0);
          if (earlier.component() != step.component() || earlier.action() != step.action()) {
            problems.add(mergeMismatchMessage(step.id(), earlier.id(), definition));
          }
          int at = entries.indexOf(entry);
          if (at < insertAt) {
            problems.add(
                mergeOrderMessage(
                    definition, step.id(), entries.get(insertAt - 1).parts.get(0).id()));
          }
          entry.parts.add(step);
          insertAt = Math.max(insertAt, at + 1);
        } else {
          int at = entries.size();
          for (int m = k + 1; m < steps.size(); m++) {
            Entry anchor = byName.get(stepName(steps.get(m).id()));
            if (anchor != null) {
              at = entries.indexOf(anchor);
              break;
            }
          }
          at = Math.max(at, insertAt);
          entry = new Entry(definition);
          entry.parts.add(step);
          entries.add(at, entry);
          byName.put(name, entry);
          insertAt = at + 1;
        }
      }
      for (Entry entry : entries) {
        String id = entry.parts.get(entry.parts.size() - 1).id();
        for (UpgradeStep part : entry.parts) {
          idOf.put(part.id(), id);
        }
      }
    }

    /** One step of the merged hop and the steps of the crossed hops it stands for. */
    static final class Entry {
      final HopDefinition firstDefinition;
      final List<UpgradeStep> parts = new ArrayList<>();

      Entry(HopDefinition firstDefinition) {
        this.firstDefinition = firstDefinition;
      }

      UpgradeStep fold(MesosVersion from, MesosVersion to) {
        UpgradeStep last = parts.get(parts.size() - 1);
        if (parts.size() == 1) {
          return retarget(last, firstDefinition, from, to);
        }
        Necessity necessity = Necessity.IF_NECESSARY;
        String purpose = "";
        Map<String, FlagChange> changes = new LinkedHashMap<>();
        Set<Note> notes = new LinkedHashSet<>();
        for (UpgradeStep part : parts) {
          necessity = stronger(necessity, part.necessity());
          purpose = part.purpose().isEmpty() ? purpose : part.purpose();
          for (FlagChange change : part.flagChanges()) {
            changes.put(change.name(), change);
          }
          notes.addAll(part.notes());
        }
        return last.withVersion(to)
            .withNecessity(necessity)
            .withPurpose(purpose)
            .withFlagChanges(changes.values())
            .withNotes(notes);
      }

      private static Necessity stronger(Necessity a, Necessity b) {
        return rank(b) > rank(a) ? b : a;
      }

      private static int rank(Necessity necessity) {
        return switch (necessity) {
          case IF_NECESSARY -> 0;
          case RECOMMENDED -> 1;
          case REQUIRED -> 2;
        };
      }
    }
  }

  private PlannedHop patchHop(MesosVersion from, MesosVersion to) {
    String prefix = from + "-" + to + "/";
    // The ids say what the release calls each daemon (agents from Mesos 1.0), as the ids of the
    // hops between 1.x lines do.
    String purpose = to.major() >= 1 ? PATCH_PURPOSE_1X : PATCH_PURPOSE_0X;
    ImmutableList.Builder<UpgradeStep> steps = ImmutableList.builder();
    for (Component daemon : new Component[] {Component.MASTER, Component.SLAVE}) {
      for (StepAction action : new StepAction[] {StepAction.INSTALL_BINARIES, StepAction.RESTART}) {
        String verb = action == StepAction.RESTART ? "restart-" : "install-";
        steps.add(
            UpgradeStep.builder()
                .id(prefix + verb + daemon.pluralAt(to))
                .component(daemon)
                .action(action)
                .version(to)
                .necessity(Necessity.REQUIRED)
                .purpose(purpose)
                .source(PATCH_SOURCE)
                .build());
      }
    }
    return new PlannedHop(hop(from, to, steps.build(), ImmutableList.of()), ImmutableList.of());
  }

  private ImmutableList<MesosFlag> removedFlags(MesosVersion from, MesosVersion to) {
    ImmutableList.Builder<MesosFlag> removed = ImmutableList.builder();
    CatalogFacts facts = catalog.factsUpTo(to);
    for (MesosFlag flag : facts.flagRemovals().between(from, to, MesosFlag::isAcceptedBy)) {
      if (facts.flag(flag.component(), flag.name(), to).isEmpty()) {
        removed.add(flag);
      }
    }
    return removed.build();
  }

  /** The endpoints {@code from} serves and {@code to} does not (some come back, as flags do). */
  private ImmutableList<Endpoint> removedEndpoints(MesosVersion from, MesosVersion to) {
    ImmutableList.Builder<Endpoint> removed = ImmutableList.builder();
    CatalogFacts facts = catalog.factsUpTo(to);
    for (Endpoint endpoint : facts.endpointRemovals().between(from, to, Endpoint::isServedBy)) {
      if (!facts.serves(endpoint.component(), endpoint.path(), to)) {
        removed.add(endpoint);
      }
    }
    return removed.build();
  }

  /**
   * The flags or endpoints of a catalog that some release removes, sorted by that release, so that
   * a hop finds what it removes without walking everything the catalog holds.
   */
  static final class Removals<T> {
    private final ImmutableSortedMap<MesosVersion, ImmutableList<Integer>> byRelease;
    private final ImmutableList<T> items;

    Removals(List<T> items, Function<T, Optional<MesosVersion>> removedIn) {
      this.items = ImmutableList.copyOf(items);
      Map<MesosVersion, ImmutableList.Builder<Integer>> positions = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        Optional<MesosVersion> removed = removedIn.apply(items.get(i));
        if (removed.isPresent()) {
          positions.computeIfAbsent(removed.get(), k -> ImmutableList.builder()).add(i);
        }
      }
      ImmutableSortedMap.Builder<MesosVersion, ImmutableList<Integer>> sorted =
          ImmutableSortedMap.naturalOrder();
      positions.forEach((release, list) -> sorted.put(release, list.build()));
      this.byRelease = sorted.buildOrThrow();
    }

    /**
     * Returns, in catalog order, the items that {@code from} has and that are removed after {@code
     * from}, up to and including {@code to}, a later release.
     */
    ImmutableList<T> between(
        MesosVersion from, MesosVersion to, BiPredicate<T, MesosVersion> presentIn) {
      List<Integer> positions = new ArrayList<>();
      for (ImmutableList<Integer> removed : byRelease.subMap(from, false, to, true).values()) {
        positions.addAll(removed);
      }
      Collections.sort(positions);
      ImmutableList.Builder<T> found = ImmutableList.builder();
      for (int position : positions) {
        T item = items.get(position);
        if (presentIn.test(item, from)) {
          found.add(item);
        }
      }
      return found.build();
    }
  }

  static String outOfRangeMessage(String side, MesosVersion version, String oldest, String newest) {
    return String.format(
        "cannot plan %s %s: this catalog plans upgrades between %s and %s, and %s is outside that"
            + " range",
        side, version, oldest, newest, version);
  }

  static String neverReleasedMessage(
      String side, MesosVersion version, String oldest, String newest) {
    return String.format(
        "cannot plan %s %s: Mesos %s was never released; this catalog plans upgrades between %s"
            + " and %s",
        side, version, version, oldest, newest);
  }

  static String neverReleasedInLineMessage(String side, MesosVersion version, String releases) {
    return String.format(
        "cannot plan %s %s: Mesos %s was never released; the releases of %s are %s",
        side, version, version, version.releaseLine(), releases);
  }

  static String mergeMismatchMessage(String step, String earlier, HopDefinition hop) {
    return String.format(
        "step %s shares its name with step %s but not its component and action, so hop %s cannot"
            + " be merged with the hops before it into one jump",
        Shown.value(step), Shown.value(earlier), hop);
  }

  static String mergeOrderMessage(HopDefinition hop, String step, String earlier) {
    return String.format(
        "hop %s does %s after %s, but an earlier hop does them the other way round, so a jump"
            + " across both has no step order; keep shared steps in the same order in every hop"
            + " from %s",
        hop, Shown.value(step), Shown.value(earlier), DIRECT_UPGRADES_FROM);
  }
}
