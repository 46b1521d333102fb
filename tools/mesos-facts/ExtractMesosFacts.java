import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the command-line flags and HTTP endpoints of Mesos masters and agents (slaves) at every
 * release tag of a local apache/mesos clone, and writes them as the generated Java source {@code
 * BuiltInMesosFacts.java} of mesos-upgrade-core: one fact a line, with release ranges.
 *
 * <p>Run: {@code java tools/mesos-facts/ExtractMesosFacts.java <apache-mesos-git-dir>
 * <output-file>}. Needs a JDK 17 and git. See README.md beside this file.
 */
public final class ExtractMesosFacts {
  private ExtractMesosFacts() {}

  static final String OLDEST = "0.10.0";
  /** A single Java string constant must stay under 65535 UTF-8 bytes; keep well below. */
  static final int PART_LIMIT = 48_000;

  static final List<String> LOGGING = List.of("src/logging/flags.hpp", "src/logging/flags.cpp");
  static final List<String> STOUT =
      List.of(
          "3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp",
          "3rdparty/stout/include/stout/flags/flags.hpp");
  static final Map<String, List<String>> FLAG_FILES =
      Map.of(
          "master",
          List.of("src/master/flags.hpp", "src/master/flags.cpp", "src/master/main.cpp"),
          "slave",
          List.of("src/slave/flags.hpp", "src/slave/flags.cpp", "src/slave/main.cpp"));
  static final Map<String, List<String>> CONSTANT_FILES =
      Map.of(
          "master",
          List.of(
              "src/master/constants.hpp",
              "src/master/constants.cpp",
              "include/mesos/allocator/allocator.hpp",
              "src/authentication/cram_md5/constants.hpp",
              "src/master/flags.hpp",
              "src/master/flags.cpp",
              "src/logging/flags.hpp",
              "src/logging/flags.cpp"),
          "slave",
          List.of(
              "src/slave/constants.hpp",
              "src/slave/constants.cpp",
              "src/authentication/cram_md5/constants.hpp",
              "src/slave/flags.hpp",
              "src/slave/flags.cpp",
              "src/logging/flags.hpp",
              "src/logging/flags.cpp",
              "src/slave/containerizer/mesos/provisioner/constants.hpp"));

  /**
   * The files whose {@code route(...)} calls are read, per daemon, with the prefix their process
   * serves them under: the master and slave processes' own paths are written as the process serves
   * them, other processes' paths under their process id, as the catalog always wrote them.
   */
  static final List<String[]> ROUTE_FILES =
      List.of(
          new String[] {"master", "src/master/master.cpp", ""},
          new String[] {"master", "src/master/slaves_manager.cpp", "/slaves"},
          new String[] {"master", "src/files/files.cpp", "/files"},
          new String[] {"master", "src/files/files.hpp", "/files"},
          new String[] {"slave", "src/slave/slave.cpp", ""},
          new String[] {"slave", "src/slave/monitor.cpp", "/monitor"},
          new String[] {"slave", "src/slave/monitor.hpp", "/monitor"},
          new String[] {"slave", "src/files/files.cpp", "/files"},
          new String[] {"slave", "src/files/files.hpp", "/files"});

