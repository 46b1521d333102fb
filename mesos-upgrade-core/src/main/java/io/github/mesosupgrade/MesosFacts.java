package io.github.mesosupgrade;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The releases, flags and endpoints of the built-in catalog, built from the lines of {@link
 * BuiltInMesosFacts} (generated from the Mesos sources at every release tag) and {@link
 * BuiltInFlagOverlay} (written by hand).
 *
 * <p>A line {@code flag master role_sorter type=string alias=user_sorter default=drf 1.4.2..1.4.3
 * src/master/flags.cpp} says that masters of every release from 1.4.2 to 1.4.3 (inclusive) accept
 * {@code --role_sorter}; {@code 1.7.0..} means 1.7.0 and every later release read. A flag becomes
 * one {@link MesosFlag} per contiguous run of releases that accept it with the same type, aliases
 * and required-ness: a run ends at the next release read, so a flag dropped in a patch release ends
 * there. A malformed line is a bug of the data and fails with an {@link IllegalStateException}
 * naming it.
 */
final class MesosFacts {
  private static final Set<String> OVERLAY_KINDS =
      Set.of("renamed", "required", "misspelled", "describe");

  private final ImmutableList<MesosVersion> releases;
  private final ImmutableList<MesosFlag> flags;
  private final ImmutableList<Endpoint> endpoints;

  private MesosFacts(
      ImmutableList<MesosVersion> releases,
      ImmutableList<MesosFlag> flags,
      ImmutableList<Endpoint> endpoints) {
    this.releases = releases;
    this.flags = flags;
    this.endpoints = endpoints;
  }

  /** Returns the facts of the built-in catalog: the generated lines, then the overlay's. */
  static MesosFacts builtIn() {
    return parse(builtInLines());
  }

  /**
   * Returns the facts of the built-in catalog about the flags and endpoints that exist at some
   * release up to {@code bound}: see {@link #parse(List, MesosVersion)}.
   */
  static MesosFacts builtIn(MesosVersion bound) {
    return parse(builtInLines(), bound);
  }

  /**
   * Returns the releases the built-in facts were read from, oldest first, from their first line
   * alone.
   */
  static ImmutableList<MesosVersion> builtInReleases() {
    String first = BuiltInMesosFacts.parts().get(0);
    int start = first.indexOf("releases ") + "releases ".length();
    ImmutableList.Builder<MesosVersion> releases = ImmutableList.builder();
    for (String tag : words(first.substring(start, first.indexOf('\n', start)).trim())) {
      releases.add(MesosVersion.parse(tag));
    }
    return releases.build();
  }

  private static List<String> builtInLines() {
    List<String> lines = new ArrayList<>();
    for (String part : BuiltInMesosFacts.parts()) {
      addLines(part, lines);
    }
    addLines(BuiltInFlagOverlay.LINES, lines);
    return lines;
  }

