package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The flags and endpoints of a catalog with the indexes that answer questions about them: a flag by
 * component and name or deprecated name, the flags some release requires, what each release
 * removes. A custom catalog makes one of everything it holds when it is built; the built-in catalog
 * makes one per release line a question is about, of what the releases up to that line know, and
 * one of everything when a question is about all of them ({@link UpgradeCatalog#flags()}).
 */
final class CatalogFacts {
  /** Makes a catalog's facts on first use. */
  interface Source {
    /**
     * Returns the facts of the flags and endpoints that exist at some release up to {@code bound},
     * each as the whole facts have it, or the whole facts when {@code bound} is null.
     */
    CatalogFacts upTo(@Nullable MesosVersion bound);
  }

  private final ImmutableList<MesosFlag> flags;
  private final ImmutableList<Endpoint> endpoints;
  private final Map<Component, ImmutableListMultimap<String, MesosFlag>> flagsByName;
  private final Map<Component, ImmutableListMultimap<String, MesosFlag>> flagsByDeprecatedName;
  private final ImmutableList<MesosFlag> requiredFlags;
  private final HopPlanner.Removals<MesosFlag> flagRemovals;
  private final HopPlanner.Removals<Endpoint> endpointRemovals;

  /** Makes the facts of {@code flags} and {@code endpoints}, in that order. */
  CatalogFacts(List<MesosFlag> flags, List<Endpoint> endpoints) {
    this.flags = ImmutableList.copyOf(flags);
    this.endpoints = ImmutableList.copyOf(endpoints);
    // Keyed by component, then name: a lookup builds no key and hashes a name it usually has
    // hashed before (the validator looks flags up at every step). Loops rather than lambdas: the
    // built-in catalog makes this on the way to the first plan, before anything is compiled.
    Map<Component, ImmutableListMultimap.Builder<String, MesosFlag>> byName =
        new EnumMap<>(Component.class);
    Map<Component, ImmutableListMultimap.Builder<String, MesosFlag>> byAlias =
        new EnumMap<>(Component.class);
    ImmutableList.Builder<MesosFlag> required = ImmutableList.builder();
    for (MesosFlag flag : this.flags) {
      builder(byName, flag.component()).put(flag.name(), flag);
      for (String alias : flag.deprecatedNames().keySet()) {
        builder(byAlias, flag.component()).put(alias, flag);
      }
      if (flag.requiredFrom().isPresent()) {
        required.add(flag);
      }
    }
    this.flagsByName = built(byName);
    this.flagsByDeprecatedName = built(byAlias);
    this.requiredFlags = required.build();
    this.flagRemovals = new HopPlanner.Removals<>(this.flags, MesosFlag::removedIn);
    this.endpointRemovals = new HopPlanner.Removals<>(this.endpoints, Endpoint::removedIn);
  }

  private static ImmutableListMultimap.Builder<String, MesosFlag> builder(
      Map<Component, ImmutableListMultimap.Builder<String, MesosFlag>> builders,
      Component component) {
    ImmutableListMultimap.Builder<String, MesosFlag> builder = builders.get(component);
    if (builder == null) {
      builder = ImmutableListMultimap.builder();
      builders.put(component, builder);
    }
    return builder;
  }

  private static Map<Component, ImmutableListMultimap<String, MesosFlag>> built(
      Map<Component, ImmutableListMultimap.Builder<String, MesosFlag>> builders) {
    Map<Component, ImmutableListMultimap<String, MesosFlag>> built = new EnumMap<>(Component.class);
    for (Map.Entry<Component, ImmutableListMultimap.Builder<String, MesosFlag>> entry :
        builders.entrySet()) {
      built.put(entry.getKey(), entry.getValue().build());
    }
    return built;
  }

  ImmutableList<MesosFlag> flags() {
    return flags;
  }

  ImmutableList<Endpoint> endpoints() {
    return endpoints;
  }

  ImmutableList<MesosFlag> requiredFlags() {
    return requiredFlags;
  }

  /** Returns every definition of flag {@code name} of {@code component}, oldest first. */
  ImmutableList<MesosFlag> flagHistory(Component component, String name) {
    return named(flagsByName, component, name);
  }

  /** Returns the flag {@code version} accepts under {@code name}: see {@link UpgradeCatalog}. */
  Optional<MesosFlag> flag(Component component, String name, MesosVersion version) {
    for (MesosFlag flag : named(flagsByName, component, name)) {
      if (flag.isAcceptedBy(version)) {
        return Optional.of(flag);
      }
    }
    for (MesosFlag flag : named(flagsByDeprecatedName, component, name)) {
      if (flag.acceptsName(name, version)) {
        return Optional.of(flag);
      }
    }
    return Optional.empty();
  }

  /** Returns whether some endpoint of {@code component} at {@code path} is served by {@code to}. */
  boolean serves(Component component, String path, MesosVersion to) {
    for (Endpoint endpoint : endpoints) {
      if (endpoint.component() == component
          && endpoint.path().equals(path)
          && endpoint.isServedBy(to)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the flags by the release that removes them. */
  HopPlanner.Removals<MesosFlag> flagRemovals() {
    return flagRemovals;
  }

  /** Returns the endpoints by the release that removes them. */
  HopPlanner.Removals<Endpoint> endpointRemovals() {
    return endpointRemovals;
  }

  private static ImmutableList<MesosFlag> named(
      Map<Component, ImmutableListMultimap<String, MesosFlag>> index,
      Component component,
      String name) {
    ImmutableListMultimap<String, MesosFlag> ofComponent = index.get(component);
    return ofComponent == null ? ImmutableList.of() : ofComponent.get(name);
  }
}
