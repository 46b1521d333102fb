package io.github.mesosupgrade.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the README's "Use it from Java" snippets the same text as what the consumer projects in
 * {@code src/it} compile against the installed artifacts: each part of a consumer file between
 * {@code README: name} and {@code README end} comments appears in the README as it is, unindented.
 */
class ReadmeSnippetsTest {
  private static final Path CONSUMERS = Path.of("src", "it");
  private static final Pattern START = Pattern.compile("(?://|<!--) README: ([a-z-]+)(?: -->)?");
  private static final Pattern END = Pattern.compile("(?://|<!--) README end(?: -->)?");

  /** One marked part of a consumer file. */
  record Snippet(Path file, String name, String text) {
    @Override
    public String toString() {
      return CONSUMERS.relativize(file) + ": " + name;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Snippet> snippets() throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CONSUMERS)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        snippets.addAll(snippets(file));
      }
    }
    return snippets;
  }

  private static List<Snippet> snippets(Path file) {
    List<Snippet> snippets = new ArrayList<>();
    String name = null;
    List<String> lines = new ArrayList<>();
    for (String line : read(file).split("\n", -1)) {
      Matcher start = START.matcher(line.strip());
      if (start.matches()) {
        name = start.group(1);
        lines.clear();
      } else if (END.matcher(line.strip()).matches()) {
        assertThat(name).as("README end without a start in %s", file).isNotNull();
        snippets.add(new Snippet(file, name, unindented(lines)));
        name = null;
      } else if (name != null) {
        lines.add(line);
      }
    }
    assertThat(name).as("README snippet without an end in %s", file).isNull();
    return snippets;
  }

  private static String unindented(List<String> lines) {
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString()
        .replace("@project.version@", System.getProperty("mesos-upgrade.project-version"));
  }

  @ParameterizedTest
  @MethodSource("snippets")
  void theReadmeShowsTheSnippetAsTheConsumerCompilesIt(Snippet snippet) {
    assertThat(read(Path.of("..", "README.md"))).contains(snippet.text());
  }

  @Test
  void everyConsumerProjectHasTheSnippets() throws IOException {
    assertThat(snippets().stream().map(Snippet::toString))
        .containsExactlyInAnyOrder(
            "classpath-consumer/pom.xml: bom",
            "classpath-consumer/src/main/java/com/example/upgrades/PlanExample.java: imports",
            "classpath-consumer/src/main/java/com/example/upgrades/PlanExample.java: plan",
            "classpath-consumer/src/main/java/com/example/upgrades/PlanExample.java: json",
            "classpath-consumer/src/test/java/com/example/upgrades/PlanOrderTest.java: assertj-imports",
            "classpath-consumer/src/test/java/com/example/upgrades/PlanOrderTest.java: assertj",
            "modulepath-consumer/pom.xml: dependencies",
            "modulepath-consumer/src/main/java/module-info.java: module-info",
            "modulepath-consumer/src/main/java/com/example/upgrades/PlanExample.java: imports",
            "modulepath-consumer/src/main/java/com/example/upgrades/PlanExample.java: plan",
            "modulepath-consumer/src/main/java/com/example/upgrades/PlanExample.java: json",
            "modulepath-consumer/src/test/java/com/example/upgrades/PlanOrderTest.java: assertj-imports",
            "modulepath-consumer/src/test/java/com/example/upgrades/PlanOrderTest.java: assertj");
  }
}