  /**
   * Adds the trimmed, non-empty lines of {@code text} to {@code lines}. A loop over {@link
   * String#indexOf(int, int)} rather than a splitter: this runs once per JVM, before any of it is
   * compiled, so the fewer calls per character the sooner the first plan.
   */
  static void addLines(String text, List<String> lines) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).trim();
      if (!line.isEmpty()) {
        lines.add(line);
      }
      start = end + 1;
    }
  }

  /** Builds the facts of {@code lines}, which start with a {@code releases} line. */
  static MesosFacts parse(List<String> lines) {
    return parse(lines, null);
  }

  /**
   * Builds the facts of {@code lines}, which start with a {@code releases} line, keeping only the
   * flags and endpoints that exist at some release up to {@code bound} (all of them when it is
   * null). A flag or endpoint kept is built from all of its lines, so it equals the one the whole
   * facts give, and the kept ones come in the same order; a flag linked to a kept one by an alias
   * or a rename is kept too, since the rename is recorded on both. The facts of a bound answer
   * every question about releases up to it as the whole facts do, and parse only the lines of what
   * those releases know (the built-in facts up to 0.15.x: 154 of 507 lines).
   */
  static MesosFacts parse(List<String> lines, @Nullable MesosVersion bound) {
    checkState(
        !lines.isEmpty() && lines.get(0).startsWith("releases "),
        "facts must start with a releases line");
    ImmutableList.Builder<MesosVersion> releases = ImmutableList.builder();
    Map<String, MesosVersion> byText = new HashMap<>();
    for (String tag : words(lines.get(0).substring("releases ".length()))) {
      MesosVersion release = MesosVersion.parse(tag);
      releases.add(release);
      byText.put(tag, release);
    }
    List<String> body = lines.subList(1, lines.size());
    Set<String> kept = bound == null ? null : kept(body, bound, byText);
    Builder builder = new Builder(releases.build());
    for (String line : body) {
      if (kept != null && !kept.contains(key(line)) && isFactKey(key(line))) {
        continue;
      }
      try {
        builder.line(line);
      } catch (RuntimeException e) {
        throw new IllegalStateException("bad Mesos fact line: " + line + ": " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  /**
   * Returns the keys ({@link #key(String)}) of the flags and endpoints that some line has at a
   * release up to {@code bound}, with those linked to them by an alias or a rename, reading no more
   * of a line than its first words and its range.
   */
  private static Set<String> kept(
      List<String> lines, MesosVersion bound, Map<String, MesosVersion> byText) {
    Set<String> kept = new HashSet<>();
    List<String[]> links = new ArrayList<>();
    for (String line : lines) {
      boolean flag = line.startsWith("flag ");
      if (flag || line.startsWith("endpoint ")) {
        int end = line.lastIndexOf(' ');
        int start = line.lastIndexOf(' ', end - 1) + 1;
        int dots = line.indexOf("..", start);
        MesosVersion first = byText.get(line.substring(start, dots < 0 || dots > end ? end : dots));
        String key = key(line);
        if (first == null || first.compareTo(bound) <= 0) {
          kept.add(key); // with no release read there, the parser names what is wrong
        }
        int alias = flag ? line.indexOf(" alias=") : -1;
        while (alias >= 0) {
          int after = line.indexOf(' ', alias + 1);
          if (after < 0) {
            break; // the parser names a line that ends with an alias
          }
          String component = line.substring(5, line.indexOf(' ', 5));
          links.add(
              new String[] {key, "flag " + component + " " + line.substring(alias + 7, after)});
          alias = line.indexOf(" alias=", after);
        }
      } else if (line.startsWith("renamed ") && words(line).size() > 3) {
        List<String> o = words(line);
        links.add(
            new String[] {
              "flag " + o.get(1) + " " + o.get(2), "flag " + o.get(1) + " " + o.get(3)
            });
      } else if (!OVERLAY_KINDS.contains(line.substring(0, Math.max(0, line.indexOf(' '))))) {
        kept.add(key(line)); // not a kind of line the parser knows: it names what is wrong
      }
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String[] link : links) {
        if (kept.contains(link[0]) != kept.contains(link[1])) {
          kept.add(link[0]);
          kept.add(link[1]);
          grew = true;
        }
      }
    }
    return kept;
  }

  /**
   * Returns what a line is about: {@code flag master work_dir} for the flag lines and the overlay
   * lines of that flag, {@code endpoint slave /state} for an endpoint line.
   */
  static String key(String line) {
    int first = line.indexOf(' ');
    int second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    int third = second < 0 ? -1 : line.indexOf(' ', second + 1);
    if (third < 0) {
      return line;
    }
    String kind = line.substring(0, first);
    return kind.equals("endpoint") || kind.equals("flag")
        ? line.substring(0, third)
        : "flag" + line.substring(first, third);
  }

  private static boolean isFactKey(String key) {
    return key.startsWith("flag ") || key.startsWith("endpoint ");
  }

  /** Returns every release read, oldest first. */
  ImmutableList<MesosVersion> releases() {
    return releases;
  }

  /** Returns the flags of masters and slaves, one definition per run of releases. */
  ImmutableList<MesosFlag> flags() {
    return flags;
  }

  /** Returns the endpoints of masters and slaves, one definition per run of releases. */
  ImmutableList<Endpoint> endpoints() {
    return endpoints;
  }

  /** Splits {@code text} at every space, keeping empty words between two spaces. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = 0;
    int space = text.indexOf(' ');
    while (space >= 0) {
      words.add(text.substring(start, space));
      start = space + 1;
      space = text.indexOf(' ', start);
    }
    words.add(text.substring(start));
    return words;
  }

  /** Splits a line at spaces, keeping a quoted value (a quote doubled inside) as one token. */
  static List<String> tokens(String line) {
    return line.indexOf('"') < 0 ? words(line) : quotedTokens(line);
  }

  /** {@link #tokens(String)} for a line with quotes: the same split, a character at a time. */
  static List<String> quotedTokens(String line) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          token.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          token.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ' ') {
        tokens.add(token.toString());
        token.setLength(0);
      } else {
        token.append(c);
      }
    }
    checkState(!quoted, "unterminated quote");
    tokens.add(token.toString());
    return tokens;
  }

  private static Component component(String word) {
    return switch (word) {
      case "master" -> Component.MASTER;
      case "slave" -> Component.SLAVE;
      default -> throw new IllegalStateException("unknown daemon " + word);
    };
  }

  private static FlagType type(String word) {
    return switch (word) {
      case "bool" -> FlagType.BOOLEAN;
      case "string" -> FlagType.STRING;
      case "path" -> FlagType.PATH;
      case "duration" -> FlagType.DURATION;
      case "number" -> FlagType.NUMBER;
      case "bytes" -> FlagType.BYTES;
      case "json" -> FlagType.JSON;
      default -> throw new IllegalStateException("unknown flag type " + word);
    };
  }

  /** One flag line: the flag's facts over the releases {@code [first, end)}. */
  private record FlagLine(
      Component component,
      String name,
      FlagType type,
      List<String> aliases,
      boolean required,
      @Nullable String defaultValue,
      MesosVersion first,
      @Nullable MesosVersion end,
      String source) {}

  /** One run of a flag being built. */
  private static final class Row {
    final Component component;
    final String name;
    final FlagType type;
    final MesosVersion introducedIn;
    @Nullable MesosVersion end;
    @Nullable MesosVersion requiredFrom;
    @Nullable String lastDefault;
    @Nullable String renamedFrom;
    @Nullable String renamedTo;
    String description = "";
    final Map<MesosVersion, String> defaults = new LinkedHashMap<>();
    final Map<String, MesosVersion> aliases = new LinkedHashMap<>();
    final Set<String> spellings = new LinkedHashSet<>();
    final Set<Source> sources = new LinkedHashSet<>();

    Row(FlagLine line) {
      this.component = line.component();
      this.name = line.name();
      this.type = line.type();
      this.introducedIn = line.first();
    }

    boolean continuesWith(FlagLine line) {
      return line.first().equals(end)
          && line.type() == type
          && line.aliases().containsAll(aliases.keySet())
          && (requiredFrom == null || line.required())
          && (lastDefault == null || line.defaultValue() != null);
    }

    void add(FlagLine line) {
      end = line.end();
      for (String alias : line.aliases()) {
        aliases.putIfAbsent(alias, line.first());
      }
      if (line.required() && requiredFrom == null) {
        requiredFrom = line.first();
      }
      String value = line.defaultValue();
      if (value != null) {
        if (!value.equals(lastDefault)) {
          defaults.put(line.first(), value);
        }
        lastDefault = value;
      }
      sources.add(Source.mesos(line.source(), line.first().toString()));
    }

    boolean contains(MesosVersion version) {
      return Lifetime.contains(introducedIn, Optional.ofNullable(end), version);
    }

    MesosFlag build() {
      ImmutableMesosFlag.Builder flag =
          MesosFlag.builder()
              .component(component)
              .name(name)
              .type(type)
              .description(description)
              .introducedIn(introducedIn)
              .putAllDefaults(defaults)
              .putAllDeprecatedNames(aliases)
              .addAllUnacceptedSpellings(spellings)
              .addAllSources(sources);
      if (end != null) {
        flag.removedIn(end);
      }
      if (renamedFrom != null) {
        flag.renamedFrom(renamedFrom);
      }
      if (renamedTo != null) {
        flag.renamedTo(renamedTo);
      }
      if (requiredFrom != null) {
        flag.requiredFrom(requiredFrom);
      }
      return flag.build();
    }
  }

  private static final class Builder {
    private final ImmutableList<MesosVersion> releases;
    private final Map<String, List<FlagLine>> flagLines = new TreeMap<>();
    private final List<String> overlay = new ArrayList<>();
    private final Map<String, List<Endpoint>> endpoints = new LinkedHashMap<>();

    Builder(ImmutableList<MesosVersion> releases) {
      this.releases = releases;
    }

    void line(String line) {
      List<String> t = tokens(line);
      switch (t.get(0)) {
        case "flag" -> flag(t);
        case "endpoint" -> endpoint(t);
        case "renamed", "required", "misspelled", "describe" -> overlay.add(line);
        default -> throw new IllegalStateException("unknown kind " + t.get(0));
      }
    }

    /** Returns {@code [first, end)} of a range {@code A..B} or {@code A..}. */
    private MesosVersion[] range(String range) {
      int dots = range.indexOf("..");
      checkState(dots > 0, "range %s needs A..B or A..", range);
      MesosVersion first = release(range.substring(0, dots));
      String last = range.substring(dots + 2);
      if (last.isEmpty()) {
        return new MesosVersion[] {first};
      }
      int index = releases.indexOf(release(last));
      checkState(!release(last).isBefore(first), "range %s ends before it starts", range);
      return index + 1 < releases.size()
          ? new MesosVersion[] {first, releases.get(index + 1)}
          : new MesosVersion[] {first};
    }

    private MesosVersion release(String text) {
      MesosVersion version = MesosVersion.parse(text);
      checkState(releases.contains(version), "%s is not a release read", text);
      return version;
    }

    private void flag(List<String> t) {
      Component component = component(t.get(1));
      String name = t.get(2);
      FlagType type = null;
      List<String> aliases = new ArrayList<>();
      boolean required = false;
      String defaultValue = null;
      for (String attribute : t.subList(3, t.size() - 2)) {
        int eq = attribute.indexOf('=');
        String key = eq < 0 ? attribute : attribute.substring(0, eq);
        String value = eq < 0 ? "" : attribute.substring(eq + 1);
        switch (key) {
          case "type" -> type = type(value);
          case "alias" -> aliases.add(value);
          case "required" -> required = true;
          case "default" -> defaultValue = value;
          case "optional", "resolved", "default-expr" -> {
            // Recorded for review; a default written as an expression is not known as a value.
          }
          default -> throw new IllegalStateException("unknown attribute " + key);
        }
      }
      checkState(type != null, "flag %s has no type", name);
      MesosVersion[] range = range(t.get(t.size() - 2));
      String key = t.get(1) + " " + name;
      List<FlagLine> lines = flagLines.get(key);
      if (lines == null) {
        lines = new ArrayList<>();
        flagLines.put(key, lines);
      }
      lines.add(
          new FlagLine(
              component,
              name,
              type,
              aliases,
              required,
              defaultValue,
              range[0],
              range.length > 1 ? range[1] : null,
              t.get(t.size() - 1)));
    }

    private void endpoint(List<String> t) {
      checkState(t.size() == 5, "endpoint lines have 5 fields");
      Component component = component(t.get(1));
      MesosVersion[] range = range(t.get(3));
      Source source = Source.mesos(t.get(4), range[0].toString());
      String key = t.get(1) + " " + t.get(2);
      List<Endpoint> runs = endpoints.get(key);
      if (runs == null) {
        runs = new ArrayList<>();
        endpoints.put(key, runs);
      }
      Endpoint last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last.removedIn().equals(Optional.of(range[0]))) {
        runs.set(
            runs.size() - 1,
            last.withRemovedIn(Optional.ofNullable(range.length > 1 ? range[1] : null))
                .withSources(
                    ImmutableList.<Source>builder().addAll(last.sources()).add(source).build()));
        return;
      }
      ImmutableEndpoint.Builder endpoint =
          Endpoint.builder()
              .component(component)
              .path(t.get(2))
              .introducedIn(range[0])
              .addSources(source);
      if (range.length > 1) {
        endpoint.removedIn(range[1]);
      }
      runs.add(endpoint.build());
    }

    MesosFacts build() {
      Map<String, List<Row>> rows = new LinkedHashMap<>();
      for (Map.Entry<String, List<FlagLine>> entry : flagLines.entrySet()) {
        List<FlagLine> lines = new ArrayList<>(entry.getValue());
        sortByFirst(lines);
        List<Row> runs = new ArrayList<>();
        for (FlagLine line : lines) {
          Row last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
          if (last == null || !last.continuesWith(line)) {
            last = new Row(line);
            runs.add(last);
          }
          last.add(line);
        }
        rows.put(entry.getKey(), runs);
      }
      deriveRenames(rows);
      for (String line : overlay) {
        try {
          applyOverlay(rows, words(line).toArray(new String[0]));
        } catch (RuntimeException e) {
          throw new IllegalStateException(
              "bad Mesos fact line: " + line + ": " + e.getMessage(), e);
        }
      }
      ImmutableList.Builder<MesosFlag> flags = ImmutableList.builder();
      for (List<Row> runs : rows.values()) {
        for (Row row : runs) {
          flags.add(row.build());
        }
      }
      ImmutableList.Builder<Endpoint> all = ImmutableList.builder();
      for (List<Endpoint> runs : endpoints.values()) {
        all.addAll(runs);
      }
      return new MesosFacts(releases, flags.build(), all.build());
    }

    /** A flag that starts with an alias of a flag that ends there was renamed, keeping an alias. */
    private static void deriveRenames(Map<String, List<Row>> rows) {
      for (List<Row> runs : rows.values()) {
        for (Row row : runs) {
          for (Map.Entry<String, MesosVersion> entry : row.aliases.entrySet()) {
            String alias = entry.getKey();
            MesosVersion since = entry.getValue();
            if (!since.equals(row.introducedIn)) {
              continue;
            }
            for (Row old : rows.getOrDefault(key(row.component, alias), List.of())) {
              if (since.equals(old.end)) {
                old.renamedTo = row.name;
                row.renamedFrom = alias;
              }
            }
          }
        }
      }
    }

    private void applyOverlay(Map<String, List<Row>> rows, String[] o) {
      Component component = component(o[1]);
      switch (o[0]) {
        case "renamed" -> {
          MesosVersion at = release(o[4]);
          Row old = row(rows, component, o[2], previous(at));
          Row renamed = row(rows, component, o[3], at);
          checkState(at.equals(old.end), "%s does not end at %s", o[2], at);
          old.renamedTo = o[3];
          renamed.renamedFrom = o[2];
          old.sources.add(Source.mesos(o[5], o[4]));
        }
        case "required" -> {
          Row row = row(rows, component, o[2], release(o[3]));
          row.requiredFrom = release(o[3]);
          row.sources.add(Source.mesos(o[4], o[3]));
        }
        case "misspelled" -> {
          Row row = row(rows, component, o[2], release(o[4]));
          row.spellings.add(o[3]);
          row.sources.add(Source.mesos(o[5], o[4]));
        }
        default -> {
          // describe: line() lets no other kind into the overlay.
          Row row = row(rows, component, o[2], release(o[3]));
          row.description = String.join(" ", Arrays.asList(o).subList(5, o.length));
        }
      }
    }

    /**
     * Sorts {@code lines} by their first release, keeping the order of equal ones, as {@link
     * List#sort} with a comparator would, with no lambda to spin up on the start path. A flag has a
     * few lines, usually already in order.
     */
    private static void sortByFirst(List<FlagLine> lines) {
      for (int i = 1; i < lines.size(); i++) {
        FlagLine line = lines.get(i);
        int j = i - 1;
        while (j >= 0 && lines.get(j).first().compareTo(line.first()) > 0) {
          lines.set(j + 1, lines.get(j));
          j--;
        }
        lines.set(j + 1, line);
      }
    }

    private MesosVersion previous(MesosVersion release) {
      int index = releases.indexOf(release);
      checkState(index > 0, "no release before %s", release);
      return releases.get(index - 1);
    }

    private static Row row(
        Map<String, List<Row>> rows, Component component, String name, MesosVersion at) {
      for (Row row : rows.getOrDefault(key(component, name), List.of())) {
        if (row.contains(at)) {
          return row;
        }
      }
      throw new IllegalStateException(
          component.singular() + " --" + name + " is not defined at " + at);
    }

    private static String key(Component component, String name) {
      return (component == Component.MASTER ? "master " : "slave ") + name;
    }
  }
}
