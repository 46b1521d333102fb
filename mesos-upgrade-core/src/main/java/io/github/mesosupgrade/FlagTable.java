package io.github.mesosupgrade;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects the flag changes of each Mesos release (added, removed, renamed with or without a
 * deprecated alias, defaults, requirements) and turns them into {@link MesosFlag} definitions, one
 * per name and lifetime. Calls come in release order; a mistake in the table fails fast with an
 * {@link IllegalStateException} naming the flag.
 */
final class FlagTable {
  /** Compiled once: the built-in catalog splits a few hundred specs on first use. */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private final Map<String, Row> open = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();

  /**
   * Adds flags that {@code release} introduced. {@code spec} lists {@code name:type} pairs
   * separated by spaces, the type one of {@code b} (boolean), {@code s} (string), {@code p} (path),
   * {@code d} (duration) or {@code n} (number).
   */
  @CanIgnoreReturnValue
  FlagTable added(Component component, String release, String file, String spec) {
    for (String token : WHITE_SPACE.split(spec.trim(), -1)) {
      int colon = token.indexOf(':');
      checkState(colon > 0, "flag spec %s needs name:type", token);
      open(component, token.substring(0, colon), type(token.substring(colon + 1)), release, file);
    }
    return this;
  }

  /** Records that {@code release} removed flags, given as names separated by spaces. */
  @CanIgnoreReturnValue
  FlagTable removed(Component component, String release, String file, String names) {
    for (String name : WHITE_SPACE.split(names.trim(), -1)) {
      close(component, name, release, file);
    }
    return this;
  }

  /** Records a rename without an alias: the old name stops working in {@code release}. */
  @CanIgnoreReturnValue
  FlagTable renamed(
      Component component, String release, String file, String oldName, String newName) {
    Row old = close(component, oldName, release, file);
    old.renamedTo = newName;
    Row renamed = open(component, newName, old.type, release, file);
    renamed.renamedFrom = oldName;
    return this;
  }

  /**
   * Records a rename that keeps the old name as a deprecated alias from {@code release}: both names
   * work, on the command line and in the environment.
   */
  @CanIgnoreReturnValue
  FlagTable renamedWithAlias(
      Component component, String release, String file, String oldName, String newName) {
    renamed(component, release, file, oldName, newName);
    row(component, newName, release).aliases.put(oldName, MesosVersion.parse(release));
    return this;
  }

  /** Records the default {@code value} of flag {@code name} from {@code release} on. */
  @CanIgnoreReturnValue
  FlagTable defaultValue(
      Component component, String name, String release, String value, Source source) {
    Row row = row(component, name, release);
    row.defaults.put(MesosVersion.parse(release), value);
    row.sources.add(source);
    return this;
  }

  /** Records that daemons from {@code release} on refuse to start without flag {@code name}. */
  @CanIgnoreReturnValue
  FlagTable required(Component component, String name, String release, Source source) {
    Row row = row(component, name, release);
    row.requiredFrom = MesosVersion.parse(release);
    row.sources.add(source);
    return this;
  }

  /** Gives flag {@code name}, as {@code release} knows it, a one-sentence description. */
  @CanIgnoreReturnValue
  FlagTable describe(Component component, String name, String release, String description) {
    row(component, name, release).description = description;
    return this;
  }

  /** Records a spelling that documentation used for flag {@code name} but Mesos never accepted. */
  @CanIgnoreReturnValue
  FlagTable misspelled(
      Component component, String name, String release, String spelling, Source source) {
    Row row = row(component, name, release);
    row.spellings.add(spelling);
    row.sources.add(source);
    return this;
  }

  /** Returns every flag definition, in the order the table introduced them. */
  ImmutableList<MesosFlag> build() {
    ImmutableList.Builder<MesosFlag> flags = ImmutableList.builder();
    for (Row row : rows) {
      ImmutableMesosFlag.Builder flag =
          MesosFlag.builder()
              .component(row.component)
              .name(row.name)
              .type(row.type)
              .description(row.description)
              .introducedIn(row.introducedIn)
              .putAllDefaults(row.defaults)
              .putAllDeprecatedNames(row.aliases)
              .addAllUnacceptedSpellings(row.spellings)
              .addAllSources(row.sources);
      if (row.removedIn != null) {
        flag.removedIn(row.removedIn);
      }
      if (row.renamedFrom != null) {
        flag.renamedFrom(row.renamedFrom);
      }
      if (row.renamedTo != null) {
        flag.renamedTo(row.renamedTo);
      }
      if (row.requiredFrom != null) {
        flag.requiredFrom(row.requiredFrom);
      }
      flags.add(flag.build());
    }
    return flags.build();
  }

  @CanIgnoreReturnValue
  private Row open(Component component, String name, FlagType type, String release, String file) {
    String key = key(component, name);
    checkState(!open.containsKey(key), "flag %s is added twice", key);
    Row row = new Row(component, name, type, MesosVersion.parse(release));
    row.sources.add(Source.mesos(file, release));
    open.put(key, row);
    rows.add(row);
    return row;
  }

  @CanIgnoreReturnValue
  private Row close(Component component, String name, String release, String file) {
    Row row = open.remove(key(component, name));
    checkState(row != null, "flag %s is removed but was never added", key(component, name));
    row.removedIn = MesosVersion.parse(release);
    row.sources.add(Source.mesos(file, release));
    return row;
  }

  private Row row(Component component, String name, String release) {
    MesosVersion version = MesosVersion.parse(release);
    for (Row row : rows) {
      if (row.component == component
          && row.name.equals(name)
          && version.isAtLeast(row.introducedIn)
          && (row.removedIn == null || version.isBefore(row.removedIn))) {
        return row;
      }
    }
    throw new IllegalStateException(
        "flag " + key(component, name) + " is not defined at " + release);
  }

  private static String key(Component component, String name) {
    return component.singular() + " --" + name;
  }

  private static FlagType type(String letter) {
    return switch (letter) {
      case "b" -> FlagType.BOOLEAN;
      case "s" -> FlagType.STRING;
      case "p" -> FlagType.PATH;
      case "d" -> FlagType.DURATION;
      case "n" -> FlagType.NUMBER;
      default -> throw new IllegalStateException("unknown flag type " + letter);
    };
  }

  private static final class Row {
    final Component component;
    final String name;
    final FlagType type;
    final MesosVersion introducedIn;
    @Nullable MesosVersion removedIn;
    @Nullable String renamedFrom;
    @Nullable String renamedTo;
    @Nullable MesosVersion requiredFrom;
    String description = "";
    final Map<MesosVersion, String> defaults = new LinkedHashMap<>();
    final Map<String, MesosVersion> aliases = new LinkedHashMap<>();
    final List<String> spellings = new ArrayList<>();
    final Set<Source> sources = new LinkedHashSet<>();

    Row(Component component, String name, FlagType type, MesosVersion introducedIn) {
      this.component = component;
      this.name = name;
      this.type = type;
      this.introducedIn = introducedIn;
    }
  }
}
