package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * What the library knows about Mesos: the releases, the flags and endpoints of masters and slaves
 * with their history, and for each hop between consecutive release lines the steps and the rules
 * that order them.
 *
 * <p>{@link #builtIn()} is the catalog of this library, built from the Mesos upgrade guide and from
 * the Mesos sources at each release tag. {@link #builder()} makes a custom one; building checks it
 * completely, including that every hop and the whole chain of hops produce plans that pass the
 * {@link PlanValidator}.
 *
 * <pre>{@code
 * UpgradeCatalog catalog = UpgradeCatalog.builtIn();
 * catalog.oldestSupported();   // 0.11.0
 * catalog.newestSupported();   // 1.11.0
 * }</pre>
 */
public final class UpgradeCatalog {
  private final ImmutableSortedSet<MesosVersion> releases;
  private volatile @Nullable ImmutableList<HopDefinition> hops;
  private final @Nullable HopSource hopSource;
  private final AtomicReferenceArray<@Nullable HopDefinition> madeHops;
  private final ImmutableList<ReleaseLine> lines;
  private final ImmutableMap<ReleaseLine, Integer> lineIndex;
  private final CatalogFacts.@Nullable Source factsSource;
  private volatile @Nullable CatalogFacts allFacts;
  private final Object allFactsLock = new Object();
  private final ConcurrentMap<ReleaseLine, CatalogFacts> factsByLine = new ConcurrentHashMap<>();
  private final ImmutableSortedSet<MesosVersion> supportedReleases;
  private final HopPlanner hopPlanner;
  private final ImmutableMap<Component, ImmutableSortedMap<MesosVersion, UnknownFlagHandling>>
      unknownFlagHandling;

  private UpgradeCatalog(Builder builder) {
    this.releases = ImmutableSortedSet.copyOf(builder.releases);
    Map<Component, ImmutableSortedMap<MesosVersion, UnknownFlagHandling>> handling =
        new EnumMap<>(Component.class);
    builder.unknownFlagHandling.forEach(
        (component, byRelease) -> handling.put(component, ImmutableSortedMap.copyOf(byRelease)));
    this.unknownFlagHandling = Maps.immutableEnumMap(handling);
    this.factsSource = builder.factsSource;
    this.allFacts = factsSource == null ? new CatalogFacts(builder.flags, builder.endpoints) : null;
    this.hopSource = builder.hopSource;
    ImmutableList.Builder<ReleaseLine> lineList = ImmutableList.builder();
    ImmutableMap.Builder<ReleaseLine, Integer> index = ImmutableMap.builder();
    int position = 0;
    if (hopSource == null) {
      ImmutableList<HopDefinition> sorted =
          ImmutableList.sortedCopyOf(
              (a, b) -> a.from().compareTo(b.from()), ImmutableList.copyOf(builder.hops));
      this.hops = sorted;
      for (HopDefinition hop : sorted) {
        if (position == 0) {
          lineList.add(hop.from());
          index.put(hop.from(), position++);
        }
        lineList.add(hop.to());
        index.put(hop.to(), position++);
      }
    } else {
      this.hops = null;
      for (ReleaseLine line : hopSource.lines()) {
        lineList.add(line);
        index.put(line, position++);
      }
    }
    this.lines = lineList.build();
    this.lineIndex = index.buildOrThrow();
    this.madeHops = new AtomicReferenceArray<>(Math.max(0, lines.size() - 1));
    this.supportedReleases =
        lines.isEmpty()
            ? ImmutableSortedSet.of()
            : releases.subSet(
                lines.get(0).firstRelease(),
                true,
                MesosVersion.of(
                    lines.get(lines.size() - 1).major(),
                    lines.get(lines.size() - 1).minor(),
                    Integer.MAX_VALUE),
                true);
    this.hopPlanner = new HopPlanner(this);
  }

  /**
   * Returns the facts of every flag and endpoint, made on first use for the built-in catalog.
   * Double-checked: made once even when several threads ask first.
   */
  CatalogFacts allFacts() {
    CatalogFacts facts = allFacts;
    if (facts == null) {
      synchronized (allFactsLock) {
        facts = allFacts;
        if (facts == null) {
          facts = requireNonNull(factsSource).upTo(null);
          allFacts = facts;
        }
      }
    }
    return facts;
  }

  /**
   * Returns facts that answer every question about {@code release} and older releases as {@link
   * #allFacts()} does: the whole facts once they are made (or for a custom catalog), otherwise
   * those of what the releases up to the newest of {@code release}'s line know, made on first use
   * of that line. A first plan from 0.11.0 to 0.15.0 parses the flags and endpoints of 0.10 to 0.15
   * only.
   */
  CatalogFacts factsUpTo(MesosVersion release) {
    CatalogFacts facts = allFacts;
    if (facts != null) {
      return facts;
    }
    ReleaseLine line = release.releaseLine();
    facts = factsByLine.get(line);
    if (facts == null) {
      facts =
          requireNonNull(factsSource)
              .upTo(MesosVersion.of(line.major(), line.minor(), Integer.MAX_VALUE));
      CatalogFacts raced = factsByLine.putIfAbsent(line, facts);
      if (raced != null) {
        facts = raced;
      }
    }
    return facts;
  }

  /**
   * Returns the catalog built into this library: the hops of the Mesos upgrade guide. It passes
   * every check of {@link Builder#build()}; the library's tests make sure of that, so that it is
   * built on first use without checking it again.
   */
  public static UpgradeCatalog builtIn() {
    return BuiltIn.CATALOG;
  }

  /** Returns an empty builder for a custom catalog. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding everything this catalog holds, to extend it. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.releases.addAll(releases);
    builder.flags.addAll(allFacts().flags());
    builder.endpoints.addAll(allFacts().endpoints());
    builder.hops.addAll(hops());
    unknownFlagHandling.forEach(
        (component, byRelease) ->
            builder.unknownFlagHandling.put(component, new TreeMap<>(byRelease)));
    return builder;
  }

  /** Returns every Mesos release the catalog knows of, in order, including unsupported ones. */
  public ImmutableSortedSet<MesosVersion> releases() {
    return releases;
  }

  /** Returns the releases that plans can start from or end on, in order. */
  public ImmutableSortedSet<MesosVersion> supportedReleases() {
    return supportedReleases;
  }

  /** Returns the oldest release a plan can start from. */
  public MesosVersion oldestSupported() {
    return supportedReleases.first();
  }

  /** Returns the newest release a plan can end on. */
  public MesosVersion newestSupported() {
    return supportedReleases.last();
  }

  /** Returns the release lines the hops connect, oldest first. */
  public ImmutableList<ReleaseLine> releaseLines() {
    return lines;
  }

  /** Returns the hops between consecutive release lines, oldest first. */
  public ImmutableList<HopDefinition> hops() {
    ImmutableList<HopDefinition> all = hops;
    if (all == null) {
      all = hops(0, madeHops.length());
      hops = all;
    }
    return all;
  }

  /**
   * Returns the hop from the release line at {@code index} of {@link #releaseLines()} to the next,
   * made on first use for the built-in catalog (a plan from 0.11.0 to 0.15.0 makes four hops, not
   * twenty-nine).
   */
  HopDefinition hop(int index) {
    ImmutableList<HopDefinition> all = hops;
    if (all != null) {
      return all.get(index);
    }
    HopDefinition hop = madeHops.get(index);
    if (hop == null) {
      madeHops.compareAndSet(index, null, requireNonNull(hopSource).hop(index));
      hop = requireNonNull(madeHops.get(index));
    }
    return hop;
  }

  /** Returns the hops from release line {@code from} to release line {@code to}, by index. */
  ImmutableList<HopDefinition> hops(int from, int to) {
    ImmutableList.Builder<HopDefinition> made = ImmutableList.builderWithExpectedSize(to - from);
    for (int i = from; i < to; i++) {
      made.add(hop(i));
    }
    return made.build();
  }

  /** Returns the hop that starts from {@code line}, if the catalog has one. */
  public Optional<HopDefinition> hopFrom(ReleaseLine line) {
    Integer position = lineIndex.get(requireNonNull(line, "line"));
    return position == null || position >= madeHops.length()
        ? Optional.empty()
        : Optional.of(hop(position));
  }

  /** Returns the newest release of {@code line} the catalog knows, if any. */
  public Optional<MesosVersion> newestRelease(ReleaseLine line) {
    requireNonNull(line, "line");
    MesosVersion candidate =
        releases.floor(MesosVersion.of(line.major(), line.minor(), Integer.MAX_VALUE));
    return candidate != null && line.contains(candidate)
        ? Optional.of(candidate)
        : Optional.empty();
  }

  /** Returns the releases of {@code line} the catalog knows, in order. */
  public ImmutableSortedSet<MesosVersion> releasesOf(ReleaseLine line) {
    requireNonNull(line, "line");
    return releases.subSet(
        line.firstRelease(),
        true,
        MesosVersion.of(line.major(), line.minor(), Integer.MAX_VALUE),
        true);
  }

  /** Returns every flag the catalog knows, for masters and slaves. */
  public ImmutableList<MesosFlag> flags() {
    return allFacts().flags();
  }

  /** Returns every definition of flag {@code name} of {@code component}, oldest first. */
  public ImmutableList<MesosFlag> flagHistory(Component component, String name) {
    return allFacts()
        .flagHistory(requireNonNull(component, "component"), requireNonNull(name, "name"));
  }

  /**
   * Returns the flag that a {@code component} of {@code version} accepts under {@code name}, if it
   * does: the flag of that name, or the flag that accepts {@code name} as a deprecated name ({@code
   * authenticate} gives {@code authenticate_frameworks} for a 1.0.0 master).
   */
  public Optional<MesosFlag> flag(Component component, String name, MesosVersion version) {
    requireNonNull(version, "version");
    requireNonNull(component, "component");
    requireNonNull(name, "name");
    return factsUpTo(version).flag(component, name, version);
  }

  /**
   * Returns the flag of {@code component} that documentation spelled {@code spelling}, a spelling
   * Mesos does not accept: {@code authentication} gives the master's {@code authenticate}.
   */
  public Optional<MesosFlag> flagSpelled(Component component, String spelling) {
    requireNonNull(component, "component");
    requireNonNull(spelling, "spelling");
    return flags().stream()
        .filter(
            flag -> flag.component() == component && flag.unacceptedSpellings().contains(spelling))
        .findFirst();
  }

  /**
   * Returns how a {@code component} of {@code release} treats an unknown command-line flag and an
   * unknown {@code MESOS_*} variable: the handling the catalog gives the newest release at or
   * before {@code release}, or {@link UnknownFlagHandling#stoutDefault()} (command line fatal,
   * environment ignored) when it gives none. The built-in catalog has it for every release.
   *
   * @throws NullPointerException if an argument is null
   */
  public UnknownFlagHandling unknownFlagHandling(Component component, MesosVersion release) {
    requireNonNull(component, "component must not be null");
    requireNonNull(release, "release must not be null");
    ImmutableSortedMap<MesosVersion, UnknownFlagHandling> byRelease =
        unknownFlagHandling.get(component);
    Entry<MesosVersion, UnknownFlagHandling> entry =
        byRelease == null ? null : byRelease.floorEntry(release);
    return entry == null ? UnknownFlagHandling.stoutDefault() : entry.getValue();
  }

  /** Returns every HTTP endpoint the catalog knows, for masters and slaves. */
  public ImmutableList<Endpoint> endpoints() {
    return allFacts().endpoints();
  }

  /** Returns the facts the rules about a cluster need beyond the flags. */
  ClusterFacts facts() {
    return BuiltInClusterFacts.FACTS;
  }

  /** Returns the flags that some release requires, in catalog order. */
  ImmutableList<MesosFlag> requiredFlags() {
    return allFacts().requiredFlags();
  }

  /** Returns the position of {@code line} among {@link #releaseLines()}, or -1. */
  int lineIndex(ReleaseLine line) {
    Integer position = lineIndex.get(line);
    return position == null ? -1 : position;
  }

  HopPlanner hopPlanner() {
    return hopPlanner;
  }

  /** Returns {@code UpgradeCatalog[0.11.0 .. 1.11.0, 29 hops, 304 flags, 66 endpoints]}. */
  @Override
  public String toString() {
    return "UpgradeCatalog["
        + (supportedReleases.isEmpty() ? "" : oldestSupported() + " .. " + newestSupported())
        + ", "
        + madeHops.length()
        + " hops, "
        + flags().size()
        + " flags, "
        + endpoints().size()
        + " endpoints]";
  }

  /**
   * Collects releases, flags, endpoints and hops for a custom {@link UpgradeCatalog}. Nothing is
   * checked until {@link #build()}, which reports every problem at once.
   */
  public static final class Builder {
    private final List<MesosVersion> releases = new ArrayList<>();
    private final List<MesosFlag> flags = new ArrayList<>();
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<HopDefinition> hops = new ArrayList<>();
    private final Map<Component, TreeMap<MesosVersion, UnknownFlagHandling>> unknownFlagHandling =
        new EnumMap<>(Component.class);
    private CatalogFacts.@Nullable Source factsSource;
    private @Nullable HopSource hopSource;

    private Builder() {}

    /**
     * Makes the catalog take its flags and endpoints from {@code source} on first use rather than
     * from {@link #addFlags} and {@link #addEndpoints}. Only for the built-in catalog, with {@link
     * #buildUnchecked()}.
     */
    @CanIgnoreReturnValue
    Builder factsOnFirstUse(CatalogFacts.Source source) {
      this.factsSource = source;
      return this;
    }

    /**
     * Makes the catalog make its hops with {@code source} on first use rather than take those of
     * {@link #addHop}. Only for the built-in catalog, with {@link #buildUnchecked()}.
     */
    @CanIgnoreReturnValue
    Builder hopsOnFirstUse(HopSource source) {
      this.hopSource = source;
      return this;
    }

    /**
     * Sets how a {@code daemon} treats unknown command-line flags and {@code MESOS_*} variables
     * from release {@code from} on, until a later release given here; a later call for the same
     * daemon and release replaces the earlier one. Releases before every call get {@link
     * UnknownFlagHandling#stoutDefault()}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code daemon} is not a master or slave
     */
    @CanIgnoreReturnValue
    public Builder unknownFlagHandling(
        Component daemon, MesosVersion from, UnknownFlagHandling handling) {
      requireNonNull(daemon, "daemon must not be null");
      requireNonNull(from, "from must not be null");
      requireNonNull(handling, "handling must not be null");
      if (!daemon.isDaemon()) {
        throw new IllegalArgumentException(UnknownFlagHandling.notADaemonMessage(daemon));
      }
      unknownFlagHandling.computeIfAbsent(daemon, d -> new TreeMap<>()).put(from, handling);
      return this;
    }

    /** Adds Mesos releases. */
    @CanIgnoreReturnValue
    public Builder addReleases(MesosVersion... versions) {
      releases.addAll(Arrays.asList(versions));
      return this;
    }

    /** Adds Mesos releases. */
    @CanIgnoreReturnValue
    public Builder addReleases(Iterable<MesosVersion> versions) {
      versions.forEach(releases::add);
      return this;
    }

    /** Adds flags. */
    @CanIgnoreReturnValue
    public Builder addFlags(Iterable<MesosFlag> newFlags) {
      newFlags.forEach(flags::add);
      return this;
    }

    /** Adds a flag. */
    @CanIgnoreReturnValue
    public Builder addFlag(MesosFlag flag) {
      flags.add(requireNonNull(flag, "flag"));
      return this;
    }

    /** Adds endpoints. */
    @CanIgnoreReturnValue
    public Builder addEndpoints(Iterable<Endpoint> newEndpoints) {
      newEndpoints.forEach(endpoints::add);
      return this;
    }

    /** Adds an endpoint. */
    @CanIgnoreReturnValue
    public Builder addEndpoint(Endpoint endpoint) {
      endpoints.add(requireNonNull(endpoint, "endpoint"));
      return this;
    }

    /** Adds hops between consecutive release lines. */
    @CanIgnoreReturnValue
    public Builder addHops(Iterable<HopDefinition> newHops) {
      newHops.forEach(this::addHop);
      return this;
    }

    /** Adds a hop between consecutive release lines. */
    @CanIgnoreReturnValue
    public Builder addHop(HopDefinition hop) {
      hops.add(requireNonNull(hop, "hop"));
      return this;
    }

    /**
     * Checks everything and returns the catalog.
     *
     * <p>A hop's order is its list of steps, which ordering constraints may pin further; a hop
     * without steps has no order and is a problem. Structure is checked first, all of it: hops that
     * are empty, duplicated, go backwards, leave gaps or skip release lines; duplicate, misnamed or
     * misdated step ids; constraints that name a missing step, contradict the step order or form a
     * cycle; steps that remove a flag the catalog never defines or set one the target release does
     * not accept; flags defined twice, renamed to or from a flag the catalog lacks, or whose
     * deprecated name clashes with another flag; endpoints defined twice; and hops from 1.0 on
     * whose shared steps cannot be merged into one jump. Only a catalog without such problems is
     * then planned and validated: every hop alone, every jump across two 1.x release lines, and the
     * whole chain. A jump across three or more 1.x lines is planned and validated the same way the
     * first time a plan takes it, and a failing one makes that plan throw {@link
     * InvalidCatalogException}: checking them all here would be quadratic in the number of lines.
     *
     * @throws InvalidCatalogException listing every problem found, one sentence each
     */
    public UpgradeCatalog build() {
      List<String> problems = CatalogChecks.structure(releases, flags, endpoints, hops);
      if (!problems.isEmpty()) {
        throw new InvalidCatalogException(problems);
      }
      UpgradeCatalog catalog = new UpgradeCatalog(this);
      problems = CatalogChecks.plans(catalog);
      if (!problems.isEmpty()) {
        throw new InvalidCatalogException(problems);
      }
      // The checks planned the short jumps; keep room for the jumps users plan, and check the
      // longer ones when they are first planned.
      catalog.hopPlanner().forgetJumps();
      catalog.hopPlanner().checkJumpsWhenPlanned();
      return catalog;
    }

    /**
     * Returns the catalog without the checks of {@link #build()}. Only for the built-in catalog,
     * which the library's tests build with every check ({@code UpgradeCatalogTest}); skipping them
     * at run time keeps the first use of the library cheap.
     */
    UpgradeCatalog buildUnchecked() {
      return new UpgradeCatalog(this);
    }
  }

  /** Makes a catalog's hops on first use: only the built-in catalog has one. */
  interface HopSource {
    /** Returns the release lines the hops connect, oldest first. */
    ImmutableList<ReleaseLine> lines();

    /** Makes the hop from the line at {@code index} of {@link #lines()} to the next. */
    HopDefinition hop(int index);
  }

  /** Holds the built-in catalog, built on first use. */
  private static final class BuiltIn {
    static final UpgradeCatalog CATALOG = BuiltInCatalog.create();

    private BuiltIn() {}
  }
}