  /**
   * Files with {@code add(&...)} calls that define no master or agent flag: tests, examples, tools,
   * executors and other programs, subcommands the agent runs, modules' flags, the flags library
   * itself and {@code values.cpp} (arithmetic, not flags). Any other file with such calls that is
   * not read makes the extractor stop, so a new home of daemon flags is not missed.
   */
  static final Pattern NOT_DAEMON_FLAGS =
      Pattern.compile(
          "src/(tests|examples|cli|log|launcher|local|docker|health-check|usage|checks|uri"
              + "|sched|scheduler|flags|slave/container_loggers|slave/containerizer"
              + "|resource_provider)/.*"
              + "|src/(common|v1)/values\\.cpp|src/linux/systemd\\.cpp");

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println(
          "usage: java tools/mesos-facts/ExtractMesosFacts.java <apache-mesos-git-dir>"
              + " <output-file>");
      System.exit(2);
    }
    try {
      extract(Path.of(args[0]), Path.of(args[1]));
    } catch (IOException | IllegalStateException e) {
      System.err.println("mesos-facts: " + e.getMessage());
      System.exit(1);
    }
  }

  static void extract(Path gitDir, Path output) throws IOException {
    try (Git git = new Git(gitDir)) {
      List<String> tags = git.releaseTags();
      if (tags.isEmpty()) {
        throw new IllegalStateException(
            gitDir + " has no release tags N.N.N from " + OLDEST + " on: is it an apache/mesos"
                + " clone with its tags?");
      }
      Facts facts = new Facts(tags);
      for (String tag : tags) {
        checkNothingMissed(git, tag);
        for (String daemon : List.of("master", "slave")) {
          for (Flag flag : flags(git, tag, daemon)) {
            facts.add(tag, "flag " + daemon + " " + flag.name, flag.attributes(), flag.source);
          }
          for (String[] route : routes(git, tag, daemon)) {
            facts.add(tag, "endpoint " + daemon + " " + route[0], "", route[1]);
          }
        }
      }
      String java = JavaWriter.write(tags, facts.lines());
      Files.writeString(output, java, StandardCharsets.UTF_8);
      System.err.println(
          "wrote " + output + ": " + facts.lines().size() + " lines from " + tags.size() + " tags");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Flags

  static final class Flag {
    final String name;
    final String member;
    final String source;
    String alias = "";
    String type = "";
    boolean optional;
    boolean required;
    String defaultValue = "";
    String resolvedFrom = "";
    String defaultExpression = "";
    boolean hasDefault;

    Flag(String name, String member, String source) {
      this.name = name;
      this.member = member;
      this.source = source;
    }

    String attributes() {
      StringBuilder out = new StringBuilder("type=").append(type);
      if (optional) {
        out.append(" optional");
      }
      if (!alias.isEmpty()) {
        out.append(" alias=").append(alias);
      }
      if (required) {
        out.append(" required");
      }
      if (hasDefault && defaultExpression.isEmpty()) {
        out.append(" default=").append(Quote.value(defaultValue));
        if (!resolvedFrom.isEmpty()) {
          out.append(" resolved=").append(Quote.value(resolvedFrom));
        }
      } else if (hasDefault) {
        out.append(" default-expr=").append(Quote.value(defaultExpression));
      }
      return out.toString();
    }
  }

  static List<Flag> flags(Git git, String tag, String daemon) throws IOException {
    Map<String, Flag> byName = new LinkedHashMap<>();
    Map<String, String> constants = constants(git, tag, daemon);
    List<String> files = new ArrayList<>(FLAG_FILES.get(daemon));
    files.addAll(LOGGING);
    // Types are declared in the headers (class members) or in main.cpp (local variables).
    StringBuilder declarations = new StringBuilder();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String file : files) {
      Optional<String> text = git.show(tag, file);
      if (text.isPresent()) {
        texts.put(file, text.get());
        declarations.append(Cpp.stripComments(text.get())).append('\n');
      }
    }
    boolean stoutRequires = false;
    for (String file : STOUT) {
      Optional<String> text = git.show(tag, file);
      if (text.isPresent()) {
        stoutRequires = text.get().contains("flag.required = true");
        if (Pattern.compile("add\\(&(FlagsBase::)?help,\\s*\"help\"").matcher(text.get()).find()) {
          Flag help = new Flag("help", "help", file);
          help.type = "bool";
          help.hasDefault = true;
          help.defaultValue = "false";
          byName.put("help", help);
        }
      }
    }
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      for (List<List<Cpp.Token>> call : Cpp.addCalls(Cpp.tokens(entry.getValue()))) {
        Flag flag = flag(call, entry.getKey(), declarations.toString(), constants, tag);
        flag.required = stoutRequires && !flag.optional && !flag.hasDefault;
        if (byName.containsKey(flag.name) && !flag.name.equals("help")) {
          throw new IllegalStateException(
              tag + " " + daemon + ": flag " + flag.name + " is added twice");
        }
        byName.put(flag.name, flag);
      }
    }
    return new ArrayList<>(byName.values());
  }

  static Flag flag(
      List<List<Cpp.Token>> args,
      String file,
      String declarations,
      Map<String, String> constants,
      String tag) {
    String where = tag + ":" + file;
    if (args.size() < 3) {
      throw new IllegalStateException(where + ": add() with " + args.size() + " arguments");
    }
    List<Cpp.Token> target = args.get(0);
    String member = target.get(target.size() - 1).text;
    List<Cpp.Token> nameArg = args.get(1);
    if (nameArg.size() != 1 || nameArg.get(0).kind != Cpp.Kind.STRING) {
      throw new IllegalStateException(where + ": flag name is not a literal: " + Cpp.text(nameArg));
    }
    Flag flag = new Flag(nameArg.get(0).value, member, file);
    int next = 2;
    List<Cpp.Token> third = args.get(2);
    if (Cpp.text(third).matches("(flags::)?DeprecatedName\\(\"[a-z0-9_]+\"\\)")) {
      flag.alias = third.stream().filter(t -> t.kind == Cpp.Kind.STRING).findFirst().get().value;
      next = 3;
    }
    next++; // the help text
    if (next < args.size() && !isValidator(args.get(next))) {
      flag.hasDefault = true;
      defaultOf(flag, args.get(next), constants, where);
    }
    String declared = declaredType(declarations, member, where);
    if (declared.startsWith("Option<") && declared.endsWith(">")) {
      flag.optional = true;
      declared = declared.substring("Option<".length(), declared.length() - 1);
    }
    flag.type = type(declared, where + " --" + flag.name);
    return flag;
  }

  /** A validation lambda, {@code [](const T& value) -> Option<Error> {...}}, not invoked. */
  static boolean isValidator(List<Cpp.Token> arg) {
    if (arg.isEmpty() || !arg.get(0).text.equals("[")) {
      return false;
    }
    int n = arg.size();
    boolean invoked = n >= 2 && arg.get(n - 1).text.equals(")") && arg.get(n - 2).text.equals("(");
    return !invoked;
  }

  static void defaultOf(Flag flag, List<Cpp.Token> arg, Map<String, String> constants, String where) {
    if (!arg.isEmpty() && arg.stream().allMatch(t -> t.kind == Cpp.Kind.STRING)) {
      StringBuilder value = new StringBuilder();
      arg.forEach(t -> value.append(t.value));
      flag.defaultValue = value.toString();
      return;
    }
    String text = Cpp.text(arg);
    Optional<String> literal = Values.literal(text);
    if (literal.isPresent()) {
      flag.defaultValue = literal.get();
      return;
    }
    Optional<String> resolved = Values.resolve(text, constants, 0);
    if (resolved.isPresent()) {
      flag.defaultValue = resolved.get();
      flag.resolvedFrom = text;
      return;
    }
    // An immediately invoked lambda computes the default at start-up: keep its shape, not its body.
    flag.defaultExpression = text.replaceAll("^(\\[[^\\]]*\\]\\([^)]*\\)(?:->[\\w:<>]+)?)\\{.*\\}\\(\\)$", "$1{...}()");
  }

  static String declaredType(String declarations, String member, String where) {
    Matcher m =
        Pattern.compile(
                "(?m)^[ \\t]*((?:const\\s+)?[A-Za-z_][\\w:]*(?:\\s*<[^;=()]*>)?)(?:\\s+|(?<=>))"
                    + Pattern.quote(member)
                    + "\\s*;")
            .matcher(declarations);
    String found = null;
    while (m.find()) {
      String type = m.group(1).replaceAll("\\s+", "");
      if (type.equals("return") || type.equals("delete")) {
        continue;
      }
      found = type;
    }
    if (found == null) {
      throw new IllegalStateException(where + ": no declaration of " + member);
    }
    return found.replace("std::", "").replace("const", "");
  }

  static final Set<String> NUMBERS =
      Set.of(
          "int", "unsigned", "unsignedint", "uint16_t", "uint32_t", "uint64_t", "int32_t",
          "int64_t", "size_t", "double", "float", "long");
  /**
   * C++ types parsed from plain text: a string, a comma-separated list, or a value that may also
   * be given as {@code file:///path} of a file holding it.
   */
  static final Set<String> TEXT_TYPES =
      Set.of("string", "set<string>", "vector<string>", "vector<unsignedint>",
          "flags::SecurePathOrValue");
  /** C++ types that a flag parses from JSON (objects, arrays or protobuf messages as JSON). */
  static final Set<String> JSON_TYPES =
      Set.of(
          "JSON::Object", "JSON::Array", "ACLs", "RateLimits", "Firewall", "Modules",
          "ContainerInfo", "CapabilityInfo", "DomainInfo", "ImageGcConfig", "DeviceWhitelist",
          "ContainerDNSInfo", "SlaveCapabilities", "RoleWeights", "Credentials", "Credential",
          "flags::SecretResolver", "Volume_Source_HostPath", "hashmap<string,string>",
          "ResourceProviderConfig", "DiskProfileMapping", "mesos::ACLs", "mesos::RateLimits",
          "mesos::Modules", "mesos::Credentials", "mesos::Credential",
          "mesos::internal::Firewall", "mesos::DomainInfo", "mesos::ContainerInfo",
          "mesos::CapabilityInfo", "mesos::DeviceWhitelist", "mesos::ContainerDNSInfo",
          "mesos::internal::ContainerDNSInfo", "mesos::internal::ImageGcConfig",
          "mesos::internal::SlaveCapabilities", "OfferConstraints");

  static String type(String cpp, String where) {
    if (cpp.equals("bool")) {
      return "bool";
    }
    if (TEXT_TYPES.contains(cpp)) {
      return "string";
    }
    if (cpp.equals("Path")) {
      return "path";
    }
    if (cpp.equals("Duration")) {
      return "duration";
    }
    if (cpp.equals("Bytes")) {
      return "bytes";
    }
    if (NUMBERS.contains(cpp)) {
      return "number";
    }
    if (JSON_TYPES.contains(cpp)) {
      return "json";
    }
    throw new IllegalStateException(where + ": C++ type " + cpp + " has no flag type yet");
  }

  static Map<String, String> constants(Git git, String tag, String daemon) throws IOException {
    Map<String, String> constants = new HashMap<>();
    Pattern definition =
        Pattern.compile(
            "(?:const|constexpr)\\s+(?:static\\s+)?(?:const\\s+)?[\\w:<>]+\\s*\\*?\\s*([A-Z][A-Z0-9_]*)(?:\\[\\])?\\s*"
                + "(?:=\\s*([^;]+)|\\(([^;]+)\\))\\s*;");
    Pattern define = Pattern.compile("(?m)^#define\\s+([A-Z][A-Z0-9_]*)\\s+(\\S[^\\n]*)$");
    for (String file : CONSTANT_FILES.get(daemon)) {
      Optional<String> text = git.show(tag, file);
      if (text.isEmpty()) {
        continue;
      }
      String code = Cpp.stripComments(text.get());
      Matcher m = definition.matcher(code);
      while (m.find()) {
        String value = m.group(2) != null ? m.group(2) : m.group(3);
        constants.putIfAbsent(m.group(1), value.trim().replaceAll("\\s+", " "));
      }
      Matcher d = define.matcher(code);
      while (d.find()) {
        constants.putIfAbsent(d.group(1), d.group(2).trim());
      }
    }
    return constants;
  }

  /** Stops on any file with {@code add(&...)} calls that is neither read nor known not to count. */
  static void checkNothingMissed(Git git, String tag) throws IOException {
    for (String file : git.grepFiles(tag, "add(&")) {
      boolean read =
          LOGGING.contains(file)
              || FLAG_FILES.values().stream().anyMatch(files -> files.contains(file));
      if (!read && !NOT_DAEMON_FLAGS.matcher(file).matches()) {
        throw new IllegalStateException(
            tag + ": " + file + " defines flags with add(&...): read it or list it as not a"
                + " daemon's");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Endpoints

  static List<String[]> routes(Git git, String tag, String daemon) throws IOException {
    Map<String, String> paths = new LinkedHashMap<>();
    for (String[] file : ROUTE_FILES) {
      if (!file[0].equals(daemon)) {
        continue;
      }
      Optional<String> text = git.show(tag, file[1]);
      if (text.isEmpty()) {
        continue;
      }
      List<Cpp.Token> tokens = Cpp.tokens(text.get());
      for (int i = 0; i + 2 < tokens.size(); i++) {
        if (tokens.get(i).text.equals("route")
            && tokens.get(i + 1).text.equals("(")
            && tokens.get(i + 2).kind == Cpp.Kind.STRING
            && (i == 0 || !tokens.get(i - 1).text.equals("::"))) {
          String path = tokens.get(i + 2).value;
          if (path.startsWith("/")) {
            paths.putIfAbsent(file[2] + path, file[1]);
          }
        }
      }
    }
    List<String[]> routes = new ArrayList<>();
    paths.forEach((path, source) -> routes.add(new String[] {path, source}));
    return routes;
  }

  // ---------------------------------------------------------------------------------------------
  // Collecting facts into ranges

  /** Facts by subject ({@code flag master role_sorter}), each with its text at every tag read. */
  static final class Facts {
    final List<String> tags;
    final Map<String, Map<String, String>> bySubject = new TreeMap<>();

    Facts(List<String> tags) {
      this.tags = tags;
    }

    void add(String tag, String subject, String attributes, String source) {
      String fact = (attributes.isEmpty() ? "" : attributes + " ") + "@" + source;
      String old = bySubject.computeIfAbsent(subject, k -> new LinkedHashMap<>()).put(tag, fact);
      if (old != null) {
        throw new IllegalStateException(tag + ": " + subject + " twice");
      }
    }

    /** Returns the lines: the releases read, then each subject's runs of equal facts. */
    List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("releases " + String.join(" ", tags));
      for (Map.Entry<String, Map<String, String>> entry : bySubject.entrySet()) {
        Map<String, String> byTag = entry.getValue();
        int i = 0;
        while (i < tags.size()) {
          String fact = byTag.get(tags.get(i));
          if (fact == null) {
            i++;
            continue;
          }
          int j = i;
          while (j + 1 < tags.size() && fact.equals(byTag.get(tags.get(j + 1)))) {
            j++;
          }
          String range = tags.get(i) + ".." + (j == tags.size() - 1 ? "" : tags.get(j));
          int at = fact.lastIndexOf(" @");
          String attributes = at < 0 ? "" : fact.substring(0, at) + " ";
          String source = fact.substring(fact.lastIndexOf('@') + 1);
          lines.add(entry.getKey() + " " + attributes + range + " " + source);
          i = j + 1;
        }
      }
      return lines;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values: literals, constants and stout's way of printing durations and sizes

  static final class Values {
    private Values() {}

    static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    static final Pattern UNIT = Pattern.compile("([A-Za-z]+)\\((-?[0-9]+)(?:\\.0+)?\\)");
    static final Map<String, Long> DURATIONS = new LinkedHashMap<>();
    static final Map<String, Long> SIZES = new LinkedHashMap<>();

    static {
      DURATIONS.put("Nanoseconds", 1L);
      DURATIONS.put("Microseconds", 1_000L);
      DURATIONS.put("Milliseconds", 1_000_000L);
      DURATIONS.put("Seconds", 1_000_000_000L);
      DURATIONS.put("Minutes", 60_000_000_000L);
      DURATIONS.put("Hours", 3_600_000_000_000L);
      DURATIONS.put("Days", 86_400_000_000_000L);
      DURATIONS.put("Weeks", 604_800_000_000_000L);
      SIZES.put("Bytes", 1L);
      SIZES.put("Kilobytes", 1L << 10);
      SIZES.put("Megabytes", 1L << 20);
      SIZES.put("Gigabytes", 1L << 30);
      SIZES.put("Terabytes", 1L << 40);
    }

    static Optional<String> literal(String text) {
      if (text.equals("true") || text.equals("false") || NUMBER.matcher(text).matches()) {
        return Optional.of(text);
      }
      return Optional.empty();
    }

    static Optional<String> resolve(String text, Map<String, String> constants, int depth) {
      if (depth > 4) {
        return Optional.empty();
      }
      Optional<String> literal = literal(text);
      if (literal.isPresent()) {
        return literal;
      }
      if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
        String inner = text.substring(1, text.length() - 1);
        return inner.contains("\"") || inner.contains("\\") ? Optional.empty() : Optional.of(inner);
      }
      Matcher unit = UNIT.matcher(text);
      if (unit.matches()) {
        long count = Long.parseLong(unit.group(2));
        Long duration = DURATIONS.get(unit.group(1));
        if (duration != null) {
          return duration(count * duration);
        }
        Long size = SIZES.get(unit.group(1));
        if (size != null) {
          return Optional.of(bytes(count * size));
        }
        return Optional.empty();
      }
      String name = text.replaceFirst("^(?:[a-z_]+::)+", "");
      String value = constants.get(name);
      return value == null ? Optional.empty() : resolve(value, constants, depth + 1);
    }

    /** Prints a whole number of nanoseconds as stout's {@code operator<<(Duration)} does. */
    static Optional<String> duration(long nanos) {
      if (nanos < 0) {
        return Optional.empty();
      }
      String[] names = {"ns", "us", "ms", "secs", "mins", "hrs", "days", "weeks"};
      long[] units = new long[names.length];
      int k = 0;
      for (long unit : DURATIONS.values()) {
        units[k++] = unit;
      }
      int bucket = 0;
      for (int i = 0; i < units.length; i++) {
        if (nanos >= units[i]) {
          bucket = i;
        }
      }
      if (nanos % units[bucket] == 0) {
        return Optional.of(nanos / units[bucket] + names[bucket]);
      }
      if (bucket > 0 && nanos % units[bucket - 1] == 0) {
        return Optional.of(nanos / units[bucket - 1] + names[bucket - 1]);
      }
      return Optional.empty();
    }

    /** Prints a size as stout's {@code operator<<(Bytes)} does. */
    static String bytes(long bytes) {
      String[] names = {"B", "KB", "MB", "GB", "TB"};
      int i = 0;
      while (i < names.length - 1 && bytes != 0 && bytes % (1L << (10 * (i + 1))) == 0) {
        i++;
      }
      return bytes / (1L << (10 * i)) + names[i];
    }
  }

  /**
   * Writes a value as one token, quoted when it has a space or a quote (a quote doubled inside);
   * line breaks and tabs become spaces, so every fact stays on one line.
   */
  static final class Quote {
    private Quote() {}

    static String value(String value) {
      if (!value.isEmpty() && value.chars().allMatch(c -> c > ' ' && c < 127 && c != '"')) {
        return value;
      }
      StringBuilder out = new StringBuilder("\"");
      for (char c : value.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\"\"");
          case '\n', '\t' -> out.append(' ');
          default -> out.append(c);
        }
      }
      return out.append('"').toString();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // A small C++ tokenizer: enough for add(...) and route(...) calls

  static final class Cpp {
    private Cpp() {}

    enum Kind {
      STRING,
      WORD,
      PUNCT,
      DIRECTIVE
    }

    record Token(Kind kind, String text, String value) {}

    static String stripComments(String code) {
      StringBuilder out = new StringBuilder();
      Token previous = null;
      for (Token t : tokens(code)) {
        if (previous != null && previous.kind == Kind.WORD && t.kind == Kind.WORD) {
          out.append(' ');
        }
        out.append(t.kind == Kind.DIRECTIVE ? "\n" + t.text + "\n" : t.text);
        if (t.text.equals(";") || t.text.equals("{") || t.text.equals("}")) {
          out.append('\n');
        }
        previous = t;
      }
      return out.toString();
    }

    static List<Token> tokens(String s) {
      List<Token> tokens = new ArrayList<>();
      int i = 0;
      int n = s.length();
      boolean lineStart = true;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '\n') {
          lineStart = true;
          i++;
        } else if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
          while (i < n && s.charAt(i) != '\n') {
            i++;
          }
        } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
          int end = s.indexOf("*/", i + 2);
          i = end < 0 ? n : end + 2;
        } else if (c == '#' && lineStart) {
          int start = i;
          while (i < n && !(s.charAt(i) == '\n' && s.charAt(i - 1) != '\\')) {
            i++;
          }
          tokens.add(new Token(Kind.DIRECTIVE, s.substring(start, i).trim(), ""));
        } else if (c == 'R' && i + 1 < n && s.charAt(i + 1) == '"') {
          int open = s.indexOf('(', i);
          String delimiter = ")" + s.substring(i + 2, open) + "\"";
          int end = s.indexOf(delimiter, open);
          tokens.add(
              new Token(
                  Kind.STRING,
                  s.substring(i, end + delimiter.length()),
                  s.substring(open + 1, end)));
          i = end + delimiter.length();
          lineStart = false;
        } else if (c == '"' || c == '\'') {
          int start = i;
          StringBuilder value = new StringBuilder();
          i++;
          while (i < n && s.charAt(i) != c) {
            char d = s.charAt(i);
            if (d == '\\' && i + 1 < n) {
              char e = s.charAt(i + 1);
              value.append(
                  switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> e;
                  });
              i += 2;
            } else {
              value.append(d);
              i++;
            }
          }
          i++;
          tokens.add(
              new Token(
                  c == '"' ? Kind.STRING : Kind.PUNCT, s.substring(start, i), value.toString()));
          lineStart = false;
        } else if (Character.isLetterOrDigit(c) || c == '_') {
          int start = i;
          while (i < n
              && (Character.isLetterOrDigit(s.charAt(i))
                  || s.charAt(i) == '_'
                  || (s.charAt(i) == '.' && Character.isDigit(s.charAt(start))))) {
            i++;
          }
          tokens.add(new Token(Kind.WORD, s.substring(start, i), ""));
          lineStart = false;
        } else if (c == ':' && i + 1 < n && s.charAt(i + 1) == ':') {
          tokens.add(new Token(Kind.PUNCT, "::", ""));
          i += 2;
          lineStart = false;
        } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '>') {
          tokens.add(new Token(Kind.PUNCT, "->", ""));
          i += 2;
          lineStart = false;
        } else {
          tokens.add(new Token(Kind.PUNCT, String.valueOf(c), ""));
          i++;
          lineStart = false;
        }
      }
      return tokens;
    }

    /**
     * Returns the arguments of every {@code add(&...)} call, split at top-level commas. Inside a
     * call only the first branch of a preprocessor conditional is kept; outside calls every branch
     * is read, so flags of every platform and build option are found.
     */
    static List<List<List<Token>>> addCalls(List<Token> tokens) {
      List<List<List<Token>>> calls = new ArrayList<>();
      for (int i = 0; i + 2 < tokens.size(); i++) {
        if (!tokens.get(i).text.equals("add")
            || !tokens.get(i + 1).text.equals("(")
            || !tokens.get(i + 2).text.equals("&")) {
          continue;
        }
        List<List<Token>> args = new ArrayList<>();
        List<Token> arg = new ArrayList<>();
        int depth = 0;
        int j = i + 2;
        for (; j < tokens.size(); j++) {
          Token t = tokens.get(j);
          if (t.kind == Kind.DIRECTIVE) {
            if (t.text.matches("#\\s*(else|elif).*")) {
              j = skipToEndif(tokens, j);
            }
            continue;
          }
          if (depth == 0 && t.text.equals(")")) {
            break;
          }
          if (depth == 0 && t.text.equals(",")) {
            args.add(arg);
            arg = new ArrayList<>();
            continue;
          }
          if (t.text.equals("(") || t.text.equals("[") || t.text.equals("{")) {
            depth++;
          } else if (t.text.equals(")") || t.text.equals("]") || t.text.equals("}")) {
            depth--;
          }
          arg.add(t);
        }
        args.add(arg);
        calls.add(args);
        i = j;
      }
      return calls;
    }

    private static int skipToEndif(List<Token> tokens, int j) {
      int nesting = 0;
      for (int k = j + 1; k < tokens.size(); k++) {
        String text = tokens.get(k).kind == Kind.DIRECTIVE ? tokens.get(k).text : "";
        if (text.matches("#\\s*if.*")) {
          nesting++;
        } else if (text.matches("#\\s*endif.*")) {
          if (nesting == 0) {
            return k;
          }
          nesting--;
        }
      }
      return tokens.size();
    }

    /** Returns tokens as compact text: no spaces except between two words. */
    static String text(List<Token> tokens) {
      StringBuilder out = new StringBuilder();
      Token previous = null;
      for (Token t : tokens) {
        if (previous != null && previous.kind == Kind.WORD && t.kind == Kind.WORD) {
          out.append(' ');
        }
        out.append(t.text);
        previous = t;
      }
      return out.toString();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The generated Java source

  static final class JavaWriter {
    private JavaWriter() {}

    static String write(List<String> tags, List<String> lines) {
      List<String> parts = new ArrayList<>();
      StringBuilder part = new StringBuilder();
      for (String line : lines) {
        String escaped = line.replace("\\", "\\\\").replace("\"\"\"", "\"\"\\\"");
        if (part.length() + escaped.length() + 8 > PART_LIMIT) {
          parts.add(part.toString());
          part = new StringBuilder();
        }
        part.append("      ").append(escaped).append('\n');
      }
      parts.add(part.toString());
      StringBuilder out = new StringBuilder();
      out.append("// GENERATED FILE - DO NOT EDIT BY HAND.\n")
          .append("//\n")
          .append("// Written by tools/mesos-facts/ExtractMesosFacts.java, run from the project root as\n")
          .append("//   java tools/mesos-facts/ExtractMesosFacts.java <apache-mesos-git-dir> \\\n")
          .append("//     mesos-upgrade-core/src/main/java/io/github/mesosupgrade/BuiltInMesosFacts.java\n")
          .append("// from the ")
          .append(tags.size())
          .append(" release tags ")
          .append(tags.get(0))
          .append(" .. ")
          .append(tags.get(tags.size() - 1))
          .append(" of apache/mesos (release candidates left out).\n")
          .append("// To change a fact, change the extractor (or BuiltInFlagOverlay.java) and rerun it;\n")
          .append("// tools/mesos-facts/README.md says how, and what each line means.\n")
          .append("package io.github.mesosupgrade;\n\n")
          .append("import com.google.common.collect.ImmutableList;\n\n")
          .append("/**\n")
          .append(" * The flags and HTTP endpoints of Mesos masters and agents at every release tag, read from the\n")
          .append(" * Mesos sources at that tag, one fact a line: {@code flag master role_sorter type=string\n")
          .append(" * alias=user_sorter default=drf 1.4.2..1.4.3 src/master/flags.cpp}. Generated; see the header.\n")
          .append(" */\n")
          .append("final class BuiltInMesosFacts {\n")
          .append("  private BuiltInMesosFacts() {}\n\n")
          .append("  /** Returns the lines of the facts, in parts that each fit one class-file constant. */\n")
          .append("  static ImmutableList<String> parts() {\n")
          .append("    return ImmutableList.of(");
      for (int i = 0; i < parts.size(); i++) {
        out.append(i == 0 ? "" : ", ").append("PART_").append(i + 1);
      }
      out.append(");\n  }\n");
      for (int i = 0; i < parts.size(); i++) {
        out.append("\n  private static final String PART_")
            .append(i + 1)
            .append(" =\n      \"\"\"\n")
            .append(parts.get(i))
            .append("      \"\"\";\n");
      }
      out.append("}\n");
      return out.toString();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // git

  static final class Git implements AutoCloseable {
    private static final Pattern RELEASE = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");
    private final Path dir;
    private final Process batch;
    private final OutputStream requests;
    private final InputStream replies;

    Git(Path dir) throws IOException {
      this.dir = dir;
      this.batch =
          new ProcessBuilder("git", "--git-dir=" + dir, "cat-file", "--batch")
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      this.requests = batch.getOutputStream();
      this.replies = batch.getInputStream();
    }

    List<String> releaseTags() throws IOException {
      List<String> tags = new ArrayList<>();
      for (String tag : run("tag", "-l").split("\n")) {
        if (RELEASE.matcher(tag).matches() && compare(tag, OLDEST) >= 0) {
          tags.add(tag);
        }
      }
      tags.sort(Git::compare);
      return tags;
    }

    static int compare(String a, String b) {
      int[] x = Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray();
      int[] y = Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray();
      return Comparator.<int[]>comparingInt(v -> v[0])
          .thenComparingInt(v -> v[1])
          .thenComparingInt(v -> v[2])
          .compare(x, y);
    }

    Optional<String> show(String tag, String path) throws IOException {
      requests.write(("refs/tags/" + tag + ":" + path + "\n").getBytes(StandardCharsets.UTF_8));
      requests.flush();
      String header = readLine();
      if (header.endsWith(" missing")) {
        return Optional.empty();
      }
      String[] fields = header.split(" ");
      int size = Integer.parseInt(fields[2]);
      byte[] content = replies.readNBytes(size);
      replies.read(); // the newline after the content
      if (!fields[1].equals("blob")) {
        return Optional.empty();
      }
      return Optional.of(new String(content, StandardCharsets.UTF_8));
    }

    List<String> grepFiles(String tag, String text) throws IOException {
      String out = run("grep", "-l", "-F", text, "refs/tags/" + tag, "--", "src/");
      Set<String> files = new TreeSet<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          files.add(line.substring(line.indexOf(':') + 1));
        }
      }
      return new ArrayList<>(files);
    }

    private String readLine() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int c;
      while ((c = replies.read()) != '\n') {
        if (c < 0) {
          throw new IOException("git cat-file ended early");
        }
        line.write(c);
      }
      return line.toString(StandardCharsets.UTF_8);
    }

    private String run(String... args) throws IOException {
      List<String> command = new ArrayList<>(List.of("git", "--git-dir=" + dir));
      command.addAll(List.of(args));
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      try {
        int status = process.waitFor();
        if (status > 1) {
          throw new IOException(String.join(" ", command) + " exited with " + status);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      return out;
    }

    @Override
    public void close() throws IOException {
      requests.close();
      try {
        batch.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
